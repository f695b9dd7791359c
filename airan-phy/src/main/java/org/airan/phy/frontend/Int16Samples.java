package org.airan.phy.frontend;

import java.util.Objects;

/**
 * Float ↔ int16 conversion of interleaved I/Q samples (SigMF {@code ci16_le}, fronthaul and ADC words) for the
 * {@link SampleFormat#INT16} input of an {@link UplinkFrontEnd}: {@code s = clamp(round(x/scale), −32767, 32767)},
 * value = s·scale. The round-off error of a component is at most scale/2 where nothing clips; uniform round-off adds
 * scale²/6 of noise power per complex sample.
 */
public final class Int16Samples {

    /** Largest magnitude produced (−32768 is never produced, so negation is safe). */
    public static final int MAX_MAGNITUDE = 32767;

    private Int16Samples() {
    }

    /**
     * The scale that maps {@code peak} to {@code MAX_MAGNITUDE / 10^(headroomDb/20)}: a back-off of
     * {@code headroomDb} dB below int16 full scale for a signal whose largest component magnitude is {@code peak}.
     */
    public static float scaleForPeak(double peak, double headroomDb) {
        if (!(peak > 0) || Double.isInfinite(peak) || !(headroomDb >= 0)) {
            throw new IllegalArgumentException("peak must be finite and > 0 and headroomDb ≥ 0, were " + peak + ", "
                    + headroomDb);
        }
        return (float) (peak * Math.pow(10, headroomDb / 20) / MAX_MAGNITUDE);
    }

    /** Largest |component| of {@code n} floats from {@code offset}. */
    public static float peak(float[] x, int offset, int n) {
        Objects.checkFromIndexSize(offset, n, x.length);
        float m = 0f;
        for (int i = offset; i < offset + n; i++) {
            m = Math.max(m, Math.abs(x[i]));
        }
        return m;
    }

    /** Quantizes {@code n} floats (components) at {@code scale} into {@code out}; NaN becomes 0. */
    public static void quantize(float[] x, int xOffset, short[] out, int outOffset, int n, float scale) {
        if (!(scale > 0f) || Float.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be finite and > 0, was " + scale);
        }
        Objects.checkFromIndexSize(xOffset, n, x.length);
        Objects.checkFromIndexSize(outOffset, n, out.length);
        float inv = 1f / scale;
        for (int i = 0; i < n; i++) {
            float v = x[xOffset + i] * inv;
            out[outOffset + i] = (short) (v != v ? 0 : Math.round(Math.max(-MAX_MAGNITUDE, Math.min(MAX_MAGNITUDE, v))));
        }
    }

    /** {@code out[i] = s[i]·scale} for {@code n} components. */
    public static void dequantize(short[] s, int sOffset, float[] out, int outOffset, int n, float scale) {
        Objects.checkFromIndexSize(sOffset, n, s.length);
        Objects.checkFromIndexSize(outOffset, n, out.length);
        for (int i = 0; i < n; i++) {
            out[outOffset + i] = s[sOffset + i] * scale;
        }
    }
}
