/**
 * Modulation mapping (TS 38.211 §5.1: π/2-BPSK, BPSK, QPSK, 16/64/256/1024QAM, unit average energy) and soft
 * demapping to LLRs (ln P(b=0)/P(b=1), positive = 0): {@link org.airan.phy.modulation.MaxLogSoftDemapper} for the hot
 * path and {@link org.airan.phy.modulation.LogMapSoftDemapper} as the exact reference, plus 8-bit LLR quantization.
 * PUSCH transform precoding (§6.3.1.4) is not implemented here; π/2-BPSK is mapped and demapped symbol by symbol.
 */
package org.airan.phy.modulation;
