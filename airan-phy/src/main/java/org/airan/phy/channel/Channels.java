package org.airan.phy.channel;

import org.airan.phy.grid.CarrierConfig;

/**
 * Factories of {@link FadingChannel}s: each sizes every buffer for the carrier up front, so that applying the
 * channel to a slot allocates nothing.
 */
public final class Channels {

    private Channels() {
    }

    /** A TDL channel (TR 38.901 §7.7.2). */
    public static TdlChannel tdl(TdlConfig config, CarrierConfig carrier) {
        return new TdlChannel(config, carrier);
    }

    /** A TDL channel from a model name, delay spread, Doppler and antenna counts (low correlation, downlink). */
    public static TdlChannel tdl(TdlModel model, double delaySpreadSeconds, double maxDopplerHz, int numTx, int numRx,
                                 long seed, CarrierConfig carrier) {
        return new TdlChannel(TdlConfig.of(model.profile(delaySpreadSeconds), maxDopplerHz, numTx, numRx, seed), carrier);
    }

    /** A CDL channel (TR 38.901 §7.7.1). */
    public static CdlChannel cdl(CdlConfig config, CarrierConfig carrier) {
        return new CdlChannel(config, carrier);
    }
}
