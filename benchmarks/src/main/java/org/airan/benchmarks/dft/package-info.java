/**
 * JMH benchmarks of the {@link org.airan.phy.dft.DftProcessor} backends for the sizes 2^a·3^b·5^c of PUSCH transform
 * precoding (TS 38.211 §6.3.1.4) and the 3·2^k OFDM sizes; figures in {@code benchmarks/RESULTS.md}.
 */
package org.airan.benchmarks.dft;
