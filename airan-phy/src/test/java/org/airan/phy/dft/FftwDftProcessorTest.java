package org.airan.phy.dft;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/** The DFT contract against the FFTW backend; skipped where libfftw3f is not installed. */
class FftwDftProcessorTest extends DftProcessorContractTest {

    @BeforeAll
    static void needsFftw() {
        Assumptions.assumeTrue(FftwDftProcessor.available(),
                () -> "FFTW not available: " + FftwDftProcessor.unavailableReason());
    }

    @Override
    DftProcessor create(int n) {
        return new FftwDftProcessor(n, false); // FFTW_ESTIMATE: the contract does not depend on the plan
    }
}
