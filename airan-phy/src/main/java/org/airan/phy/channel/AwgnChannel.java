package org.airan.phy.channel;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Additive white Gaussian noise with the link simulator's SNR definition.
 *
 * <p><b>SNR definition (frequency domain, the reference):</b> SNR = E_s / N_0 where E_s is the mean energy of a
 * data resource element per receive antenna, assuming data REs of unit mean energy and a unit-power channel
 * (every model here is normalized so that {@code E[Σ_n |a_n|²] = 1}), and N_0 the complex noise variance per RE.
 * Hence {@code N_0 = 10^(−SNR_dB/10)} and each RE gets {@code n = √(N_0/2)·(x + jy)}, x, y ~ N(0, 1)
 * ({@link #reNoiseVariance(double)}, {@link #addNoise}).
 *
 * <p><b>Time domain:</b> a demodulator computes {@code Y_k = c·Σ_n y[n] e^{−j2πkn/N}}; white noise of variance σ²
 * per sample becomes noise of variance {@code c²·N·σ²} per RE. To reproduce N_0 per RE add
 * {@code σ² = N_0 / (c²·N)} per sample ({@link #sampleNoiseVariance}). With the unitary scaling c = 1/√N the two
 * variances are equal. The measured time-domain SNR then differs from the RE SNR by the occupancy K/N (guard
 * bands carry noise but no signal); the per-RE definition is the one the link results are quoted in. For the
 * project's OFDM blocks (c = √K/N) use {@link #sampleNoiseVarianceForOfdm}.
 *
 * <p>Deterministic under a seed; allocates nothing per call. Not thread-safe.
 */
public final class AwgnChannel {

    private final SplittableRandom rng;
    private double spare;
    private boolean hasSpare;

    /** A noise source with the given seed. */
    public AwgnChannel(long seed) {
        this.rng = new SplittableRandom(seed);
    }

    /** Complex noise variance per RE N_0 = 10^(−snrDb/10) for unit-energy data REs and a unit-power channel. */
    public static double reNoiseVariance(double snrDb) {
        if (!Double.isFinite(snrDb)) {
            throw new IllegalArgumentException("snrDb must be finite, was " + snrDb);
        }
        return Math.pow(10, -snrDb / 10);
    }

    /**
     * Per-sample complex noise variance σ² = N_0/(c²·N) that gives N_0 per RE after a demodulator with DFT size N
     * and scale c.
     *
     * @param reNoiseVariance N_0 per RE
     * @param dftSize         N
     * @param demodulatorScale c (1/√N for a unitary DFT, 1 for an unscaled one)
     */
    public static double sampleNoiseVariance(double reNoiseVariance, int dftSize, double demodulatorScale) {
        if (dftSize < 1 || !(demodulatorScale > 0) || !(reNoiseVariance >= 0)) {
            throw new IllegalArgumentException("need dftSize ≥ 1, demodulatorScale > 0 and reNoiseVariance ≥ 0, were "
                    + dftSize + ", " + demodulatorScale + ", " + reNoiseVariance);
        }
        return reNoiseVariance / (demodulatorScale * demodulatorScale * dftSize);
    }

    /**
     * Per-sample complex noise variance for the OFDM blocks of {@code org.airan.phy.ofdm}, whose demodulator scales
     * by c = √K/N (the inverse of the modulator's 1/√K, which maps unit-energy REs to unit mean sample power):
     * {@code σ² = N_0·N/K}. The resulting time-domain SNR (signal sample power over σ²) of a fully occupied grid is
     * the RE SNR times K/N.
     */
    public static double sampleNoiseVarianceForOfdm(double reNoiseVariance, org.airan.phy.grid.CarrierConfig carrier) {
        int n = carrier.dftSize();
        return sampleNoiseVariance(reNoiseVariance, n, Math.sqrt(carrier.numSubcarriers()) / n);
    }

    /** One standard normal variate (polar Box–Muller, pairs cached). */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u, v, s;
        do {
            u = 2 * rng.nextDouble() - 1;
            v = 2 * rng.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = Math.sqrt(-2 * Math.log(s) / s);
        spare = v * m;
        hasSpare = true;
        return u * m;
    }

    /**
     * Adds circularly-symmetric complex Gaussian noise of total variance {@code variance} (σ²/2 per component) to
     * {@code numComplex} interleaved samples.
     *
     * @param x Modified
     */
    public void addNoise(float[] x, int offset, int numComplex, double variance) {
        Objects.checkFromIndexSize(offset, 2 * numComplex, x.length);
        if (!(variance >= 0)) {
            throw new IllegalArgumentException("variance must be ≥ 0, was " + variance);
        }
        double s = Math.sqrt(variance / 2);
        for (int i = 0; i < 2 * numComplex; i++) {
            x[offset + i] += (float) (s * nextGaussian());
        }
    }

    /** Adds noise for a per-RE SNR in dB to a frequency-domain grid array: {@code addNoise(..., reNoiseVariance(snrDb))}. */
    public void addNoiseForSnr(float[] grid, int offset, int numRe, double snrDb) {
        addNoise(grid, offset, numRe, reNoiseVariance(snrDb));
    }
}
