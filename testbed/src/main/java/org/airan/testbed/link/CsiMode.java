package org.airan.testbed.link;

import java.util.Locale;

/** Where the receiver's channel knowledge comes from. */
public enum CsiMode {
    /** The true channel and noise variance (genie): the reference curve. */
    PERFECT,
    /**
     * DM-RS least squares with CDM de-spreading, linear interpolation in frequency and time
     * ({@link org.airan.phy.chest.LsChannelEstimator}); noise variance estimated from the DM-RS.
     */
    LS,
    /**
     * DM-RS least squares followed by LMMSE (Wiener) frequency interpolation matched to the channel's RMS delay
     * spread, linear in time ({@link org.airan.phy.chest.LmmseChannelEstimator}); noise variance from the DM-RS.
     */
    LMMSE;

    /** Parses {@code perfect}, {@code ls} or {@code lmmse} (case-insensitive). */
    public static CsiMode parse(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "perfect" -> PERFECT;
            case "ls", "ls-linear" -> LS;
            case "lmmse" -> LMMSE;
            default -> throw new IllegalArgumentException("--csi must be perfect, ls or lmmse, was " + s);
        };
    }
}
