package org.airan.phy.modulation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link LlrQuantizer}: the bulk and the per-LLR forms give exactly the rule of decision 092 ({@code
 * quantizeReference}: clamp to ±127, NaN to 0, round half up as {@link Math#round(float)}) for every float of the
 * binades where rounding happens, at the half-step boundaries, for random bit patterns (NaN, ±∞, subnormals) and at
 * several scales. Exhaustive where it matters, so the loop the JIT vectorizes cannot differ from the rule anywhere.
 */
class LlrQuantizerTest {

    /** Values per bulk call: a 64-LLR tail after many full vectors, and an odd length. */
    private static final int CHUNK = (1 << 16) + 67;

    private final float[] in = new float[CHUNK];
    private final byte[] out = new byte[CHUNK + 3];

    @Test
    void everyFloatOfMagnitudeHalfTo128IsQuantizedAsTheReferenceAtScaleOne() {
        // All 2^23 floats of each binade [2^e, 2^(e+1)), e = -1..6, both signs: every rounding decision of [-127, 127]
        // and the first binade that saturates.
        for (int e = -1; e <= 6; e++) {
            for (int sign = 0; sign < 2; sign++) {
                int base = Float.floatToRawIntBits((float) Math.scalb(1.0, e)) | (sign << 31);
                checkBits(base, 1 << 23, 1f);
            }
        }
    }

    @Test
    void halfStepBoundariesAndTheirNeighboursAtScaleEight() {
        int n = 0;
        for (int k = -140; k <= 140; k++) {
            float half = (k + 0.5f) / 8f;
            float up = half;
            float down = half;
            for (int j = 0; j < 6; j++) {
                in[n++] = up;
                in[n++] = down;
                up = Math.nextUp(up);
                down = Math.nextDown(down);
            }
        }
        check(n, 8f);
        assertEquals(1, LlrQuantizer.quantize(0.5f / 8f, 8f), "half up");
        assertEquals(0, LlrQuantizer.quantize(-0.5f / 8f, 8f), "half up, negative");
        assertEquals(-1, LlrQuantizer.quantize(-1.5f / 8f, 8f), "half up, negative");
        assertEquals(0, LlrQuantizer.quantize(Math.nextDown(0.5f) / 8f, 8f), "just below a half");
    }

    @Test
    void randomBitPatternsAndValuesAtSeveralScales() {
        SplittableRandom r = new SplittableRandom(20261128);
        float[] scales = {1f, 2f, 4f, 8f, 16f, 0.37f, 127f};
        for (float s : scales) {
            for (int rep = 0; rep < 8; rep++) {
                for (int i = 0; i < CHUNK; i++) {
                    in[i] = rep % 2 == 0 ? Float.intBitsToFloat(r.nextInt()) : (float) (r.nextGaussian() * 12);
                }
                in[r.nextInt(CHUNK)] = Float.NaN;
                in[r.nextInt(CHUNK)] = Float.POSITIVE_INFINITY;
                in[r.nextInt(CHUNK)] = Float.NEGATIVE_INFINITY;
                in[r.nextInt(CHUNK)] = -0f;
                check(CHUNK, s);
            }
        }
    }

    @Test
    void offsetsAndShortLengthsWriteOnlyTheirRange() {
        for (int i = 0; i < 100; i++) {
            in[i] = (i - 50) * 0.3f;
        }
        for (int n = 0; n < 40; n++) {
            java.util.Arrays.fill(out, (byte) 99);
            LlrQuantizer.quantize(in, 5, out, 2, n, 8f);
            assertEquals(99, out[0]);
            assertEquals(99, out[1]);
            for (int i = 0; i < n; i++) {
                assertEquals(LlrQuantizer.quantizeReference(in[5 + i], 8f), out[2 + i], "n " + n + ", i " + i);
            }
            assertEquals(99, out[2 + n], "n " + n + ": wrote past the range");
        }
    }

    private void checkBits(int base, int count, float scale) {
        for (int done = 0; done < count; done += CHUNK) {
            int n = Math.min(CHUNK, count - done);
            for (int i = 0; i < n; i++) {
                in[i] = Float.intBitsToFloat(base + done + i);
            }
            check(n, scale);
        }
    }

    private void check(int n, float scale) {
        LlrQuantizer.quantize(in, 0, out, 1, n, scale);
        for (int i = 0; i < n; i++) {
            byte want = LlrQuantizer.quantizeReference(in[i], scale);
            if (out[1 + i] != want || LlrQuantizer.quantize(in[i], scale) != want) {
                assertEquals(want, out[1 + i], "bulk, " + in[i] + " (0x" + Integer.toHexString(Float.floatToRawIntBits(
                        in[i])) + ") at scale " + scale);
                assertEquals(want, LlrQuantizer.quantize(in[i], scale), "single, " + in[i] + " at scale " + scale);
            }
        }
    }
}
