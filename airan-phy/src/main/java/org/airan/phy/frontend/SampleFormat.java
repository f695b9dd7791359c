package org.airan.phy.frontend;

/**
 * Format of the time samples an {@link UplinkFrontEnd} takes: interleaved I/Q (TS 38.211 §5.3.1 baseband signal),
 * either float32 (SigMF {@code cf32_le}) or int16 with a scale per item (SigMF {@code ci16_le}, the usual fronthaul
 * and ADC format: value = sample·scale).
 */
public enum SampleFormat {

    /** Interleaved float32 I/Q: 8 bytes per complex sample. */
    FLOAT32(8),
    /** Interleaved int16 I/Q times a per-item scale: 4 bytes per complex sample. */
    INT16(4);

    private final int bytesPerComplex;

    SampleFormat(int bytesPerComplex) {
        this.bytesPerComplex = bytesPerComplex;
    }

    /** Bytes of one complex sample (I and Q). */
    public int bytesPerComplexSample() {
        return bytesPerComplex;
    }
}
