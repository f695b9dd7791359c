package org.airan.phy.dft;

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
