package org.airan.phy.modulation;

import java.util.Objects;

/**
 * Converts float LLRs to saturated 8-bit LLRs for fixed-point decoders: {@code q = clamp(round(llr·scale), −127,
 * 127)}. The scale sets the LLR value of one quantization step (1/scale); a common choice is {@link #DEFAULT_SCALE}
 * = 4, i.e. steps of 0.25 and saturation at |LLR| = 31.75. −128 is never produced, so negation is safe.
 */
public final class LlrQuantizer {

    /** Default LLR scale: 4 steps per unit LLR (saturation at ±31.75). */
    public static final float DEFAULT_SCALE = 4f;
    /** Largest magnitude produced. */
    public static final int MAX_MAGNITUDE = 127;

    private LlrQuantizer() {
    }

    /** Quantizes {@code n} LLRs. NaN maps to 0. */
    public static void quantize(float[] llr, int llrOffset, byte[] out, int outOffset, int n, float scale) {
        if (!(scale > 0) || Float.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be finite and > 0, was " + scale);
        }
        Objects.checkFromIndexSize(llrOffset, n, llr.length);
        Objects.checkFromIndexSize(outOffset, n, out.length);
        for (int i = 0; i < n; i++) {
            float v = llr[llrOffset + i] * scale;
            int q = v != v ? 0 : Math.round(Math.max(-MAX_MAGNITUDE, Math.min(MAX_MAGNITUDE, v)));
            out[outOffset + i] = (byte) q;
        }
    }
}
