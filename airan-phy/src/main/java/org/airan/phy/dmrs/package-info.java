/**
 * PDSCH/PUSCH demodulation reference signals (TS 38.211 §7.4.1.1, §6.4.1.1; CP-OFDM): configuration types 1 and 2,
 * single and double symbol, additional positions, mapping types A and B, CDM groups and port covers (w_f, w_t, Δ),
 * sequence generation with c_init and mapping into a {@link org.airan.phy.grid.ResourceGrid}. {@link
 * org.airan.phy.dmrs.DmrsConfig} also tells which REs carry DM-RS and which carry data, which is what a channel
 * estimator and the shared-channel RE mapper need. The transform-precoded PUSCH DM-RS (§6.4.1.1.1.2: low-PAPR
 * sequence type 1 with sequence-group and sequence hopping) is {@link org.airan.phy.dmrs.LowPaprDmrs}, mapped by the
 * same generator on the configuration-type-1 comb.
 */
package org.airan.phy.dmrs;
