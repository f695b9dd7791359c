package org.airan.phy.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The host half of the GPU block FFT: sizes, launch shape and twiddle table (no GPU needed). */
class FftPlanTest {

    /** Shared memory a block may use without opting in to more (every CUDA device since compute 2.0). */
    private static final int STATIC_SHARED_LIMIT_BYTES = 48 * 1024;

    /** Twiddles are double-computed then rounded: error ≤ half an ulp of values ≤ 1, i.e. 2^-25 (plus slack). */
    private static final double TWIDDLE_TOL = 0x1p-24;

    @Test
    void splitsIntoRadix3AndPowerOfTwo() {
        assertEquals(new FftPlan(4096, 4096, 12, false), FftPlan.of(4096));
        assertEquals(new FftPlan(3072, 1024, 10, true), FftPlan.of(3072));
        assertEquals(new FftPlan(1536, 512, 9, true), FftPlan.of(1536));
        assertEquals(new FftPlan(3, 1, 0, true), FftPlan.of(3));
        assertEquals(new FftPlan(2, 2, 1, false), FftPlan.of(2));
        assertFalse(FftPlan.supports(8192));
        assertFalse(FftPlan.supports(6144));
        assertFalse(FftPlan.supports(1));
        assertFalse(FftPlan.supports(5 * 256));
        assertThrows(IllegalArgumentException.class, () -> FftPlan.of(1000));
    }

    @Test
    void threadsAreOneRadix8ButterflyEachRoundedToAWarpAndCapped() {
        assertEquals(256, FftPlan.of(4096).threadsPerBlock());
        assertEquals(256, FftPlan.of(3072).threadsPerBlock());
        assertEquals(256, FftPlan.of(2048).threadsPerBlock());
        assertEquals(192, FftPlan.of(1536).threadsPerBlock());
        assertEquals(128, FftPlan.of(1024).threadsPerBlock());
        assertEquals(96, FftPlan.of(768).threadsPerBlock());
        assertEquals(32, FftPlan.of(128).threadsPerBlock());
        assertEquals(32, FftPlan.of(2).threadsPerBlock());
        for (int n = 2; n <= FftPlan.MAX_SIZE; n++) {
            if (FftPlan.supports(n)) {
                FftPlan p = FftPlan.of(n);
                assertEquals(0, p.threadsPerBlock() % 32, "N=" + n);
                assertTrue(p.sharedBytes() <= STATIC_SHARED_LIMIT_BYTES, "N=" + n);
            }
        }
    }

    @Test
    void radixScheduleCoversLog2M() {
        assertArrayEquals(new int[] {8, 8, 8, 8}, FftPlan.of(4096).radices());
        assertArrayEquals(new int[] {8, 8, 4, 4}, FftPlan.of(3072).radices());
        assertArrayEquals(new int[] {8, 8, 8}, FftPlan.of(1536).radices());
        assertArrayEquals(new int[] {8, 8, 8, 4}, FftPlan.of(2048).radices());
        assertArrayEquals(new int[] {4, 4}, FftPlan.of(16).radices());
        assertArrayEquals(new int[] {2}, FftPlan.of(6).radices());
        assertArrayEquals(new int[] {}, FftPlan.of(3).radices());
        for (int n = 2; n <= FftPlan.MAX_SIZE; n++) {
            if (FftPlan.supports(n)) {
                FftPlan p = FftPlan.of(n);
                int product = 1;
                for (int r : p.radices()) {
                    product *= r;
                }
                assertEquals(p.m(), product, "N=" + n);
            }
        }
    }

    @Test
    void twiddlesHoldTheRootsOfUnityThenOneContiguousBlockPerStage() {
        for (int n : new int[] {3, 6, 1536, 3072, 4096}) {
            FftPlan p = FftPlan.of(n);
            float[] tw = p.twiddles();
            assertEquals(2 * (n + p.m() - 1), tw.length);
            for (int j = 0; j < n; j++) {
                assertTwiddle(tw, j, -2 * Math.PI * j / n, "N=" + n + " j=" + j);
            }
            int l = 1;
            for (int r : p.radices()) {
                for (int q = 1; q < r; q++) {
                    for (int k = 0; k < l; k++) {
                        assertTwiddle(tw, n + l - 1 + (q - 1) * l + k, -2 * Math.PI * q * k / (l * r),
                                "N=" + n + " L=" + l + " q=" + q + " k=" + k);
                    }
                }
                l *= r;
            }
            assertEquals(p.m(), l);
        }
    }

    private static void assertTwiddle(float[] tw, int at, double angle, String what) {
        assertEquals(Math.cos(angle), tw[2 * at], TWIDDLE_TOL, "re " + what);
        assertEquals(Math.sin(angle), tw[2 * at + 1], TWIDDLE_TOL, "im " + what);
    }
}
