package org.airan.phy.gpu;

import org.airan.phy.ofdm.OfdmConfig;
import org.airan.phy.ofdm.OfdmDemodulator;
import org.airan.phy.ofdm.OfdmDemodulatorContractTest;
import org.junit.jupiter.api.Assumptions;

/**
 * The demodulator contract against {@link CudaOfdmDemodulator} with the cuFFT FFT stage (gather → batched
 * {@code cufftExecC2C} → extract; 3 signals per launch, so a 4-port grid takes two launches, the second a
 * 1-signal plan). Skips with the reason where cuFFT or the GPU backend is unusable.
 */
class CufftOfdmDemodulatorContractTest extends OfdmDemodulatorContractTest {
    @Override
    protected OfdmDemodulator create(OfdmConfig config) {
        Assumptions.assumeTrue(Cufft.isAvailable(), Cufft.status().reason());
        CudaOfdmDemodulator d = new CudaOfdmDemodulator(config, 3, GpuFftStage.CUFFT);
        org.junit.jupiter.api.Assertions.assertEquals(GpuFftStage.CUFFT, d.fftStage());
        return d;
    }
}
