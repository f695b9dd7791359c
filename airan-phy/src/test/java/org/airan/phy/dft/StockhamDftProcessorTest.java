package org.airan.phy.dft;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The DFT contract against the Vector-API radix-4 Stockham FFT (powers of two ≥ 16). */
class StockhamDftProcessorTest extends DftProcessorContractTest {
    @Override
    DftProcessor create(int n) {
        return new StockhamDftProcessor(n);
    }

    @Override
    boolean supports(int n) {
        return StockhamDftProcessor.supports(n);
    }

    @Test
    void forwardSplitEqualsTheInPlaceTransformAndLeavesItsInputAlone() {
        for (int n : new int[] {16, 32, 64, 512, 2048, 4096}) {
            StockhamDftProcessor d = new StockhamDftProcessor(n);
            java.util.SplittableRandom r = new java.util.SplittableRandom(n);
            float[] in = new float[2 * n + 6];
            for (int i = 0; i < in.length; i++) {
                in[i] = (float) (r.nextDouble() - 0.5);
            }
            float[] keep = in.clone();
            float[] ref = java.util.Arrays.copyOfRange(in, 6, 6 + 2 * n);
            d.transform(DftProcessor.Direction.FORWARD, ref, 0);
            float[] re = new float[n + 3];
            float[] im = new float[n + 3];
            d.forwardSplit(in, 6, re, im, 3);
            org.junit.jupiter.api.Assertions.assertArrayEquals(keep, in, "input modified, N=" + n);
            for (int k = 0; k < n; k++) {
                // Same operations in the same order except the last stage's layout: equal to float round-off.
                org.junit.jupiter.api.Assertions.assertEquals(ref[2 * k], re[3 + k], 1e-4, "re N=" + n + " k=" + k);
                org.junit.jupiter.api.Assertions.assertEquals(ref[2 * k + 1], im[3 + k], 1e-4, "im N=" + n + " k=" + k);
            }
        }
    }

    @Test
    void sizes() {
        assertTrue(StockhamDftProcessor.supports(16));
        assertTrue(StockhamDftProcessor.supports(2048));
        assertFalse(StockhamDftProcessor.supports(8));
        assertFalse(StockhamDftProcessor.supports(1536));
        assertThrows(IllegalArgumentException.class, () -> new StockhamDftProcessor(1536));
    }
}
