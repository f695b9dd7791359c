package org.airan.phy.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.airan.phy.Backend;
import org.airan.phy.coding.ldpc.Int16LayeredMinSumLdpcDecoder;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.modulation.LlrQuantizer;
import org.airan.phy.modulation.Modulation;
import org.airan.phy.ofdm.OfdmConfig;
import org.junit.jupiter.api.Test;

/**
 * The compact formats on the CPU reference: the int16 round-off of the input perturbs the LLRs exactly as much as
 * white noise of the same power would (the round-off is white and the LLRs are locally linear in the samples), the
 * int8 rule and its inverse, and the format record's validation.
 */
class UplinkIoFormatTest {

    /**
     * Bounds of RMS(ΔLLR from int16 round-off) / RMS(ΔLLR from Gaussian noise of the same power, scale²/12 per
     * component): both perturbations are white with equal power and the max-log LLR is piecewise linear in the
     * samples, so the ratio is 1 to first order; ±20% covers the sampling spread of two RMS values over ~10^5 LLRs
     * (≈1%) and the LLRs whose perturbation crosses a max-log breakpoint.
     */
    static final double RATIO_LOW = 0.8;
    static final double RATIO_HIGH = 1.2;
    /**
     * Largest RMS(ΔLLR)/RMS(LLR) of the int16 path at 12 dB back-off and 25 dB SNR: the round-off noise
     * (scale²/6 per complex sample, scale = peak·4/32767) lies about 45 dB below the fixture's thermal noise, so it
     * moves the LLRs by ~10^(−45/20) ≈ 0.6% of their noise-induced spread, itself a fraction (~1/√(2·SNR) after the
     * 4-antenna MMSE, ≈ 0.05-0.1) of their RMS: ~5e-4. Measured 1.9e-4; 1e-3 bounds it.
     */
    static final double MAX_RELATIVE_RMS = 1e-3;

