package org.airan.phy.ssb;

/**
 * PBCH transport-channel decoding, the inverse of TS 38.212 §7.1: rate recovery of the 864 LLRs, CRC-aided
 * successive-cancellation list polar decoding (K = 56, N = 512), CRC24C check, payload descrambling (§7.1.2, with
 * ν read from the decoded SFN bits) and de-interleaving (Table 7.1.1-1).
 *
 * <p>Not thread-safe; allocation-free after construction. The returned {@link PbchDecodeResult} is reused.
 */
public final class PbchDecoder {

    /** A decoder with the default CRC-aided list size 8. */
    public PbchDecoder() {
    }

    /**
     * Decodes one PBCH.
     *
     * @param llr864 864 LLRs, LLR = ln P(b=0)/P(b=1), after the SSB side undid the TS 38.211 §7.3.3.1 scrambling
     * @param off    offset of the first LLR
     * @param lMax   4, 8 or 64
     * @param pci    N_ID^cell, 0..1007
     * @return the result (reused by the next call); a CRC failure is reported in it, not thrown
     */
    public PbchDecodeResult decode(float[] llr864, int off, int lMax, int pci) {
        throw new UnsupportedOperationException("TODO");
    }
}
