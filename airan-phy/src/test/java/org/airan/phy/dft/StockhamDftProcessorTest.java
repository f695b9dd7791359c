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
    void sizes() {
        assertTrue(StockhamDftProcessor.supports(16));
        assertTrue(StockhamDftProcessor.supports(2048));
        assertFalse(StockhamDftProcessor.supports(8));
        assertFalse(StockhamDftProcessor.supports(1536));
        assertThrows(IllegalArgumentException.class, () -> new StockhamDftProcessor(1536));
    }
}
