package org.airan.phy.sch;

import org.airan.phy.sequence.GoldSequence;

/**
 * Bit-level scrambling of the shared channels: {@code b~(i) = (b(i) + c(i)) mod 2} with the Gold sequence of
 * TS 38.211 §5.2.1 initialised with
 * <ul>
 *   <li>PDSCH (§7.3.1.1): {@code c_init = n_RNTI·2^15 + q·2^14 + n_ID}, q = codeword 0 or 1;</li>
 *   <li>PUSCH (§6.3.1.1): {@code c_init = n_RNTI·2^15 + n_ID} (the UCI placeholder bits x/y of §6.3.1.1 are not
 *   produced by this library: UCI on PUSCH is not multiplexed).</li>
 * </ul>
 * n_ID is dataScramblingIdentityPDSCH/PUSCH (0..1023) if configured, else N_ID^cell. Stateless, allocation-free.
 */
public final class SchScrambling {
    private SchScrambling() {
    }

    /** PDSCH c_init of TS 38.211 §7.3.1.1. */
    public static int cInitPdsch(int rnti, int codeword, int nId) {
        checkRnti(rnti);
        checkNid(nId);
        if (codeword != 0 && codeword != 1) {
            throw new IllegalArgumentException("codeword q must be 0 or 1 (TS 38.211 §7.3.1.1), was " + codeword);
        }
        return (rnti << 15) + (codeword << 14) + nId;
    }

    /** PUSCH c_init of TS 38.211 §6.3.1.1. */
    public static int cInitPusch(int rnti, int nId) {
        checkRnti(rnti);
        checkNid(nId);
        return (rnti << 15) + nId;
    }

    /** Scrambles hard bits (one per byte) in place. */
    public static void scramble(int cInit, byte[] bits, int offset, int length) {
        GoldSequence.scrambleBits(cInit, 0, bits, offset, length);
    }

    /** Descrambles LLRs in place (negates the LLR wherever c(i) = 1). */
    public static void descramble(int cInit, float[] llr, int offset, int length) {
        GoldSequence.descrambleLlr(cInit, 0, llr, offset, length);
    }

    /**
     * Descrambles {@code length} LLRs in place with the sequence from c(sequenceOffset) on: bit i of a codeword at
     * {@code llr[offset + j]} where i = sequenceOffset + j (a part of the codeword, e.g. one code block's range).
     */
    public static void descramble(int cInit, long sequenceOffset, float[] llr, int offset, int length) {
        GoldSequence.descrambleLlr(cInit, sequenceOffset, llr, offset, length);
    }

    private static void checkRnti(int rnti) {
        if (rnti < 0 || rnti > 65535) {
            throw new IllegalArgumentException("rnti n_RNTI must be in [0, 65535] (TS 38.211 §7.3.1.1), was " + rnti);
        }
    }

    private static void checkNid(int nId) {
        if (nId < 0 || nId > 1023) {
            throw new IllegalArgumentException("nId (dataScramblingIdentity) must be in [0, 1023] (TS 38.211 "
                    + "§7.3.1.1), was " + nId);
        }
    }
}
