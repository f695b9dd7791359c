package org.airan.phy.coding.polar;

import java.util.Arrays;
import java.util.Objects;

/**
 * Polar rate matching of TS 38.212 §5.4.1 (sub-block interleaving §5.4.1.1, bit selection §5.4.1.2, coded-bit
 * interleaving §5.4.1.3) on hard bits, and its inverse on LLRs. Stateless; allocation-free.
 */
public final class PolarRateMatcher {

    /**
     * LLR given to shortened bits, which the receiver knows to be 0 (TS 38.212 §5.4.1.2): large enough that no
     * channel LLR sum overrides it (channel LLRs of a few tens at most, summed over ≤ 10 stages and ≤ 256
     * repetitions), small enough that sums of it stay finite in float.
     */
    public static final float KNOWN_ZERO_LLR = 1.0e6f;

    /**
     * Received LLRs are clamped to ±this value (infinities included) so that sums and differences stay finite
     * and a shortened bit ({@link #KNOWN_ZERO_LLR}) always dominates; NaN is read as 0 (an erasure).
     */
    public static final float MAX_CHANNEL_LLR = 1.0e5f;

    private PolarRateMatcher() {
    }

    /**
     * Rate matching: f_k = d_{map[k]}, k = 0..E−1.
     *
     * @param d   the N encoded bits d_0..d_{N−1} (after the polar transform)
     * @param out Modified: E bits
     */
    public static void match(PolarCode code, byte[] d, int dOff, byte[] out, int outOff) {
        Objects.checkFromIndexSize(dOff, code.motherLength(), d.length);
        Objects.checkFromIndexSize(outOff, code.numCodedBits(), out.length);
        int[] map = code.rateMatchMapView();
        for (int k = 0; k < map.length; k++) {
            out[outOff + k] = d[dOff + map[k]];
        }
    }

    /**
     * Rate recovery: the N LLRs of d from the E received LLRs. Repeated bits add up, punctured bits get LLR 0 and
     * shortened bits {@link #KNOWN_ZERO_LLR}; NaN inputs count as 0 and inputs are clamped to
     * ±{@link #MAX_CHANNEL_LLR}.
     *
     * @param llr    E LLRs (ln P(0)/P(1)) at {@code off}
     * @param llrN   Modified: N LLRs at {@code nOff}
     * @return false when no input LLR carries information (all 0 or NaN): the decoders then report failure
     *         instead of decoding the all-zero codeword, which passes a zero-initialized CRC
     */
    public static boolean recover(PolarCode code, float[] llr, int off, float[] llrN, int nOff) {
        int n = code.motherLength();
        int e = code.numCodedBits();
        Objects.checkFromIndexSize(off, e, llr.length);
        Objects.checkFromIndexSize(nOff, n, llrN.length);
        Arrays.fill(llrN, nOff, nOff + n, 0f);
        if (code.rateMatching() == PolarCode.RateMatching.SHORTENING) {
            int[] j = code.subBlockInterleaverView();
            for (int i = e; i < n; i++) {
                llrN[nOff + j[i]] = KNOWN_ZERO_LLR;
            }
        }
        int[] map = code.rateMatchMapView();
        boolean any = false;
        for (int k = 0; k < e; k++) {
            float v = llr[off + k];
            if (v != 0f && v == v) {
                any = true;
                v = Math.max(-MAX_CHANNEL_LLR, Math.min(MAX_CHANNEL_LLR, v));
                llrN[nOff + map[k]] += v;
            }
        }
        return any;
    }
}
