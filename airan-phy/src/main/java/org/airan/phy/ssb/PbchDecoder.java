package org.airan.phy.ssb;

import java.util.Objects;
import org.airan.phy.coding.polar.PolarDecoder;
import org.airan.phy.coding.polar.PolarDecoders;

/**
 * PBCH transport-channel decoding, the inverse of TS 38.212 §7.1: rate recovery of the 864 LLRs, CRC-aided
 * successive-cancellation list polar decoding (K = 56, N = 512), CRC24C check, payload descrambling (§7.1.2, with
 * ν read from the decoded SFN bits) and de-interleaving (Table 7.1.1-1).
 *
 * <p>Not thread-safe; allocation-free after construction. The returned {@link PbchDecodeResult} is reused.
 */
public final class PbchDecoder {

    private final PolarDecoder polar;
    private final byte[] bits = new byte[PbchEncoder.CODE.numInfoBits()];
    private final byte[] scratch = new byte[PbchPayload.A];
    private final PbchDecodeResult result = new PbchDecodeResult();

    /** A decoder with the default CRC-aided list size 8. */
    public PbchDecoder() {
        this(PolarDecoders.DEFAULT_LIST_SIZE);
    }

    /** A decoder with CRC-aided list size {@code listSize} (1 = successive cancellation with a CRC check). */
    public PbchDecoder(int listSize) {
        this(listSize == 1 ? PolarDecoders.successiveCancellation(512) : PolarDecoders.crcAidedList(listSize, 512));
    }

    /**
     * A decoder around any polar decoder sized for N ≥ 512 (for example
     * {@link PolarDecoders#adaptiveList(int, int)}, which tries SC first).
     */
    public PbchDecoder(PolarDecoder polarDecoder) {
        this.polar = Objects.requireNonNull(polarDecoder, "polarDecoder");
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
        Objects.checkFromIndexSize(off, PbchEncoder.NUM_CODED_BITS, llr864.length);
        PbchPayload.checkLmax(lMax);
        PbchPayload.checkPci(pci);
        boolean ok = polar.decode(PbchEncoder.CODE, llr864, off, bits, 0);
        float metric = polar.lastPathMetric();
        if (!ok) {
            result.set(false, 0, 0, 0, 0, 0, lMax, metric);
            return result;
        }
        // The 3rd and 2nd SFN LSBs are sent unscrambled, so ν can be read before descrambling (TS 38.212 §7.1.2).
        PbchPayload.scramble(bits, lMax, pci, PbchPayload.nuFromPayload(bits), scratch);
        int abar = PbchPayload.deinterleave(bits);
        int mibBits = abar >>> 8;
        int sfn = (((mibBits >>> 17) & 0x3F) << 4) | ((abar >>> 4) & 0xF);
        int halfFrame = (abar >>> 3) & 1;
        int ssbMsbs = lMax == 64 ? abar & 7 : 0;
        int kSsbMsb = lMax == 64 ? 0 : (abar >>> 2) & 1;
        result.set(true, mibBits, sfn, halfFrame, ssbMsbs, kSsbMsb, lMax, metric);
        return result;
    }
}
