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

    /** tw[j] = e^{−j2πj/N}, j in [0, N), interleaved, computed in double. */
    float[] twiddles() {
        float[] tw = new float[2 * n];
        for (int j = 0; j < n; j++) {
            double a = -2.0 * Math.PI * j / n;
            tw[2 * j] = (float) Math.cos(a);
            tw[2 * j + 1] = (float) Math.sin(a);
        }
        return tw;
    }

    /** Most threads per block: one radix-8 butterfly per thread up to N = 2048, two at N = 4096. */
    static final int MAX_THREADS = 256;

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
