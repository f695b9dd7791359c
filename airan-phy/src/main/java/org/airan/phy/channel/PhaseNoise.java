package org.airan.phy.channel;

import java.util.Objects;

/**
 * Oscillator phase noise as a Wiener process (free-running oscillator with a Lorentzian spectrum):
 * {@code φ[n] = φ[n−1] + w[n]}, {@code w ~ N(0, 2π·β/f_s)} where β is the two-sided 3-dB linewidth in Hz, and
 * the samples are multiplied by {@code e^{jφ[n]}}. The phase variance grows as {@code 2πβ·t}. Deterministic under
 * a seed; allocates nothing; not thread-safe.
 */
public final class PhaseNoise {

    private final AwgnChannel gauss;
    private final double stepStd;
    private double phi;

    /**
     * @param linewidthHz  3-dB linewidth β ≥ 0 in Hz
     * @param sampleRateHz f_s in Hz
     */
    public PhaseNoise(double linewidthHz, double sampleRateHz, long seed) {
        if (!(linewidthHz >= 0) || !(sampleRateHz > 0)) {
            throw new IllegalArgumentException("linewidthHz must be ≥ 0 and sampleRateHz > 0, were " + linewidthHz
                    + ", " + sampleRateHz);
        }
        this.gauss = new AwgnChannel(seed);
        this.stepStd = Math.sqrt(2 * Math.PI * linewidthHz / sampleRateHz);
    }

    /** Current phase φ in radians. */
    public double phase() {
        return phi;
    }

    /** Applies the phase process to {@code numSamples} interleaved samples in place. @param x Modified */
    public void apply(float[] x, int offset, int numSamples) {
        Objects.checkFromIndexSize(offset, 2 * numSamples, x.length);
        for (int j = 0; j < numSamples; j++) {
            phi += stepStd * gauss.nextGaussian();
            double c = Math.cos(phi), s = Math.sin(phi);
            int o = offset + 2 * j;
            float xr = x[o], xi = x[o + 1];
            x[o] = (float) (xr * c - xi * s);
            x[o + 1] = (float) (xr * s + xi * c);
        }
    }
}
