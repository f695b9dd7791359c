package org.airan.phy.sch;

import java.util.Objects;
import org.airan.phy.chest.ChannelEstimators;
import org.airan.phy.chest.PilotLayout;
import org.airan.phy.chest.TimeInterpolation;
import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.dmrs.PxschDmrsGenerator;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.nr.Epre;
import org.airan.phy.sequence.GoldSequence;

/**
 * Plugs the DM-RS channel estimators of {@code org.airan.phy.chest} (LS + linear interpolation, LMMSE) into the
 * shared-channel receive chain: generates r(m) of every DM-RS symbol for the slot (TS 38.211 §7.4.1.1.1 c_init),
 * runs the estimator, and copies its per-allocation estimate and noise variance into a {@link ChannelEstimate}.
 * Built for one {@link DmrsConfig} (the pilot layout and filters are derived once); allocation-free per slot.
 */
public final class DmrsSchChannelEstimator implements SchChannelEstimator {

    private final DmrsConfig dmrs;
    private final org.airan.phy.chest.ChannelEstimator estimator;
    private final org.airan.phy.chest.ChannelEstimate chest;
    private final float[][] sequences;
    private final int[] dmrsSymbols;

    /**
     * @param kind               LS_LINEAR or LMMSE
     * @param dmrs               the allocation and DM-RS the estimator is built for
     * @param numRx              receive antennas
     * @param carrier            carrier of the received grid
     * @param time               interpolation across the slot's DM-RS occasions
     * @param delaySpreadSeconds LMMSE design delay spread (ignored by LS)
     */
    public DmrsSchChannelEstimator(ChannelEstimators.Kind kind, DmrsConfig dmrs, int numRx, CarrierConfig carrier,
                                   TimeInterpolation time, double delaySpreadSeconds) {
        this.dmrs = Objects.requireNonNull(dmrs, "dmrs");
        int[] all = dmrs.dmrsSymbols();
        int[] occasions = new int[dmrs.maxLength() == 2 ? all.length / 2 : all.length];
        for (int i = 0; i < occasions.length; i++) {
            occasions[i] = all[dmrs.maxLength() * i];
        }
        PilotLayout layout = new PilotLayout(dmrs.type() == org.airan.phy.dmrs.DmrsType.TYPE1 ? 1 : 2,
                dmrs.startPrb(), dmrs.numPrb(), occasions, dmrs.maxLength() == 2, dmrs.ports(),
                (float) Epre.dmrsAmplitude(dmrs.numCdmGroupsWithoutData()));
        estimator = ChannelEstimators.create(kind, layout, numRx, carrier, time, delaySpreadSeconds);
        chest = org.airan.phy.chest.ChannelEstimate.allocate(layout, numRx, carrier.symbolsPerSlot());
        dmrsSymbols = all;
        sequences = new float[all.length][2 * dmrs.dmrsRePerSymbol()];
    }

    @Override
    public void estimate(ResourceGrid rxGrid, DmrsConfig cfg, int slotInFrame, ChannelEstimate out) {
        if (!dmrs.equals(cfg)) {
            throw new IllegalArgumentException("this estimator was built for " + dmrs + ", got " + cfg);
        }
        int n = dmrs.dmrsRePerSymbol();
        for (int s = 0; s < dmrsSymbols.length; s++) {
            int cInit = PxschDmrsGenerator.cInit(DmrsConfig.SYMBOLS_PER_SLOT, slotInFrame, dmrsSymbols[s],
                    dmrs.scramblingId(), dmrs.nScid());
            GoldSequence.qpskSequence(cInit, dmrs.sequenceIndex(0), sequences[s], 0, n);
        }
        estimator.estimate(rxGrid, sequences, chest);
        int nRx = chest.numRx();
        int nl = dmrs.numLayers();
        out.configure(nRx, nl);
        out.setNoiseVariance(chest.noiseVariance());
        int k0 = 12 * dmrs.startPrb();
        int kLen = 12 * dmrs.numPrb();
        for (int r = 0; r < nRx; r++) {
            for (int j = 0; j < nl; j++) {
                float[] src = chest.h(r, j);
                float[] dst = out.data(r, j);
                for (int l = dmrs.startSymbol(); l < dmrs.startSymbol() + dmrs.numSymbols(); l++) {
                    System.arraycopy(src, chest.offset(l, 0), dst, out.grid().offset(l, k0), 2 * kLen);
                }
            }
        }
    }
}
