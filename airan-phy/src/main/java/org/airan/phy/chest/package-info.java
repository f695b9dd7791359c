/**
 * Channel estimation from PDSCH/PUSCH DM-RS (TS 38.211 §7.4.1.1, §6.4.1.1): the
 * {@link org.airan.phy.chest.ChannelEstimator} contract (classical, GPU and learned estimators), LS with CDM
 * de-spreading, linear ({@link org.airan.phy.chest.LsChannelEstimator}) and LMMSE/Wiener
 * ({@link org.airan.phy.chest.LmmseChannelEstimator}) frequency interpolation, linear or averaged time
 * interpolation over DM-RS occasions incl. additional positions, and noise variance, RSRP, SINR and timing-offset
 * estimates ({@link org.airan.phy.chest.ChannelEstimate}).
 */
package org.airan.phy.chest;
