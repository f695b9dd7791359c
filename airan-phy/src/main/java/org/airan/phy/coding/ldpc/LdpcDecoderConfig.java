package org.airan.phy.coding.ldpc;

/**
 * Configuration of an iterative LDPC decoder.
 *
 * @param maxZ              largest lifting size to be decoded (workspaces are sized for it), 2..384
 *                          (TS 38.212 Table 5.3.2-1)
 * @param maxIterations     iteration limit, 1..100
 * @param earlyTermination  stop as soon as the hard decision satisfies every parity check
 * @param checkNodeRule     min-sum variant (ignored by the sum-product decoder)
 * @param scale             normalization factor α of normalized min-sum, in (0, 1]
 * @param offset            offset β of offset min-sum, ≥ 0 (LLR units)
 */
public record LdpcDecoderConfig(int maxZ, int maxIterations, boolean earlyTermination,
                                CheckNodeRule checkNodeRule, float scale, float offset) {

    /**
     * Default normalization α = 0.75 of normalized min-sum: the usual value for the NR base graphs at medium and
     * high rates; at rate 1/3 it loses about 0.5 dB to sum-product (decision 030).
     */
    public static final float DEFAULT_SCALE = 0.75f;
    /**
     * Default offset β = 0.5 of offset min-sum for LLRs in natural units (ln P0/P1): the best of the variants
     * measured in decision 030, 0.13–0.26 dB from sum-product at rates 1/3 to 0.7.
     */
    public static final float DEFAULT_OFFSET = 0.5f;
    /** Upper bound of {@link #maxIterations()}. */
    public static final int MAX_ITERATIONS_LIMIT = 100;

    /** Check-node approximation of min-sum decoding. */
    public enum CheckNodeRule {
        /** {@code α · min|Q|} (normalized min-sum). */
        NORMALIZED,
        /** {@code max(min|Q| − β, 0)} (offset min-sum). */
        OFFSET
    }

    public LdpcDecoderConfig {
        if (maxZ < 2 || maxZ > LiftingSizes.MAX_Z) {
            throw new IllegalArgumentException("maxZ must be in [2, 384] (TS 38.212 Table 5.3.2-1), was " + maxZ);
        }
        if (maxIterations < 1 || maxIterations > MAX_ITERATIONS_LIMIT) {
            throw new IllegalArgumentException("maxIterations must be in [1, " + MAX_ITERATIONS_LIMIT + "], was "
                    + maxIterations);
        }
        if (checkNodeRule == null) {
            throw new IllegalArgumentException("checkNodeRule must not be null");
        }
        if (!(scale > 0 && scale <= 1)) {
            throw new IllegalArgumentException("scale must be in (0, 1], was " + scale);
        }
        if (!(offset >= 0 && offset < Float.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("offset must be finite and >= 0, was " + offset);
        }
    }

    /**
     * The recommended configuration: offset min-sum with β = {@link #DEFAULT_OFFSET} (decision 030).
     *
     * @param maxZ             largest lifting size
     * @param maxIterations    iteration limit
     * @param earlyTermination stop when all parity checks hold
     */
    public static LdpcDecoderConfig defaults(int maxZ, int maxIterations, boolean earlyTermination) {
        return new LdpcDecoderConfig(maxZ, maxIterations, earlyTermination, CheckNodeRule.OFFSET, 1f,
                DEFAULT_OFFSET);
    }

    /** Normalized min-sum with α = {@link #DEFAULT_SCALE}. */
    public static LdpcDecoderConfig normalized(int maxZ, int maxIterations, boolean earlyTermination) {
        return new LdpcDecoderConfig(maxZ, maxIterations, earlyTermination, CheckNodeRule.NORMALIZED,
                DEFAULT_SCALE, DEFAULT_OFFSET);
    }

    /** The same configuration with another iteration limit. */
    public LdpcDecoderConfig withMaxIterations(int iterations) {
        return new LdpcDecoderConfig(maxZ, iterations, earlyTermination, checkNodeRule, scale, offset);
    }

    /** The same configuration with early termination switched on or off. */
    public LdpcDecoderConfig withEarlyTermination(boolean enabled) {
        return new LdpcDecoderConfig(maxZ, maxIterations, enabled, checkNodeRule, scale, offset);
    }
}
