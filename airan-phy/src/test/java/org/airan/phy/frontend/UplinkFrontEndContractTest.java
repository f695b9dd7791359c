package org.airan.phy.frontend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.modulation.LlrQuantizer;
import org.airan.phy.modulation.Modulation;
import org.airan.phy.ofdm.OfdmConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@link UplinkFrontEnd} contract, run against every backend: at 30 dB SNR per RE (4 RX, 1-2 layers, QPSK to
 * 64QAM, a two-path channel, DFT window in mid-CP, both slot types) every LLR has the sign of its transmitted
 * bit, which also pins the codeword order of the LLRs (a wrong layer or bit order flips about half of them).
 * The compact formats ({@link UplinkIoFormat}): int16 samples give exactly the LLRs of the float path fed with their
 * values s·scale; int8 LLRs are the quantized float LLRs; the same sign check holds for int16 in / int8 out; a
 * call in a format the front end was not built for is refused.
 */
public abstract class UplinkFrontEndContractTest {

    /** The front end under test. */
    protected abstract UplinkFrontEnd create(UplinkFrontEndConfig config);

    /** Whether the implementation serves the compact formats (int16 in, int8 out); the format tests skip if not. */
    protected boolean servesCompactFormats() {
        return true;
    }

    @ParameterizedTest
    @CsvSource({"1, QPSK, 0", "2, QPSK, 1", "2, QAM16, 3", "1, QAM64, 2"})
    public void highSnrLlrSignsAreTheTransmittedBits(int layers, Modulation mod, int slot) {
        OfdmConfig ofdm = new OfdmConfig(CarrierConfig.of(30, 24), 0.5, 0);
        UplinkFrontEndConfig c = new UplinkFrontEndConfig(ofdm, 4, layers, 2, 20, 0, 14, new int[] {2, 11}, mod,
                FrequencyFilter.linear(20), 3);
        UplinkSlotFixture f = new UplinkSlotFixture(c, 3, 30.0, slot, 42 + layers);
        try (UplinkFrontEnd fe = create(c)) {
            assertEquals(c, fe.config());
            float[][] llr = new float[3][c.numLlrs()];
            fe.process(f.in, 6, f.slot, f.pilots, f.noiseVariance, llr, 3);
            for (int item = 0; item < 3; item++) {
                int wrong = 0;
                for (int i = 0; i < c.numLlrs(); i++) {
                    boolean zero = llr[item][i] > 0;
                    if (zero != (f.bits[item][i] == 0)) {
                        wrong++;
                    }
                }
                assertEquals(0, wrong, "item " + item + ": wrong LLR signs out of " + c.numLlrs());
            }
        }
    }


    /** A small configuration for the format checks: 20 RB inside 24, 4 RX. */
    private static UplinkFrontEndConfig small(int layers, Modulation mod, UplinkIoFormat io) {
        OfdmConfig ofdm = new OfdmConfig(CarrierConfig.of(30, 24), 0.5, 0);
        return new UplinkFrontEndConfig(ofdm, 4, layers, 2, 20, 0, 14, new int[] {2, 11}, mod,
                FrequencyFilter.linear(20), 3, io);
    }

