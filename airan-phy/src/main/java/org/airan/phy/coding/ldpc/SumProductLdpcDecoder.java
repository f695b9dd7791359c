package org.airan.phy.coding.ldpc;

import java.util.Arrays;
import java.util.Objects;

/**
 * Flooding sum-product (belief propagation) LDPC decoder in double precision: the exact check-node rule
 * {@code R_e = 2·atanh(Π_{e'≠e} tanh(Q_e'/2))}, all check nodes updated from the previous iteration's posteriors.
 * It is the accuracy reference for {@link LayeredMinSumLdpcDecoder} and several times slower; it shares no
 * message-passing code with it. Flooding needs roughly twice the iterations of a layered schedule for the same
 * result. {@link LdpcDecoderConfig#checkNodeRule()}, scale and offset are ignored.
 */
public final class SumProductLdpcDecoder implements LdpcDecoder {

    /** |tanh product| is kept below 1 − this so that atanh stays finite (|R| ≤ about 35). */
    private static final double PRODUCT_GUARD = 1e-15;

    private final LdpcDecoderConfig config;
    private final int maxZ;
    private final double[] channel;
    private final double[] posterior;
    private final double[] next;
    private final double[] msg;
    private final double[] t;
    private final double[] prefix;
    private final int[] vars;
    private final byte[] hard;
    private final byte[] parity;

    /** A decoder sized for {@code config.maxZ()}. */
    public SumProductLdpcDecoder(LdpcDecoderConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.maxZ = config.maxZ();
        LdpcCode any = LdpcCode.of(LdpcBaseGraph.BG1, 2);
        int length = LdpcBaseGraph.BG1.numColumns() * maxZ;
        this.channel = new double[length];
        this.posterior = new double[length];
        this.next = new double[length];
        this.msg = new double[any.numEdges() * maxZ];
        this.t = new double[any.maxRowDegree()];
        this.prefix = new double[any.maxRowDegree() + 1];
        this.vars = new int[any.maxRowDegree()];
        this.hard = new byte[length];
        this.parity = new byte[maxZ];
    }

    @Override
    public LdpcDecoderConfig config() {
        return config;
    }

    @Override
    public void decode(LdpcCode code, float[] llr, int llrOffset, byte[] bits, int bitsOffset,
                       LdpcDecodeResult result) {
        int rows = DecoderInputs.activeRows(code, maxZ, llr, llrOffset, bits, bitsOffset, result);
        int z = code.z();
        int k = code.k();
        int length = (code.baseGraph().numInfoColumns() + rows) * z;
        int punctured = LdpcBaseGraph.NUM_PUNCTURED_COLUMNS * z;
        Arrays.fill(channel, 0, punctured, 0.0);
        for (int j = punctured; j < length; j++) {
            float v = llr[llrOffset + j - punctured];
            channel[j] = v == v ? v : 0.0; // NaN carries no information
        }
        System.arraycopy(channel, 0, posterior, 0, length);
        Arrays.fill(msg, 0, code.rowEnd(rows - 1) * z, 0.0);

        boolean ok = false;
        int iteration = 0;
        while (iteration < config.maxIterations()) {
            iteration++;
            System.arraycopy(channel, 0, next, 0, length);
            for (int i = 0; i < rows; i++) {
                int first = code.rowStart(i);
                int degree = code.rowEnd(i) - first;
                for (int r = 0; r < z; r++) {
                    for (int d = 0; d < degree; d++) {
                        int e = first + d;
                        int col = r + code.edgeShift(e);
                        if (col >= z) {
                            col -= z;
                        }
                        vars[d] = code.edgeColumn(e) * z + col;
                        t[d] = Math.tanh(0.5 * (posterior[vars[d]] - msg[e * z + r]));
                    }
                    prefix[0] = 1.0;
                    for (int d = 0; d < degree; d++) {
                        prefix[d + 1] = prefix[d] * t[d];
                    }
                    double suffix = 1.0;
                    for (int d = degree - 1; d >= 0; d--) {
                        double p = prefix[d] * suffix;
                        suffix *= t[d];
                        p = Math.max(-1.0 + PRODUCT_GUARD, Math.min(1.0 - PRODUCT_GUARD, p));
                        double rv = 2.0 * atanh(p);
                        msg[(first + d) * z + r] = rv;
                        next[vars[d]] += rv;
                    }
                }
            }
            System.arraycopy(next, 0, posterior, 0, length);
            for (int j = 0; j < length; j++) {
                hard[j] = posterior[j] < 0 ? (byte) 1 : (byte) 0;
            }
            ok = LdpcParity.holds(code, hard, rows, parity);
            if (ok && config.earlyTermination()) {
                break;
            }
        }
        for (int j = 0; j < k; j++) {
            bits[bitsOffset + j] = posterior[j] < 0 ? (byte) 1 : (byte) 0;
        }
        result.set(iteration, ok);
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1.0 + x) / (1.0 - x));
    }
}
