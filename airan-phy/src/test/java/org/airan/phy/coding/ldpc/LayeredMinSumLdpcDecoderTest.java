package org.airan.phy.coding.ldpc;

class LayeredMinSumLdpcDecoderTest extends LdpcDecoderContractTest {
    @Override
    LdpcDecoder create(LdpcDecoderConfig config) {
        return LdpcDecoders.layeredMinSum(config);
    }
}
