package org.airan.phy.chest;

import org.airan.phy.grid.ResourceGrid;

/**
 * Estimates the channel of an allocation from its DM-RS (TS 38.211 §7.4.1.1 / §6.4.1.1): the contract that
 * classical (LS, LMMSE), GPU and learned estimators implement.
 *
 * <p>Inputs are the received resource grid (one port per receive antenna, symbol-major, the allocation's
 * subcarriers at {@code 12·startPrb ...}) and the DM-RS sequence {@code r(m)} of each DM-RS symbol of the slot
 * (occasion-major, then l'), m counted from the allocation's first DM-RS RE: {@code dmrs[s][2m], dmrs[s][2m+1]},
 * unit modulus (TS 38.211 §5.2.1 QPSK). The result is written into a preallocated {@link ChannelEstimate}.
 * Implementations allocate nothing per call and are not thread-safe.
 */
public interface ChannelEstimator {

    /** The pilot layout this estimator was built for. */
    PilotLayout layout();

    /** Receive antennas this estimator was built for. */
    int numRx();

    /** Short name, e.g. "LS-linear". */
    String name();

    /**
     * Estimates the channel of one slot.
     *
     * @param rx   received grid, at least {@link #numRx()} ports and the slot's symbols
     * @param dmrs DM-RS sequence per DM-RS symbol ({@link PilotLayout#numDmrsSymbols()} arrays of
     *             2·{@link PilotLayout#sequenceLength()} floats)
     * @param out  result; Modified
     */
    void estimate(ResourceGrid rx, float[][] dmrs, ChannelEstimate out);
}
