package org.airan.testbed.link;

/** How the link simulator's receiver learns the channel. */
public enum Estimation {
    /** Perfect CSI: the true channel and noise variance. */
    PERFECT,
    /** DM-RS least squares with linear interpolation ({@code org.airan.phy.chest.LsChannelEstimator}). */
    LS,
    /** DM-RS LMMSE ({@code org.airan.phy.chest.LmmseChannelEstimator}), designed for the configured delay spread. */
    LMMSE
}
