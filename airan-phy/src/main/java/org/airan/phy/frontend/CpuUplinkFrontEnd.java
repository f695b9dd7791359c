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
 * antenna, the LS average (de-spread over FD-OCC pilot pairs where a CDM group holds two layers) and
 * {@link FrequencyFilter} (in float, in the same order as the GPU kernels),
 * {@link MmseEqualizer} (double internally) per data symbol and max-log {@link SoftDemappers#maxLog() demapper} per layer and data symbol, then
 * the layers interleaved into codeword order. Items run one after the other on the calling thread; scratch is
 * allocated in the constructor. {@link ParallelCpuUplinkFrontEnd} runs several of these on worker threads, with
 * the same arithmetic, so its LLRs are bit-for-bit the same.
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
            processItem(in[item], inOffset, slot, pilots[item], noiseVariance, item, llr[item]);
        }
    }

    @Override
    public void process(float[][][] in, int inOffset, int slot, float[][] pilots, float[] noiseVariance,
                        byte[][] llr, int count) {
        UplinkFrontEnd.requireFormats(config, SampleFormat.FLOAT32, LlrFormat.INT8);
        checkBatch(config, in, pilots, noiseVariance, llr, count);
        for (int item = 0; item < count; item++) {
            processItem(in[item], inOffset, slot, pilots[item], noiseVariance, item, llrScratch);
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
            processItem(converted, 0, slot, pilots[item], noiseVariance, item, llr[item]);
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
            processItem(converted, 0, slot, pilots[item], noiseVariance, item, llrScratch);
            quantize(llr[item]);
        }
    }

    private void quantize(byte[] out) {
        LlrQuantizer.quantize(llrScratch, 0, out, 0, config.numLlrs(), config.io().llrScale());
    }

    /** int16 → float (s·scale) of one slot of every antenna into {@link #converted}. */
    private void convert(short[][] in, int inOffset, float scale, int slot) {
        int len = slotFloats(slot);
        for (int r = 0; r < config.numRx(); r++) {
            convert(in[r], inOffset, scale, len, converted[r]);
        }
    }

    private static void convert(short[] src, int inOffset, float scale, int len, float[] dst) {
        Objects.checkFromIndexSize(inOffset, len, src.length);
        for (int i = 0; i < len; i++) {
            dst[i] = src[inOffset + i] * scale;
        }
    }

    /** Floats (2 per complex sample) of slot {@code slot}. */
    private int slotFloats(int slot) {
        return 2 * config.ofdm().carrier().slotLengthSamples(config.ofdm().carrier().slotInSubframe(slot));
    }

    /**
     * One item in the configured formats on this thread: exactly what the public {@code process} overload of those
     * formats does for it. Exactly one of {@code inF}/{@code in16} and one of {@code llrF}/{@code llr8} is non-null.
     */
    void processItem(float[][] inF, short[][] in16, float sampleScale, int inOffset, int slot, float[] pilots,
                     float[] noiseVariance, int index, float[] llrF, byte[] llr8) {
        float[][] src = inF;
        int off = inOffset;
        if (in16 != null) {
            convert(in16, inOffset, sampleScale, slot);
            src = converted;
            off = 0;
        }
        processItem(src, off, slot, pilots, noiseVariance, index, llr8 != null ? llrScratch : llrF);
        if (llr8 != null) {
            quantize(llr8);
        }
    }

    /**
     * Stage 1 from int16 samples: antenna {@code r}'s slot converted (s·scale) into this front end's scratch slot of
     * that antenna, then {@link #demodulateAndEstimate(CpuUplinkFrontEnd, float[], int, int, float[], int)}.
     */
    void demodulateAndEstimate(CpuUplinkFrontEnd item, short[] in, int inOffset, float sampleScale, int slot,
                               float[] pilots, int r) {
        float[] dst = converted[r];
        convert(in, inOffset, sampleScale, slotFloats(slot), dst);
        demodulateAndEstimate(item, dst, 0, slot, pilots, r);
    }

    /**
     * Stage 2 into int8 LLRs: the float LLRs of data symbols [ds0, ds1) into {@code item}'s float scratch, then that
     * range (contiguous in codeword order) quantized into {@code llr}. Element-wise, so the bytes do not depend on
     * how the symbols are split.
     */
    void equalizeAndDemap(CpuUplinkFrontEnd item, int ds0, int ds1, float n0, byte[] llr) {
        equalizeAndDemap(item, ds0, ds1, n0, item.llrScratch);
        int perSymbol = nsc * config.numLayers() * config.modulation().bitsPerSymbol();
        LlrQuantizer.quantize(item.llrScratch, ds0 * perSymbol, llr, ds0 * perSymbol, (ds1 - ds0) * perSymbol,
                config.io().llrScale());
    }

    void checkShorts(short[][][] in, int inOffset, float[] sampleScale, int slot, int count) {
        UplinkFrontEnd.requireSampleScales(sampleScale, count);
        if (slot < 0) {
            throw new IllegalArgumentException("slot number must be ≥ 0 (n_s^µ, TS 38.211 §4.3.2), was " + slot);
        }
        int len = slotFloats(slot);
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

    /**
     * One item on this thread: stage 1 for every antenna, the N_0 estimate with {@link NoiseEstimation#DMRS}
     * (written to {@code noiseVariance[index]}), stage 2 for every data symbol.
     */
    void processItem(float[][] in, int inOffset, int slot, float[] pilots, float[] noiseVariance, int index,
                     float[] llr) {
        for (int r = 0; r < config.numRx(); r++) {
            demodulateAndEstimate(this, in[r], inOffset, slot, pilots, r);
        }
        if (config.noiseEstimation() == NoiseEstimation.DMRS) {
            noiseVariance[index] = estimateNoise(this, pilots);
        }
        equalizeAndDemap(this, 0, data.length, noiseVariance[index], llr);
    }

    /**
     * Stage 1 of one item for antenna {@code r}: OFDM demodulation into {@code item}'s grid of that antenna, then
     * the LS estimates at the DMRS, averaged over the DMRS symbols, and the frequency filter into {@code item}'s
     * channel estimates of that antenna (every layer). Uses this front end's demodulator and LS scratch and
     * {@code item}'s grid and channel arrays, so that several threads may run different antennas of one item,
     * each on its own front end.
     */
    void demodulateAndEstimate(CpuUplinkFrontEnd item, float[] in, int inOffset, int slot, float[] pilots, int r) {
        final UplinkFrontEndConfig c = config;
        final int layers = c.numLayers();
        final int firstSc = 12 * c.startRb();
        final float[] g0 = item.grid[r];
        demod.demodulate(in, inOffset, slot, g0, 0);
        for (int v = 0; v < layers; v++) {
            int comb = UplinkFrontEndConfig.comb(v);
            int span = c.pilotSpan(v);
            int estimates = numPilots / span;
            float scale = 1f / (dmrs.length * span);
            for (int q = 0; q < estimates; q++) {
                float ar = 0;
                float ai = 0;
                // De-spreading: the pilots are the transmitted values (w_f included), so summing y·x*/|x|² over
                // the pair cancels the other cover of the CDM group (TS 38.211 §6.4.1.1.3).
                for (int j = 0; j < span; j++) {
                    int p = q * span + j;
                    for (int d = 0; d < dmrs.length; d++) {
                        int g = 2 * (dmrs[d] * k + firstSc + 2 * p + comb);
                        int x = 2 * ((v * dmrs.length + d) * numPilots + p);
                        float yr = g0[g];
                        float yi = g0[g + 1];
                        float xr = pilots[x];
                        float xi = pilots[x + 1];
                        float e = xr * xr + xi * xi;
                        float inv = e > 0f ? 1f / e : 0f;
                        ar += (yr * xr + yi * xi) * inv;
                        ai += (yi * xr - yr * xi) * inv;
                    }
                }
                hLs[2 * q] = ar * scale;
                hLs[2 * q + 1] = ai * scale;
            }
            c.filter().apply(v, hLs, 0, item.h[r * layers + v], 0);
        }
    }

    /**
     * Stage 2 of one item for its data symbols [ds0, ds1) (indices into the data symbols, not slot symbols): MMSE
     * equalization of each symbol from {@code item}'s grids and channel estimates (all antennas' stage 1 must be
     * done), max-log demapping symbol by symbol and interleaving of those REs' LLRs into {@code llr}. Uses this
     * front end's equalizer, demapper and antenna view and {@code item}'s per-RE arrays; the result does not
     * depend on how an item's symbols are split into ranges.
     */
    void equalizeAndDemap(CpuUplinkFrontEnd item, int ds0, int ds1, float n0, float[] llr) {
        final UplinkFrontEndConfig c = config;
        final int numRx = c.numRx();
        final int layers = c.numLayers();
        final int firstSc = 12 * c.startRb();
        final Modulation mod = c.modulation();
        final int qm = mod.bitsPerSymbol();
        for (int r = 0; r < numRx; r++) {
            rxView[r] = item.grid[r];
        }
        for (int ds = ds0; ds < ds1; ds++) {
            equalizer.equalize(rxView, 2 * (data[ds] * k + firstSc), item.h, 0, numRx, layers, nsc, n0, item.symbols,
                    2 * ds * nsc, item.noiseVar, null, ds * nsc);
            int re0 = ds * nsc;
            for (int v = 0; v < layers; v++) {
                demapper.demap(mod, item.symbols[v], 2 * re0, item.noiseVar[v], re0, nsc, item.layerLlr[v], re0 * qm,
                        0);
            }
            for (int e = re0; e < re0 + nsc; e++) {
                for (int v = 0; v < layers; v++) {
                    System.arraycopy(item.layerLlr[v], e * qm, llr, (e * layers + v) * qm, qm);
                }
            }
        }
        for (int r = 0; r < numRx; r++) {
            rxView[r] = null;
        }
    }
    /**
     * N_0 from the spread of the de-modulated DMRS over the DMRS symbols ({@link NoiseEstimation#DMRS}): per antenna,
     * CDM group in use and pilot, {@code z_d = y_d·conj(x_d)/|x_d|²} with x the group's first layer; returns
     * {@code Σ|z_d − z̄|² / Σ (1 − 1/D)·Σ_d 1/|x_d|²} (double sums), 0 when no pilot has energy. Reads
     * {@code item}'s grids (all antennas' stage 1 done); deterministic, so every thread computes the same value.
     */
    float estimateNoise(CpuUplinkFrontEnd item, float[] pilots) {
        final UplinkFrontEndConfig c = config;
        final int numD = dmrs.length;
        final int groups = Math.min(2, c.numLayers());
        final int firstSc = 12 * c.startRb();
        double num = 0;
        double den = 0;
        for (int r = 0; r < c.numRx(); r++) {
            float[] gr = item.grid[r];
            for (int v = 0; v < groups; v++) {
                int comb = UplinkFrontEndConfig.comb(v);
                for (int p = 0; p < numPilots; p++) {
                    // Two passes (mean, then deviations), as the GPU kernel: no cancellation at high SNR.
                    double sr = 0;
                    double si = 0;
                    double s = 0;
                    boolean ok = true;
                    for (int d = 0; d < numD && ok; d++) {
                        int g = 2 * (dmrs[d] * k + firstSc + 2 * p + comb);
                        int x = 2 * ((v * numD + d) * numPilots + p);
                        double xr = pilots[x];
                        double xi = pilots[x + 1];
                        double e = xr * xr + xi * xi;
                        ok = e > 0;
                        sr += (gr[g] * xr + gr[g + 1] * xi) / e;
                        si += (gr[g + 1] * xr - gr[g] * xi) / e;
                        s += 1 / e;
                    }
                    if (!ok) {
                        continue;
                    }
                    sr /= numD;
                    si /= numD;
                    for (int d = 0; d < numD; d++) {
                        int g = 2 * (dmrs[d] * k + firstSc + 2 * p + comb);
                        int x = 2 * ((v * numD + d) * numPilots + p);
                        double xr = pilots[x];
                        double xi = pilots[x + 1];
                        double e = xr * xr + xi * xi;
                        double dr = (gr[g] * xr + gr[g + 1] * xi) / e - sr;
                        double di = (gr[g + 1] * xr - gr[g] * xi) / e - si;
                        num += dr * dr + di * di;
                    }
                    den += (1 - 1.0 / numD) * s;
                }
            }
        }
        return den > 0 ? (float) Math.max(0, num / den) : 0f;
    }
}
