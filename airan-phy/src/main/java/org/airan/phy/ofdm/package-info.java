/**
 * OFDM baseband modulation and demodulation of whole slots, all antenna ports (TS 38.211 §5.3.1, with the §5.4
 * up-conversion phase term as an option): {@link org.airan.phy.ofdm.OfdmModulator},
 * {@link org.airan.phy.ofdm.OfdmDemodulator}, their CPU implementations, port-parallel wrappers, and the
 * {@link org.airan.phy.ofdm.Ofdm} factory. Scaling: the modulator maps a grid of unit mean RE energy to unit mean
 * sample power (factor 1/√K), the demodulator is its exact inverse (factor √K/N).
 */
package org.airan.phy.ofdm;
