package org.airan.testbed.demo;

import java.util.Objects;

/**
 * The demo's channel: each receive antenna sees the transmitted samples rotated by its own constant phase and
 * plus independent complex white Gaussian noise of variance {@code noiseVariance} per complex sample
 * ({@code noiseVariance/2} per real dimension).
 *
 * <p>Seeded and deterministic: antenna {@code a}'s phase and noise stream depend only on (seed, a), so the
 * same seed reproduces the same recording. Allocation-free; not thread-safe across the same antenna.
 */
public final class Impairments {

    private final double[] phaseRad;
    private final long[] noiseState;
    private final double noiseStd;

    /**
     * @param numAntennas   receive antennas, at least 1
     * @param noiseVariance E|n|² per complex time-domain sample (linear), at least 0
     * @param seed          random seed
     */
    public Impairments(int numAntennas, double noiseVariance, long seed) {
        if (numAntennas < 1) {
            throw new IllegalArgumentException("numAntennas must be ≥ 1, was " + numAntennas);
        }
        if (!(noiseVariance >= 0) || Double.isInfinite(noiseVariance)) {
            throw new IllegalArgumentException("noiseVariance must be finite and ≥ 0, was " + noiseVariance);
        }
        phaseRad = new double[numAntennas];
        noiseState = new long[numAntennas];
        for (int a = 0; a < numAntennas; a++) {
            long s = DemoSlotSource.mix(seed * 31 + a + 0x1234_5678L);
            phaseRad[a] = 2 * Math.PI * ((s >>> 11) * 0x1.0p-53);
            noiseState[a] = DemoSlotSource.mix(s ^ 0xABCDEF12345L);
        }
        this.noiseStd = Math.sqrt(noiseVariance / 2);
    }

    /** The phase in radians, in [0, 2π), that antenna {@code a} applies. */
    public double phaseRad(int antenna) {
        return phaseRad[antenna];
    }

    /**
     * Rotates {@code numSamples} complex samples by antenna {@code antenna}'s phase and adds its noise, in place.
     *
     * @param iq interleaved complex samples; Modified
     */
    public void apply(int antenna, float[] iq, int offset, int numSamples) {
        Objects.checkFromIndexSize(offset, 2 * numSamples, iq.length);
        double c = Math.cos(phaseRad[antenna]);
        double s = Math.sin(phaseRad[antenna]);
        long st = noiseState[antenna];
        for (int i = 0; i < numSamples; i++) {
            int o = offset + 2 * i;
            double re = iq[o];
            double im = iq[o + 1];
            // Box–Muller: two independent N(0,1) from two uniforms in (0,1]
            st += 0x9E3779B97F4A7C15L;
            double u1 = ((DemoSlotSource.mix(st) >>> 11) + 1) * 0x1.0p-53;
            st += 0x9E3779B97F4A7C15L;
            double u2 = (DemoSlotSource.mix(st) >>> 11) * 0x1.0p-53;
            double r = noiseStd * Math.sqrt(-2 * Math.log(u1));
            double t = 2 * Math.PI * u2;
            iq[o] = (float) (re * c - im * s + r * Math.cos(t));
            iq[o + 1] = (float) (re * s + im * c + r * Math.sin(t));
        }
        noiseState[antenna] = st;
    }
}
