package org.airan.phy.gpu;

import org.airan.phy.ofdm.OfdmConfig;
import org.airan.phy.ofdm.OfdmDemodulator;
import org.airan.phy.ofdm.OfdmDemodulatorContractTest;
import org.junit.jupiter.api.Assumptions;

/**
 * The demodulator contract against {@link CudaOfdmDemodulator} (3 signals per launch, so the 4-port grid needs
 * two launches). Skips with the backend's reason where no GPU backend is usable.
 */
class CudaOfdmDemodulatorContractTest extends OfdmDemodulatorContractTest {
    @Override
    protected OfdmDemodulator create(OfdmConfig config) {
        Assumptions.assumeTrue(GpuBackend.isAvailable(), "GPU backend unavailable: " + GpuBackend.status().reason());
        return new CudaOfdmDemodulator(config, 3);
    }
}
