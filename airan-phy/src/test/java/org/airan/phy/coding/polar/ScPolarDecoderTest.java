package org.airan.phy.coding.polar;

/** {@link PolarDecoderContractTest} for successive cancellation. */
class ScPolarDecoderTest extends PolarDecoderContractTest {

    @Override
    PolarDecoder create() {
        return PolarDecoders.successiveCancellation(1024);
    }
}
