package org.airan.phy.sch;

import org.airan.phy.dmrs.SharedChannel;

/** PDSCH transmit chain (TS 38.212 §7.2, TS 38.211 §7.3.1, DM-RS §7.4.1.1): see {@link SharedChannelTransmitter}. */
public final class PdschTransmitter extends SharedChannelTransmitter {
    /** A transmitter with buffers for {@code limits}. */
    public PdschTransmitter(SchLimits limits) {
        super(SharedChannel.PDSCH, limits);
    }
}