    @ParameterizedTest
    @CsvSource({"1, QAM16, 0", "2, QAM64, 1"})
    public void int16SamplesGiveTheFloatPathsLlrsForTheirValues(int layers, Modulation mod, int slot) {
        org.junit.jupiter.api.Assumptions.assumeTrue(servesCompactFormats(), "float32/float32 only");
        UplinkFrontEndConfig cf = small(layers, mod, UplinkIoFormat.FLOAT);
        UplinkFrontEndConfig c16 = cf.withIo(UplinkIoFormat.of(SampleFormat.INT16, LlrFormat.FLOAT32));
        UplinkSlotFixture f = new UplinkSlotFixture(cf, 3, 20.0, slot, 5 + layers);
        float[][][] values = new float[3][4][];
        for (int i = 0; i < 3; i++) {
            for (int r = 0; r < 4; r++) {
                values[i][r] = new float[f.in16[i][r].length];
                org.airan.phy.frontend.Int16Samples.dequantize(f.in16[i][r], 0, values[i][r], 0, values[i][r].length,
                        f.int16Scale[i]);
            }
        }
        float[][] ref = new float[3][cf.numLlrs()];
        float[][] got = new float[3][cf.numLlrs()];
        try (UplinkFrontEnd a = create(cf); UplinkFrontEnd b = create(c16)) {
            a.process(values, 6, f.slot, f.pilots, f.noiseVariance, ref, 3);
            b.process(f.in16, 6, f.int16Scale, f.slot, f.pilots, f.noiseVariance, got, 3);
        }
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(ref[i], got[i], "item " + i + ": int16 path differs from the float path on s·scale");
        }
    }

    @ParameterizedTest
    @CsvSource({"1, QPSK, 2", "2, QAM16, 3"})
    public void int8LlrsAreTheQuantizedFloatLlrs(int layers, Modulation mod, int slot) {
        org.junit.jupiter.api.Assumptions.assumeTrue(servesCompactFormats(), "float32/float32 only");
        UplinkFrontEndConfig cf = small(layers, mod, UplinkIoFormat.FLOAT);
        // 8 steps per unit at 0 dB so that rounding, not only saturation, is exercised.
        UplinkFrontEndConfig c8 = cf.withIo(new UplinkIoFormat(SampleFormat.FLOAT32, LlrFormat.INT8, 8f));
        UplinkSlotFixture f = new UplinkSlotFixture(cf, 3, 0.0, slot, 11 + layers);
        float[][] ref = new float[3][cf.numLlrs()];
        byte[][] got = new byte[3][cf.numLlrs()];
        long inner = 0;
        try (UplinkFrontEnd a = create(cf); UplinkFrontEnd b = create(c8)) {
            a.process(f.in, 6, f.slot, f.pilots, f.noiseVariance, ref, 3);
            b.process(f.in, 6, f.slot, f.pilots, f.noiseVariance, got, 3);
        }
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < cf.numLlrs(); j++) {
                assertEquals(LlrQuantizer.quantize(ref[i][j], 8f), got[i][j], "item " + i + " LLR " + j + " = "
                        + ref[i][j]);
                if (Math.abs(got[i][j]) < LlrQuantizer.MAX_MAGNITUDE) {
                    inner++;
                }
            }
        }
        assertTrue(inner > cf.numLlrs(), "at 0 dB most LLRs must lie inside the int8 range, " + inner + " of "
                + 3 * cf.numLlrs() + " did");
    }

    @ParameterizedTest
    @CsvSource({"1, QPSK, 0", "2, QAM16, 1"})
    public void compactFormatsKeepTheTransmittedBitsSigns(int layers, Modulation mod, int slot) {
        org.junit.jupiter.api.Assumptions.assumeTrue(servesCompactFormats(), "float32/float32 only");
        UplinkFrontEndConfig c = small(layers, mod, UplinkIoFormat.COMPACT);
        UplinkSlotFixture f = new UplinkSlotFixture(c, 3, 30.0, slot, 42 + layers);
        byte[][] llr = new byte[3][c.numLlrs()];
        try (UplinkFrontEnd fe = create(c)) {
            fe.process(f.in16, 6, f.int16Scale, f.slot, f.pilots, f.noiseVariance, llr, 3);
        }
        for (int item = 0; item < 3; item++) {
            int wrong = 0;
            for (int i = 0; i < c.numLlrs(); i++) {
                if (llr[item][i] == 0 || (llr[item][i] > 0) != (f.bits[item][i] == 0)) {
                    wrong++;
                }
            }
            assertEquals(0, wrong, "item " + item + ": wrong or zero int8 LLRs out of " + c.numLlrs());
        }
    }

    @org.junit.jupiter.api.Test
    public void callsInAnotherFormatAreRefused() {
        org.junit.jupiter.api.Assumptions.assumeTrue(servesCompactFormats(), "float32/float32 only");
        UplinkFrontEndConfig c = small(1, Modulation.QPSK, UplinkIoFormat.COMPACT);
        UplinkSlotFixture f = new UplinkSlotFixture(c, 1, 30.0, 0, 3);
        try (UplinkFrontEnd fe = create(c)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fe.process(f.in, 6, f.slot,
                    f.pilots, f.noiseVariance, new float[1][c.numLlrs()], 1));
            assertTrue(e.getMessage().contains("int16/int8"), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> fe.process(f.in16, 6, new float[] {0f}, f.slot,
                    f.pilots, f.noiseVariance, new byte[1][c.numLlrs()], 1));
        }
    }
}
