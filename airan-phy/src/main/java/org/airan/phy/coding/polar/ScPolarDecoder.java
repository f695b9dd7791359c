package org.airan.phy.coding.polar;

import java.util.Arrays;
import java.util.Objects;

/**
 * Successive-cancellation polar decoder (Arıkan 2009) with min-sum LLR updates
 * f(a, b) = sign(a)·sign(b)·min(|a|, |b|), g(a, b, u) = b + (1 − 2u)·a, for the NR codes of TS 38.212 §5.3.1.
 * Sub-trees whose leaves are all frozen are decided at once (all zeros); sub-trees of information bits only are
 * decided by hard decision on their LLRs followed by the inverse transform (exact for SC). Parity-check bits
 * (§5.3.1.2) are set from the decoded bits, as the encoder does.
 *
 * <p>Buffers sized for the maximum N at construction; {@link #decode} allocates nothing. Not thread-safe.
 */
public final class ScPolarDecoder implements PolarDecoder {

    private final int maxN;
    /** LLRs of the tree layer of length len at [len, 2·len); the root (channel, after rate recovery) at [N, 2N). */
    private final float[] alpha;
    /** Partial sums (codeword bits) of the layer of length len at [len, 2·len). */
    private final byte[] beta;
    private final byte[] u;
    private byte[] kinds;
    private byte[] types;
    private float pm;
    private int reg;

    /** A decoder for mother codes of length N ≤ {@code maxMotherLength}. */
    public ScPolarDecoder(int maxMotherLength) {
        PolarDecoders.checkMaxLength(maxMotherLength);
        this.maxN = maxMotherLength;
        this.alpha = new float[2 * maxMotherLength];
        this.beta = new byte[2 * maxMotherLength];
        this.u = new byte[maxMotherLength];
    }

    @Override
    public boolean decode(PolarCode code, float[] llr, int llrOffset, int rnti, byte[] out, int outOffset) {
        int n = code.motherLength();
        if (n > maxN) {
            throw new IllegalArgumentException("code needs N = " + n + " but this decoder was sized for N ≤ " + maxN);
        }
        Objects.checkFromIndexSize(outOffset, code.numInfoBits(), out.length);
        if (!PolarRateMatcher.recover(code, llr, llrOffset, alpha, n)) {
            return noInformation(code, out, outOffset);
        }
        kinds = code.nodeKindsView();
        types = code.bitTypes();
        pm = 0f;
        reg = 0;
        node(1, n, 0);
        int[] info = code.infoPositionsView();
        int[] pi = code.inputInterleaverView();
        for (int k = 0; k < info.length; k++) {
            out[outOffset + pi[k]] = u[info[k]];
        }
        kinds = null;
        types = null;
        return code.checkCrc(out, outOffset, rnti);
    }

    /** All-erasure input: zeros out, a failure result (the all-zero word would pass a zero-initialized CRC). */
    private boolean noInformation(PolarCode code, byte[] out, int outOffset) {
        pm = 0f;
        Arrays.fill(out, outOffset, outOffset + code.numInfoBits(), (byte) 0);
        return false;
    }

    private void node(int heap, int len, int leaf) {
        byte kind = kinds[heap];
        if (kind == PolarCode.NODE_RATE0) {
            float pen = 0f;
            for (int i = len; i < 2 * len; i++) {
                float a = alpha[i];
                pen += a < 0f ? -a : 0f;
            }
            pm += pen;
            Arrays.fill(beta, len, 2 * len, (byte) 0);
            Arrays.fill(u, leaf, leaf + len, (byte) 0);
            reg = rotate(reg, len);
            return;
        }
        if (kind == PolarCode.NODE_RATE1) {
            for (int i = 0; i < len; i++) {
                byte b = alpha[len + i] < 0f ? (byte) 1 : (byte) 0;
                beta[len + i] = b;
                u[leaf + i] = b;
            }
            PolarEncoder.transform(u, leaf, len); // u = x·G (G is its own inverse)
            for (int i = 0; i < len; i++) {
                reg = rotate(reg, 1) ^ u[leaf + i];
            }
            return;
        }
        if (len == 1) { // parity-check leaf (TS 38.212 §5.3.1.2)
            reg = rotate(reg, 1);
            byte b = (byte) (reg & 1);
            float a = alpha[1];
            if ((a < 0f) != (b == 1)) {
                pm += Math.abs(a);
            }
            beta[1] = b;
            u[leaf] = b;
            return;
        }
        int half = len >>> 1;
        for (int i = 0; i < half; i++) {
            alpha[half + i] = f(alpha[len + i], alpha[len + half + i]);
        }
        node(2 * heap, half, leaf);
        System.arraycopy(beta, half, beta, len, half);
        for (int i = 0; i < half; i++) {
            alpha[half + i] = g(alpha[len + i], alpha[len + half + i], beta[len + i]);
        }
        node(2 * heap + 1, half, leaf + half);
        for (int i = 0; i < half; i++) {
            byte r = beta[half + i];
            beta[len + i] ^= r;
            beta[len + half + i] = r;
        }
    }

    /** Min-sum check-node update: sign(a)·sign(b)·min(|a|, |b|). */
    static float f(float a, float b) {
        float m = Math.min(Math.abs(a), Math.abs(b));
        int sign = (Float.floatToRawIntBits(a) ^ Float.floatToRawIntBits(b)) & 0x80000000;
        return Float.intBitsToFloat(Float.floatToRawIntBits(m) | sign);
    }

    /** Variable-node update: b + (1 − 2u)·a. */
    static float g(float a, float b, int u) {
        return u == 0 ? b + a : b - a;
    }

    /** The 5-bit cyclic register of TS 38.212 §5.3.1.2 after {@code times} rotations (y_i at bit i). */
    static int rotate(int y, int times) {
        for (int t = times % 5; t > 0; t--) {
            y = (y >>> 1) | ((y & 1) << 4);
        }
        return y;
    }

    @Override
    public float lastPathMetric() {
        return pm;
    }

    @Override
    public int listSize() {
        return 1;
    }
}
