package org.airan.phy.coding.ldpc;

class SumProductLdpcDecoderTest extends LdpcDecoderContractTest {
    @Override
    LdpcDecoder create(LdpcDecoderConfig config) {
        return LdpcDecoders.sumProduct(config);
    }
}
