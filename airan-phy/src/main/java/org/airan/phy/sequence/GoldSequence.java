package org.airan.phy.sequence;

import java.util.Objects;

/**
 * The length-31 Gold pseudo-random sequence c(n) of TS 38.211 §5.2.1:
 * <pre>
 * c(n)     = (x1(n + Nc) + x2(n + Nc)) mod 2,     Nc = 1600
 * x1(n+31) = (x1(n+3) + x1(n)) mod 2,              x1(0) = 1, x1(1..30) = 0
 * x2(n+31) = (x2(n+3) + x2(n+2) + x2(n+1) + x2(n)) mod 2,   c_init = Σ x2(i)·2^i
 * </pre>
 * Generation runs 28 bits per step on 31-bit shift-register words. Skip-ahead to any start offset (the Nc = 1600
 * discard included) costs O(log offset) through precomputed powers of the register transition matrices, so a
 * receiver that needs c(n) from a large n does not generate the prefix.
 *
 * <p>Used by scrambling (§7.3.1.1, §6.3.1.1, §7.3.3.1), DM-RS (§7.4.1) and every other NR sequence that is built
 * on c(n). All methods are static, allocation-free and thread-safe.
 */
public final class GoldSequence {

    /** Nc: outputs discarded before c(0) (TS 38.211 §5.2.1). */
    public static final int NC = 1600;

    private static final int MASK31 = 0x7FFFFFFF;
    private static final int MASK28 = 0x0FFFFFFF;
    /** X1_POW[k][j]: image of unit state e_j after 2^k steps of x1 (state bit i = x(n+i)). */
    private static final int[][] X1_POW = powers(true);
    private static final int[][] X2_POW = powers(false);
    /** x1 state after Nc steps from its fixed initial state (x1(0) = 1). */
    private static final int X1_AT_NC = advance(X1_POW, 1, NC);

    private GoldSequence() {
    }

    /** One step of either register on a state word (bit i = x(n+i)): returns the state at n+1. */
    private static int step1(int s, boolean x1) {
        int fb = x1 ? ((s >>> 3) ^ s) & 1 : ((s >>> 3) ^ (s >>> 2) ^ (s >>> 1) ^ s) & 1;
        return (s >>> 1) | (fb << 30);
    }

    private static int[][] powers(boolean x1) {
        int[][] pow = new int[32][31];
        for (int j = 0; j < 31; j++) {
            pow[0][j] = step1(1 << j, x1);
        }
        for (int k = 1; k < 32; k++) {
            for (int j = 0; j < 31; j++) {
                pow[k][j] = apply(pow[k - 1], pow[k - 1][j]);
            }
        }
        return pow;
    }

    private static int apply(int[] matrixColumns, int state) {
        int r = 0;
        int s = state;
        while (s != 0) {
            int j = Integer.numberOfTrailingZeros(s);
            r ^= matrixColumns[j];
            s &= s - 1;
        }
        return r;
    }

    private static int advance(int[][] pow, int state, long steps) {
        int s = state;
        for (int k = 0; steps != 0; k++, steps >>>= 1) {
            if ((steps & 1) != 0) {
                s = apply(pow[k], s);
            }
        }
        return s;
    }

    /** Both registers positioned so that the next output is c(offset): x1 in the high word, x2 in the low. */
    private static long start(int cInit, long offset) {
        int s1 = advance(X1_POW, X1_AT_NC, offset);
        int s2 = advance(X2_POW, cInit, NC + offset);
        return ((long) s1 << 32) | (s2 & 0xFFFFFFFFL);
    }

    /** The next 28 outputs c(n..n+27), bit b = c(n+b). */
    private static int out28(long st) {
        return ((int) (st >>> 32) ^ (int) st) & MASK28;
    }

    /** Advances both registers by 28 steps. */
    private static long next28(long st) {
        int s1 = (int) (st >>> 32);
        int s2 = (int) st;
        int n1 = ((s1 >>> 3) ^ s1) & MASK28;
        s1 = (s1 >>> 28) | (n1 << 3);
        int n2 = ((s2 >>> 3) ^ (s2 >>> 2) ^ (s2 >>> 1) ^ s2) & MASK28;
        s2 = (s2 >>> 28) | (n2 << 3);
        return ((long) s1 << 32) | (s2 & 0xFFFFFFFFL);
    }

    private static void checkCinit(long cInit) {
        if (cInit < 0 || cInit > MASK31) {
            throw new IllegalArgumentException("c_init must be in [0, 2^31-1] (TS 38.211 §5.2.1), was " + cInit);
        }
    }

