package org.airan.phy.gpu;

/**
 * Parameters of the shared-memory block FFT of {@code fft_block.cuh} for one size: N = M or N = 3·M with M a
 * power of two, N ≤ {@value #MAX_SIZE} (one thread block holds a whole transform in shared memory). The kernel
 * runs radix-8/4 in-place stages on each M-point region and a radix-3 stage for N = 3·M (decision 093); the
 * sample permutation and the bank-conflict-free shared-memory swizzle live in the kernel source, derived from
 * {@code logM}, so the host passes only these four numbers and the twiddle table.
 *
 * @param n      DFT size
 * @param m      size of the radix-2 sub-transforms (N or N/3)
 * @param logM   log2(M)
 * @param radix3 whether a radix-3 stage combines three sub-transforms
 */
record FftPlan(int n, int m, int logM, boolean radix3) {

    /** Largest size one thread block transforms (4096 complex floats = 32 KiB of shared memory). */
    static final int MAX_SIZE = 4096;

    /** Most threads per block: one radix-8 butterfly per thread up to N = 2048, two at N = 4096. */
    static final int MAX_THREADS = 256;

    /** Whether {@code n} is 2^k or 3·2^k with 2 ≤ n ≤ {@value #MAX_SIZE}. */
    static boolean supports(int n) {
        if (n < 2 || n > MAX_SIZE) {
            return false;
        }
        int m = n % 3 == 0 ? n / 3 : n;
        return Integer.bitCount(m) == 1;
    }

    static FftPlan of(int n) {
        if (!supports(n)) {
            throw new IllegalArgumentException("GPU DFT size must be 2^k or 3·2^k in [2, " + MAX_SIZE + "], was " + n);
        }
        boolean r3 = n % 3 == 0;
        int m = r3 ? n / 3 : n;
        return new FftPlan(n, m, Integer.numberOfTrailingZeros(m), r3);
    }

    /**
     * Radices of the kernel's power-of-two stages, in order: 8, ..., 8, then one 4 or two 4s; a single 2 for
     * M = 2; none for M = 1. Mirrors {@code fftRadices} of {@code fft_block.cuh}.
     */
    int[] radices() {
        int n8 = logM / 3;
        int rem = logM - 3 * n8;
        if (rem == 1 && n8 == 0) {
            return new int[] {2};
        }
        int[] r = new int[rem == 0 ? n8 : n8 + 1];
        java.util.Arrays.fill(r, 8);
        if (rem == 2) {
            r[n8] = 4;
        } else if (rem == 1) {
            r[n8 - 1] = 4;
            r[n8] = 4;
        }
        return r;
    }

    /**
     * The kernel's twiddle table, interleaved, computed in double then rounded: N + M − 1 complex entries.
     * Entry j < N is e^{−j2πj/N} (read by the radix-3 stage); then the power-of-two stage with sub-length L and
     * radix R (see {@link #radices()}) reads W_{L·R}^{q·k} = e^{−j2πqk/(LR)} at N + L − 1 + (q − 1)·L + k for
     * q in [1, R), k in [0, L), so that consecutive threads read consecutive entries (decision 093).
     */
    float[] twiddles() {
        float[] tw = new float[2 * twiddleCount()];
        for (int j = 0; j < n; j++) {
            put(tw, j, j, n);
        }
        int l = 1;
        for (int r : radices()) {
            for (int q = 1; q < r; q++) {
                for (int k = 0; k < l; k++) {
                    put(tw, n + l - 1 + (q - 1) * l + k, (long) q * k, (long) l * r);
                }
            }
            l *= r;
        }
        return tw;
    }

    /** Complex entries of {@link #twiddles()}: N + M − 1. */
    int twiddleCount() {
        return n + m - 1;
    }

    private static void put(float[] tw, int at, long num, long den) {
        double a = -2.0 * Math.PI * num / den;
        tw[2 * at] = (float) Math.cos(a);
        tw[2 * at + 1] = (float) Math.sin(a);
    }

    /**
     * Threads per block of the FFT kernels ({@code airan_fft_batched}, {@code airan_ofdm_demod}): N/8 (one
     * radix-8 butterfly each) rounded up to a warp, in [32, {@value #MAX_THREADS}]. The kernels accept any
     * block size; this one leaves no thread idle in the radix-8 stages of 1536 (192) or 4096 (256 × 2).
     */
    int threadsPerBlock() {
        int t = (n / 8 + 31) / 32 * 32;
        return Math.max(32, Math.min(MAX_THREADS, t));
    }

    /** Dynamic shared memory of one block: N complex floats. */
    int sharedBytes() {
        return 8 * n;
    }
}
