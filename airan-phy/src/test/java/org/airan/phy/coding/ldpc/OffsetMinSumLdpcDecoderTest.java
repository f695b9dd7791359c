package org.airan.phy.coding.ldpc;

class OffsetMinSumLdpcDecoderTest extends LdpcDecoderContractTest {
    @Override
    LdpcDecoder create(LdpcDecoderConfig config) {
        return LdpcDecoders.layeredMinSum(new LdpcDecoderConfig(config.maxZ(), config.maxIterations(),
                config.earlyTermination(), LdpcDecoderConfig.CheckNodeRule.OFFSET, 1f,
                LdpcDecoderConfig.DEFAULT_OFFSET));
    }
}
