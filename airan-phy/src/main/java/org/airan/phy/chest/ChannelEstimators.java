package org.airan.phy.chest;

import org.airan.phy.grid.CarrierConfig;

/** Factory of {@link ChannelEstimator}s: everything (filters, scratch) is sized and computed here. */
public final class ChannelEstimators {

    /** Frequency-interpolation algorithms. */
    public enum Kind {
        /** {@link LsChannelEstimator}: LS + linear interpolation. */
        LS_LINEAR,
        /** {@link LmmseChannelEstimator}: LS + LMMSE (Wiener) interpolation. */
        LMMSE
    }

    private ChannelEstimators() {
    }

    /**
     * A new estimator.
     *
     * @param delaySpreadSeconds RMS delay spread the LMMSE filter assumes (ignored by LS), e.g. 300e-9
     */
    public static ChannelEstimator create(Kind kind, PilotLayout layout, int numRx, CarrierConfig carrier,
                                          TimeInterpolation time, double delaySpreadSeconds) {
        return switch (kind) {
            case LS_LINEAR -> new LsChannelEstimator(layout, numRx, carrier, time);
            case LMMSE -> new LmmseChannelEstimator(layout, numRx, carrier, time, delaySpreadSeconds);
        };
    }
}
