package org.airan.phy.dft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.airan.phy.gpu.CudaDftProcessor;
import org.airan.phy.gpu.GpuBackend;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The DFT contract against the GPU DFT ({@link CudaDftProcessor}), plus CPU-vs-GPU parity on a batch larger than
 * one launch. Skips (with the backend's reason) where no GPU backend is usable.
 */
class CudaDftProcessorTest extends DftProcessorContractTest {

    /**
     * GPU vs CPU: both are single-precision FFTs with round-off ~ε·log2(N) relative to the RMS (ε = 2^-24);
     * 4096 points give ~1e-6 each, so 1e-5 relative to the RMS of the output leaves margin and still catches a
     * wrong twiddle or permutation (error ~1).
     */
    static final double PARITY_REL_TOL = 1e-5;

    @Override
    DftProcessor create(int n) {
        Assumptions.assumeTrue(GpuBackend.isAvailable(), "GPU backend unavailable: " + GpuBackend.status().reason());
        return new CudaDftProcessor(n, 8);
    }

    @Override
    boolean supports(int n) {
        return CudaDftProcessor.supports(n);
    }

    /** Every size the GPU block FFT takes: 2^k (k = 1..12) and 3·2^k (k = 0..10). */
    static int[] supportedSizes() {
        int[] sizes = new int[23];
        int i = 0;
        for (int n = 2; n <= 4096; n *= 2) {
            sizes[i++] = n;
        }
        for (int n = 3; n <= 3072; n *= 2) {
            sizes[i++] = n;
        }
        return sizes;
    }

    @Test
    void supportsExactlyThePowersOfTwoAndThreeTimesPowersOfTwoUpTo4096() {
        int count = 0;
        for (int n = -1; n <= 8192; n++) {
            boolean expected = false;
            for (int s : supportedSizes()) {
                expected |= s == n;
            }
            assertEquals(expected, CudaDftProcessor.supports(n), "N=" + n);
            count += expected ? 1 : 0;
        }
        assertEquals(23, count);
    }

    /**
     * Each supported size, both directions, against the double DFT of the contract: the kernel's radix schedule
     * (8..8, 4[, 4], 2 for N = 2, radix-3 for 3·2^k) and its swizzle table differ per log2(M), so each size is
     * its own code path. Skips without a GPU (the host emulation, scripts/emulate-kernels.sh, covers the same).
     */
    @Test
    void everySupportedSizeMatchesTheNaiveDft() {
        for (int n : supportedSizes()) {
            try (DftProcessor dft = create(n)) {
                SplittableRandom rnd = new SplittableRandom(31L * n);
                float[] x = new float[2 * n];
                for (int i = 0; i < x.length; i++) {
                    x[i] = (float) (rnd.nextDouble() * 2 - 1);
                }
                for (DftProcessor.Direction dir : DftProcessor.Direction.values()) {
                    double[] ref = naive(x, n, dir == DftProcessor.Direction.FORWARD ? -1 : +1);
                    float[] y = x.clone();
                    dft.transform(dir, y, 0);
                    assertClose(ref, y, 0, n, dir + " N=" + n);
                }
            }
        }
    }

    @Test
    void batchOfManyLaunchesMatchesTheCpuBackend() {
        for (int n : new int[] {4096, 3072, 1536, 2048}) {
            try (DftProcessor gpu = create(n); DftProcessor cpu = DftProcessors.create(n, org.airan.phy.Backend.CPU)) {
                int count = 19;  // 8 per launch: three launches, the last partial
                int stride = 2 * n + 6;
                float[] x = new float[5 + count * stride];
                SplittableRandom r = new SplittableRandom(n);
                for (int i = 0; i < x.length; i++) {
                    x[i] = (float) (r.nextDouble() - 0.5);
                }
                float[] y = x.clone();
                gpu.transform(DftProcessor.Direction.FORWARD, x, 5, stride, count);
                cpu.transform(DftProcessor.Direction.FORWARD, y, 5, stride, count);
                double err = 0;
                double pow = 0;
                for (int i = 0; i < x.length; i++) {
                    err = Math.max(err, Math.abs(x[i] - y[i]));
                    pow += (double) y[i] * y[i];
                }
                double rms = Math.sqrt(pow / x.length);
                assertTrue(err <= PARITY_REL_TOL * rms,
                        "N=" + n + " max |gpu-cpu| " + err + " vs rms " + rms);
            }
        }
    }
}
