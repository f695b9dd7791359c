package org.airan.phy.ssb;

/**
 * The MasterInformationBlock of TS 38.331 §6.2.2 as carried by the PBCH, with the full 10-bit SFN and k_SSB.
 *
 * <p>On the air the 24 MIB bits (TS 38.331 BCCH-BCH-Message, unaligned PER: CHOICE bit, 6 SFN MSBs,
 * subCarrierSpacingCommon, 4 bits of ssb-SubcarrierOffset, dmrs-TypeA-Position, pdcch-ConfigSIB1, cellBarred,
 * intraFreqReselection, spare) are completed by the PBCH payload of TS 38.212 §7.1.1 with the 4 SFN LSBs and, for
 * L_max = 4 or 8, the MSB of the 5-bit k_SSB. This record holds the completed values.
 *
 * @param systemFrameNumber           SFN, 0..1023 (all 10 bits; TS 38.331 systemFrameNumber + TS 38.212 §7.1.1)
 * @param subCarrierSpacingCommon     SCS of SIB1/Msg2/4 in kHz: 15 or 30 (FR1), 60 or 120 (FR2) (TS 38.331)
 * @param ssbSubcarrierOffset         k_SSB, 0..31 (TS 38.213 §4.1; values above 15 only with L_max = 4 or 8, where
 *                                    the 5th bit travels in the PBCH payload, TS 38.212 §7.1.1)
 * @param dmrsTypeAPosition           first DM-RS symbol of PDSCH/PUSCH mapping type A: 2 or 3 (TS 38.211 §7.4.1.1.2)
 * @param pdcchConfigSib1             pdcch-ConfigSIB1, 0..255 = controlResourceSetZero &lt;&lt; 4 | searchSpaceZero
 *                                    (TS 38.213 §13)
 * @param cellBarred                  true when cellBarred = barred (sent as bit 0, TS 38.331)
 * @param intraFreqReselectionAllowed true when intraFreqReselection = allowed (sent as bit 0, TS 38.331)
 * @param spare                       the spare bit, 0 or 1
 */
