package org.airan.phy.frontend;

import java.util.Objects;
import org.airan.phy.Backend;
import org.airan.phy.mimo.MmseEqualizer;
import org.airan.phy.modulation.LlrQuantizer;
import org.airan.phy.modulation.SoftDemapper;
import org.airan.phy.modulation.SoftDemappers;
import org.airan.phy.modulation.Modulation;
import org.airan.phy.ofdm.Ofdm;
import org.airan.phy.ofdm.OfdmDemodulator;

/**
 * The CPU reference {@link UplinkFrontEnd}: per item, {@link Ofdm#demodulator CPU OFDM demodulation} of every
 * antenna, the LS average and {@link FrequencyFilter} (in float, in the same order as the GPU kernels),
 * {@link MmseEqualizer} (double internally) per data symbol and max-log {@link SoftDemappers#maxLog() demapper} per layer, then the
 * layers interleaved into codeword order. Items run one after the other on the calling thread; scratch is
 * allocated in the constructor.
 *
 * <p>Formats ({@link UplinkIoFormat}): int16 samples are converted to float (s·scale, one multiply each) into a
 * per-antenna scratch slot before demodulation; int8 LLRs are the float LLRs quantized by {@link LlrQuantizer}.
 * Neither allocates.
 */
public final class CpuUplinkFrontEnd implements UplinkFrontEnd {

    private final UplinkFrontEndConfig config;
    private final OfdmDemodulator demod;
    private final MmseEqualizer equalizer;
    private final SoftDemapper demapper = SoftDemappers.maxLog();
    private final int k;
    private final int nsc;
    private final int numPilots;
    private final int[] dmrs;
    private final int[] data;
    private final float[][] grid;
    private final float[] hLs;
    private final float[][] h;
    private final float[][] symbols;
    private final float[][] noiseVar;
    private final float[][] layerLlr;
    private final float[][] rxView;
    /** int16 path: one converted slot per antenna (null for float32 samples). */
    private final float[][] converted;
    /** int8 path: the float LLRs of one item before quantization (null for float32 LLRs). */
    private final float[] llrScratch;

    /** A CPU front end for {@code config}. */
    public CpuUplinkFrontEnd(UplinkFrontEndConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.demod = Ofdm.demodulator(config.ofdm(), Backend.CPU);
        this.equalizer = new MmseEqualizer(config.numRx());
        this.k = config.ofdm().carrier().numSubcarriers();
        this.nsc = config.numSubcarriers();
        this.numPilots = config.numPilots();
        this.dmrs = config.dmrsSymbols();
        this.data = config.dataSymbols();
        int syms = config.ofdm().carrier().symbolsPerSlot();
        this.grid = new float[config.numRx()][2 * syms * k];
        this.hLs = new float[2 * numPilots];
        this.h = new float[config.numRx() * config.numLayers()][2 * nsc];
        int re = config.numDataRe();
        this.symbols = new float[config.numLayers()][2 * re];
        this.noiseVar = new float[config.numLayers()][re];
        this.layerLlr = new float[config.numLayers()][re * config.modulation().bitsPerSymbol()];
        this.rxView = new float[config.numRx()][];
        int slotFloats = 2 * config.ofdm().carrier().maxSlotLengthSamples();
        this.converted = config.io().samples() == SampleFormat.INT16 ? new float[config.numRx()][slotFloats] : null;
        this.llrScratch = config.io().llrs() == LlrFormat.INT8 ? new float[config.numLlrs()] : null;
    }

    @Override
    public UplinkFrontEndConfig config() {
        return config;
    }

    @Override
    public String backendName() {
        return "cpu";
    }

    @Override
    public void process(float[][][] in, int inOffset, int slot, float[][] pilots, float[] noiseVariance,
                        float[][] llr, int count) {
        UplinkFrontEnd.requireFormats(config, SampleFormat.FLOAT32, LlrFormat.FLOAT32);
        checkBatch(config, in, pilots, noiseVariance, llr, count);
        for (int item = 0; item < count; item++) {
            processItem(in[item], inOffset, slot, pilots[item], noiseVariance[item], llr[item]);
        }
    }

    @Override
    public void process(float[][][] in, int inOffset, int slot, float[][] pilots, float[] noiseVariance,
                        byte[][] llr, int count) {
        UplinkFrontEnd.requireFormats(config, SampleFormat.FLOAT32, LlrFormat.INT8);
        checkBatch(config, in, pilots, noiseVariance, llr, count);
        for (int item = 0; item < count; item++) {
            processItem(in[item], inOffset, slot, pilots[item], noiseVariance[item], llrScratch);
            quantize(llr[item]);
        }
    }

    @Override
    public void process(short[][][] in, int inOffset, float[] sampleScale, int slot, float[][] pilots,
                        float[] noiseVariance, float[][] llr, int count) {
        UplinkFrontEnd.requireFormats(config, SampleFormat.INT16, LlrFormat.FLOAT32);
        checkBatch(config, in, pilots, noiseVariance, llr, count);
        checkShorts(in, inOffset, sampleScale, slot, count);
        for (int item = 0; item < count; item++) {
            convert(in[item], inOffset, sampleScale[item], slot);
            processItem(converted, 0, slot, pilots[item], noiseVariance[item], llr[item]);
        }
    }

