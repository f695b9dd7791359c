package org.airan.phy.sch;

import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.grid.ResourceGrid;

/**
 * Equalization of the data REs of a PDSCH/PUSCH allocation: from the received grid and a channel estimate to one
 * soft symbol per (data RE, layer) in codeword order — symbol υ·i + j is layer j of the i-th data RE, REs counted
 * first over k then over l (TS 38.211 §7.3.1.5 / §6.3.1.6 mapping order, layer mapping §7.3.1.3) — with the
 * post-equalization noise variance of each symbol, ready for a {@link org.airan.phy.modulation.SoftDemapper}.
 * Implementations allocate nothing per call.
 */
public interface SchEqualizer {

    /**
     * @param rxGrid   received grid (one port per antenna, ≥ {@code h.numRx()})
     * @param h        channel estimate at the data REs
     * @param symbols  Modified: 2·numDataRe·υ floats (interleaved) from 0
     * @param noiseVar Modified: numDataRe·υ post-equalization noise variances from 0
     */
    void equalize(ResourceGrid rxGrid, ChannelEstimate h, DmrsConfig dmrs, float[] symbols, float[] noiseVar);
}
