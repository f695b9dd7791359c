/**
 * Transform precoding of the PUSCH (DFT-s-OFDM, TS 38.211 §6.3.1.4): the DFT spreading of each OFDM symbol's
 * M_sc^PUSCH modulation symbols before resource mapping, and its inverse at the receiver after equalization with the
 * post-equalization noise variance carried through the inverse DFT. Sizes are M_sc = 12·M_RB with
 * M_RB = 2^α2·3^α3·5^α5 ({@link org.airan.phy.transformprecoding.TransformPrecoders#checkPrbCount}).
 */
package org.airan.phy.transformprecoding;
