package org.airan.phy.chest;

import org.airan.phy.grid.CarrierConfig;

/**
 * LS channel estimation at the DM-RS REs with CDM de-spreading, linear interpolation in frequency (held flat
 * beyond the first and last pilot) and {@link TimeInterpolation} in time (see {@link DmrsChannelEstimator} for the
 * shared steps and measurements).
 */
public final class LsChannelEstimator extends DmrsChannelEstimator {

    /** An estimator for {@code layout}, {@code numRx} antennas and {@code carrier}'s numerology. */
    public LsChannelEstimator(PilotLayout layout, int numRx, CarrierConfig carrier, TimeInterpolation time) {
        super(layout, numRx, carrier, time, false);
    }

    @Override
    public String name() {
        return "LS-linear";
    }

    @Override
    void interpolate(int j, int idx, float[] e, float[] out, double pilotNoise, double channelPower) {
        int np = numPilots[j];
        double off = pilotOffset[j];
        double inv = 1.0 / spacing[j];
        for (int k = 0; k < kAlloc; k++) {
            double x = (k - off) * inv;
            if (x <= 0) {
                out[2 * k] = e[0];
                out[2 * k + 1] = e[1];
            } else if (x >= np - 1) {
                out[2 * k] = e[2 * np - 2];
                out[2 * k + 1] = e[2 * np - 1];
            } else {
                int i = (int) x;
                float w = (float) (x - i), v = 1 - w;
                out[2 * k] = v * e[2 * i] + w * e[2 * i + 2];
                out[2 * k + 1] = v * e[2 * i + 1] + w * e[2 * i + 3];
            }
        }
    }
}
