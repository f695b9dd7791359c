package org.airan.phy.channel;

import java.util.Objects;

/**
 * Configuration of a tapped-delay-line channel (TR 38.901 §7.7.2, multi-antenna per TS 38.101-4 Annex B.2.3 /
 * TS 38.104 Annex G.2.3).
 *
 * @param profile               power-delay profile (e.g. {@link TdlModel#profile(double)}); used normalized
 * @param maxDopplerHz          maximum Doppler shift f_D = v·f_c/c in Hz, ≥ 0 (see {@link #dopplerHz})
 * @param numTx                 transmit antennas, 1..64
 * @param numRx                 receive antennas, 1..64
 * @param correlation           antenna correlation level (TS 38.101-4 Annex B.2.3.2)
 * @param downlink              true when the gNB transmits (selects which end gets the gNB coefficient)
 * @param numSinusoids          sinusoids per Rayleigh tap and antenna pair in the sum-of-sinusoids generator,
 *                              4..256 (more is closer to Gaussian; 20 is a common choice)
 * @param losArrivalAngleRad    angle between the LOS ray and the direction of travel; the LOS tap's Doppler is
 *                              {@code f_D·cos(angle)} (TR 38.901 §7.7.2 leaves it open; π/4 is used by default)
 * @param seed                  random seed; the realization is a deterministic function of it
 * @param fractionalDelayTaps   time-domain fractional-delay filter length: 1 (nearest sample) or even 2..64
 * @param updateIntervalSamples time-domain coefficient update interval in samples, or 0 to pick one that keeps
 *                              the Doppler phase step under 0.05 rad (capped at the DFT size)
 */
public record TdlConfig(DelayProfile profile, double maxDopplerHz, int numTx, int numRx,
                        MimoCorrelation correlation, boolean downlink, int numSinusoids, double losArrivalAngleRad,
                        long seed, int fractionalDelayTaps, int updateIntervalSamples) {

    /** Speed of light in m/s. */
    public static final double SPEED_OF_LIGHT = 299_792_458.0;
    /** Default number of sinusoids per tap. */
    public static final int DEFAULT_SINUSOIDS = 20;
    /** Default fractional-delay filter length. */
    public static final int DEFAULT_FRACTIONAL_DELAY_TAPS = 8;

    public TdlConfig {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(correlation, "correlation");
        if (!(maxDopplerHz >= 0 && maxDopplerHz <= 1e5)) {
            throw new IllegalArgumentException("maxDopplerHz must be in [0, 1e5], was " + maxDopplerHz);
        }
        if (numTx < 1 || numTx > 64 || numRx < 1 || numRx > 64) {
            throw new IllegalArgumentException("numTx and numRx must be in [1, 64], were " + numTx + ", " + numRx);
        }
        if (numSinusoids < 4 || numSinusoids > 256) {
            throw new IllegalArgumentException("numSinusoids must be in [4, 256], was " + numSinusoids);
        }
        if (!Double.isFinite(losArrivalAngleRad)) {
            throw new IllegalArgumentException("losArrivalAngleRad must be finite, was " + losArrivalAngleRad);
        }
        if (fractionalDelayTaps != 1 && (fractionalDelayTaps < 2 || fractionalDelayTaps > 64 || fractionalDelayTaps % 2 != 0)) {
            throw new IllegalArgumentException("fractionalDelayTaps must be 1 or an even number in [2, 64], was "
                    + fractionalDelayTaps);
        }
        if (updateIntervalSamples < 0) {
            throw new IllegalArgumentException("updateIntervalSamples must be ≥ 0 (0 = automatic), was "
                    + updateIntervalSamples);
        }
    }

    /** A SISO/MIMO config with low correlation, downlink, defaults for the generator and filter. */
    public static TdlConfig of(DelayProfile profile, double maxDopplerHz, int numTx, int numRx, long seed) {
        return new TdlConfig(profile, maxDopplerHz, numTx, numRx, MimoCorrelation.LOW, true, DEFAULT_SINUSOIDS,
                Math.PI / 4, seed, DEFAULT_FRACTIONAL_DELAY_TAPS, 0);
    }

    /** This config with another correlation level and direction. */
    public TdlConfig withCorrelation(MimoCorrelation c, boolean isDownlink) {
        return new TdlConfig(profile, maxDopplerHz, numTx, numRx, c, isDownlink, numSinusoids, losArrivalAngleRad,
                seed, fractionalDelayTaps, updateIntervalSamples);
    }

    /** This config with another seed (another realization). */
    public TdlConfig withSeed(long newSeed) {
        return new TdlConfig(profile, maxDopplerHz, numTx, numRx, correlation, downlink, numSinusoids,
                losArrivalAngleRad, newSeed, fractionalDelayTaps, updateIntervalSamples);
    }

    /** This config with another time-domain filter length and update interval. */
    public TdlConfig withTimeDomain(int taps, int interval) {
        return new TdlConfig(profile, maxDopplerHz, numTx, numRx, correlation, downlink, numSinusoids,
                losArrivalAngleRad, seed, taps, interval);
    }

    /** Maximum Doppler shift f_D = v·f_c/c (TR 38.901 §7.5 eq. 7.5-25 for a ray along the direction of travel). */
    public static double dopplerHz(double speedMetersPerSecond, double carrierFrequencyHz) {
        return speedMetersPerSecond * carrierFrequencyHz / SPEED_OF_LIGHT;
    }

    /** km/h to m/s. */
    public static double kmhToMps(double kmh) {
        return kmh / 3.6;
    }

    static int autoInterval(double dopplerHz, double sampleRateHz, int dftSize) {
        if (dopplerHz <= 0) {
            return dftSize;
        }
        double u = 0.05 * sampleRateHz / (2 * Math.PI * dopplerHz);
        return (int) Math.max(1, Math.min(dftSize, Math.floor(u)));
    }
}
