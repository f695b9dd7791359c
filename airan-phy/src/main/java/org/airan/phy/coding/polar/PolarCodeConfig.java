package org.airan.phy.coding.polar;

import org.airan.phy.coding.crc.CrcPolynomial;

/**
 * Parameters of one NR polar code instance (TS 38.212 §5.3.1, §5.4.1): what the channel (PBCH §7.1, DCI §7.3,
 * UCI §6.3.1) fixes before code construction. Use the factories {@link #pbch()}, {@link #dci(int, int)} and
 * {@link #uci(int, int)}; {@link PolarCode} derives N, the information set and the rate-matching pattern.
 *
 * @param numInfoBits          K: bits entering the polar encoder, CRC included (TS 38.212 §5.3.1); 1..E
 * @param numCodedBits         E: bits after rate matching (TS 38.212 §5.4.1); K..8192
 * @param nMax                 n_max: 9 for downlink (PBCH, DCI), 10 for uplink (UCI) (TS 38.212 §7.1.4, §7.3.3,
 *                             §6.3.1.3)
 * @param inputInterleaving    I_IL: the input bit interleaver of §5.3.1.1 (PBCH, DCI); needs K ≤ 164
 * @param numParityCheckBits   n_PC: 0 or 3 parity-check bits (§5.3.1.2; 3 for UCI with 18 ≤ K ≤ 25)
 * @param numParityCheckBitsMinWeight n_PC^wm: 0 or 1 of those placed at minimum row weight (§5.3.1.2)
 * @param codedBitInterleaving I_BIL: the coded-bit interleaver of §5.4.1.3 (UCI)
 * @param crc                  the CRC carried in the K bits (CRC24C for PBCH/DCI, CRC11/CRC6 for UCI, §5.1)
 * @param dciCrc               true for the DCI CRC of §7.3.2: CRC24C over 24 ones followed by the payload, the
 *                             last 16 parity bits XORed with the RNTI
 */
