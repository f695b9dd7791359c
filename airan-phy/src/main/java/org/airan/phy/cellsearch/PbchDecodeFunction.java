package org.airan.phy.cellsearch;

import org.airan.phy.ssb.PbchDecodeResult;

/**
 * The PBCH channel decoder a cell searcher calls (TS 38.212 §7.1 inverse): 864 descrambled LLRs in, MIB and CRC
 * status out. Bound to {@link org.airan.phy.ssb.PbchDecoder#decode} by default; tests may substitute.
 */
@FunctionalInterface
public interface PbchDecodeFunction {
    /**
     * @param llr864 LLRs after the TS 38.211 §7.3.3.1 descrambling, LLR = ln P(0)/P(1)
     * @return the decode result (may be reused by the next call)
     */
    PbchDecodeResult decode(float[] llr864, int off, int lMax, int pci);
}
