package org.airan.phy.sch;

import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.grid.ResourceGrid;

/**
 * Channel estimation for PDSCH/PUSCH from the DM-RS (TS 38.211 §7.4.1.1 / §6.4.1.1): the plug-in point for
 * estimators (least squares, LMMSE, ML). The DM-RS REs of each layer and their transmitted values come from
 * {@link DmrsConfig#dmrsSubcarrier(int, int)} and {@link org.airan.phy.dmrs.PxschDmrsGenerator#generate}; the
 * estimate must cover every data RE of the allocation ({@link DmrsConfig#isDataRe(int, int)}). Implementations
 * allocate nothing per call.
 */
public interface SchChannelEstimator {

    /**
     * Estimates the channel of every layer at every receive antenna.
     *
     * @param rxGrid      received grid, one port per receive antenna
     * @param dmrs        DM-RS and allocation
     * @param slotInFrame n_s,f (DM-RS c_init)
     * @param out         Modified: H at the data REs and the noise variance per antenna; configured to
     *                    (rxGrid.numPorts(), dmrs.numLayers())
     */
    void estimate(ResourceGrid rxGrid, DmrsConfig dmrs, int slotInFrame, ChannelEstimate out);

    /**
     * Estimates the channel of the transmission {@code cfg}. The default serves CP-OFDM DM-RS only and refuses a
     * transform-precoded PUSCH (its DM-RS is a low-PAPR sequence, TS 38.211 §6.4.1.1.1.2); estimators that know that
     * sequence ({@link DmrsSchChannelEstimator}) and those that do not read the DM-RS ({@link PerfectChannelEstimator})
     * override it.
     */
    default void estimate(ResourceGrid rxGrid, PxschConfig cfg, int slotInFrame, ChannelEstimate out) {
        if (cfg.isTransformPrecoded()) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " does not estimate from the low-PAPR "
                    + "DM-RS of a transform-precoded PUSCH (TS 38.211 §6.4.1.1.1.2)");
        }
        estimate(rxGrid, cfg.dmrs(), slotInFrame, out);
    }
}
