package org.airan.testbed.demo;

import java.util.Objects;
import org.airan.phy.channel.AwgnChannel;

/**
 * The demo's channel: each receive antenna sees the transmitted samples rotated by its own constant phase and
 * plus independent complex white Gaussian noise of variance {@code noiseVariance} per complex sample
 * ({@code noiseVariance/2} per real dimension).
 *
 * <p>The noise comes from {@link AwgnChannel}, one seeded source per antenna. Seeded and deterministic: antenna {@code a}'s phase and noise stream depend only on (seed, a), so the
 * same seed reproduces the same recording. Allocation-free; not thread-safe across the same antenna.
 */
public final class Impairments {

    private final double[] phaseRad;
    private final AwgnChannel[] noise;
    private final double noiseVariance;

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
        noise = new AwgnChannel[numAntennas];
        for (int a = 0; a < numAntennas; a++) {
            long s = DemoSlotSource.mix(seed * 31 + a + 0x1234_5678L);
            phaseRad[a] = 2 * Math.PI * ((s >>> 11) * 0x1.0p-53);
            noise[a] = new AwgnChannel(DemoSlotSource.mix(s ^ 0xABCDEF12345L));
        }
        this.noiseVariance = noiseVariance;
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
        float c = (float) Math.cos(phaseRad[antenna]);
        float s = (float) Math.sin(phaseRad[antenna]);
        for (int i = 0; i < numSamples; i++) {
            int o = offset + 2 * i;
            float re = iq[o];
            float im = iq[o + 1];
            iq[o] = re * c - im * s;
            iq[o + 1] = re * s + im * c;
        }
        noise[antenna].addNoise(iq, offset, numSamples, noiseVariance);
    }
}
