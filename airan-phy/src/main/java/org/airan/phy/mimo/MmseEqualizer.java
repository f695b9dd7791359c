package org.airan.phy.mimo;

/**
 * Linear MMSE equalizer with bias removal: {@code x̃ = (HᴴH + N_0 I)⁻¹Hᴴy}; the estimate of layer l is biased by
 * {@code g_l = [(HᴴH + N_0 I)⁻¹HᴴH]_ll = 1 − N_0·[(HᴴH + N_0 I)⁻¹]_ll}, so the output is {@code x̂_l = x̃_l/g_l}
 * (unbiased), with SINR {@code g_l/(1 − g_l)} and noise-plus-interference variance {@code (1 − g_l)/g_l}. With
 * N_0 = 0 it equals ZF. A channel with no energy for a layer (g_l ≤ 0) gives zeros and infinite noise variance.
 */
public final class MmseEqualizer extends LinearEqualizer {

    /** An MMSE equalizer for up to {@code maxRxAntennas} receive antennas and 4 layers. */
    public MmseEqualizer(int maxRxAntennas) {
        super(maxRxAntennas);
    }

    /** @param vector use the Vector-API accumulation when available (false: the scalar loops, for comparisons) */
    MmseEqualizer(int maxRxAntennas, boolean vector) {
        super(maxRxAntennas, vector);
    }

    @Override
    public String name() {
        return "MMSE";
    }

    @Override
    double regularization(double n0) {
        return n0;
    }

    @Override
    boolean finish(double xr, double xi, double dl, double n0, double[] out) {
        if (n0 == 0) {
            out[0] = xr;
            out[1] = xi;
            out[2] = 0;
            return dl > 0;
        }
        double e = n0 * dl; // 1 − g
        double g = 1 - e;
        if (!(g > LinearEqualizer.SINGULAR_RELATIVE) || !(e > 0)) {
            return false;
        }
        out[0] = xr / g;
        out[1] = xi / g;
        out[2] = e / g;
        return true;
    }
}
