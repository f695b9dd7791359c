package org.airan.phy.ofdm;

import org.airan.phy.Backend;

/** The demodulator contract against the CPU reference. */
class CpuOfdmDemodulatorContractTest extends OfdmDemodulatorContractTest {
    @Override
    protected OfdmDemodulator create(OfdmConfig config) {
        return Ofdm.demodulator(config, Backend.CPU);
    }
}
