package org.airan.phy.dft;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

    @Test
    void closeIsIdempotentAndMeasuredPlansGiveTheSameNumbers() {
        int n = 1536;
        float[] x = new float[2 * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.sin(0.37 * i);
        }
        float[] a = x.clone();
        float[] b = x.clone();
        try (FftwDftProcessor measured = new FftwDftProcessor(n);
             FftwDftProcessor estimated = new FftwDftProcessor(n, false)) {
            measured.transform(DftProcessor.Direction.FORWARD, a, 0);
            estimated.transform(DftProcessor.Direction.FORWARD, b, 0);
            measured.close();
        }
        for (int i = 0; i < a.length; i++) {
            assertEquals(b[i], a[i], 1e-5 * n, "float " + i); // different FFTW algorithms: round-off only
        }
        float[] out = new float[2 * n];
        try (FftwDftProcessor d = new FftwDftProcessor(n, false)) {
            d.forward(x, 0, out, 0);
        }
        assertArrayEquals(b, out, 1e-5f * n);
    }
}
