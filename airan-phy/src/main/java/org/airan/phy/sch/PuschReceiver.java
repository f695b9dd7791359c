package org.airan.phy.sch;

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
}
