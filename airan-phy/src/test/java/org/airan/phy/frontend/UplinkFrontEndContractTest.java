package org.airan.phy.frontend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.airan.phy.Backend;
import org.airan.phy.channel.TdlChannel;
import org.airan.phy.channel.TdlConfig;
import org.airan.phy.channel.TdlModel;
import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.dmrs.DmrsType;
import org.airan.phy.dmrs.MappingType;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.nr.McsTable;
import org.airan.phy.ofdm.Ofdm;
import org.airan.phy.sch.PuschTransmitter;
import org.airan.phy.sch.PxschConfig;
import org.airan.phy.sch.SchDecodeResult;
import org.airan.phy.sch.SchLimits;
import org.airan.phy.sch.SchScrambling;
import org.airan.phy.sch.SharedChannelDecoder;
import org.airan.phy.sch.SharedChannels;

import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.modulation.LlrQuantizer;
import org.airan.phy.modulation.Modulation;
import org.airan.phy.ofdm.OfdmConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@link UplinkFrontEnd} contract, run against every backend: at 30 dB SNR per RE (4 RX for 1-4 layers, 8 RX
 * for 3-4 layers at 16QAM, QPSK to 64QAM, a two-path channel, DFT window in mid-CP, both slot types) every LLR
 * has the sign of its transmitted bit, which also pins the codeword order of the LLRs (a wrong layer or bit order
 * flips about half of them) and the FD-OCC de-spreading of layers 2-3 (without it a quarter to a third flip); a
 * PUSCH transport block sent by the chain's transmitter decodes from the LLRs; the DMRS noise estimate is within
 * its tolerance. The compact formats ({@link UplinkIoFormat}): int16 samples give exactly the LLRs of the float
 * path fed with their values s·scale; int8 LLRs are the quantized float LLRs; the same sign check holds for int16
 * in / int8 out; a call in a format the front end was not built for is refused.
 */
public abstract class UplinkFrontEndContractTest {

    /** The front end under test. */
    protected abstract UplinkFrontEnd create(UplinkFrontEndConfig config);

    /** Whether the implementation serves the compact formats (int16 in, int8 out); the format tests skip if not. */
    protected boolean servesCompactFormats() {
        return true;
    }

