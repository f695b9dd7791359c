package org.airan.phy.modulation;

import java.util.Objects;

/**
 * Modulation mapper of TS 38.211 §5.1: bits b(i) (one per byte, 0 or 1) to complex symbols, interleaved
 * {@code float[]} (re, im), unit average energy.
 *
 * <p>Square QAM (§5.1.4-5.1.8) is computed from a per-dimension look-up table built from the nested formula of the
 * specification, e.g. 64QAM: {@code d = [(1−2b0)(4−(1−2b2)(2−(1−2b4))) + j(1−2b1)(4−(1−2b3)(2−(1−2b5)))]/√42}.
 * Stateless and allocation-free; thread-safe.
 */
public final class ModulationMapper {

    /** PAM_LEVEL[m][v]: integer level (±1, ±3, ..) of the Gray PAM with m bits whose bits, MSB first, form v. */
    private static final int[][] PAM_LEVEL = new int[6][];

    static {
        for (int m = 1; m <= 5; m++) {
            int[] t = new int[1 << m];
            for (int v = 0; v < t.length; v++) {
                t[v] = pamLevel(v, m);
            }
            PAM_LEVEL[m] = t;
        }
    }

    private ModulationMapper() {
    }

    /**
     * The nested §5.1 formula for one dimension: bits s_0 .. s_{m−1} (s_0 = MSB of {@code v}, the sign bit) give
     * {@code s0·(2^{m−1} − s1·(2^{m−2} − ... − s_{m−1}))} with s_i = 1 − 2 b_i.
     */
    static int pamLevel(int v, int m) {
        int level = 1;
        for (int i = m - 1; i >= 1; i--) {
            int s = 1 - 2 * ((v >>> (m - 1 - i)) & 1);
            level = (1 << (m - i)) - s * level;
        }
        int s0 = 1 - 2 * ((v >>> (m - 1)) & 1);
        return s0 * level;
    }

    /** Integer PAM level (before scaling) for a value v of m bits, MSB = first bit on that dimension. */
    public static int pamLevel(Modulation mod, int v) {
        return PAM_LEVEL[mod.bitsPerDimension()][v];
    }

    /**
     * Maps {@code numSymbols·Q_m} bits to {@code numSymbols} symbols.
     *
     * @param bits        one bit per byte (0/1) from {@code bitsOffset}
     * @param out         Modified: interleaved (re, im) from {@code outOffset}, 2·numSymbols floats
     * @param symbolIndex index i of the first symbol within the codeword (only π/2-BPSK depends on it: i mod 2)
     */
    public static void map(Modulation mod, byte[] bits, int bitsOffset, int numSymbols, float[] out, int outOffset,
                           int symbolIndex) {
        int qm = mod.bitsPerSymbol();
        Objects.checkFromIndexSize(bitsOffset, numSymbols * qm, bits.length);
        Objects.checkFromIndexSize(outOffset, 2 * numSymbols, out.length);
        float a = (float) mod.scale();
        switch (mod) {
            case BPSK -> {
                for (int i = 0; i < numSymbols; i++) {
                    float v = bits[bitsOffset + i] == 0 ? a : -a;
                    out[outOffset + 2 * i] = v;
                    out[outOffset + 2 * i + 1] = v;
                }
            }
            case PI_2_BPSK -> {
                for (int i = 0; i < numSymbols; i++) {
                    float v = bits[bitsOffset + i] == 0 ? a : -a;
                    // e^{jπ/2} (1+j) v = (−1 + j) v for odd i.
                    boolean odd = ((symbolIndex + i) & 1) != 0;
                    out[outOffset + 2 * i] = odd ? -v : v;
                    out[outOffset + 2 * i + 1] = v;
                }
            }
            default -> {
                int m = mod.bitsPerDimension();
                int[] lut = PAM_LEVEL[m];
                for (int i = 0; i < numSymbols; i++) {
                    int b = bitsOffset + i * qm;
                    int vi = 0;
                    int vq = 0;
                    for (int j = 0; j < m; j++) {
                        vi = (vi << 1) | (bits[b + 2 * j] & 1);
                        vq = (vq << 1) | (bits[b + 2 * j + 1] & 1);
                    }
                    out[outOffset + 2 * i] = a * lut[vi];
                    out[outOffset + 2 * i + 1] = a * lut[vq];
                }
            }
        }
    }

    /** {@link #map(Modulation, byte[], int, int, float[], int, int)} with the first symbol at index 0. */
    public static void map(Modulation mod, byte[] bits, int bitsOffset, int numSymbols, float[] out, int outOffset) {
        map(mod, bits, bitsOffset, numSymbols, out, outOffset, 0);
    }
}
