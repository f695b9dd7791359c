/**
 * Batched complex DFTs on interleaved single-precision data: the {@link org.airan.phy.dft.DftProcessor}
 * contract (forward e^{-j2πkn/N}, inverse e^{+j2πkn/N}, both unscaled), its backends and the
 * {@link org.airan.phy.dft.DftProcessors} factory. The OFDM blocks of TS 38.211 §5.3.1 are built on it.
 */
package org.airan.phy.dft;