    @ParameterizedTest
    @CsvSource({"1, QPSK, 0, 4, false", "2, QPSK, 1, 4, false", "2, QAM16, 3, 4, false", "1, QAM64, 2, 4, false",
            "3, QPSK, 1, 4, false", "4, QPSK, 2, 4, false", "3, QAM16, 0, 8, false", "4, QAM16, 3, 8, false",
            "4, QAM16, 1, 8, true", "3, QPSK, 2, 4, true"})
    public void highSnrLlrSignsAreTheTransmittedBits(int layers, Modulation mod, int slot, int rx, boolean joint) {
        OfdmConfig ofdm = new OfdmConfig(CarrierConfig.of(30, 24), 0.5, 0);
        UplinkFrontEndConfig c = new UplinkFrontEndConfig(ofdm, rx, layers, 2, 20, 0, 14, new int[] {2, 11}, mod,
                joint ? FrequencyFilter.jointLinear(20, layers) : FrequencyFilter.linear(20, layers), 3);
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

    /**
     * The front end receives what the PUSCH chain sends: a transport block encoded by {@link PuschTransmitter} on
     * DMRS ports {0, 2, 1, 3} (the front end's layer-to-port mapping; DMRS symbols 2 and 11, two CDM groups without
     * data, β = √2), through the fixture's two-path channel at 25 dB per-RE SNR on 4 antennas, decodes from the front
     * end's LLRs (descrambled) to a CRC pass and the same bytes. 4 layers on 4 antennas leave single REs in deep
     * fades with wrong hard decisions; the LDPC code (rate ~0.5) corrects them, as it must in a real receiver. One
     * case estimates N_0 from the DMRS instead of being given it.
     */
    @ParameterizedTest
    @CsvSource({"3, 4, 13, 1, false", "4, 4, 13, 2, false", "2, 4, 16, 0, false", "4, 4, 13, 3, true"})
    public void puschTransportBlockDecodesFromTheLlrs(int layers, int rx, int mcs, int slot, boolean estimateNoise) {
        int startRb = 2;
        int numRb = 20;
        OfdmConfig ofdm = new OfdmConfig(CarrierConfig.of(30, 24), 0.5, 0);
        UplinkFrontEndConfig c = new UplinkFrontEndConfig(ofdm, rx, layers, startRb, numRb, 0, 14, new int[] {2, 11},
                McsTable.TABLE1_QAM64.dataEntry(mcs).modulation(), FrequencyFilter.linear(numRb, layers), 1)
                .withNoiseEstimation(estimateNoise ? NoiseEstimation.DMRS : NoiseEstimation.GIVEN);
        int[] ports = new int[layers];
        for (int v = 0; v < layers; v++) {
            ports[v] = UplinkFrontEndConfig.port(v);
        }
        DmrsConfig dmrs = new DmrsConfig(SharedChannel.PUSCH, DmrsType.TYPE1, MappingType.A, 2, 1, 1, 0, 14, startRb,
                numRb, 2, 301, 0, ports);
        assertArrayEquals(c.dmrsSymbols(), dmrs.dmrsSymbols());
        PxschConfig cfg = new PxschConfig(dmrs, McsTable.TABLE1_QAM64, mcs, 0x4601, 17, 0, 0, 0);
        assertEquals(c.numLlrs(), cfg.g(), "G = front-end LLRs");
        SchLimits limits = new SchLimits(numRb, 4, 6);
        byte[] tb = new byte[cfg.tbs() / 8];
        SplittableRandom rnd = new SplittableRandom(90 + layers);
        for (int i = 0; i < tb.length; i++) {
            tb[i] = (byte) rnd.nextInt(256);
        }
        CarrierConfig carrier = ofdm.carrier();
        ResourceGrid tx = ResourceGrid.forSlot(carrier, layers);
        int slotInFrame = slot;
        new PuschTransmitter(limits).transmit(cfg, slotInFrame, 0, tb, 0, tb.length, tx);
        // The front end is given the transmitted DMRS values of each layer (w_f and β included).
        float[] pilots = new float[c.numPilotFloats()];
        int[] dmrsSym = c.dmrsSymbols();
        for (int v = 0; v < layers; v++) {
            for (int d = 0; d < dmrsSym.length; d++) {
                for (int p = 0; p < c.numPilots(); p++) {
                    int sc = 12 * startRb + 2 * p + UplinkFrontEndConfig.comb(v);
                    int x = 2 * ((v * dmrsSym.length + d) * c.numPilots() + p);
                    pilots[x] = tx.re(v, dmrsSym[d], sc);
                    pilots[x + 1] = tx.im(v, dmrsSym[d], sc);
                }
            }
        }
        double snrDb = 25;
        float[][] in = UplinkSlotFixture.receive(c, Ofdm.modulator(ofdm, Backend.CPU), tx, layers, slot,
                UplinkSlotFixture.timeSigma(carrier, snrDb), rnd);
        float[][] llr = new float[1][c.numLlrs()];
        // With the DMRS estimate the front end gets no N_0 (0 in, the estimate out).
        float[] n0 = {estimateNoise ? 0f : (float) Math.pow(10, -snrDb / 10)};
        try (UplinkFrontEnd fe = create(c)) {
            fe.process(new float[][][] {in}, 6, slot, new float[][] {pilots}, n0, llr, 1);
        }
        if (estimateNoise) {
            // The chain's DMRS has β = √2 (|x|² = 2): the estimate must still be in grid units.
            assertEquals(Math.pow(10, -snrDb / 10), n0[0], NOISE_TOLERANCE * Math.pow(10, -snrDb / 10), "N0");
        }
        SchScrambling.descramble(cfg.scramblingCinit(), llr[0], 0, cfg.g());
        SharedChannelDecoder dec = new SharedChannelDecoder(limits, 1, SharedChannels.decoderConfig(
                SharedChannels.DEFAULT_LDPC_ITERATIONS));
        byte[] out = new byte[tb.length];
        SchDecodeResult res = new SchDecodeResult();
        dec.decode(cfg, 0, 0, true, llr[0], 0, cfg.g(), out, 0, res);
        assertTrue(res.crcOk(), "CRC failed: " + res.numCodeBlocksOk() + " of " + res.numCodeBlocks()
                + " code blocks, TBS " + cfg.tbs());
        assertArrayEquals(tb, out);
    }

    /**
     * {@link NoiseEstimation#DMRS}: through a static TDL-C300 channel (TS 38.104 Annex G.2.1, frequency-selective:
     * 300 ns RMS delay spread) at 0-30 dB per-RE SNR, 4 RX, 1, 2 and 4 layers, the N_0 written back per item is
     * within {@value #NOISE_TOLERANCE} of the true N_0. The estimator is unbiased here; its own spread is
     * 1/√(RX·groups·pilots·(D − 1)) = 1/√480 = 4.6 % for one layer (one CDM group), 3.2 % from 2 layers, so the bound
     * is over 4σ. A frequency-difference estimator would fail at 30 dB: the channel changes by ~11 % between pilots
     * two subcarriers apart (2π·60 kHz·300 ns), i.e. −19 dB, ten times N_0.
     */
    @ParameterizedTest
    @CsvSource({"1, 0", "1, 30", "2, 10", "2, 20", "4, 0", "4, 30"})
    public void dmrsNoiseEstimateIsWithinToleranceOfTheTrueNoise(int layers, double snrDb) {
        OfdmConfig ofdm = new OfdmConfig(CarrierConfig.of(30, 24), 0.5, 0);
        UplinkFrontEndConfig c = new UplinkFrontEndConfig(ofdm, 4, layers, 2, 20, 0, 14, new int[] {2, 11},
                Modulation.QPSK, FrequencyFilter.linear(20, layers), 3).withNoiseEstimation(NoiseEstimation.DMRS);
        TdlChannel ch = new TdlChannel(TdlConfig.of(TdlModel.TDL_C300.profile(0), 0.0, layers, 4, 11 + layers),
                ofdm.carrier());
        UplinkSlotFixture f = new UplinkSlotFixture(c, 3, snrDb, 1, 7 + layers, ch);
        float[] n0 = {-1, -1, -1};
        try (UplinkFrontEnd fe = create(c)) {
            fe.process(f.in, 6, f.slot, f.pilots, n0, new float[3][c.numLlrs()], 3);
        }
        for (int i = 0; i < 3; i++) {
            double ratio = n0[i] / f.noiseVariance[i];
            assertTrue(Math.abs(ratio - 1) <= NOISE_TOLERANCE, "item " + i + ": N0 estimate " + n0[i] + ", true "
                    + f.noiseVariance[i] + " (ratio " + ratio + ")");
        }
    }

    /** Bound on |N̂_0/N_0 − 1| of the DMRS noise estimate (see the test). */
    static final double NOISE_TOLERANCE = 0.2;

    /** A small configuration for the format checks: 20 RB inside 24, 4 RX. */
    private static UplinkFrontEndConfig small(int layers, Modulation mod, UplinkIoFormat io) {
        OfdmConfig ofdm = new OfdmConfig(CarrierConfig.of(30, 24), 0.5, 0);
        return new UplinkFrontEndConfig(ofdm, 4, layers, 2, 20, 0, 14, new int[] {2, 11}, mod,
                FrequencyFilter.linear(20, layers), 3, io);
    }

    @ParameterizedTest
    @CsvSource({"1, QAM16, 0", "2, QAM64, 1", "4, QAM16, 2"})
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
