package org.airan.phy.coding.segmentation;

import java.util.Arrays;
import java.util.Objects;
import org.airan.phy.coding.crc.CrcCalculator;
import org.airan.phy.coding.crc.CrcPolynomial;
import org.airan.phy.coding.ldpc.LdpcBaseGraph;
import org.airan.phy.coding.ldpc.LdpcCode;
import org.airan.phy.coding.ldpc.LiftingSizes;

/**
 * LDPC code-block segmentation of TS 38.212 §5.2.2 for an input of B bits (transport block plus its CRC).
 *
 * <p>Derivation ({@link #compute(int, LdpcBaseGraph)}): {@code K_cb} = 8448 (BG1) or 3840 (BG2); if
 * {@code B ≤ K_cb} then {@code L = 0, C = 1}, else {@code L = 24} (CRC24B) and {@code C = ⌈B/(K_cb − L)⌉};
 * {@code K' = (B + C·L)/C}; {@code K_b} = 22 for BG1 and 10/9/8/6 for BG2 when B &gt; 640 / &gt; 560 / &gt; 192 /
 * otherwise; {@code Z_c} = the smallest lifting size with {@code K_b·Z_c ≥ K'}; {@code K = 22·Z_c} (BG1) or
 * {@code 10·Z_c} (BG2); bits {@code K'..K−1} of every code block are filler (NULL) bits.
 *
 * <p>Code block r holds input bits {@code b[r·(K'−L) .. (r+1)·(K'−L))}, then its CRC24B when C &gt; 1, then
 * {@code K − K'} filler bits (written as 0, the value the encoder uses).
 *
 * @param baseGraph       BG1 or BG2 (TS 38.212 §7.2.2 / §6.2.2, see {@link LdpcBaseGraph#select})
 * @param inputSize       B: transport-block bits including the transport-block CRC, ≥ 1
 * @param numCodeBlocks   C ≥ 1
 * @param crcLength       L: 0 when C = 1, else 24
 * @param kPrime          K': bits per code block before filler, CRC included
 * @param kb              K_b: systematic base-graph columns used to pick Z_c
 * @param z               Z_c: lifting size
 * @param k               K: code block size after filler, 22·Z_c or 10·Z_c
 */
