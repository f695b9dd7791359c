package org.airan.phy.coding.ratematch;

import java.util.Objects;
import org.airan.phy.coding.ldpc.LdpcBaseGraph;
import org.airan.phy.coding.ldpc.LiftingSizes;
import org.airan.phy.coding.segmentation.CodeBlockSegmentation;

/**
 * Rate-matching parameters of one code block (TS 38.212 §5.4.2).
 *
 * @param baseGraph          BG1 or BG2
 * @param z                  lifting size Z_c
 * @param circularBufferSize N_cb: 1..N (N = 66·Z_c or 50·Z_c); N unless limited-buffer rate matching applies
 *                           (§5.4.2.1, see {@link CodeBlockSegmentation#circularBufferSize(int)})
 * @param fillerStart        first filler position in d, {@code max(K' − 2·Z_c, 0)}
 * @param fillerEnd          one past the last filler position in d, {@code K − 2·Z_c} (equal to fillerStart if
 *                           there are none)
 * @param redundancyVersion  rv_id 0..3 (Table 5.4.2.1-2)
 * @param modulationOrder    Q_m: 1..10 bits per symbol (§5.4.2.2)
 * @param outputSize         E: rate-matching output bits, a multiple of Q_m, ≥ 0 (§5.4.2.1)
 */
public record LdpcRateMatchConfig(LdpcBaseGraph baseGraph, int z, int circularBufferSize, int fillerStart,
                                  int fillerEnd, int redundancyVersion, int modulationOrder, int outputSize) {

    public LdpcRateMatchConfig {
        Objects.requireNonNull(baseGraph, "baseGraph");
        if (!LiftingSizes.isValid(z)) {
            throw new IllegalArgumentException("z must be a lifting size of TS 38.212 Table 5.3.2-1, was " + z);
        }
        int n = baseGraph.codewordColumns() * z;
        if (circularBufferSize < 1 || circularBufferSize > n) {
            throw new IllegalArgumentException("circularBufferSize N_cb must be in [1, N=" + n
                    + "] (TS 38.212 §5.4.2.1), was " + circularBufferSize);
        }
        int systematic = (baseGraph.numInfoColumns() - LdpcBaseGraph.NUM_PUNCTURED_COLUMNS) * z;
        if (fillerEnd != systematic && fillerEnd != fillerStart) {
            throw new IllegalArgumentException("fillerEnd must be K − 2·Z_c = " + systematic
                    + " (TS 38.212 §5.3.2), was " + fillerEnd);
        }
        if (fillerStart < 0 || fillerStart > fillerEnd) {
            throw new IllegalArgumentException("fillerStart must be in [0, fillerEnd=" + fillerEnd
                    + "] (TS 38.212 §5.3.2), was " + fillerStart);
        }
        if (redundancyVersion < 0 || redundancyVersion > 3) {
            throw new IllegalArgumentException("redundancyVersion must be in [0, 3] (TS 38.212 Table 5.4.2.1-2), was "
                    + redundancyVersion);
        }
        if (modulationOrder < 1 || modulationOrder > 10) {
            throw new IllegalArgumentException("modulationOrder Q_m must be in [1, 10] (TS 38.212 §5.4.2.2), was "
                    + modulationOrder);
        }
        if (outputSize < 0 || outputSize % modulationOrder != 0) {
            throw new IllegalArgumentException("outputSize E must be a non-negative multiple of Q_m="
                    + modulationOrder + " (TS 38.212 §5.4.2.1), was " + outputSize);
        }
        int available = circularBufferSize - Math.max(0, Math.min(fillerEnd, circularBufferSize)
                - Math.min(fillerStart, circularBufferSize));
        if (available < 1) {
            throw new IllegalArgumentException("circularBufferSize N_cb=" + circularBufferSize
                    + " holds only filler bits (TS 38.212 §5.4.2.1)");
        }
    }

    /**
     * Parameters of code block {@code r}'s transmission from a segmentation.
     *
     * @param seg               the code-block segmentation (TS 38.212 §5.2.2)
     * @param redundancyVersion rv_id 0..3
     * @param modulationOrder   Q_m
     * @param outputSize        E_r (see {@link CodeBlockSegmentation#rateMatchOutputSize})
     * @param tbsLbrm           TBS_LBRM for limited-buffer rate matching, 0 when I_LBRM = 0
     */
    public static LdpcRateMatchConfig of(CodeBlockSegmentation seg, int redundancyVersion, int modulationOrder,
                                         int outputSize, int tbsLbrm) {
        int twoZ = LdpcBaseGraph.NUM_PUNCTURED_COLUMNS * seg.z();
        int fillerEnd = seg.k() - twoZ;
        int fillerStart = Math.min(fillerEnd, Math.max(seg.kPrime() - twoZ, 0));
        return new LdpcRateMatchConfig(seg.baseGraph(), seg.z(), seg.circularBufferSize(tbsLbrm), fillerStart,
                fillerEnd, redundancyVersion, modulationOrder, outputSize);
    }

    /** N = 66·Z_c or 50·Z_c: the encoder output length (TS 38.212 §5.3.2). */
    public int encodedSize() {
        return baseGraph.codewordColumns() * z;
    }

    /**
     * Starting position k0 in the circular buffer (TS 38.212 Table 5.4.2.1-2): 0 for rv 0, and
     * {@code ⌊a·N_cb/(N)⌋·Z_c} with a = 17, 33, 56 (BG1, N = 66·Z_c) or 13, 25, 43 (BG2, N = 50·Z_c) for rv 1..3.
     */
    public int k0() {
        if (redundancyVersion == 0) {
            return 0;
        }
        boolean bg1 = baseGraph == LdpcBaseGraph.BG1;
        int a = switch (redundancyVersion) {
            case 1 -> bg1 ? 17 : 13;
            case 2 -> bg1 ? 33 : 25;
            default -> bg1 ? 56 : 43;
        };
        long num = (long) a * circularBufferSize;
        return (int) (num / encodedSize()) * z;
    }
}
