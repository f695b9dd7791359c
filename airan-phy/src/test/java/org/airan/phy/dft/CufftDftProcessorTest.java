package org.airan.phy.dft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.airan.phy.gpu.Cufft;
import org.airan.phy.gpu.CufftDftProcessor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The DFT contract against the cuFFT DFT ({@link CufftDftProcessor}), plus parity with the CPU backend and with the
 * project's GPU kernel on batches that need several round trips and several plans (19 = 16 + 2 + 1 with 8 per
 * round trip: 8 = one plan, 3 = 2 + 1). Skips, with the reason, where cuFFT or the GPU backend is unusable.
 */
class CufftDftProcessorTest extends DftProcessorContractTest {

    @Override
    DftProcessor create(int n) {
        Assumptions.assumeTrue(Cufft.isAvailable(), Cufft.status().reason());
        return new CufftDftProcessor(n, 8);
    }

    @Test
    void batchOfManyRoundTripsMatchesTheCpuBackendAndTheOwnKernel() {
        for (int n : new int[] {4096, 3072, 1536, 2048}) {
            try (DftProcessor gpu = create(n); DftProcessor cpu = DftProcessors.create(n, org.airan.phy.Backend.CPU);
                 DftProcessor own = new org.airan.phy.gpu.CudaDftProcessor(n, 8)) {
                assertEquals("cufft", gpu.backendName());
                int count = 19;
                int stride = 2 * n + 6;
                float[] x = new float[5 + count * stride];
                SplittableRandom r = new SplittableRandom(n);
                for (int i = 0; i < x.length; i++) {
                    x[i] = (float) (r.nextDouble() - 0.5);
                }
                float[] y = x.clone();
                float[] z = x.clone();
                gpu.transform(DftProcessor.Direction.FORWARD, x, 5, stride, count);
                cpu.transform(DftProcessor.Direction.FORWARD, y, 5, stride, count);
                own.transform(DftProcessor.Direction.FORWARD, z, 5, stride, count);
                double errCpu = 0;
                double errOwn = 0;
                double pow = 0;
                for (int i = 0; i < x.length; i++) {
                    errCpu = Math.max(errCpu, Math.abs(x[i] - y[i]));
                    errOwn = Math.max(errOwn, Math.abs(x[i] - z[i]));
                    pow += (double) y[i] * y[i];
                }
                double rms = Math.sqrt(pow / x.length);
                assertTrue(errCpu <= CudaDftProcessorTest.PARITY_REL_TOL * rms,
                        "N=" + n + " max |cufft-cpu| " + errCpu + " vs rms " + rms);
                assertTrue(errOwn <= CudaDftProcessorTest.PARITY_REL_TOL * rms,
                        "N=" + n + " max |cufft-own kernel| " + errOwn + " vs rms " + rms);
            }
        }
    }
}
