package org.airan.phy.coding.ldpc;

/** Factory of {@link LdpcDecoder}s; every decoder is sized once for {@link LdpcDecoderConfig#maxZ()}. */
public final class LdpcDecoders {

    private LdpcDecoders() {
    }

    /** The production decoder: layered min-sum ({@link LayeredMinSumLdpcDecoder}). */
    public static LdpcDecoder layeredMinSum(LdpcDecoderConfig config) {
        return new LayeredMinSumLdpcDecoder(config);
    }

    /**
     * Layered min-sum on the Java Vector API ({@link VectorLayeredMinSumLdpcDecoder}); needs
     * {@code --add-modules jdk.incubator.vector} at run time. Same results as {@link #layeredMinSum}.
     */
    public static LdpcDecoder vectorLayeredMinSum(LdpcDecoderConfig config) {
        return new VectorLayeredMinSumLdpcDecoder(config);
    }

    /**
     * Layered min-sum in 16-bit fixed point on the Java Vector API ({@link Int16LayeredMinSumLdpcDecoder});
     * needs {@code --add-modules jdk.incubator.vector}. Close to, not identical with, the float decoders.
     */
    public static LdpcDecoder int16LayeredMinSum(LdpcDecoderConfig config) {
        return new Int16LayeredMinSumLdpcDecoder(config);
    }

    /**
     * The fastest available CPU decoder: the Vector API one when the {@code jdk.incubator.vector} module is
     * present in the boot layer, the scalar one otherwise.
     */
    public static LdpcDecoder fastest(LdpcDecoderConfig config) {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            return vectorLayeredMinSum(config);
        }
        return layeredMinSum(config);
    }

    /** The reference decoder: flooding sum-product in double precision ({@link SumProductLdpcDecoder}). */
    public static LdpcDecoder sumProduct(LdpcDecoderConfig config) {
        return new SumProductLdpcDecoder(config);
    }
}
