package org.airan.phy.frontend;

/**
 * The uplink receive front end for a batch of items (an item is one slot of one cell, all of them with the
 * allocation of {@link UplinkFrontEndConfig}): OFDM demodulation of every antenna (TS 38.211 §5.3.1),
 * least-squares estimation at the DMRS averaged over the slot's DMRS symbols and interpolated in frequency by
 * the configured {@link FrequencyFilter} (§6.4.1.1), MMSE equalization with bias removal per data RE, and
 * max-log demapping (§5.1) into LLRs in codeword order (layer v of data RE i is codeword symbol i·L + v,
 * §6.3.1.3 / §7.3.1.3), data REs ordered by symbol then subcarrier. LLR sign: positive means bit 0.
 *
 * <p>Degenerate REs (singular channel, non-finite samples) give LLR 0, as the equalizer and demapper document.
 * Implementations allocate nothing per call and are not thread-safe.
 */
public interface UplinkFrontEnd extends AutoCloseable {

    /** The configuration this front end was built for. */
    UplinkFrontEndConfig config();

    /** Short backend name, e.g. "cpu" or "cuda". */
    String backendName();

    /**
     * Processes {@code count} items of slot number {@code slot}.
     *
     * @param in            {@code in[item][rx]}: one slot of time samples per antenna (2·slotLength floats from
     *                      {@code inOffset}); not modified
     * @param inOffset      float index of each slot's first sample
     * @param slot          slot number n_s^µ (≥ 0): selects the CP lengths of the slot in its subframe
     * @param pilots        {@code pilots[item]}: the transmitted DMRS values, [layer][DMRS symbol][pilot] complex
     *                      ({@link UplinkFrontEndConfig#numPilotFloats()} floats)
     * @param noiseVariance N_0 per item: complex noise variance per RE and antenna, in grid units; read with
     *                      {@link NoiseEstimation#GIVEN}, Modified (the per-item estimate written) with
     *                      {@link NoiseEstimation#DMRS}
     * @param llr           {@code llr[item]}: Modified, {@link UplinkFrontEndConfig#numLlrs()} LLRs from 0
     * @param count         items, in [0, maxBatch]
     */
    void process(float[][][] in, int inOffset, int slot, float[][] pilots, float[] noiseVariance, float[][] llr,
                 int count);

    /** Releases native resources, if any. */
    @Override
    default void close() {
    }
}
