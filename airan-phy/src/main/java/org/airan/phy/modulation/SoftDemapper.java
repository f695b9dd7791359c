package org.airan.phy.modulation;

/**
 * Soft demapper: equalized symbols and their per-RE noise variance to bit log-likelihood ratios, the inverse of the
 * TS 38.211 §5.1 mapping.
 *
 * <p>LLR convention of the project: {@code LLR = ln P(b=0|y) / P(b=1|y)}; positive means bit 0. The noise variance
 * of an RE is the complex variance {@code E|n|²} of the post-equalization noise (both dimensions together), so a
 * symbol y = d + n has likelihood ∝ exp(−|y−d|²/σ²).
 *
 * <p>Degenerate inputs: a noise variance ≤ 0 is treated as {@link #MIN_NOISE_VARIANCE}; a NaN or infinite noise
 * variance, or a NaN symbol, gives LLR 0 (erasure) for the bits it carries.
 *
 * <p>Implementations are allocation-free per call and not thread-safe (they may hold scratch state).
 */
public interface SoftDemapper {

    /** Smallest noise variance used (a floor so that a noise-free RE still gives finite LLRs). */
    float MIN_NOISE_VARIANCE = 1e-9f;

    /**
     * Demaps {@code numSymbols} symbols into {@code numSymbols·Q_m} LLRs.
     *
     * @param symbols       interleaved (re, im) from {@code symbolsOffset}
     * @param noiseVar      σ² per symbol from {@code noiseVarOffset} ({@code numSymbols} values)
     * @param llr           Modified: {@code numSymbols·Q_m} LLRs from {@code llrOffset}, bit order of §5.1
     * @param symbolIndex   index in the codeword of the first symbol (π/2-BPSK rotation parity only)
     */
    void demap(Modulation mod, float[] symbols, int symbolsOffset, float[] noiseVar, int noiseVarOffset,
               int numSymbols, float[] llr, int llrOffset, int symbolIndex);

    /** Like {@link #demap(Modulation, float[], int, float[], int, int, float[], int, int)} with one σ² for all. */
    void demap(Modulation mod, float[] symbols, int symbolsOffset, float noiseVar, int numSymbols, float[] llr,
               int llrOffset, int symbolIndex);
}
