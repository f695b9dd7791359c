package org.airan.phy.coding.polar;

/** {@link PolarDecoderContractTest} for the adaptive SC / SCL-8 decoder. */
class AdaptiveListPolarDecoderTest extends PolarDecoderContractTest {

    @Override
    PolarDecoder create() {
        return PolarDecoders.adaptiveList(8, 1024);
    }
}
