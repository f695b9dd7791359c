/**
 * Link-level simulation of PDSCH/PUSCH (BLER per HARQ round, CRC-based throughput, LDPC iterations, decode time per
 * SNR point) in the frequency domain; the engine behind {@code airan link}, and the BICM capacity reference used to
 * check its curves.
 */
package org.airan.testbed.link;