public record PolarCodeConfig(int numInfoBits, int numCodedBits, int nMax, boolean inputInterleaving,
                              int numParityCheckBits, int numParityCheckBitsMinWeight,
                              boolean codedBitInterleaving, CrcPolynomial crc, boolean dciCrc) {

    /** E_max for uplink (TS 38.212 §6.3.1.4: E ≤ 8192). */
    public static final int MAX_CODED_BITS = 8192;
    /** PBCH payload A (TS 38.212 §7.1.1). */
    public static final int PBCH_PAYLOAD_BITS = 32;
    /** PBCH E (TS 38.212 §7.1.5). */
    public static final int PBCH_CODED_BITS = 864;
    /** Coded bits per CCE: 6 REGs × 9 data REs × 2 bits (TS 38.211 §7.3.2, TS 38.212 §7.3.4). */
    public static final int DCI_BITS_PER_CCE = 108;

    public PolarCodeConfig {
        if (crc == null) {
            throw new IllegalArgumentException("crc must not be null (TS 38.212 §5.1)");
        }
        if (nMax != 9 && nMax != 10) {
            throw new IllegalArgumentException("nMax must be 9 (downlink) or 10 (uplink) (TS 38.212 §5.3.1), was "
                    + nMax);
        }
        if (numCodedBits < 1 || numCodedBits > MAX_CODED_BITS) {
            throw new IllegalArgumentException("numCodedBits (E) must be in [1, " + MAX_CODED_BITS
                    + "] (TS 38.212 §5.4.1, §6.3.1.4), was " + numCodedBits);
        }
        if (numInfoBits <= crc.length() || numInfoBits > numCodedBits) {
            throw new IllegalArgumentException("numInfoBits (K) must be in [" + (crc.length() + 1) + ", E = "
                    + numCodedBits + "] (more than the " + crc + " bits and a code rate K/E ≤ 1, TS 38.212 §5.3.1),"
                    + " was " + numInfoBits);
        }
        if (inputInterleaving && numInfoBits > PolarTables.K_IL_MAX) {
            throw new IllegalArgumentException("numInfoBits (K) must be ≤ 164 with the input interleaver (K_IL^max, "
                    + "TS 38.212 §5.3.1.1), was " + numInfoBits);
        }
        if (numInfoBits > 1 << nMax) {
            throw new IllegalArgumentException("numInfoBits (K) must be ≤ 2^nMax = " + (1 << nMax)
                    + " (TS 38.212 §5.3.1), was " + numInfoBits);
        }
        if (numParityCheckBits != 0 && numParityCheckBits != 3) {
            throw new IllegalArgumentException("numParityCheckBits (n_PC) must be 0 or 3 (TS 38.212 §5.3.1.2), was "
                    + numParityCheckBits);
        }
        if (numParityCheckBitsMinWeight < 0 || numParityCheckBitsMinWeight > Math.min(1, numParityCheckBits)) {
            throw new IllegalArgumentException("numParityCheckBitsMinWeight (n_PC^wm) must be 0, or 1 when n_PC = 3 "
                    + "(TS 38.212 §5.3.1.2), was " + numParityCheckBitsMinWeight);
        }
        if (dciCrc && crc != CrcPolynomial.CRC24C) {
            throw new IllegalArgumentException("dciCrc needs crc = CRC24C (TS 38.212 §7.3.2), was " + crc);
        }
    }

    /** The PBCH code: K = 56 (A = 32 + CRC24C), E = 864, n_max = 9, I_IL = 1, n_PC = 0, I_BIL = 0 (TS 38.212 §7.1). */
    public static PolarCodeConfig pbch() {
        return new PolarCodeConfig(PBCH_PAYLOAD_BITS + 24, PBCH_CODED_BITS, 9, true, 0, 0, false,
                CrcPolynomial.CRC24C, false);
    }

    /**
     * A DCI code (TS 38.212 §7.3): K = A + 24 (CRC24C with RNTI masking), E = 108 · aggregation level, n_max = 9,
     * I_IL = 1, n_PC = 0, I_BIL = 0.
     *
     * @param payloadBits      A, 12..140 (DCI payloads shorter than 12 bits are zero-padded to 12, §7.3.1)
     * @param aggregationLevel 1, 2, 4, 8 or 16 CCEs (TS 38.211 §7.3.2)
     */
    public static PolarCodeConfig dci(int payloadBits, int aggregationLevel) {
        if (payloadBits < 12 || payloadBits > 140) {
            throw new IllegalArgumentException("payloadBits (A) must be in [12, 140] (TS 38.212 §7.3.1, K = A + 24 ≤ "
                    + "164), was " + payloadBits);
        }
        if (aggregationLevel != 1 && aggregationLevel != 2 && aggregationLevel != 4 && aggregationLevel != 8
                && aggregationLevel != 16) {
            throw new IllegalArgumentException("aggregationLevel must be 1, 2, 4, 8 or 16 (TS 38.211 §7.3.2), was "
                    + aggregationLevel);
        }
        return new PolarCodeConfig(payloadBits + 24, DCI_BITS_PER_CCE * aggregationLevel, 9, true, 0, 0, false,
                CrcPolynomial.CRC24C, true);
    }

    /**
     * A UCI code on PUCCH/PUSCH without segmentation (TS 38.212 §6.3.1.2–§6.3.1.4): CRC6 and n_PC = 3 for
     * 12 ≤ A ≤ 19 (n_PC^wm = 1 when E − K + 3 &gt; 192), CRC11 and n_PC = 0 for A ≥ 20; n_max = 10, I_IL = 0,
     * I_BIL = 1.
     *
     * @param payloadBits A, 12..1012 (below 12 the small-block codes of §5.3.3 apply; segmentation, I_seg = 1, is
     *                    not supported)
     * @param codedBits   E, the rate-matching output length, ≤ 8192
     */
    public static PolarCodeConfig uci(int payloadBits, int codedBits) {
        if (payloadBits < 12 || payloadBits > 1012) {
            throw new IllegalArgumentException("payloadBits (A) must be in [12, 1012] for unsegmented polar UCI "
                    + "(TS 38.212 §6.3.1.2.1), was " + payloadBits);
        }
        if (payloadBits >= 360 && codedBits >= 1088) {
            throw new IllegalArgumentException("A = " + payloadBits + " with E = " + codedBits
                    + " needs code-block segmentation (I_seg = 1, TS 38.212 §5.2.1), which is not supported");
        }
        if (payloadBits <= 19) {
            int k = payloadBits + 6;
            int wm = codedBits - k + 3 > 192 ? 1 : 0;
            return new PolarCodeConfig(k, codedBits, 10, false, 3, wm, true, CrcPolynomial.CRC6, false);
        }
        return new PolarCodeConfig(payloadBits + 11, codedBits, 10, false, 0, 0, true, CrcPolynomial.CRC11, false);
    }

    /** A: payload bits before CRC attachment (K − L). */
    public int payloadBits() {
        return numInfoBits - crc.length();
    }
}
