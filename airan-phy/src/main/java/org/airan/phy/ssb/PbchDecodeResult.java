package org.airan.phy.ssb;

/**
 * Outcome of one PBCH decoding attempt (TS 38.212 §7.1, receiver side): whether the CRC24C of the best
 * CRC-passing list candidate checked, and the payload fields read from it.
 *
 * <p>A failed CRC is a result ({@link #crcOk()} false), not an exception. The instance is owned by the
 * {@link PbchDecoder} that returned it and is overwritten by that decoder's next {@code decode}; take what you need
 * (or call {@link #mib()}, which builds an immutable record) before decoding again. Reading it allocates nothing
 * except {@link #mib()}.
 */
public final class PbchDecodeResult {

    private boolean crcOk;
    private int mibBits;
    private int sfn;
    private int halfFrame;
    private int ssbIndexMsbs;
    private int kSsbMsb;
    private int lMax;
    private float pathMetric;

    PbchDecodeResult() {
    }

    void set(boolean crcOk, int mibBits, int sfn, int halfFrame, int ssbIndexMsbs, int kSsbMsb, int lMax,
             float pathMetric) {
        this.crcOk = crcOk;
        this.mibBits = mibBits;
        this.sfn = sfn;
        this.halfFrame = halfFrame;
        this.ssbIndexMsbs = ssbIndexMsbs;
        this.kSsbMsb = kSsbMsb;
        this.lMax = lMax;
        this.pathMetric = pathMetric;
    }

    /** True when the CRC24C (TS 38.212 §7.1.3) of the selected candidate checked; the other fields are meaningful only then. */
    public boolean crcOk() {
        return crcOk;
    }

    /** The 24 MIB bits abar_0..abar_23, abar_0 at bit 23 (layout of {@link Mib#packMibBits()}). */
    public int mibBits() {
        return mibBits;
    }

    /** The full 10-bit SFN, 0..1023 (6 MSBs from the MIB, 4 LSBs from the payload, TS 38.212 §7.1.1). */
    public int systemFrameNumber() {
        return sfn;
    }

    /** Half-frame bit abar_28: 0 for the first 5 ms of the frame, 1 for the second (TS 38.212 §7.1.1). */
    public int halfFrame() {
        return halfFrame;
    }

    /**
     * For L_max = 64: bits 5, 4, 3 of the SS/PBCH block index as a 3-bit value (abar_29..abar_31, TS 38.212 §7.1.1);
     * combine as {@code (ssbIndexMsbs << 3) | lsbsFromDmrs}. 0 for L_max = 4 or 8.
     */
    public int ssbIndexMsbs() {
        return ssbIndexMsbs;
    }

    /** For L_max = 4 or 8: the MSB (bit 4) of the 5-bit k_SSB (abar_29, TS 38.212 §7.1.1); 0 for L_max = 64. */
    public int kSsbMsb() {
        return kSsbMsb;
    }

    /**
     * Path metric of the selected list candidate (sum of the min-sum penalties |LLR| of the decisions that went
     * against the LLR sign); 0 for a codeword that agrees with every hard decision. Useful as a reliability score.
     */
    public float pathMetric() {
        return pathMetric;
    }

    /**
     * The decoded MIB as an immutable record (allocates). FR2 (60/120 kHz subCarrierSpacingCommon) is assumed
     * when L_max = 64, FR1 (15/30 kHz) otherwise (TS 38.213 §4.1).
     *
     * @throws IllegalStateException when {@link #crcOk()} is false
     */
    public Mib mib() {
        if (!crcOk) {
            throw new IllegalStateException("no MIB: the PBCH CRC24C failed (TS 38.212 §7.1.3)");
        }
        return Mib.fromBits(mibBits, sfn & 0xF, kSsbMsb, lMax == 64);
    }

    @Override
    public String toString() {
        return crcOk ? "PbchDecodeResult[crcOk, " + mib() + ", halfFrame=" + halfFrame + ", ssbIndexMsbs="
                + ssbIndexMsbs + ", pathMetric=" + pathMetric + "]"
                : "PbchDecodeResult[crc failed, pathMetric=" + pathMetric + "]";
    }
}
