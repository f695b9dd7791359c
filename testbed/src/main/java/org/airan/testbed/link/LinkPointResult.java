package org.airan.testbed.link;

/**
 * Results at one SNR point.
 *
 * @param snrDb              SNR (see {@link LinkConfig})
 * @param transportBlocks    TBs sent
 * @param slotsUsed          transmissions (first transmissions plus retransmissions)
 * @param roundTrials        transmissions that reached HARQ round r (index r = 0 .. harqRetx)
 * @param roundErrors        failed CRCs in round r
 * @param bler               roundErrors[r] / roundTrials[r] (NaN when no trial reached round r)
 * @param residualBler       TBs lost after all rounds / TBs
 * @param throughputMbps     bits of CRC-passed TBs / (slotsUsed · slot duration)
 * @param meanLdpcIterations mean over all decoded code blocks
 * @param meanDecodeMicros   mean wall time of one receive (estimate + equalize + demap + decode) in µs
 * @param tbs                TBS in bits
 * @param effectiveCodeRate  (TBS + CRC bits) / G
 * @param chestNmseDb        channel-estimation NMSE over the data REs of all (rx, layer) pairs,
 *                           10·log10(Σ|Ĥ − H|² / Σ|H|²); null with perfect CSI
 * @param evmDb              EVM of the equalized data symbols against the transmitted ones,
 *                           10·log10(Σ|x̂ − x|² / Σ|x|²)
 * @param evmPercent         the same EVM in percent, 100·√(Σ|x̂ − x|² / Σ|x|²)
 * @param postEqSinrDb       post-equalization SINR the receiver believes, −10·log10(mean σ²) over the data symbols
 *                           (σ² the equalizer's noise variance, from the estimated channel and N_0); null if none is
 *                           finite
 */
public record LinkPointResult(double snrDb, int transportBlocks, int slotsUsed, int[] roundTrials, int[] roundErrors,
                              double[] bler, double residualBler, double throughputMbps, double meanLdpcIterations,
                              double meanDecodeMicros, int tbs, double effectiveCodeRate, Double chestNmseDb,
                              Double evmDb, Double evmPercent, Double postEqSinrDb) {
}