public record Mib(int systemFrameNumber, int subCarrierSpacingCommon, int ssbSubcarrierOffset,
                  int dmrsTypeAPosition, int pdcchConfigSib1, boolean cellBarred,
                  boolean intraFreqReselectionAllowed, int spare) {

    /** Number of MIB bits in the PBCH payload, abar_0..abar_23 (TS 38.212 §7.1.1, Abar = 24). */
    public static final int NUM_MIB_BITS = 24;

    public Mib {
        if (systemFrameNumber < 0 || systemFrameNumber > 1023) {
            throw new IllegalArgumentException("systemFrameNumber must be in [0, 1023] (TS 38.331 MIB, 10-bit SFN "
                    + "with TS 38.212 §7.1.1), was " + systemFrameNumber);
        }
        if (subCarrierSpacingCommon != 15 && subCarrierSpacingCommon != 30
                && subCarrierSpacingCommon != 60 && subCarrierSpacingCommon != 120) {
            throw new IllegalArgumentException("subCarrierSpacingCommon must be 15, 30 (FR1), 60 or 120 (FR2) kHz "
                    + "(TS 38.331 MIB), was " + subCarrierSpacingCommon);
        }
        if (ssbSubcarrierOffset < 0 || ssbSubcarrierOffset > 31) {
            throw new IllegalArgumentException("ssbSubcarrierOffset (k_SSB) must be in [0, 31] (TS 38.213 §4.1), was "
                    + ssbSubcarrierOffset);
        }
        if (dmrsTypeAPosition != 2 && dmrsTypeAPosition != 3) {
            throw new IllegalArgumentException("dmrsTypeAPosition must be 2 or 3 (TS 38.331 MIB dmrs-TypeA-Position), "
                    + "was " + dmrsTypeAPosition);
        }
        if (pdcchConfigSib1 < 0 || pdcchConfigSib1 > 255) {
            throw new IllegalArgumentException("pdcchConfigSib1 must be in [0, 255] (TS 38.331 PDCCH-ConfigSIB1, "
                    + "8 bits), was " + pdcchConfigSib1);
        }
        if (spare != 0 && spare != 1) {
            throw new IllegalArgumentException("spare must be 0 or 1 (TS 38.331 MIB, 1 bit), was " + spare);
        }
    }

    /** controlResourceSetZero, 0..15: the 4 MSBs of pdcch-ConfigSIB1 (TS 38.213 §13, Tables 13-1..13-10). */
    public int controlResourceSetZero() {
        return pdcchConfigSib1 >>> 4;
    }

    /** searchSpaceZero, 0..15: the 4 LSBs of pdcch-ConfigSIB1 (TS 38.213 §13, Tables 13-11..13-15). */
    public int searchSpaceZero() {
        return pdcchConfigSib1 & 0xF;
    }

    /**
     * The 24 MIB bits abar_0..abar_23 of TS 38.212 §7.1.1 packed into an int, abar_0 at bit 23 (MSB first): the
     * message CHOICE bit (0), SFN bits 9..4, subCarrierSpacingCommon, the 4 LSBs of k_SSB, dmrs-TypeA-Position,
     * pdcch-ConfigSIB1, cellBarred, intraFreqReselection, spare (TS 38.331 field order).
     */
    public int packMibBits() {
        int v = 0; // abar_0: BCCH-BCH-MessageType CHOICE = mib (0)
        v = (v << 6) | (systemFrameNumber >>> 4);
        v = (v << 1) | (subCarrierSpacingCommon == 30 || subCarrierSpacingCommon == 120 ? 1 : 0);
        v = (v << 4) | (ssbSubcarrierOffset & 0xF);
        v = (v << 1) | (dmrsTypeAPosition == 3 ? 1 : 0);
        v = (v << 8) | pdcchConfigSib1;
        v = (v << 1) | (cellBarred ? 0 : 1);
        v = (v << 1) | (intraFreqReselectionAllowed ? 0 : 1);
        v = (v << 1) | spare;
        return v;
    }

    /**
     * Builds a MIB from the 24 packed MIB bits (layout of {@link #packMibBits()}) and the parts that travel in the
     * rest of the PBCH payload (TS 38.212 §7.1.1).
     *
     * @param mibBits    abar_0..abar_23, abar_0 at bit 23; abar_0 must be 0 (CHOICE mib)
     * @param sfnLsbs    the 4 SFN LSBs, 0..15 (abar_24..abar_27)
     * @param kSsbMsb    the 5th bit of k_SSB, 0 or 1 (abar_29 when L_max = 4 or 8; pass 0 for L_max = 64)
     * @param fr2        true for FR2 (L_max = 64): subCarrierSpacingCommon then reads 60/120 kHz instead of 15/30
     */
    public static Mib fromBits(int mibBits, int sfnLsbs, int kSsbMsb, boolean fr2) {
        if ((mibBits >>> 23) != 0) {
            throw new IllegalArgumentException("abar_0 (BCCH-BCH-MessageType CHOICE) must be 0 = mib "
                    + "(TS 38.331), mibBits was 0x" + Integer.toHexString(mibBits));
        }
        if (sfnLsbs < 0 || sfnLsbs > 15) {
            throw new IllegalArgumentException("sfnLsbs must be in [0, 15] (TS 38.212 §7.1.1), was " + sfnLsbs);
        }
        if (kSsbMsb != 0 && kSsbMsb != 1) {
            throw new IllegalArgumentException("kSsbMsb must be 0 or 1 (TS 38.212 §7.1.1), was " + kSsbMsb);
        }
        int sfn = (((mibBits >>> 17) & 0x3F) << 4) | sfnLsbs;
        int scsBit = (mibBits >>> 16) & 1;
        int scs = fr2 ? (scsBit == 0 ? 60 : 120) : (scsBit == 0 ? 15 : 30);
        int kSsb = (kSsbMsb << 4) | ((mibBits >>> 12) & 0xF);
        int dmrs = ((mibBits >>> 11) & 1) == 0 ? 2 : 3;
        int pdcch = (mibBits >>> 3) & 0xFF;
        boolean barred = ((mibBits >>> 2) & 1) == 0;
        boolean intraAllowed = ((mibBits >>> 1) & 1) == 0;
        return new Mib(sfn, scs, kSsb, dmrs, pdcch, barred, intraAllowed, mibBits & 1);
    }
}
