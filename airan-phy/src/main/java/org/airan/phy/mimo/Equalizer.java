package org.airan.phy.mimo;

/**
 * Linear MIMO equalizer per resource element for the model {@code y = H·x + n} (TS 38.211 §6.3.1.5/§7.3.1.5
 * layer-to-port mapping seen through the channel), with {@code N_L} layers of unit-energy symbols, {@code N_R}
 * receive antennas and complex noise of variance N_0 per RE and antenna.
 *
 * <p>For every RE it writes the equalized (unbiased) symbol estimate of each layer, its post-equalization noise
 * variance {@code σ²_l} (the variance of the estimate around the transmitted symbol, what a soft demapper divides
 * by) and the post-equalization SINR {@code 1/σ²_l}.
 *
 * <p>Data layout: {@code rx[r]} holds the received REs of antenna r at float index {@code rxOffset + 2i};
 * {@code h[r·numLayers + l]} holds the channel from layer l to antenna r at {@code hOffset + 2i}; outputs are per
 * layer: {@code symbols[l]} at {@code symOffset + 2i}, {@code noiseVariance[l]} and {@code sinr[l]} at
 * {@code realOffset + i}.
 *
 * <p>Degenerate input is a documented result, not an exception: where the channel is singular (rank-deficient
 * for ZF) or any input is NaN/infinite, the RE's symbols are 0, its noise variance +∞ and its SINR 0 — a soft
 * demapper then emits zero LLRs (erasures). Implementations allocate nothing per call and are not thread-safe.
 */
public interface Equalizer {

    /** Largest number of layers accepted (4). */
    int maxLayers();

    /** Largest number of receive antennas accepted. */
    int maxRxAntennas();

    /** Short name, e.g. "ZF" or "MMSE". */
    String name();

    /**
     * Equalizes {@code numRe} resource elements.
     *
     * @param noiseVariance N_0 ≥ 0, complex noise variance per RE and receive antenna
     * @param symbols       {@code numLayers} arrays; Modified
     * @param noiseVarianceOut {@code numLayers} arrays of post-equalization noise variance; Modified
     * @param sinrOut       {@code numLayers} arrays of post-equalization SINR (linear), or null; Modified
     */
    void equalize(float[][] rx, int rxOffset, float[][] h, int hOffset, int numRx, int numLayers, int numRe,
                  float noiseVariance, float[][] symbols, int symOffset, float[][] noiseVarianceOut, float[][] sinrOut,
                  int realOffset);
}
