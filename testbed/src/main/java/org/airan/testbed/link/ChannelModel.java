package org.airan.testbed.link;

import java.util.Locale;
import org.airan.phy.channel.CdlModel;
import org.airan.phy.channel.TdlModel;

/**
 * Propagation models of the link simulator (all unit power per antenna pair, evaluated per RE in the frequency
 * domain at the middle of each symbol's DFT window).
 */
public enum ChannelModel {
    /** No fading: layer j reaches antennas r ≡ j (mod υ) with unit gain (requires rx antennas ≥ layers). */
    AWGN(null, null, 0),
    /** Flat i.i.d. Rayleigh block fading: one CN(0, 1) gain per antenna pair, redrawn every slot. */
    RAYLEIGH(null, null, 0),
    /** TDL-A (TR 38.901 Table 7.7.2-1), delays scaled by the delay spread. */
    TDL_A(TdlModel.TDL_A, null, 0),
    /** TDL-B (TR 38.901 Table 7.7.2-2). */
    TDL_B(TdlModel.TDL_B, null, 0),
    /** TDL-C (TR 38.901 Table 7.7.2-3). */
    TDL_C(TdlModel.TDL_C, null, 0),
    /** TDL-D (TR 38.901 Table 7.7.2-4, LOS). */
    TDL_D(TdlModel.TDL_D, null, 0),
    /** TDL-E (TR 38.901 Table 7.7.2-5, LOS). */
    TDL_E(TdlModel.TDL_E, null, 0),
    /** TDLA30 of TS 38.101-4 Annex B.2.1 / TS 38.104 Annex G.2.1 (fixed delays, DS 30 ns). */
    TDLA30(TdlModel.TDL_A30, null, 30),
    /** TDLB100 of TS 38.101-4 Annex B.2.1 / TS 38.104 Annex G.2.1 (DS 100 ns). */
    TDLB100(TdlModel.TDL_B100, null, 100),
    /** TDLC300 of TS 38.101-4 Annex B.2.1 / TS 38.104 Annex G.2.1 (DS 300 ns). */
    TDLC300(TdlModel.TDL_C300, null, 300),
    /** CDL-A (TR 38.901 Table 7.7.1-1), ULAs of isotropic elements at both ends. */
    CDL_A(null, CdlModel.CDL_A, 0),
    /** CDL-B (TR 38.901 Table 7.7.1-2). */
    CDL_B(null, CdlModel.CDL_B, 0),
    /** CDL-C (TR 38.901 Table 7.7.1-3). */
    CDL_C(null, CdlModel.CDL_C, 0),
    /** CDL-D (TR 38.901 Table 7.7.1-4, LOS). */
    CDL_D(null, CdlModel.CDL_D, 0),
    /** CDL-E (TR 38.901 Table 7.7.1-5, LOS). */
    CDL_E(null, CdlModel.CDL_E, 0);

    private final TdlModel tdl;
    private final CdlModel cdl;
    private final double fixedDelaySpreadNs;

    ChannelModel(TdlModel tdl, CdlModel cdl, double fixedDelaySpreadNs) {
        this.tdl = tdl;
        this.cdl = cdl;
        this.fixedDelaySpreadNs = fixedDelaySpreadNs;
    }

    /** The TDL model, or null. */
    public TdlModel tdl() {
        return tdl;
    }

    /** The CDL model, or null. */
    public CdlModel cdl() {
        return cdl;
    }

    /** True for the models that vary over frequency and time (TDL and CDL). */
    public boolean isMultipath() {
        return tdl != null || cdl != null;
    }

    /**
     * The RMS delay spread of the channel in ns: the fixed value of the TS 38.101-4 profiles, {@code requestedNs}
     * for the TR 38.901 models whose delays scale with it, 0 for AWGN and flat fading.
     */
    public double delaySpreadNs(double requestedNs) {
        if (fixedDelaySpreadNs > 0) {
            return fixedDelaySpreadNs;
        }
        return isMultipath() ? requestedNs : 0;
    }

    /** The command-line name: {@code awgn, rayleigh, tdl-a..tdl-e, tdla30, tdlb100, tdlc300, cdl-a..cdl-e}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Parses a model name, case-insensitive, accepting {@code tdl-a}, {@code tdl_a}, {@code tdla}, {@code tdla30},
     * {@code tdl-a30}, {@code cdl-c}, ….
     */
    public static ChannelModel parse(String s) {
        String n = s.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (ChannelModel m : values()) {
            if (m.name().toLowerCase(Locale.ROOT).replace("_", "").equals(n)) {
                return m;
            }
        }
        StringBuilder all = new StringBuilder();
        for (ChannelModel m : values()) {
            all.append(all.isEmpty() ? "" : ", ").append(m.cliName());
        }
        throw new IllegalArgumentException("channel model must be one of " + all + " (TR 38.901 §7.7, TS 38.101-4 "
                + "Annex B.2.1), was " + s);
    }
}
