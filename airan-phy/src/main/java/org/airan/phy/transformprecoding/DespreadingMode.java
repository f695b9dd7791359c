package org.airan.phy.transformprecoding;

/**
 * How a receiver de-spreads transform-precoded symbols after its per-RE equalizer (see {@link TransformPrecoder}).
 */
public enum DespreadingMode {
    /** Inverse DFT of the unbiased (zero-forcing-like) per-RE estimates; σ²_out = mean of the per-RE σ²_k. */
    ZF,
    /** Linear MMSE frequency-domain equalization: per-RE weights 1/(1+σ²_k), inverse DFT, unbiasing by μ. */
    MMSE
}
