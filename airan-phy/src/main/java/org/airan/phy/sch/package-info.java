/**
 * NR shared channels, PDSCH and PUSCH (TS 38.211 §7.3.1 / §6.3.1, TS 38.212 §7.2 / §6.2, TS 38.214 §5.1 / §6.1):
 * scrambling, layer mapping, transport-block encoding and decoding with HARQ soft combining, transmit chains to a
 * resource grid, and receive chains built from a pluggable channel estimator, an MMSE equalizer, the soft demapper
 * and the LDPC decoder. Estimators behind the seam: {@link org.airan.phy.sch.PerfectChannelEstimator} (simulation
 * genie) and {@link org.airan.phy.sch.DmrsSchChannelEstimator} (DM-RS LS/LMMSE of {@code org.airan.phy.chest});
 * equalizers: {@link org.airan.phy.sch.MmseSchEqualizer} and {@link org.airan.phy.sch.MimoSchEqualizer}. One codeword with 1..4
 * layers on CP-OFDM, or one layer of PUSCH with transform precoding ({@link org.airan.phy.sch.TransformPrecoding},
 * TS 38.211 §6.3.1.4, π/2-BPSK rows, low-PAPR DM-RS); no UCI multiplexing, no PT-RS, contiguous PRB allocation,
 * identity precoding.
 */
package org.airan.phy.sch;
