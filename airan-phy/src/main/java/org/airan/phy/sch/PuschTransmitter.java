package org.airan.phy.sch;

import org.airan.phy.dmrs.SharedChannel;

/**
 * PUSCH transmit chain without transform precoding (TS 38.212 §6.2, TS 38.211 §6.3.1, DM-RS §6.4.1.1; no UCI
 * multiplexing): see {@link SharedChannelTransmitter}.
 */
public final class PuschTransmitter extends SharedChannelTransmitter {
    /** A transmitter with buffers for {@code limits}. */
    public PuschTransmitter(SchLimits limits) {
        super(SharedChannel.PUSCH, limits);
    }
}
