package org.airan.phy.sch;

import java.util.function.Supplier;
import org.airan.phy.coding.ldpc.LdpcDecoderConfig;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.modulation.SoftDemapper;

/** PDSCH receive chain after equalization (TS 38.211 §7.3.1, TS 38.212 §7.2 inverse); see {@link SharedChannelReceiver}. */
public final class PdschReceiver extends SharedChannelReceiver {
    /** A receiver with buffers for {@code limits} and {@code numHarqProcesses} soft buffers. */
    public PdschReceiver(SchLimits limits, int numHarqProcesses, LdpcDecoderConfig decoderConfig,
                         SoftDemapper demapper) {
        super(SharedChannel.PDSCH, limits, numHarqProcesses, decoderConfig, demapper);
    }

    /**
     * A receiver with buffers for {@code limits} and the HARQ processes, LDPC decoder and code-block threads of
     * {@code config}; {@code demappers} is called once per thread (demappers are not thread-safe), e.g.
     * {@code SoftDemappers::maxLog}.
     */
    public PdschReceiver(SchLimits limits, SchDecoderConfig config, Supplier<? extends SoftDemapper> demappers) {
        super(SharedChannel.PDSCH, limits, config, demappers);
    }
}
