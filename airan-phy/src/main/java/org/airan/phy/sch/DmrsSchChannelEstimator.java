package org.airan.phy.sch;

import java.util.Objects;
import org.airan.phy.chest.ChannelEstimator;
import org.airan.phy.chest.ChannelEstimators;
import org.airan.phy.chest.PilotLayout;
import org.airan.phy.chest.TimeInterpolation;
import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.dmrs.DmrsType;
import org.airan.phy.dmrs.PxschDmrsGenerator;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.nr.Epre;
import org.airan.phy.sequence.GoldSequence;

/**
 * The DM-RS channel estimators of {@code org.airan.phy.chest} (LS with CDM de-spreading and linear interpolation,
 * or LS + LMMSE frequency interpolation, then time interpolation) behind the receive chains' estimator seam
 * {@link SchChannelEstimator}. For each slot it regenerates the DM-RS sequence r(m) of every DM-RS symbol
 * (TS 38.211 §7.4.1.1.1 / §6.4.1.1.1.1, c_init from n_s,f, l, N_ID and n_SCID), runs the estimator on the received
 * grid and copies its channel (already divided by β_DMRS of TS 38.214 Table 4.1-1 / 6.2.2-1, so it is the channel a
 * unit-energy data symbol sees) into the {@link ChannelEstimate} over the symbols of the allocation, with the
 * estimated noise variance N_0 on every receive antenna. The MMSE equalizer and the LLR scaling of the demapper then
 * use that N_0; the chain never learns which estimator it has.
 *
 * <p>Boundary checks (a configuration that cannot be estimated is refused with the rule it breaks): more layers than
 * receive antennas (rank ≤ N_rx, TS 38.211 §7.3.1.3 with one codeword), more receive antennas than this instance
 * was built for, an allocation outside the carrier (TS 38.211 §4.4.4.4), a received grid that does not cover the
 * slot. DM-RS ports outside the configured type/maxLength and DM-RS sharing REs with data are refused by
 * {@link DmrsConfig} itself (TS 38.211 Tables 7.4.1.1.2-1/2).
 *
 * <p>The underlying estimator and its filters are built on the first slot of a configuration and reused while the
 * DM-RS configuration and antenna count stay the same; nothing is allocated per slot in steady state. Not
 * thread-safe.
 */
public final class DmrsSchChannelEstimator implements SchChannelEstimator {

    /** Most DM-RS symbols in a slot: 4 occasions (TS 38.211 Table 7.4.1.1.2-3) × 1, or 2 × 2 double symbols. */
    private static final int MAX_DMRS_SYMBOLS = 4;

    private final ChannelEstimators.Kind kind;
    private final CarrierConfig carrier;
    private final int maxRx;
    private final TimeInterpolation time;
    private final double delaySpreadSeconds;
    private final float[][] sequence = new float[MAX_DMRS_SYMBOLS][2 * 6 * DmrsConfig.MAX_PRB];
    private DmrsConfig cachedDmrs;
    private int cachedRx;
    private ChannelEstimator estimator;
    private org.airan.phy.chest.ChannelEstimate chest;
    private float[][] sequenceView;
    private int[] dmrsSymbols;