    /**
     * Writes c(offset) .. c(offset+length-1) as one bit per byte (0 or 1).
     *
     * @param cInit  c_init in [0, 2^31 − 1]
     * @param offset first n, ≥ 0
     * @param out    Modified: {@code out[outOffset + i] = c(offset + i)}
     */
    public static void generateBits(int cInit, long offset, byte[] out, int outOffset, int length) {
        checkCinit(cInit);
        Objects.checkFromIndexSize(outOffset, length, out.length);
        long st = start(cInit, offset);
        int i = 0;
        while (i < length) {
            int c = out28(st);
            int n = Math.min(28, length - i);
            for (int b = 0; b < n; b++) {
                out[outOffset + i + b] = (byte) ((c >>> b) & 1);
            }
            i += n;
            st = next28(st);
        }
    }

    /**
     * Fills {@code out} with c(offset) .. as packed words: bit b of {@code out[outOffset + w]} is
     * c(offset + 32·w + b). Fast path for scrambling and hashing.
     */
    public static void generateWords(int cInit, long offset, int[] out, int outOffset, int numWords) {
        checkCinit(cInit);
        Objects.checkFromIndexSize(outOffset, numWords, out.length);
        long st = start(cInit, offset);
        long acc = 0;
        int accBits = 0;
        int w = 0;
        while (w < numWords) {
            long c = out28(st);
            acc |= c << accBits;
            accBits += 28;
            if (accBits >= 32) {
                out[outOffset + w++] = (int) acc;
                acc >>>= 32;
                accBits -= 32;
            }
            st = next28(st);
        }
    }

    /** c(n) for a single n (O(log n)); for tests and sparse use. */
    public static int bit(int cInit, long n) {
        checkCinit(cInit);
        return out28(start(cInit, n)) & 1;
    }

    /** Scrambles hard bits in place: {@code bits[i] ^= c(offset + i)} (one bit per byte). */
    public static void scrambleBits(int cInit, long offset, byte[] bits, int bitsOffset, int length) {
        checkCinit(cInit);
        Objects.checkFromIndexSize(bitsOffset, length, bits.length);
        long st = start(cInit, offset);
        int i = 0;
        while (i < length) {
            int c = out28(st);
            int n = Math.min(28, length - i);
            for (int b = 0; b < n; b++) {
                bits[bitsOffset + i + b] ^= (byte) ((c >>> b) & 1);
            }
            i += n;
            st = next28(st);
        }
    }

    /**
     * Descrambles soft bits in place: {@code llr[i] = c(offset+i) == 1 ? -llr[i] : llr[i]}. Valid for the LLR
     * convention of this project (LLR = ln P(b=0)/P(b=1)); flipping a bit negates its LLR.
     */
    public static void descrambleLlr(int cInit, long offset, float[] llr, int llrOffset, int length) {
        checkCinit(cInit);
        Objects.checkFromIndexSize(llrOffset, length, llr.length);
        long st = start(cInit, offset);
        int i = 0;
        while (i < length) {
            int c = out28(st);
            int n = Math.min(28, length - i);
            for (int b = 0; b < n; b++) {
                // Flip the sign bit when c = 1, branch-free.
                int k = llrOffset + i + b;
                llr[k] = Float.intBitsToFloat(Float.floatToRawIntBits(llr[k]) ^ (((c >>> b) & 1) << 31));
            }
            i += n;
            st = next28(st);
        }
    }

    /**
     * The QPSK reference-signal sequence r(m) = (1 − 2c(2m))/√2 + j(1 − 2c(2m+1))/√2 used by the DM-RS of
     * PDSCH/PUSCH/PDCCH/PBCH (TS 38.211 §7.4.1.1.1, §7.4.1.3.1, §7.4.1.4.1), for m = firstM .. firstM+count−1,
     * written interleaved (re, im) to {@code out}.
     */
    public static void qpskSequence(int cInit, int firstM, float[] out, int outOffset, int count) {
        checkCinit(cInit);
        if (firstM < 0) {
            throw new IllegalArgumentException("firstM must be ≥ 0, was " + firstM);
        }
        Objects.checkFromIndexSize(outOffset, 2 * count, out.length);
        final float a = (float) (1.0 / Math.sqrt(2.0));
        long st = start(cInit, 2L * firstM);
        int i = 0;
        int len = 2 * count;
        while (i < len) {
            int c = out28(st);
            int n = Math.min(28, len - i);
            for (int b = 0; b < n; b++) {
                out[outOffset + i + b] = ((c >>> b) & 1) == 0 ? a : -a;
            }
            i += n;
            st = next28(st);
        }
    }
}
