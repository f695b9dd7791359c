package org.airan.testbed.link;

import org.airan.phy.channel.TdlModel;

/** Propagation models of the link simulator (all unit power, applied per RE in the frequency domain). */
public enum ChannelModel {
    /** No fading: layer j reaches antennas r ≡ j (mod υ) with unit gain (requires rx antennas ≥ layers). */
    AWGN(null),
    /** Flat i.i.d. Rayleigh block fading: one CN(0, 1) gain per antenna pair, redrawn every slot. */
    RAYLEIGH(null),
    /** TDL-A (TR 38.901 Table 7.7.2-1). */
    TDL_A(TdlModel.TDL_A),
    /** TDL-B (TR 38.901 Table 7.7.2-2). */
    TDL_B(TdlModel.TDL_B),
    /** TDL-C (TR 38.901 Table 7.7.2-3). */
    TDL_C(TdlModel.TDL_C);

    private final TdlModel tdl;

    ChannelModel(TdlModel tdl) {
        this.tdl = tdl;
    }

    /** The TDL model, or null for AWGN and flat Rayleigh. */
    public TdlModel tdl() {
        return tdl;
    }
}
