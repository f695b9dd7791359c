package org.airan.phy.coding.ldpc;

import java.util.Arrays;
import java.util.Objects;
import org.airan.phy.coding.crc.CrcCalculator;

/**
 * What the float layered min-sum decoders share: the workspaces, loading the posteriors from the decoder input
 * (NaN carries no information), the iteration loop with its stop rule (CRC-aided when a CRC is given and early
 * termination is on, else the parity check H·ĉ = 0 on the active rows), and the hard decision. Subclasses supply
 * one layer's check-node update ({@link #layer}); the scalar and Vector API decoders perform the same float
 * operations in the same order, so their outputs agree exactly.
 */
abstract sealed class FloatLayeredLdpcDecoder implements LdpcDecoder
        permits LayeredMinSumLdpcDecoder, VectorLayeredMinSumLdpcDecoder {

    final LdpcDecoderConfig config;
    final int maxZ;
    /** Posteriors L per column × lane. */
    final float[] app;
    /** Check-to-variable messages R per edge × lane. */
    final float[] msg;
    private final byte[] hard;
    private final byte[] parity;

    /**
     * @param config decoder configuration (its maxZ sizes the workspaces)
     * @param pad    floats of padding after the posteriors and messages (whole-vector loads past the end)
     */
    FloatLayeredLdpcDecoder(LdpcDecoderConfig config, int pad) {
        this.config = Objects.requireNonNull(config, "config");
        this.maxZ = config.maxZ();
        LdpcCode largest = LdpcCode.of(LdpcBaseGraph.BG1, 2); // edge and degree counts do not depend on Z
        this.app = new float[LdpcBaseGraph.BG1.numColumns() * maxZ + pad];
        this.msg = new float[largest.numEdges() * maxZ + pad];
        this.hard = new byte[LdpcBaseGraph.BG1.numColumns() * maxZ];
        this.parity = new byte[maxZ];
    }

    /** One layer (base-graph row {@code row}): new messages R' and posteriors L = Q + R' for its Z lanes. */
    abstract void layer(LdpcCode code, int row, int z, boolean normalized, float scale, float offset);

    @Override
    public final LdpcDecoderConfig config() {
        return config;
    }

    @Override
    public final void decode(LdpcCode code, float[] llr, int llrOffset, byte[] bits, int bitsOffset,
                             LdpcDecodeResult result) {
        decode(code, llr, llrOffset, bits, bitsOffset, null, 0, result);
    }

    @Override
    public final void decode(LdpcCode code, float[] llr, int llrOffset, byte[] bits, int bitsOffset,
                             CrcCalculator crc, int crcBits, LdpcDecodeResult result) {
        int rows = DecoderInputs.activeRows(code, maxZ, llr, llrOffset, bits, bitsOffset, result);
        DecoderInputs.checkCrc(code, crc, crcBits);
        boolean crcStop = crc != null && config.earlyTermination();
        boolean crcOk = false;
        int z = code.z();
        int k = code.k();
        int columns = code.baseGraph().numInfoColumns() + rows;
        int punctured = LdpcBaseGraph.NUM_PUNCTURED_COLUMNS * z;
        Arrays.fill(app, 0, punctured, 0f);
        for (int j = punctured; j < columns * z; j++) {
            float v = llr[llrOffset + j - punctured];
            app[j] = v == v ? v : 0f; // NaN carries no information
        }
        Arrays.fill(msg, 0, code.rowEnd(rows - 1) * z, 0f);

        boolean normalized = config.checkNodeRule() == LdpcDecoderConfig.CheckNodeRule.NORMALIZED;
        float scale = config.scale();
        float offset = config.offset();
        int maxIterations = config.maxIterations();
        boolean ok = false;
        int iteration = 0;
        while (iteration < maxIterations) {
            iteration++;
            for (int i = 0; i < rows; i++) {
                layer(code, i, z, normalized, scale, offset);
            }
            if (crcStop) {
                crcOk = crcHolds(crc, crcBits);
                if (crcOk) {
                    break;
                }
            } else if (config.earlyTermination()) {
                ok = parityHolds(code, rows, columns, z);
                if (ok) {
                    break;
                }
            }
        }
        if (!config.earlyTermination() || (crcStop && !crcOk)) {
            ok = parityHolds(code, rows, columns, z);
        }
        for (int j = 0; j < k; j++) {
            bits[bitsOffset + j] = (byte) (Float.floatToRawIntBits(app[j]) >>> 31);
        }
        result.set(iteration, ok, crcOk);
    }

    private boolean crcHolds(CrcCalculator crc, int crcBits) {
        for (int j = 0; j < crcBits; j++) {
            hard[j] = (byte) (Float.floatToRawIntBits(app[j]) >>> 31);
        }
        return crc.check(hard, 0, crcBits);
    }

    private boolean parityHolds(LdpcCode code, int rows, int columns, int z) {
        for (int j = 0; j < columns * z; j++) {
            hard[j] = (byte) (Float.floatToRawIntBits(app[j]) >>> 31);
        }
        return LdpcParity.holds(code, hard, rows, parity);
    }
}
