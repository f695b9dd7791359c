package org.airan.phy.ssb;

import org.airan.phy.sequence.GoldSequence;

/**
 * PBCH payload generation, interleaving and scrambling of TS 38.212 §7.1.1–§7.1.2 (A = 32 bits, one per byte),
 * shared by {@link PbchEncoder} and {@link PbchDecoder}.
 */
final class PbchPayload {

    /** A: PBCH payload bits (TS 38.212 §7.1.1). */
    static final int A = 32;

    /** G(j), Table 7.1.1-1 of TS 38.212. */
    static final int[] G = {16, 23, 18, 17, 8, 30, 10, 6, 24, 7, 0, 5, 3, 2, 1, 4,
                            9, 11, 12, 13, 14, 15, 19, 20, 21, 22, 25, 26, 27, 28, 29, 31};

    /** Position a_{G(j)} that abar_i goes to (TS 38.212 §7.1.1 j assignment), indexed by i. */
    static final int[] POSITION = positions();

    /** Payload positions (after interleaving) never scrambled: half frame, SFN 3rd and 2nd LSB (§7.1.2). */
    private static final int[] UNSCRAMBLED_4_8 = {POSITION[28], POSITION[25], POSITION[26]};

    private PbchPayload() {
    }

    private static int[] positions() {
        int[] pos = new int[A];
        int jSfn = 0;
        int jHrf = 10;
        int jSsb = 11;
        int jOther = 14;
        for (int i = 0; i < A; i++) {
            int j;
            if ((i >= 1 && i <= 6) || (i >= 24 && i <= 27)) {
                j = jSfn++;
            } else if (i == 28) {
                j = jHrf;
            } else if (i >= 29) {
                j = jSsb++;
            } else {
                j = jOther++;
            }
            pos[i] = G[j];
        }
        return pos;
    }

    /**
     * Whether payload position {@code i} (after interleaving) is left unscrambled by §7.1.2: the half-frame bit, the
     * 3rd and 2nd LSB of the SFN, and for L_max = 64 the three SSB-index bits.
     */
    static boolean unscrambled(int i, int lMax) {
        if (i == UNSCRAMBLED_4_8[0] || i == UNSCRAMBLED_4_8[1] || i == UNSCRAMBLED_4_8[2]) {
            return true;
        }
        return lMax == 64 && (i == POSITION[29] || i == POSITION[30] || i == POSITION[31]);
    }

    /**
     * Writes the interleaved payload a_0..a_31 (TS 38.212 §7.1.1).
     *
     * @param timing abar_24..abar_31 packed, abar_24 at bit 7
     */
    static void interleave(int mibBits, int timing, byte[] a) {
        for (int i = 0; i < 24; i++) {
            a[POSITION[i]] = (byte) ((mibBits >>> (23 - i)) & 1);
        }
        for (int i = 24; i < A; i++) {
            a[POSITION[i]] = (byte) ((timing >>> (31 - i)) & 1);
        }
    }

    /** abar_0..abar_31 packed into an int, abar_0 at bit 31, from the interleaved a_0..a_31. */
    static int deinterleave(byte[] a) {
        int v = 0;
        for (int i = 0; i < A; i++) {
            v = (v << 1) | (a[POSITION[i]] & 1);
        }
        return v;
    }

    /**
     * XORs the §7.1.2 scrambling sequence into a_0..a_31 in place (its own inverse): s_i = c(j + ν·M) over the
     * scrambled positions in increasing i, c_init = N_ID^cell, M = A − 3 (L_max 4, 8) or A − 6 (L_max 64),
     * ν = 2·(3rd LSB of SFN) + (2nd LSB of SFN).
     *
     * @param c scratch of at least 29 bytes
     */
    static void scramble(byte[] a, int lMax, int pci, int nu, byte[] c) {
        int m = lMax == 64 ? A - 6 : A - 3;
        GoldSequence.generateBits(pci, (long) nu * m, c, 0, m);
        int j = 0;
        for (int i = 0; i < A; i++) {
            if (!unscrambled(i, lMax)) {
                a[i] ^= c[j++];
            }
        }
    }

    /** ν of §7.1.2 read from the (never scrambled) 3rd and 2nd SFN LSBs of an interleaved payload. */
    static int nuFromPayload(byte[] a) {
        return 2 * (a[POSITION[25]] & 1) + (a[POSITION[26]] & 1);
    }

    static void checkLmax(int lMax) {
        if (lMax != 4 && lMax != 8 && lMax != 64) {
            throw new IllegalArgumentException("lMax must be 4, 8 or 64 (TS 38.213 §4.1), was " + lMax);
        }
    }

    static void checkPci(int pci) {
        if (pci < 0 || pci > 1007) {
            throw new IllegalArgumentException("pci (N_ID^cell) must be in [0, 1007] (TS 38.211 §7.4.2.1), was "
                    + pci);
        }
    }
}
