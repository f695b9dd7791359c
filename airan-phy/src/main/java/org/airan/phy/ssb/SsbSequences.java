package org.airan.phy.ssb;

import java.util.Objects;
import org.airan.phy.sequence.GoldSequence;

/**
 * The sequences of the SS/PBCH block, TS 38.211:
 * <ul>
 *   <li>PSS (§7.4.2.2.1): {@code d(n) = 1 − 2x(m)}, {@code m = (n + 43·N_ID2) mod 127},
 *       {@code x(i+7) = (x(i+4) + x(i)) mod 2}, initial state {@code [x(6)..x(0)] = [1 1 1 0 1 1 0]};</li>
 *   <li>SSS (§7.4.2.3.1): {@code d(n) = [1 − 2x0((n+m0) mod 127)]·[1 − 2x1((n+m1) mod 127)]},
 *       {@code m0 = 15·⌊N_ID1/112⌋ + 5·N_ID2}, {@code m1 = N_ID1 mod 112};</li>
 *   <li>PBCH DM-RS (§7.4.1.4.1): QPSK r(m) from c(n) with
 *       {@code c_init = 2^11(ī_SSB+1)(⌊N_ID/4⌋+1) + 2^6(ī_SSB+1) + (N_ID mod 4)}, m = 0..143.</li>
 * </ul>
 * PSS and SSS are returned as real ±1 values (BPSK on the real axis), 127 each. All methods are static,
 * allocation-free and thread-safe (the m-sequences are tabulated once).
 */
public final class SsbSequences {

    /** Length of PSS and SSS (TS 38.211 §7.4.2.2.1, §7.4.2.3.1). */
    public static final int PSS_SSS_LENGTH = 127;
    /** Number of PBCH DM-RS symbols per SSB (TS 38.211 §7.4.1.4.1: 3 × 48 − ... = 144). */
    public static final int PBCH_DMRS_LENGTH = 144;
    /** Number of physical cell identities N_ID^cell (TS 38.211 §7.4.2.1). */
    public static final int NUM_PCI = 1008;

    private static final byte[] X_PSS = mseq(new int[] {0, 1, 1, 0, 1, 1, 1}, 4, 0);
    private static final byte[] X0_SSS = mseq(new int[] {1, 0, 0, 0, 0, 0, 0}, 4, 0);
    private static final byte[] X1_SSS = mseq(new int[] {1, 0, 0, 0, 0, 0, 0}, 1, 0);

    private SsbSequences() {
    }

    /** 127-periodic m-sequence: x(i+7) = (x(i+tap) + x(i)) mod 2 from x(0..6) = init. */
    private static byte[] mseq(int[] init, int tap, int unused) {
        byte[] x = new byte[PSS_SSS_LENGTH];
        for (int i = 0; i < 7; i++) {
            x[i] = (byte) init[i];
        }
        for (int i = 0; i + 7 < PSS_SSS_LENGTH; i++) {
            x[i + 7] = (byte) ((x[i + tap] + x[i]) & 1);
        }
        return x;
    }

    /** N_ID^(2) = N_ID^cell mod 3. */
    public static int nId2(int pci) {
        return pci % 3;
    }

    /** N_ID^(1) = ⌊N_ID^cell / 3⌋. */
    public static int nId1(int pci) {
        return pci / 3;
    }

    static void checkPci(int pci) {
        if (pci < 0 || pci >= NUM_PCI) {
            throw new IllegalArgumentException("pci (N_ID^cell) must be in [0, 1007] (TS 38.211 §7.4.2.1), was " + pci);
        }
    }

    /**
     * Writes d_PSS(0..126) as ±1.
     *
     * @param nId2 N_ID^(2) in 0..2
     * @param out  Modified: {@code out[off + n] = d_PSS(n)}
     */
    public static void pss(int nId2, float[] out, int off) {
        if (nId2 < 0 || nId2 > 2) {
            throw new IllegalArgumentException("nId2 must be in [0, 2] (TS 38.211 §7.4.2.2.1), was " + nId2);
        }
        Objects.checkFromIndexSize(off, PSS_SSS_LENGTH, out.length);
        for (int n = 0; n < PSS_SSS_LENGTH; n++) {
            out[off + n] = 1 - 2 * X_PSS[(n + 43 * nId2) % PSS_SSS_LENGTH];
        }
    }

    /**
     * Writes d_SSS(0..126) as ±1.
     *
     * @param pci N_ID^cell in 0..1007
     * @param out Modified: {@code out[off + n] = d_SSS(n)}
     */
    public static void sss(int pci, float[] out, int off) {
        checkPci(pci);
        Objects.checkFromIndexSize(off, PSS_SSS_LENGTH, out.length);
        int nId1 = nId1(pci);
        int m0 = 15 * (nId1 / 112) + 5 * nId2(pci);
        int m1 = nId1 % 112;
        for (int n = 0; n < PSS_SSS_LENGTH; n++) {
            out[off + n] = (1 - 2 * X0_SSS[(n + m0) % PSS_SSS_LENGTH]) * (1 - 2 * X1_SSS[(n + m1) % PSS_SSS_LENGTH]);
        }
    }

    /**
     * c_init of the PBCH DM-RS, TS 38.211 §7.4.1.4.1.
     *
     * @param pci     N_ID^cell
     * @param iSsbBar ī_SSB in 0..7: the 3 LSBs of the SSB index (L_max 8, 64), or the 2 LSBs + 4·n_hf (L_max 4)
     */
    public static int pbchDmrsCinit(int pci, int iSsbBar) {
        checkPci(pci);
        if (iSsbBar < 0 || iSsbBar > 7) {
            throw new IllegalArgumentException("iSsbBar must be in [0, 7] (TS 38.211 §7.4.1.4.1), was " + iSsbBar);
        }
        return (1 << 11) * (iSsbBar + 1) * (pci / 4 + 1) + (1 << 6) * (iSsbBar + 1) + (pci % 4);
    }

    /**
     * ī_SSB of TS 38.211 §7.4.1.4.1 from the SSB index, half-frame bit and L_max.
     *
     * @param ssbIndex SSB index in 0..lMax−1
     * @param halfFrame n_hf, 0 or 1
     * @param lMax     4, 8 or 64
     */
    public static int iSsbBar(int ssbIndex, int halfFrame, int lMax) {
        if (lMax != 4 && lMax != 8 && lMax != 64) {
            throw new IllegalArgumentException("lMax must be 4, 8 or 64 (TS 38.213 §4.1), was " + lMax);
        }
        if (ssbIndex < 0 || ssbIndex >= lMax) {
            throw new IllegalArgumentException("ssbIndex must be in [0, " + (lMax - 1) + "] for lMax " + lMax
                    + " (TS 38.213 §4.1), was " + ssbIndex);
        }
        if (halfFrame != 0 && halfFrame != 1) {
            throw new IllegalArgumentException("halfFrame must be 0 or 1 (TS 38.211 §7.4.1.4.1), was " + halfFrame);
        }
        return lMax == 4 ? (ssbIndex & 3) + 4 * halfFrame : ssbIndex & 7;
    }

    /**
     * Writes the 144 PBCH DM-RS symbols r(0..143), interleaved (re, im), unit magnitude.
     *
     * @param out Modified: 288 floats from {@code off}
     */
    public static void pbchDmrs(int pci, int iSsbBar, float[] out, int off) {
        GoldSequence.qpskSequence(pbchDmrsCinit(pci, iSsbBar), 0, out, off, PBCH_DMRS_LENGTH);
    }
}
