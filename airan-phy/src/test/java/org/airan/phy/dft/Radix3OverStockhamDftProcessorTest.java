package org.airan.phy.dft;

/** The DFT contract against the radix-3 processor with the Vector-API FFT inside (the factory's choice). */
class Radix3OverStockhamDftProcessorTest extends DftProcessorContractTest {
    @Override
    DftProcessor create(int n) {
        return new Radix3DftProcessor(n, new StockhamDftProcessor(n / 3));
    }

    @Override
    boolean supports(int n) {
        return Radix3DftProcessor.supports(n) && StockhamDftProcessor.supports(n / 3);
    }
}
