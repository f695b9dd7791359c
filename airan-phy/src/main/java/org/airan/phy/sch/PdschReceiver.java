package org.airan.phy.sch;

import org.airan.phy.coding.ldpc.LdpcDecoderConfig;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.modulation.SoftDemapper;

/** PDSCH receive chain after equalization (TS 38.211 §7.3.1, TS 38.212 §7.2 inverse); see {@link SharedChannelReceiver}. */
public final class PdschReceiver extends SharedChannelReceiver {
    /** A receiver with buffers for {@code limits} and {@code numHarqProcesses} soft buffers. */
    public PdschReceiver(SchLimits limits, int numHarqProcesses, LdpcDecoderConfig decoderConfig,
                         SoftDemapper demapper) {
        this(limits, new SchDecoderConfig(numHarqProcesses, decoderConfig, 1, true), demapper);
    }

    /** A receiver with buffers for {@code limits}, HARQ processes, LDPC decoder and code-block threads of {@code config}. */
    public PdschReceiver(SchLimits limits, SchDecoderConfig config, SoftDemapper demapper) {
        super(SharedChannel.PDSCH, limits, config, demapper);
    }
}
