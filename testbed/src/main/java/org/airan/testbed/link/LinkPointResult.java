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
 */
public record LinkPointResult(double snrDb, int transportBlocks, int slotsUsed, int[] roundTrials, int[] roundErrors,
                              double[] bler, double residualBler, double throughputMbps, double meanLdpcIterations,
                              double meanDecodeMicros, int tbs, double effectiveCodeRate) {
}
