package org.airan.phy.dft;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The DFT contract against the allocation-free radix-3 processor (sizes 3·2^k). */
class Radix3DftProcessorTest extends DftProcessorContractTest {
    @Override
    DftProcessor create(int n) {
        return new Radix3DftProcessor(n);
    }


    @Override
    boolean supports(int n) {
        return Radix3DftProcessor.supports(n);
    }

    @Test
    void sizesOutsideThreeTimesPowerOfTwoAreRefused() {
        assertTrue(Radix3DftProcessor.supports(1536));
        assertTrue(Radix3DftProcessor.supports(3072));
        assertFalse(Radix3DftProcessor.supports(4096));
        assertFalse(Radix3DftProcessor.supports(3));
        assertFalse(Radix3DftProcessor.supports(1152)); // 9·128
        assertThrows(IllegalArgumentException.class, () -> new Radix3DftProcessor(4096));
    }
}
