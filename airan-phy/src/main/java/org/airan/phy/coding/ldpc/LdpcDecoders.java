package org.airan.phy.coding.ldpc;

/** Factory of {@link LdpcDecoder}s; every decoder is sized once for {@link LdpcDecoderConfig#maxZ()}. */
public final class LdpcDecoders {

    private LdpcDecoders() {
    }

    /** The production decoder: layered min-sum ({@link LayeredMinSumLdpcDecoder}). */
    public static LdpcDecoder layeredMinSum(LdpcDecoderConfig config) {
        return new LayeredMinSumLdpcDecoder(config);
    }

    /** The reference decoder: flooding sum-product in double precision ({@link SumProductLdpcDecoder}). */
    public static LdpcDecoder sumProduct(LdpcDecoderConfig config) {
        return new SumProductLdpcDecoder(config);
    }
}
