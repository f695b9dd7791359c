/**
 * The end-to-end demo behind {@code airan demo}: a multi-antenna NR slot sequence is synthesised
 * ({@link org.airan.testbed.demo.DemoSlotSource}: QPSK/16QAM data per TS 38.211 §5.1.3–5.1.4 and a comb-2 pilot
 * on DM-RS-like symbols with the TS 38.211 §7.4.1.1.1 sequence), OFDM-modulated, impaired
 * ({@link org.airan.testbed.demo.Impairments}: per-antenna phase, AWGN at a set per-RE SNR), written as SigMF,
 * read back slot by slot, demodulated and scored ({@link org.airan.testbed.demo.EvmMeter}: EVM per antenna and a
 * pilot-based SNR estimate). It is the seed of the testbed's replay pipeline.
 */
package org.airan.testbed.demo;
