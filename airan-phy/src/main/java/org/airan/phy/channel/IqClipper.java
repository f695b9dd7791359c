package org.airan.phy.channel;

import java.util.Objects;

/**
 * IQ saturation: ADC/DAC clipping. {@link #clipComponents} saturates I and Q independently at ±A (what a pair of
 * converters does); {@link #clipMagnitude} limits |x| to A keeping the phase (an envelope limiter). NaN inputs stay
 * NaN. Stateless, allocation-free.
 */
public final class IqClipper {

    private IqClipper() {
    }

    /** Clips each of I and Q to [−A, A]; returns the number of samples with at least one clipped component. */
    public static int clipComponents(float[] x, int offset, int numSamples, float amplitude) {
        Objects.checkFromIndexSize(offset, 2 * numSamples, x.length);
        checkAmplitude(amplitude);
        int clipped = 0;
        for (int i = 0; i < numSamples; i++) {
            int o = offset + 2 * i;
            boolean c = false;
            for (int j = 0; j < 2; j++) {
                float v = x[o + j];
                if (v > amplitude) {
                    x[o + j] = amplitude;
                    c = true;
                } else if (v < -amplitude) {
                    x[o + j] = -amplitude;
                    c = true;
                }
            }
            if (c) {
                clipped++;
            }
        }
        return clipped;
    }

    /** Scales samples with |x| &gt; A down to |x| = A; returns the number clipped. */
    public static int clipMagnitude(float[] x, int offset, int numSamples, float amplitude) {
        Objects.checkFromIndexSize(offset, 2 * numSamples, x.length);
        checkAmplitude(amplitude);
        float a2 = amplitude * amplitude;
        int clipped = 0;
        for (int i = 0; i < numSamples; i++) {
            int o = offset + 2 * i;
            float m2 = x[o] * x[o] + x[o + 1] * x[o + 1];
            if (m2 > a2) {
                float s = (float) (amplitude / Math.sqrt(m2));
                x[o] *= s;
                x[o + 1] *= s;
                clipped++;
            }
        }
        return clipped;
    }

    private static void checkAmplitude(float a) {
        if (!(a > 0) || Float.isInfinite(a)) {
            throw new IllegalArgumentException("amplitude must be finite and > 0, was " + a);
        }
    }
}
