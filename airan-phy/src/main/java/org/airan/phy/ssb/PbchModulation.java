package org.airan.phy.ssb;

import java.util.Objects;
import org.airan.phy.sequence.GoldSequence;

/**
 * PBCH scrambling and QPSK, TS 38.211 §7.3.3.1-§7.3.3.2:
 * <pre>
 * b~(i) = (b(i) + c(i + ν·M_bit)) mod 2,  M_bit = 864,  c_init = N_ID^cell
 * ν = the 2 LSBs of the SSB index (L_max = 4) or its 3 LSBs (L_max = 8, 64)
 * d(i) = ((1 − 2b~(2i)) + j(1 − 2b~(2i+1))) / √2,   i = 0..431
 * </pre>
 * and the receiver counterpart: max-log QPSK LLRs (LLR = ln P(b=0)/P(b=1), positive means bit 0) and
 * descrambling of LLRs. Static, allocation-free.
 */
public final class PbchModulation {

    private static final float A = (float) (1.0 / Math.sqrt(2.0));

    private PbchModulation() {
    }

    /**
     * ν of TS 38.211 §7.3.3.1.
     *
     * @param ssbIndex SSB index (0..lMax−1)
     * @param lMax     4, 8 or 64
     */
    public static int nu(int ssbIndex, int lMax) {
        if (lMax != 4 && lMax != 8 && lMax != 64) {
            throw new IllegalArgumentException("lMax must be 4, 8 or 64 (TS 38.213 §4.1), was " + lMax);
        }
        if (ssbIndex < 0 || ssbIndex >= lMax) {
            throw new IllegalArgumentException("ssbIndex must be in [0, " + (lMax - 1) + "] (TS 38.213 §4.1), was "
                    + ssbIndex);
        }
        return lMax == 4 ? ssbIndex & 3 : ssbIndex & 7;
    }

    /**
     * Scrambles 864 coded bits in place (one bit per byte).
     *
     * @param bits Modified: {@code bits[off .. off+863]}
     */
    public static void scramble(byte[] bits, int off, int pci, int ssbIndex, int lMax) {
        SsbSequences.checkPci(pci);
        GoldSequence.scrambleBits(pci, (long) nu(ssbIndex, lMax) * SsbLayout.PBCH_BITS, bits, off,
                SsbLayout.PBCH_BITS);
    }

    /**
     * Descrambles 864 LLRs in place with the ν given directly (0..7): the receiver knows ν from the PBCH DM-RS
     * before it knows L_max for sure.
     *
     * @param llr Modified: {@code llr[off .. off+863]}
     */
    public static void descrambleLlr(float[] llr, int off, int pci, int nu) {
        SsbSequences.checkPci(pci);
        if (nu < 0 || nu > 7) {
            throw new IllegalArgumentException("nu must be in [0, 7] (TS 38.211 §7.3.3.1), was " + nu);
        }
        GoldSequence.descrambleLlr(pci, (long) nu * SsbLayout.PBCH_BITS, llr, off, SsbLayout.PBCH_BITS);
    }

    /**
     * QPSK of TS 38.211 §5.1.3 for {@code numSymbols} symbols.
     *
     * @param bits one bit per byte, 2·numSymbols of them
     * @param out  Modified: interleaved (re, im), 2·numSymbols floats
     */
    public static void qpsk(byte[] bits, int bitsOff, float[] out, int outOff, int numSymbols) {
        Objects.checkFromIndexSize(bitsOff, 2 * numSymbols, bits.length);
        Objects.checkFromIndexSize(outOff, 2 * numSymbols, out.length);
        for (int i = 0; i < 2 * numSymbols; i++) {
            out[outOff + i] = bits[bitsOff + i] == 0 ? A : -A;
        }
    }

    /**
     * QPSK LLRs of equalized symbols: for {@code y = s + n} with noise variance {@code noiseVar[i]} per complex
     * symbol, {@code LLR = 2√2·y / noiseVar} on each axis.
     *
     * @param eq       equalized symbols, interleaved
     * @param noiseVar post-equalization noise variance per symbol (complex), > 0
     * @param llr      Modified: 2·numSymbols LLRs, bit 2i from the real part
     */
    public static void qpskLlr(float[] eq, int eqOff, float[] noiseVar, int nvOff, float[] llr, int llrOff,
                               int numSymbols) {
        Objects.checkFromIndexSize(eqOff, 2 * numSymbols, eq.length);
        Objects.checkFromIndexSize(nvOff, numSymbols, noiseVar.length);
        Objects.checkFromIndexSize(llrOff, 2 * numSymbols, llr.length);
        final float s = (float) (2.0 * Math.sqrt(2.0));
        for (int i = 0; i < numSymbols; i++) {
            float g = s / Math.max(noiseVar[nvOff + i], 1e-30f);
            llr[llrOff + 2 * i] = g * eq[eqOff + 2 * i];
            llr[llrOff + 2 * i + 1] = g * eq[eqOff + 2 * i + 1];
        }
    }
}
