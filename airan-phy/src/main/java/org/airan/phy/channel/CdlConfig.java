package org.airan.phy.channel;

import java.util.Objects;

/**
 * Configuration of a clustered-delay-line channel (TR 38.901 §7.7.1).
 *
 * @param model                 CDL-A..E
 * @param delaySpreadSeconds    desired RMS delay spread (§7.7.3), in (0, 1e-3)
 * @param carrierFrequencyHz    f_c in Hz (sets λ and the Doppler), in [0.5e9, 100e9] (TR 38.901 §7.1 range)
 * @param ueSpeedMps            UE speed v ≥ 0 in m/s
 * @param travelAzimuthRad      UE direction of travel φ_v (horizontal, θ_v = 90°)
 * @param txArray               transmit array
 * @param rxArray               receive array
 * @param downlink              true: gNB transmits (departure angles from the AOD/ZOD columns); false: the UE
 *                              transmits (departure angles from AOA/ZOA, spreads swapped accordingly)
 * @param seed                  random seed (ray coupling, initial phases)
 * @param fractionalDelayTaps   time-domain fractional-delay filter length: 1 or even 2..64
 * @param updateIntervalSamples time-domain update interval in samples, or 0 for automatic
 * @param angleScaling          desired angular spreads and mean angles (TR 38.901 §7.7.5.1), or null for the
 *                              tabulated angles
 */
public record CdlConfig(CdlModel model, double delaySpreadSeconds, double carrierFrequencyHz, double ueSpeedMps,
                        double travelAzimuthRad, AntennaArray txArray, AntennaArray rxArray, boolean downlink,
                        long seed, int fractionalDelayTaps, int updateIntervalSamples, CdlAngleScaling angleScaling) {

    /** A config with the tabulated angles (no §7.7.5.1 scaling). */
    public CdlConfig(CdlModel model, double delaySpreadSeconds, double carrierFrequencyHz, double ueSpeedMps,
                     double travelAzimuthRad, AntennaArray txArray, AntennaArray rxArray, boolean downlink, long seed,
                     int fractionalDelayTaps, int updateIntervalSamples) {
        this(model, delaySpreadSeconds, carrierFrequencyHz, ueSpeedMps, travelAzimuthRad, txArray, rxArray, downlink,
                seed, fractionalDelayTaps, updateIntervalSamples, null);
    }

    public CdlConfig {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(txArray, "txArray");
        Objects.requireNonNull(rxArray, "rxArray");
        if (!(delaySpreadSeconds > 0 && delaySpreadSeconds < 1e-3)) {
            throw new IllegalArgumentException("delaySpreadSeconds must be in (0, 1e-3) (TR 38.901 §7.7.3), was "
                    + delaySpreadSeconds);
        }
        if (!(carrierFrequencyHz >= 0.5e9 && carrierFrequencyHz <= 100e9)) {
            throw new IllegalArgumentException("carrierFrequencyHz must be in [0.5e9, 100e9] (TR 38.901 §7.1), was "
                    + carrierFrequencyHz);
        }
        if (!(ueSpeedMps >= 0 && ueSpeedMps <= 500)) {
            throw new IllegalArgumentException("ueSpeedMps must be in [0, 500], was " + ueSpeedMps);
        }
        if (!Double.isFinite(travelAzimuthRad)) {
            throw new IllegalArgumentException("travelAzimuthRad must be finite, was " + travelAzimuthRad);
        }
        if (txArray.numElements() * rxArray.numElements() > 4096) {
            throw new IllegalArgumentException("numTx·numRx must be ≤ 4096, was "
                    + txArray.numElements() * rxArray.numElements());
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

    /** Downlink CDL with default time-domain settings. */
    public static CdlConfig of(CdlModel model, double delaySpreadSeconds, double carrierFrequencyHz, double ueSpeedMps,
                               AntennaArray gnbArray, AntennaArray ueArray, long seed) {
        return new CdlConfig(model, delaySpreadSeconds, carrierFrequencyHz, ueSpeedMps, 0, gnbArray, ueArray, true,
                seed, TdlConfig.DEFAULT_FRACTIONAL_DELAY_TAPS, 0);
    }

    /** This config with another seed. */
    public CdlConfig withSeed(long s) {
        return new CdlConfig(model, delaySpreadSeconds, carrierFrequencyHz, ueSpeedMps, travelAzimuthRad, txArray,
                rxArray, downlink, s, fractionalDelayTaps, updateIntervalSamples, angleScaling);
    }

    /** This config with the angles scaled to {@code scaling} (TR 38.901 §7.7.5.1); null = tabulated angles. */
    public CdlConfig withAngleScaling(CdlAngleScaling scaling) {
        return new CdlConfig(model, delaySpreadSeconds, carrierFrequencyHz, ueSpeedMps, travelAzimuthRad, txArray,
                rxArray, downlink, seed, fractionalDelayTaps, updateIntervalSamples, scaling);
    }

    /** The clusters this config's channel uses: delays scaled (§7.7.3), angles scaled when asked (§7.7.5.1). */
    public CdlModel.Clusters clusters() {
        return model.clusters(delaySpreadSeconds).scaled(angleScaling);
    }

    /** Maximum Doppler v·f_c/c in Hz. */
    public double maxDopplerHz() {
        return TdlConfig.dopplerHz(ueSpeedMps, carrierFrequencyHz);
    }

    /** Wavelength c/f_c in metres. */
    public double wavelengthMeters() {
        return TdlConfig.SPEED_OF_LIGHT / carrierFrequencyHz;
    }
}
