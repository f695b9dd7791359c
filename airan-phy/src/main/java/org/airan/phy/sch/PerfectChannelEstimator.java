package org.airan.phy.sch;

import java.util.Objects;
import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.grid.ResourceGrid;

/**
 * "Estimator" with perfect channel knowledge for simulations: returns the true channel and noise variance that the
 * simulator keeps in a {@link ChannelEstimate} it updates every slot. Ignores the DM-RS.
 */
public final class PerfectChannelEstimator implements SchChannelEstimator {
    private final ChannelEstimate truth;

    /** @param truth the simulator's true channel (read at each call; not copied here) */
    public PerfectChannelEstimator(ChannelEstimate truth) {
        this.truth = Objects.requireNonNull(truth, "truth");
    }

    @Override
    public void estimate(ResourceGrid rxGrid, DmrsConfig dmrs, int slotInFrame, ChannelEstimate out) {
        if (out != truth) {
            out.copyFrom(truth);
        }
    }

    /** The true channel, whatever the DM-RS (CP-OFDM or transform-precoded). */
    @Override
    public void estimate(ResourceGrid rxGrid, PxschConfig cfg, int slotInFrame, ChannelEstimate out) {
        estimate(rxGrid, cfg.dmrs(), slotInFrame, out);
    }
}
