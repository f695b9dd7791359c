package org.airan.phy.sch;

import java.util.function.Supplier;
import org.airan.phy.coding.ldpc.LdpcDecoderConfig;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.modulation.SoftDemapper;
import org.airan.phy.transformprecoding.DespreadingMode;

/**
 * PUSCH receive chain after equalization (TS 38.211 §6.3.1 including transform de-precoding §6.3.1.4, TS 38.212 §6.2
 * inverse); see {@link SharedChannelReceiver}.
 */
public final class PuschReceiver extends SharedChannelReceiver {
    /** A receiver with buffers for {@code limits} and {@code numHarqProcesses} soft buffers. */
    public PuschReceiver(SchLimits limits, int numHarqProcesses, LdpcDecoderConfig decoderConfig,
                         SoftDemapper demapper) {
        super(SharedChannel.PUSCH, limits, numHarqProcesses, decoderConfig, demapper);
    }

    /**
     * A receiver that de-spreads transform-precoded slots with {@code despreading} (the other constructor uses
     * {@link DespreadingMode#MMSE}).
     */
    public PuschReceiver(SchLimits limits, int numHarqProcesses, LdpcDecoderConfig decoderConfig,
                         SoftDemapper demapper, DespreadingMode despreading) {
        super(SharedChannel.PUSCH, limits, numHarqProcesses, decoderConfig, demapper, despreading);
    }

    /**
     * A receiver with buffers for {@code limits} and the HARQ processes, LDPC decoder and code-block threads of
     * {@code config}; {@code demappers} is called once per thread (demappers are not thread-safe), e.g.
     * {@code SoftDemappers::maxLog}; transform-precoded slots are de-spread with {@code despreading}.
     */
    public PuschReceiver(SchLimits limits, SchDecoderConfig config, Supplier<? extends SoftDemapper> demappers,
                         DespreadingMode despreading) {
        super(SharedChannel.PUSCH, limits, config, demappers, despreading);
    }

    /** As above with {@link DespreadingMode#MMSE}. */
    public PuschReceiver(SchLimits limits, SchDecoderConfig config, Supplier<? extends SoftDemapper> demappers) {
        super(SharedChannel.PUSCH, limits, config, demappers);
    }
}