    /**
     * @param kind               LS + linear or LS + LMMSE frequency interpolation
     * @param carrier            numerology and size of the received grids
     * @param maxRx              largest number of receive antennas, 1..64
     * @param time               time interpolation between DM-RS occasions
     * @param delaySpreadSeconds RMS delay spread the LMMSE filter assumes (ignored by LS), in (0, 1e-4]
     */
    public DmrsSchChannelEstimator(ChannelEstimators.Kind kind, CarrierConfig carrier, int maxRx,
                                   TimeInterpolation time, double delaySpreadSeconds) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.carrier = Objects.requireNonNull(carrier, "carrier");
        this.time = Objects.requireNonNull(time, "time");
        if (maxRx < 1 || maxRx > 64) {
            throw new IllegalArgumentException("maxRx must be in [1, 64], was " + maxRx);
        }
        if (kind == ChannelEstimators.Kind.LMMSE && !(delaySpreadSeconds > 0 && delaySpreadSeconds <= 1e-4)) {
            throw new IllegalArgumentException("delaySpreadSeconds (assumed by the LMMSE filter) must be in (0, 1e-4]"
                    + ", was " + delaySpreadSeconds);
        }
        this.maxRx = maxRx;
        this.delaySpreadSeconds = delaySpreadSeconds;
    }

    /**
     * An estimator built up front for one DM-RS configuration and antenna count (filters designed here; a later
     * slot with another configuration rebuilds them).
     *
     * @param kind               LS_LINEAR or LMMSE
     * @param dmrs               the allocation and DM-RS the estimator is built for
     * @param numRx              receive antennas
     * @param carrier            carrier of the received grid
     * @param time               interpolation across the slot's DM-RS occasions
     * @param delaySpreadSeconds LMMSE design delay spread (ignored by LS)
     */
    public DmrsSchChannelEstimator(ChannelEstimators.Kind kind, DmrsConfig dmrs, int numRx, CarrierConfig carrier,
                                   TimeInterpolation time, double delaySpreadSeconds) {
        this(kind, carrier, numRx, time, delaySpreadSeconds);
        configure(Objects.requireNonNull(dmrs, "dmrs"), numRx);
    }

    /** The interpolation algorithm. */
    public ChannelEstimators.Kind kind() {
        return kind;
    }

    /** The estimate of the underlying DM-RS estimator for the last slot (measurements: N_0, RSRP, SINR, TO). */
    public org.airan.phy.chest.ChannelEstimate lastChestEstimate() {
        return chest;
    }

    /**
     * Checks that {@code dmrs} can be estimated from a grid with {@code numRx} antennas on this carrier.
     *
     * @throws IllegalArgumentException naming the rule that is broken
     */
    public void checkEstimable(DmrsConfig dmrs, int numRx) {
        Objects.requireNonNull(dmrs, "dmrs");
        if (numRx < 1 || numRx > maxRx) {
            throw new IllegalArgumentException("receive antennas must be in [1, " + maxRx + "] for this estimator, "
                    + "was " + numRx);
        }
        if (dmrs.numLayers() > numRx) {
            throw new IllegalArgumentException("layers " + dmrs.numLayers() + " exceed the receive antennas " + numRx
                    + ": a linear receiver separates at most N_rx layers (rank ≤ N_rx, TS 38.211 §7.3.1.3)");
        }
        if (dmrs.startPrb() + dmrs.numPrb() > carrier.numResourceBlocks()) {
            throw new IllegalArgumentException("allocation PRBs " + dmrs.startPrb() + "+" + dmrs.numPrb()
                    + " exceed the carrier's " + carrier.numResourceBlocks() + " RBs (TS 38.211 §4.4.4.4)");
        }
        if (dmrs.numDmrsSymbols() > MAX_DMRS_SYMBOLS) {
            throw new IllegalArgumentException("at most " + MAX_DMRS_SYMBOLS + " DM-RS symbols per slot are "
                    + "estimated (TS 38.211 Tables 7.4.1.1.2-3/4), was " + dmrs.numDmrsSymbols());
        }
    }

    @Override
    public void estimate(ResourceGrid rxGrid, DmrsConfig dmrs, int slotInFrame, ChannelEstimate out) {
        estimate(rxGrid, dmrs, null, slotInFrame, out);
    }

    /**
     * As {@link #estimate(ResourceGrid, DmrsConfig, int, ChannelEstimate)}, with the low-PAPR DM-RS sequence of
     * TS 38.211 §6.4.1.1.1.2 when {@code cfg} is transform-precoded (its comb-2 placement is that of configuration
     * type 1, so the same LS / LMMSE estimators apply).
     */
    @Override
    public void estimate(ResourceGrid rxGrid, PxschConfig cfg, int slotInFrame, ChannelEstimate out) {
        TransformPrecoding tp = cfg.transformPrecoding();
        estimate(rxGrid, cfg.dmrs(), tp == null ? null : tp.dmrs(), slotInFrame, out);
    }

    private void estimate(ResourceGrid rxGrid, DmrsConfig dmrs, org.airan.phy.dmrs.LowPaprDmrs lowPapr,
                          int slotInFrame, ChannelEstimate out) {
        int numRx = rxGrid.numPorts();
        if (estimator == null || numRx != cachedRx || !dmrs.equals(cachedDmrs)) {
            configure(dmrs, numRx);
        }
        if (rxGrid.numSymbols() < DmrsConfig.SYMBOLS_PER_SLOT
                || rxGrid.numSubcarriers() < carrier.numSubcarriers()) {
            throw new IllegalArgumentException("received grid " + rxGrid.shape() + " does not cover a slot of the "
                    + "carrier (14 symbols × " + carrier.numSubcarriers() + " subcarriers)");
        }
        int[] syms = dmrsSymbols;
        for (int s = 0; s < syms.length; s++) {
            if (lowPapr != null) {
                lowPapr.sequence(dmrs.numPrb(), slotInFrame, syms[s], sequenceView[s], 0);
                continue;
            }
            int cInit = PxschDmrsGenerator.cInit(DmrsConfig.SYMBOLS_PER_SLOT, slotInFrame, syms[s],
                    dmrs.scramblingId(), dmrs.nScid());
            GoldSequence.qpskSequence(cInit, dmrs.sequenceIndex(0), sequenceView[s], 0, dmrs.dmrsRePerSymbol());
        }
        estimator.estimate(rxGrid, sequenceView, chest);
        int nl = dmrs.numLayers();
        out.configure(numRx, nl);
        int k0 = 12 * dmrs.startPrb();
        int kAlloc = 12 * dmrs.numPrb();
        ResourceGrid g = out.grid();
        for (int r = 0; r < numRx; r++) {
            for (int j = 0; j < nl; j++) {
                float[] src = chest.h(r, j);
                float[] dst = out.data(r, j);
                for (int l = dmrs.startSymbol(); l < dmrs.startSymbol() + dmrs.numSymbols(); l++) {
                    System.arraycopy(src, chest.offset(l, 0), dst, g.offset(l, k0), 2 * kAlloc);
                }
            }
        }
        out.setNoiseVariance(Math.max(chest.noiseVariance(), Float.MIN_NORMAL));
    }

    private void configure(DmrsConfig dmrs, int numRx) {
        checkEstimable(dmrs, numRx);
        int[] all = dmrs.dmrsSymbols();
        int span = dmrs.maxLength();
        int[] first = new int[all.length / span];
        for (int o = 0; o < first.length; o++) {
            first[o] = all[o * span];
        }
        PilotLayout layout = new PilotLayout(dmrs.type() == DmrsType.TYPE1 ? 1 : 2, dmrs.startPrb(), dmrs.numPrb(),
                first, span == 2, dmrs.ports(), (float) Epre.dmrsAmplitude(dmrs.numCdmGroupsWithoutData()));
        estimator = ChannelEstimators.create(kind, layout, numRx, carrier, time, delaySpreadSeconds);
        chest = org.airan.phy.chest.ChannelEstimate.allocate(layout, numRx, carrier.symbolsPerSlot());
        sequenceView = new float[all.length][];
        for (int s = 0; s < all.length; s++) {
            sequenceView[s] = sequence[s];
        }
        dmrsSymbols = all;
        cachedDmrs = dmrs;
        cachedRx = numRx;
    }
}
