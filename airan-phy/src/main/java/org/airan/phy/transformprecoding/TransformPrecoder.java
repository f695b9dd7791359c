package org.airan.phy.transformprecoding;

/**
 * Transform precoding of TS 38.211 §6.3.1.4 and its inverse. For each of the {@code numSymbols} OFDM symbols the
 * block of M_sc complex values x(l·M_sc + i) is replaced by
 * <pre>
 * precode:    y(l·M_sc + k) = 1/√M_sc · Σ_i x(l·M_sc + i) · e^{−j2πik/M_sc}
 * deprecode:  x̂(l·M_sc + i) = 1/√M_sc · Σ_k ŷ(l·M_sc + k) · e^{+j2πik/M_sc}
 * </pre>
 * (a unitary pair: energy is preserved and deprecode∘precode is the identity). The inverse also maps the per-RE
 * post-equalization noise variances σ²_k of a symbol to the variance of every de-spread output, the mean over the
 * allocation: σ²_out = (1/M_sc)·Σ_k σ²_k. This is exact for independent per-RE errors (each output is a unit-norm
 * combination 1/√M_sc·e^{j·} of all M_sc errors); the errors become equal-variance across the symbol, which is what
 * lets one subcarrier in a fade spoil a little of every symbol instead of all of one.
 *
 * <p>Data are interleaved {@code float[]} (re, im), transformed in place. Implementations allocate nothing per call
 * once they have seen a size, and are not thread-safe.
 */
public interface TransformPrecoder {

    /** Largest M_sc this instance accepts (12·maxPrb). */
    int maxSubcarriers();

    /**
     * Transform precoding in place.
     *
     * @param data       Modified: 2·mSc·numSymbols floats from {@code offset}
     * @param mSc        M_sc^PUSCH = 12·M_RB with M_RB = 2^α2·3^α3·5^α5
     * @param numSymbols OFDM symbols carrying data
     */
    void precode(float[] data, int offset, int mSc, int numSymbols);

    /**
     * Transform de-precoding in place, with the noise variances averaged per OFDM symbol.
     *
     * @param data     Modified: 2·mSc·numSymbols floats from {@code offset}, equalized frequency-domain symbols
     * @param noiseVar Modified: mSc·numSymbols post-equalization noise variances from {@code nvOffset}; on return
     *                 every entry of a symbol holds the symbol's mean
     */
    void deprecode(float[] data, int offset, float[] noiseVar, int nvOffset, int mSc, int numSymbols);

    /**
     * Transform de-precoding as a linear MMSE frequency-domain equalizer (SC-FDE) for one layer, built from unbiased
     * per-RE estimates z_k = s_k + e_k with error variances σ²_k = 1/γ_k (what the project's equalizers output):
     * <pre>
     * b_k = γ_k/(1+γ_k) = 1/(1+σ²_k)           (turns z_k into the biased MMSE estimate of unit-energy s_k)
     * x̃  = IDFT_unitary(b · z),  μ = (1/M_sc)·Σ_k b_k
     * x̂  = x̃/μ,  σ²_out = (1 − μ)/μ           (unbiased; SINR_out = μ/(1−μ))
     * </pre>
     * On a flat channel this equals {@link #deprecode}; on a frequency-selective one it avoids spreading the noise
     * enhancement of faded subcarriers over the whole symbol. A symbol whose μ is 0 gives x̂ = 0 with infinite
     * variance.
     *
     * @param data     Modified: 2·mSc·numSymbols floats from {@code offset}
     * @param noiseVar Modified: per-RE σ²_k in, σ²_out of each symbol out
     */
    void deprecodeMmse(float[] data, int offset, float[] noiseVar, int nvOffset, int mSc, int numSymbols);
}
