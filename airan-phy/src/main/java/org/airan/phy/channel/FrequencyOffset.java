package org.airan.phy.channel;

import java.util.Objects;

/**
 * Carrier frequency offset: multiplies a sample stream by {@code e^{j(2π Δf n / f_s + φ_0)}}, keeping the phase
 * across calls. The phase is accumulated in double precision from the absolute sample count, so it does not
 * drift. Allocates nothing; not thread-safe.
 */
public final class FrequencyOffset {

    private final double radPerSample;
    private final double initialPhase;
    private long n;

    /**
     * @param offsetHz     Δf in Hz (any sign)
     * @param sampleRateHz f_s in Hz
     * @param initialPhaseRad φ_0
     */
    public FrequencyOffset(double offsetHz, double sampleRateHz, double initialPhaseRad) {
        if (!Double.isFinite(offsetHz) || !(sampleRateHz > 0) || !Double.isFinite(initialPhaseRad)) {
            throw new IllegalArgumentException("offsetHz and initialPhaseRad must be finite and sampleRateHz > 0, were "
                    + offsetHz + ", " + sampleRateHz + ", " + initialPhaseRad);
        }
        this.radPerSample = 2 * Math.PI * offsetHz / sampleRateHz;
        this.initialPhase = initialPhaseRad;
    }

    /** Rotates {@code numSamples} interleaved samples in place. @param x Modified */
    public void apply(float[] x, int offset, int numSamples) {
        Objects.checkFromIndexSize(offset, 2 * numSamples, x.length);
        // exact phase every 64 samples, recurrence in between
        for (int i = 0; i < numSamples; i += 64) {
            double ph = initialPhase + radPerSample * (n + i);
            double cr = Math.cos(ph), ci = Math.sin(ph);
            double sr = Math.cos(radPerSample), si = Math.sin(radPerSample);
            int end = Math.min(numSamples, i + 64);
            for (int j = i; j < end; j++) {
                int o = offset + 2 * j;
                float xr = x[o], xi = x[o + 1];
                x[o] = (float) (xr * cr - xi * ci);
                x[o + 1] = (float) (xr * ci + xi * cr);
                double t = cr * sr - ci * si;
                ci = cr * si + ci * sr;
                cr = t;
            }
        }
        n += numSamples;
    }

    /** Samples processed so far. */
    public long sampleIndex() {
        return n;
    }
}
