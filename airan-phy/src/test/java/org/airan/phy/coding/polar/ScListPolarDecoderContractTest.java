package org.airan.phy.coding.polar;

/** {@link PolarDecoderContractTest} for CRC-aided SCL-8. */
class ScListPolarDecoderContractTest extends PolarDecoderContractTest {

    @Override
    PolarDecoder create() {
        return PolarDecoders.crcAidedList(8, 1024);
    }
}
