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
 *
 * <p><b>Formats.</b> Four overloads of {@code process} take float32 or int16 samples (SigMF cf32 / ci16; an int16
 * sample s of item i stands for s·{@code sampleScale[i]}) and return float32 or int8 LLRs (int8 = {@code
 * clamp(round(LLR·s), −127, 127)} with s = {@link UplinkIoFormat#llrScale()}). A front end serves the formats of its
 * {@link UplinkFrontEndConfig#io()} only (a GPU front end sizes its staging and transfers for them); the other
 * overloads throw {@link IllegalArgumentException}. The int16 path equals the float path fed with the samples
 * s·scale in float, and an int8 LLR is the quantized float LLR of the same path. The compact overloads are default
 * methods that throw {@link UnsupportedOperationException} in implementations that serve float32 only.
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

    /** Float32 samples in, int8 LLRs out ({@code llr[item]}: Modified, numLlrs bytes); else as the float overload. */
    default void process(float[][][] in, int inOffset, int slot, float[][] pilots, float[] noiseVariance,
                         byte[][] llr, int count) {
        throw unsupported("float32/int8");
    }

    /**
     * Int16 samples in, float32 LLRs out.
     *
     * @param in          {@code in[item][rx]}: one slot of interleaved int16 I/Q per antenna (2·slotLength shorts
     *                    from {@code inOffset}); not modified
     * @param sampleScale per item: the value of one int16 step (sample = s·scale), finite and &gt; 0
     * @see #process(float[][][], int, int, float[][], float[], float[][], int)
     */
    default void process(short[][][] in, int inOffset, float[] sampleScale, int slot, float[][] pilots,
                         float[] noiseVariance, float[][] llr, int count) {
        throw unsupported("int16/float32");
    }

    /** Int16 samples in, int8 LLRs out (see the other overloads). */
    default void process(short[][][] in, int inOffset, float[] sampleScale, int slot, float[][] pilots,
                         float[] noiseVariance, byte[][] llr, int count) {
        throw unsupported("int16/int8");
    }

    private UnsupportedOperationException unsupported(String formats) {
        return new UnsupportedOperationException("the " + backendName() + " front end does not implement the "
                + formats + " formats (CpuUplinkFrontEnd and CudaUplinkFrontEnd do)");
    }

    /**
     * Throws unless {@code config}'s formats are {@code samples} in and {@code llrs} out (for implementations: the
     * first check of every {@code process} overload).
     */
    static void requireFormats(UplinkFrontEndConfig config, SampleFormat samples, LlrFormat llrs) {
        UplinkIoFormat io = config.io();
        if (io.samples() != samples || io.llrs() != llrs) {
            throw new IllegalArgumentException("this front end was configured for io = " + io.label() + " (samples/"
                    + "LLRs), was called with " + samples.name().toLowerCase(java.util.Locale.ROOT) + "/"
                    + llrs.name().toLowerCase(java.util.Locale.ROOT) + ": build it with config.withIo(...)");
        }
    }

    /** Throws unless {@code sampleScale} holds {@code count} finite positive scales. */
    static void requireSampleScales(float[] sampleScale, int count) {
        if (sampleScale == null || sampleScale.length < count) {
            throw new IllegalArgumentException("sampleScale must hold one scale per item (" + count + "), had "
                    + (sampleScale == null ? "null" : sampleScale.length));
        }
        for (int i = 0; i < count; i++) {
            float s = sampleScale[i];
            if (!(s > 0f) || Float.isInfinite(s)) {
                throw new IllegalArgumentException("sampleScale[" + i + "] must be finite and > 0 (value of one int16 "
                        + "step), was " + s);
            }
        }
    }

    /** Releases native resources, if any. */
    @Override
    default void close() {
    }
}
