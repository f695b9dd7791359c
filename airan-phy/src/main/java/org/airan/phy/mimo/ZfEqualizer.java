package org.airan.phy.mimo;

/**
 * Zero-forcing equalizer: {@code x̂ = (HᴴH)⁻¹Hᴴy}, unbiased, with post-equalization noise variance
 * {@code σ²_l = N_0·[(HᴴH)⁻¹]_ll} and SINR {@code 1/σ²_l}. One layer reduces to maximum-ratio combining
 * {@code x̂ = hᴴy/‖h‖²}. A rank-deficient channel gives zeros and infinite noise variance (see {@link Equalizer}).
 */
public final class ZfEqualizer extends LinearEqualizer {

    /** A ZF equalizer for up to {@code maxRxAntennas} receive antennas and 4 layers. */
    public ZfEqualizer(int maxRxAntennas) {
        super(maxRxAntennas);
    }

    @Override
    public String name() {
        return "ZF";
    }

    @Override
    double regularization(double n0) {
        return 0;
    }

    @Override
    boolean finish(double xr, double xi, double dl, double n0, double[] out) {
        out[0] = xr;
        out[1] = xi;
        out[2] = n0 * dl;
        return dl > 0;
    }
}
