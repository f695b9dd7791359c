/**
 * Link-level simulation of PDSCH/PUSCH (BLER per HARQ round, CRC-based throughput, LDPC iterations, decode time,
 * channel-estimation NMSE, EVM and post-equalization SINR per SNR point) in the frequency domain over AWGN, flat
 * Rayleigh, TDL (TR 38.901 §7.7.2, TS 38.101-4 Annex B.2.1) and CDL (TR 38.901 §7.7.1) channels, with perfect CSI or
 * DM-RS LS/LMMSE estimation; the engine behind {@code airan link}, the BICM capacity reference used to check its
 * curves, and the practical-receiver curves of {@link org.airan.testbed.link.ReceiverCurves}.
 */
package org.airan.testbed.link;