    @Test
    void int16RoundOffActsLikeWhiteNoiseOfItsPower() {
        OfdmConfig ofdm = new OfdmConfig(CarrierConfig.of(30, 24), 0.5, 0);
        UplinkFrontEndConfig cf = new UplinkFrontEndConfig(ofdm, 4, 2, 2, 20, 0, 14, new int[] {2, 11},
                Modulation.QAM64, FrequencyFilter.linear(20), 2);
        UplinkFrontEndConfig c16 = cf.withIo(UplinkIoFormat.of(SampleFormat.INT16, LlrFormat.FLOAT32));
        UplinkSlotFixture f = new UplinkSlotFixture(cf, 2, 25.0, 1, 99);
        int n = cf.numLlrs();
        float[][] ref = new float[2][n];
        float[][] q16 = new float[2][n];
        float[][] noisy = new float[2][n];
        float[][][] perturbed = new float[2][4][];
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 2; i++) {
            double sigma = f.int16Scale[i] / Math.sqrt(12);
            for (int r = 0; r < 4; r++) {
                perturbed[i][r] = f.in[i][r].clone();
                for (int j = 6; j < perturbed[i][r].length; j++) {
                    perturbed[i][r][j] += (float) (sigma * rnd.nextGaussian());
                }
            }
        }
        try (UplinkFrontEnd a = UplinkFrontEnds.create(cf, Backend.CPU);
             UplinkFrontEnd b = UplinkFrontEnds.create(c16, Backend.CPU)) {
            a.process(f.in, 6, f.slot, f.pilots, f.noiseVariance, ref, 2);
            a.process(perturbed, 6, f.slot, f.pilots, f.noiseVariance, noisy, 2);
            b.process(f.in16, 6, f.int16Scale, f.slot, f.pilots, f.noiseVariance, q16, 2);
        }
        double d16 = 0;
        double dn = 0;
        double p = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < n; j++) {
                d16 += sq(q16[i][j] - ref[i][j]);
                dn += sq(noisy[i][j] - ref[i][j]);
                p += sq(ref[i][j]);
            }
        }
        double ratio = Math.sqrt(d16 / dn);
        double relative = Math.sqrt(d16 / p);
        System.out.printf(java.util.Locale.ROOT, "int16 round-off: RMS(ΔLLR)/RMS(LLR) = %.2e, ratio to white noise of "
                + "its power %.3f%n", relative, ratio);
        assertTrue(ratio >= RATIO_LOW && ratio <= RATIO_HIGH, "int16 round-off moved the LLRs " + ratio
                + " times as much as white noise of its power");
        assertTrue(relative <= MAX_RELATIVE_RMS, "int16 round-off: RMS(ΔLLR)/RMS(LLR) = " + relative);
        assertTrue(relative > 0, "the int16 path must actually round");
    }

    private static double sq(double v) {
        return v * v;
    }

    @Test
    void int8RuleRoundsHalfUpSaturatesAndInvertsOntoTheInt16DecoderGrid() {
        // The default scale is the int16 decoder's: an int8 LLR is its channel input step for step.
        assertEquals(Int16LayeredMinSumLdpcDecoder.SCALE, LlrQuantizer.DEFAULT_SCALE);
        float s = 4f;
        assertEquals(1, LlrQuantizer.quantize(0.125f, s));        // 0.5 step rounds up
        assertEquals(0, LlrQuantizer.quantize(0.12499999f, s));   // just below half a step rounds down
        assertEquals(0, LlrQuantizer.quantize(-0.125f, s));       // −0.5 step rounds up (towards +∞)
        assertEquals(-127, LlrQuantizer.quantize(-1e9f, s));
        assertEquals(127, LlrQuantizer.quantize(Float.POSITIVE_INFINITY, s));
        assertEquals(0, LlrQuantizer.quantize(Float.NaN, s));
        byte[] q = new byte[256];
        for (int i = 0; i < 256; i++) {
            q[i] = (byte) Math.max(-127, i - 128);
        }
        float[] back = new float[256];
        LlrQuantizer.dequantize(q, 0, back, 0, 256, s);
        for (int i = 0; i < 256; i++) {
            assertEquals(q[i] / s, back[i], 0f);
            // The int16 decoder's input grid (1/SCALE): exactly representable, so int8 → float → int16 is lossless
            // for any power-of-two scale ≤ SCALE (here 4).
            float steps = back[i] * Int16LayeredMinSumLdpcDecoder.SCALE;
            assertEquals(Math.round(steps), steps, 0f, "LLR " + back[i]);
        }
        float[] llr = {0.3f, -0.4f, 100f};
        LlrQuantizer.roundTrip(llr, 0, 3, s);
        assertEquals(0.25f, llr[0], 0f);
        assertEquals(-0.5f, llr[1], 0f);
        assertEquals(127 / s, llr[2], 0f);
    }

    @Test
    void quantizerMatchesMathRoundBitForBit() {
        SplittableRandom rnd = new SplittableRandom(17);
        int n = 100_003;
        float[] llr = new float[n];
        for (int i = 0; i < n; i++) {
            llr[i] = switch (i % 7) {
                case 0 -> (float) (rnd.nextGaussian() * 40);
                case 1 -> (rnd.nextInt(600) - 300) / 8f + 1 / 16f;                     // exact halves at scale 8
                case 2 -> Math.nextDown((rnd.nextInt(600) - 300) / 8f + 1 / 16f);       // just below a half
                case 3 -> Math.nextUp((rnd.nextInt(600) - 300) / 8f + 1 / 16f);         // just above
                case 4 -> (float) (rnd.nextGaussian() * 1e4);
                case 5 -> i % 3 == 0 ? Float.NaN : i % 3 == 1 ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
                default -> (float) (rnd.nextGaussian() * 0.3);
            };
        }
        byte[] fast = new byte[n + 5];
        LlrQuantizer.quantize(llr, 0, fast, 5, n, 8f);
        for (int i = 0; i < n; i++) {
            float v = llr[i] * 8f;
            int ref = Float.isNaN(v) ? 0 : Math.round(Math.max(-127f, Math.min(127f, v)));
            assertEquals(ref, fast[5 + i], "LLR " + llr[i]);
            assertEquals(ref, LlrQuantizer.quantize(llr[i], 8f), "scalar, LLR " + llr[i]);
        }
    }

    @Test
    void int16SamplesRoundAndSaturate() {
        short[] out = new short[4];
        Int16Samples.quantize(new float[] {1.5e-4f, -1e9f, Float.NaN, 0.49e-4f}, 0, out, 0, 4, 1e-4f);
        assertEquals(2, out[0]);
        assertEquals(-32767, out[1]);
        assertEquals(0, out[2]);
        assertEquals(0, out[3]);
        assertEquals(1.0, Int16Samples.scaleForPeak(32767, 0), 1e-6);
        assertEquals(2.0, Int16Samples.scaleForPeak(32767, 20 * Math.log10(2)), 1e-6);
    }

    @Test
    void formatRecordValidatesAndParses() {
        assertThrows(IllegalArgumentException.class, () -> new UplinkIoFormat(SampleFormat.INT16, LlrFormat.INT8, 0f));
        assertThrows(IllegalArgumentException.class,
                () -> new UplinkIoFormat(SampleFormat.INT16, LlrFormat.INT8, Float.NaN));
        assertThrows(IllegalArgumentException.class, () -> new UplinkIoFormat(null, LlrFormat.INT8, 4f));
        assertEquals(UplinkIoFormat.COMPACT, UplinkIoFormat.parse("int16/int8"));
        assertEquals(UplinkIoFormat.FLOAT, UplinkIoFormat.parse("FLOAT32/float32"));
        assertEquals("int16/int8", UplinkIoFormat.COMPACT.label());
        assertThrows(IllegalArgumentException.class, () -> UplinkIoFormat.parse("int16"));
        OfdmConfig ofdm = OfdmConfig.of(CarrierConfig.of(30, 24));
        UplinkFrontEndConfig c = UplinkFrontEndConfig.fullSlot(ofdm, 4, 1, Modulation.QPSK, 2);
        assertEquals(UplinkIoFormat.FLOAT, c.io());
        assertTrue(!c.equals(c.withIo(UplinkIoFormat.COMPACT)));
        assertEquals(c.withIo(UplinkIoFormat.COMPACT), c.withIo(UplinkIoFormat.COMPACT));
        // The multi-threaded CPU front end serves the compact formats too, and refuses a call in another format.
        try (ParallelCpuUplinkFrontEnd fe = new ParallelCpuUplinkFrontEnd(c.withIo(UplinkIoFormat.COMPACT), 2, true)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fe.process(
                    new float[1][4][1], 0, 0, new float[1][c.numPilotFloats()], new float[1],
                    new float[1][c.numLlrs()], 1));
            assertTrue(e.getMessage().contains("int16/int8"), e.getMessage());
        }
    }
}