public record CodeBlockSegmentation(LdpcBaseGraph baseGraph, int inputSize, int numCodeBlocks, int crcLength,
                                    int kPrime, int kb, int z, int k) {

    /** Code-block CRC length when C &gt; 1 (CRC24B, TS 38.212 §5.2.2). */
    public static final int CODE_BLOCK_CRC_LENGTH = 24;
    /** Largest input B accepted: the maximum TBS plus CRC24A (TS 38.214 §5.1.3.2 caps TBS well below). */
    public static final int MAX_INPUT_SIZE = 1 << 22;
    /** R_LBRM = 2/3 of limited-buffer rate matching (TS 38.212 §5.4.2.1), as numerator and denominator. */
    private static final int LBRM_RATE_NUM = 2;
    private static final int LBRM_RATE_DEN = 3;

    public CodeBlockSegmentation {
        int[] expected = derive(inputSize, baseGraph);
        if (numCodeBlocks != expected[0] || crcLength != expected[1] || kPrime != expected[2]
                || kb != expected[3] || z != expected[4] || k != expected[5]) {
            throw new IllegalArgumentException("segmentation fields must follow TS 38.212 §5.2.2 for B="
                    + inputSize + ", " + baseGraph + ": expected C=" + expected[0] + " L=" + expected[1] + " K'="
                    + expected[2] + " K_b=" + expected[3] + " Z_c=" + expected[4] + " K=" + expected[5]
                    + ", was C=" + numCodeBlocks + " L=" + crcLength + " K'=" + kPrime + " K_b=" + kb
                    + " Z_c=" + z + " K=" + k);
        }
    }

    /**
     * Segmentation of B bits for a base graph (TS 38.212 §5.2.2).
     *
     * @param inputSize B, the transport block size plus the transport-block CRC length, 1..{@link #MAX_INPUT_SIZE};
     *                  when C &gt; 1, B + 24·C must be a multiple of C (true for every TBS of TS 38.214 §5.1.3.2)
     * @param baseGraph BG1 or BG2
     */
    public static CodeBlockSegmentation compute(int inputSize, LdpcBaseGraph baseGraph) {
        int[] v = derive(inputSize, baseGraph);
        return new CodeBlockSegmentation(baseGraph, inputSize, v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    /** {C, L, K', K_b, Z_c, K} per TS 38.212 §5.2.2. */
    private static int[] derive(int b, LdpcBaseGraph bg) {
        Objects.requireNonNull(bg, "baseGraph");
        if (b < 1 || b > MAX_INPUT_SIZE) {
            throw new IllegalArgumentException("inputSize B must be in [1, " + MAX_INPUT_SIZE
                    + "] (TS 38.212 §5.2.2), was " + b);
        }
        int kcb = bg.maxCodeBlockSize();
        int l;
        int c;
        if (b <= kcb) {
            l = 0;
            c = 1;
        } else {
            l = CODE_BLOCK_CRC_LENGTH;
            c = (b + kcb - l - 1) / (kcb - l);
        }
        int bPrime = b + c * l;
        if (bPrime % c != 0) {
            throw new IllegalArgumentException("inputSize B=" + b + " gives B'=" + bPrime + " not divisible by C="
                    + c + ": K' = B'/C must be an integer (TS 38.212 §5.2.2; every TS 38.214 TBS satisfies it)");
        }
        int kPrime = bPrime / c;
        int kb;
        if (bg == LdpcBaseGraph.BG1) {
            kb = 22;
        } else if (b > 640) {
            kb = 10;
        } else if (b > 560) {
            kb = 9;
        } else if (b > 192) {
            kb = 8;
        } else {
            kb = 6;
        }
        int z = LiftingSizes.smallestAtLeast((kPrime + kb - 1) / kb);
        int k = bg.numInfoColumns() * z;
        return new int[] {c, l, kPrime, kb, z, k};
    }

    /** F = K − K': filler bits per code block. */
    public int numFillerBits() { return k - kPrime; }

    /** K' − L: transport-block bits carried by each code block. */
    public int numDataBitsPerBlock() { return kPrime - crcLength; }

    /** B' = B + C·L (TS 38.212 §5.2.2). */
    public int totalBitsWithCrc() { return inputSize + numCodeBlocks * crcLength; }

    /** The LDPC code (base graph, Z_c) of every code block. */
    public LdpcCode code() { return LdpcCode.of(baseGraph, z); }

    /** N = 66·Z_c (BG1) or 50·Z_c (BG2): encoder output length (TS 38.212 §5.3.2). */
    public int encodedSize() { return baseGraph.codewordColumns() * z; }

    /**
     * Circular-buffer length N_cb (TS 38.212 §5.4.2.1): N without limited-buffer rate matching, else
     * {@code min(N, N_ref)} with {@code N_ref = ⌊TBS_LBRM / (C · R_LBRM)⌋}, R_LBRM = 2/3.
     *
     * @param tbsLbrm TBS_LBRM of TS 38.212 §5.4.2.1 (from TS 38.214 §5.1.3.2), or 0 when I_LBRM = 0
     */
    public int circularBufferSize(int tbsLbrm) {
        if (tbsLbrm < 0) {
            throw new IllegalArgumentException("tbsLbrm must be >= 0 (0 = no limited-buffer rate matching, "
                    + "TS 38.212 §5.4.2.1), was " + tbsLbrm);
        }
        int n = encodedSize();
        if (tbsLbrm == 0) {
            return n;
        }
        long nRef = (long) tbsLbrm * LBRM_RATE_DEN / ((long) numCodeBlocks * LBRM_RATE_NUM);
        return (int) Math.min(n, nRef);
    }

    /**
     * Rate-matching output size E_r of code block r (TS 38.212 §5.4.2.1), all C code blocks scheduled (C' = C):
     * {@code E_r = N_L·Q_m·⌊G/(N_L·Q_m·C')⌋} for the first {@code C' − mod(G/(N_L·Q_m), C')} code blocks and
     * {@code N_L·Q_m·⌈G/(N_L·Q_m·C')⌉} for the rest.
     *
     * @param r         code block index 0..C−1
     * @param g         G: coded bits available for the transport block, a multiple of N_L·Q_m
     * @param numLayers N_L: transmission layers, 1..8
     * @param qm        Q_m: bits per modulation symbol, 1..10
     */
    public int rateMatchOutputSize(int r, int g, int numLayers, int qm) {
        return rateMatchOutputSize(r, g, numLayers, qm, numCodeBlocks);
    }

    /**
     * E_r with C' scheduled code blocks (CBG retransmission, TS 38.212 §5.4.2.1); {@code r} is the index j among
     * the scheduled code blocks (0..C'−1).
     */
    public int rateMatchOutputSize(int j, int g, int numLayers, int qm, int numScheduled) {
        if (numLayers < 1 || numLayers > 8) {
            throw new IllegalArgumentException("numLayers N_L must be in [1, 8] (TS 38.211 §7.3.1.3), was "
                    + numLayers);
        }
        if (qm < 1 || qm > 10) {
            throw new IllegalArgumentException("qm must be in [1, 10] (TS 38.211 §5.1), was " + qm);
        }
        if (numScheduled < 1 || numScheduled > numCodeBlocks) {
            throw new IllegalArgumentException("numScheduled C' must be in [1, C=" + numCodeBlocks
                    + "] (TS 38.212 §5.4.2.1), was " + numScheduled);
        }
        Objects.checkIndex(j, numScheduled);
        int unit = numLayers * qm;
        if (g < 0 || g % unit != 0) {
            throw new IllegalArgumentException("G must be a non-negative multiple of N_L·Q_m = " + unit
                    + " (TS 38.212 §5.4.2.1), was " + g);
        }
        int symbols = g / unit;
        int floor = symbols / numScheduled;
        if (j <= numScheduled - symbols % numScheduled - 1) {
            return unit * floor;
        }
        return unit * (floor + 1);
    }

    /**
     * Writes code block r: its K'−L input bits, the CRC24B over them when C &gt; 1, and F filler bits as 0
     * (TS 38.212 §5.2.2).
     *
     * @param input   B input bits (one per byte) from {@code inputOffset}
     * @param r       code block index 0..C−1
     * @param block   output, K bits from {@code blockOffset} (Modified)
     */
    public void segment(byte[] input, int inputOffset, int r, byte[] block, int blockOffset) {
        Objects.checkFromIndexSize(inputOffset, inputSize, input.length);
        Objects.checkIndex(r, numCodeBlocks);
        Objects.checkFromIndexSize(blockOffset, k, block.length);
        int data = numDataBitsPerBlock();
        System.arraycopy(input, inputOffset + r * data, block, blockOffset, data);
        if (crcLength > 0) {
            CrcCalculator.of(CrcPolynomial.CRC24B).attach(block, blockOffset, data);
        }
        Arrays.fill(block, blockOffset + kPrime, blockOffset + k, (byte) 0);
    }

    /**
     * Checks the CRC24B of decoded code block r; always true when C = 1 (no code-block CRC). A failure is a
     * result.
     */
    public boolean codeBlockCrcPasses(byte[] block, int blockOffset) {
        if (crcLength == 0) {
            return true;
        }
        return CrcCalculator.of(CrcPolynomial.CRC24B).check(block, blockOffset, kPrime);
    }

    /**
     * Code-block concatenation, the inverse of {@link #segment}: copies the K'−L data bits of decoded code block
     * r back into the B-bit transport block (TS 38.212 §5.5 reverse).
     *
     * @param output  B bits from {@code outputOffset} (Modified: the range of block r)
     */
    public void desegment(byte[] block, int blockOffset, int r, byte[] output, int outputOffset) {
        Objects.checkIndex(r, numCodeBlocks);
        Objects.checkFromIndexSize(blockOffset, k, block.length);
        Objects.checkFromIndexSize(outputOffset, inputSize, output.length);
        int data = numDataBitsPerBlock();
        System.arraycopy(block, blockOffset, output, outputOffset + r * data, data);
    }
}