    @Override
    public void process(short[][][] in, int inOffset, float[] sampleScale, int slot, float[][] pilots,
                        float[] noiseVariance, byte[][] llr, int count) {
        UplinkFrontEnd.requireFormats(config, SampleFormat.INT16, LlrFormat.INT8);
        checkBatch(config, in, pilots, noiseVariance, llr, count);
        checkShorts(in, inOffset, sampleScale, slot, count);
        for (int item = 0; item < count; item++) {
            convert(in[item], inOffset, sampleScale[item], slot);
            processItem(converted, 0, slot, pilots[item], noiseVariance[item], llrScratch);
            quantize(llr[item]);
        }
    }

    private void quantize(byte[] out) {
        LlrQuantizer.quantize(llrScratch, 0, out, 0, config.numLlrs(), config.io().llrScale());
    }

    /** int16 → float (s·scale) of one slot of every antenna into {@link #converted}. */
    private void convert(short[][] in, int inOffset, float scale, int slot) {
        int len = 2 * config.ofdm().carrier().slotLengthSamples(config.ofdm().carrier().slotInSubframe(slot));
        for (int r = 0; r < config.numRx(); r++) {
            short[] src = in[r];
            float[] dst = converted[r];
            for (int i = 0; i < len; i++) {
                dst[i] = src[inOffset + i] * scale;
            }
        }
    }

    private void checkShorts(short[][][] in, int inOffset, float[] sampleScale, int slot, int count) {
        UplinkFrontEnd.requireSampleScales(sampleScale, count);
        if (slot < 0) {
            throw new IllegalArgumentException("slot number must be ≥ 0 (n_s^µ, TS 38.211 §4.3.2), was " + slot);
        }
        int len = 2 * config.ofdm().carrier().slotLengthSamples(config.ofdm().carrier().slotInSubframe(slot));
        for (int i = 0; i < count; i++) {
            for (int r = 0; r < config.numRx(); r++) {
                Objects.checkFromIndexSize(inOffset, len, in[i][r].length);
            }
        }
    }

    /** Batch-size and array checks shared by every overload ({@code in} is float[][][] or short[][][]). */
    static void checkBatch(UplinkFrontEndConfig config, Object[] in, float[][] pilots, float[] noiseVariance,
                           Object[] llr, int count) {
        if (count < 0 || count > config.maxBatch() || count > in.length || count > pilots.length
                || count > noiseVariance.length || count > llr.length) {
            throw new IllegalArgumentException("count must be in [0, maxBatch=" + config.maxBatch()
                    + "] and no more than the arrays given, was " + count);
        }
        for (int i = 0; i < count; i++) {
            int antennas = ((Object[]) in[i]).length;
            if (antennas < config.numRx()) {
                throw new IllegalArgumentException("item " + i + " has " + antennas + " antenna arrays, needs "
                        + config.numRx());
            }
            Objects.checkFromIndexSize(0, config.numPilotFloats(), pilots[i].length);
            int n = llr[i] instanceof float[] f ? f.length : ((byte[]) llr[i]).length;
            Objects.checkFromIndexSize(0, config.numLlrs(), n);
        }
    }

    private void processItem(float[][] in, int inOffset, int slot, float[] pilots, float n0, float[] llr) {
        final UplinkFrontEndConfig c = config;
        final int numRx = c.numRx();
        final int layers = c.numLayers();
        final int firstSc = 12 * c.startRb();
        for (int r = 0; r < numRx; r++) {
            demod.demodulate(in[r], inOffset, slot, grid[r], 0);
        }
        for (int r = 0; r < numRx; r++) {
            for (int v = 0; v < layers; v++) {
                int comb = UplinkFrontEndConfig.comb(v);
                for (int p = 0; p < numPilots; p++) {
                    float ar = 0;
                    float ai = 0;
                    for (int d = 0; d < dmrs.length; d++) {
                        int g = 2 * (dmrs[d] * k + firstSc + 2 * p + comb);
                        int x = 2 * ((v * dmrs.length + d) * numPilots + p);
                        float yr = grid[r][g];
                        float yi = grid[r][g + 1];
                        float xr = pilots[x];
                        float xi = pilots[x + 1];
                        float e = xr * xr + xi * xi;
                        float inv = e > 0f ? 1f / e : 0f;
                        ar += (yr * xr + yi * xi) * inv;
                        ai += (yi * xr - yr * xi) * inv;
                    }
                    float scale = 1f / dmrs.length;
                    hLs[2 * p] = ar * scale;
                    hLs[2 * p + 1] = ai * scale;
                }
                c.filter().apply(v, hLs, 0, h[r * layers + v], 0);
            }
        }
        for (int ds = 0; ds < data.length; ds++) {
            for (int r = 0; r < numRx; r++) {
                rxView[r] = grid[r];
            }
            equalizer.equalize(rxView, 2 * (data[ds] * k + firstSc), h, 0, numRx, layers, nsc, n0, symbols,
                    2 * ds * nsc, noiseVar, null, ds * nsc);
        }
        Modulation mod = c.modulation();
        int qm = mod.bitsPerSymbol();
        int re = c.numDataRe();
        for (int v = 0; v < layers; v++) {
            demapper.demap(mod, symbols[v], 0, noiseVar[v], 0, re, layerLlr[v], 0, 0);
        }
        for (int e = 0; e < re; e++) {
            for (int v = 0; v < layers; v++) {
                System.arraycopy(layerLlr[v], e * qm, llr, (e * layers + v) * qm, qm);
            }
        }
    }
}
