package org.airan.phy.gpu;

import java.util.Objects;
import jcuda.Pointer;
import jcuda.driver.CUdeviceptr;
import org.airan.phy.frontend.CpuUplinkFrontEnd;
import org.airan.phy.frontend.FrequencyFilter;
import org.airan.phy.frontend.LlrFormat;
import org.airan.phy.frontend.NoiseEstimation;
import org.airan.phy.frontend.SampleFormat;
import org.airan.phy.frontend.UplinkFrontEnd;
import org.airan.phy.frontend.UplinkFrontEndConfig;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.modulation.Modulation;
import org.airan.phy.modulation.ModulationMapper;

/**
 * GPU {@link UplinkFrontEnd}: the arithmetic of {@link CpuUplinkFrontEnd} as four kernels per batch —
 * {@code airan_ofdm_demod} (all symbols × antennas × items), {@code airan_ls_average} (LS at the DMRS, averaged
 * over DMRS symbols and de-spread over FD-OCC pilot pairs for 3-4 layers), {@code airan_interp_taps} (the
 * {@link FrequencyFilter} tap list) and
 * {@code airan_mmse_demap_l<L>_r<RX>_<f32|i8>} (MMSE with bias removal, float, Gauss-Jordan on L×L, fused with
 * max-log demapping; layers and antennas are compile-time so its per-RE arrays live in registers) — so that only
 * time samples go up and only LLRs come back. With {@link NoiseEstimation#DMRS} {@code airan_noise_dmrs} (one
 * block per item, a shared-memory reduction) estimates N_0 before the MMSE kernel and the estimates come back with
 * the LLRs.
 *
 * <p><b>Formats</b> ({@link org.airan.phy.frontend.UplinkIoFormat}): int16 samples are staged and copied as int16
 * (half the bytes of float32) and converted to float by {@code airan_ofdm_demod_i16} as it loads the DFT window
 * (with the cuFFT stage: by {@code airan_gather_windows_i16});
 * int8 LLRs are quantized by the MMSE kernel and copied back as int8 (a quarter of the bytes). Pinned and device
 * buffers are sized for the configured formats.
 *
 * <p><b>Overlap.</b> A batch is split into two halves, each on its own stream: copy in, four kernels (five with the
 * noise estimate), copy out.
 * The second half's upload overlaps the first half's kernels, and the first half's download the second's
 * kernels. Every device and pinned buffer, and every kernel argument list, is built in the constructor for
 * {@code maxBatch}; {@link #process} allocates nothing.
 *
 * <p><b>FFT stage</b> ({@link GpuFftStage}, constructor argument or {@value GpuFftStage#PROPERTY}): {@code OWN}
 * is the fused {@code airan_ofdm_demod}; {@code CUFFT} replaces it, per half, by {@code airan_gather_windows}
 * (all CP-removed windows of the half into one contiguous batch), one {@code cufftExecC2C} over symbols × antennas
 * × items on the half's stream ({@link CufftBatchedPlan}, planned in the constructor) and
 * {@code airan_extract_subcarriers} (same bins and factors). The other three kernels are unchanged.
 *
 * <p><b>Numerics.</b> The equalizer runs in float (the CPU reference uses double); the parity test states the
 * tolerance. Not verified on a GPU yet (see the module README).
 */
public final class CudaUplinkFrontEnd implements UplinkFrontEnd {

    private static final int BLOCK = 128;
    /** Threads of airan_noise_dmrs (a power of two: its shared-memory tree halves the block). */
    private static final int NOISE_BLOCK = 256;
    private static final int HALVES = 2;

    private final UplinkFrontEndConfig config;
    private final CudaContext context;
    private final int numRx;
    private final int slotStride;
    private final int[] slotLength;
    private final int slotsPerSubframe;
    private final int symbols;
    private final int pilotFloats;
    private final int llrs;
    private final int half;
    private final SampleFormat sampleFormat;
    private final LlrFormat llrFormat;
    private final int inBytesPerComplex;
    private final int llrBytes;
    private final CudaStream[] streams = new CudaStream[HALVES];
    private final DeviceBuffer[] tables;
    private final DeviceBuffer dIn;
    private final DeviceBuffer dGrid;
    private final DeviceBuffer dPilots;
    private final DeviceBuffer dN0;
    private final DeviceBuffer dScale;
    private final DeviceBuffer dHls;
    private final DeviceBuffer dH;
    private final DeviceBuffer dLlr;
    private final PinnedBuffer hIn;
    private final PinnedBuffer hPilots;
    private final PinnedBuffer hN0;
    private final PinnedBuffer hScale;
    private final PinnedBuffer hLlr;
    /** Per half: pointers into the batch buffers (device) and pinned buffers (host). */
    private final CUdeviceptr[] inAt = new CUdeviceptr[HALVES];
    private final CUdeviceptr[] pilotsAt = new CUdeviceptr[HALVES];
    private final CUdeviceptr[] n0At = new CUdeviceptr[HALVES];
    private final CUdeviceptr[] scaleAt = new CUdeviceptr[HALVES];
    private final CUdeviceptr[] llrAt = new CUdeviceptr[HALVES];
    private final Pointer[] hInAt = new Pointer[HALVES];
    private final Pointer[] hPilotsAt = new Pointer[HALVES];
    private final Pointer[] hN0At = new Pointer[HALVES];
    private final Pointer[] hScaleAt = new Pointer[HALVES];
    private final Pointer[] hLlrAt = new Pointer[HALVES];
    /** [half][slotInSubframe]. */
    private final CudaKernel[][] demod;
    private final CudaKernel[] ls = new CudaKernel[HALVES];
    private final CudaKernel[] interp = new CudaKernel[HALVES];
    private final CudaKernel[] mmse = new CudaKernel[HALVES];
    /** Per half: airan_noise_dmrs, or null with N_0 given by the caller. */
    private final CudaKernel[] noise = new CudaKernel[HALVES];
    private final boolean estimateNoise;
    /** Per half: item count of the current call, read by the kernels at launch. */
    private final int[][] signals = new int[HALVES][1];
    private final int[][] rows = new int[HALVES][1];
    private final int[][] items = new int[HALVES][1];
    private final GpuFftStage fftStage;
    /** cuFFT stage only: the windows batch, per half its address, plans and [slot] gather/extract kernels. */
    private final DeviceBuffer dWindows;
    private final long[] windowsAddress = new long[HALVES];
    private final CufftBatchedPlan[] plans = new CufftBatchedPlan[HALVES];
    private final CudaKernel[][] gather;
    private final CudaKernel[][] extract;
    private boolean closed;

    /** A front end on the shared GPU backend ({@link GpuBackend}), FFT stage from {@value GpuFftStage#PROPERTY}. */
    public CudaUplinkFrontEnd(UplinkFrontEndConfig config) {
        this(config, GpuFftStage.fromSystemProperty());
    }

    /**
     * A front end on the shared GPU backend with a given FFT stage.
     *
     * @throws IllegalStateException for {@link GpuFftStage#CUFFT} where cuFFT is unavailable (with the reason)
     */
    public CudaUplinkFrontEnd(UplinkFrontEndConfig config, GpuFftStage fftStage) {
        this(GpuBackend.context(), GpuBackend.module(), config, fftStage);
    }

    /** A front end in a given context and module, FFT stage from {@value GpuFftStage#PROPERTY}. */
    public CudaUplinkFrontEnd(CudaContext context, CudaModule module, UplinkFrontEndConfig config) {
        this(context, module, config, GpuFftStage.fromSystemProperty());
    }

    /** A front end in a given context and module, with a given FFT stage. */
    public CudaUplinkFrontEnd(CudaContext context, CudaModule module, UplinkFrontEndConfig config,
                              GpuFftStage fftStage) {
        this.config = Objects.requireNonNull(config, "config");
        this.fftStage = Objects.requireNonNull(fftStage, "fftStage").resolve();
        boolean cufft = this.fftStage == GpuFftStage.CUFFT;
        this.context = context;
        CarrierConfig c = config.ofdm().carrier();
        FftPlan plan = FftPlan.of(c.dftSize());
        int n = c.dftSize();
        int k = c.numSubcarriers();
        this.numRx = config.numRx();
        this.estimateNoise = config.noiseEstimation() == NoiseEstimation.DMRS;
        this.symbols = c.symbolsPerSlot();
        this.slotsPerSubframe = c.slotsPerSubframe();
        this.slotStride = c.maxSlotLengthSamples();
        this.slotLength = new int[slotsPerSubframe];
        int layers = config.numLayers();
        int nsc = config.numSubcarriers();
        int numPilots = config.numPilots();
        int[] dmrs = config.dmrsSymbols();
        int[] data = config.dataSymbols();
        Modulation mod = config.modulation();
        int mb = mod.bitsPerSymbol() / 2;
        this.pilotFloats = config.numPilotFloats();
        this.llrs = config.numLlrs();
        int maxBatch = config.maxBatch();
        this.half = (maxBatch + 1) / 2;
        this.sampleFormat = config.io().samples();
        this.llrFormat = config.io().llrs();
        this.inBytesPerComplex = sampleFormat.bytesPerComplexSample();
        this.llrBytes = llrFormat.bytesPerLlr();

        int[] starts = new int[slotsPerSubframe * symbols];
        float[] factors = CudaOfdmDemodulator.tables(config.ofdm(), starts, slotLength);
        float[] tw = plan.twiddles();
        FrequencyFilter f = config.filter();
        float[] levels = new float[1 << mb];
        for (int v = 0; v < levels.length; v++) {
            levels[v] = (float) (ModulationMapper.pamLevel(mod, v) * mod.scale());
        }
        int[] combs = new int[layers];
        int[] spans = new int[layers];
        for (int v = 0; v < layers; v++) {
            combs[v] = UplinkFrontEndConfig.comb(v);
            spans[v] = config.pilotSpan(v);
        }
        context.makeCurrent();
        for (int i = 0; i < HALVES; i++) {
            streams[i] = new CudaStream(context);
        }
        DeviceBuffer dTw = floats(tw);
        DeviceBuffer dStarts = ints(starts);
        DeviceBuffer dFactors = floats(factors);
        DeviceBuffer dDmrs = ints(dmrs);
        DeviceBuffer dData = ints(data);
        DeviceBuffer dComb = ints(combs);
        DeviceBuffer dSpan = ints(spans);
        DeviceBuffer dTapIdx = ints(f.index());
        DeviceBuffer dTapW = floats(f.weight());
        DeviceBuffer dLevels = floats(levels);
        this.tables = new DeviceBuffer[] {dTw, dStarts, dFactors, dDmrs, dData, dComb, dSpan, dTapIdx, dTapW, dLevels};

        long inPerItem = (long) numRx * slotStride;   // complex samples
        long gridPerItem = 2L * numRx * symbols * k;
        long hlsPerItem = 2L * numRx * layers * numPilots;
        long hPerItem = 2L * numRx * layers * nsc;
        // Batch buffers from the device's memory pool where it has one (stream-ordered on stream 0, which is
        // synchronized below before any other stream touches them).
        CudaStream pool = streams[0];
        this.dIn = new DeviceBuffer(context, inBytesPerComplex * inPerItem * maxBatch, pool);
        this.dGrid = DeviceBuffer.ofFloats(context, gridPerItem * maxBatch, pool);
        this.dPilots = DeviceBuffer.ofFloats(context, (long) pilotFloats * maxBatch, pool);
        this.dN0 = DeviceBuffer.ofFloats(context, maxBatch, pool);
        this.dScale = DeviceBuffer.ofFloats(context, maxBatch, pool);
        this.dHls = DeviceBuffer.ofFloats(context, hlsPerItem * maxBatch, pool);
        this.dH = DeviceBuffer.ofFloats(context, hPerItem * maxBatch, pool);
        this.dLlr = new DeviceBuffer(context, (long) llrBytes * llrs * maxBatch, pool);
        long windowsPerItem = 2L * numRx * symbols * n;
        this.dWindows = cufft ? DeviceBuffer.ofFloats(context, windowsPerItem * maxBatch, pool) : null;
        pool.synchronize();
        this.hIn = PinnedBuffer.ofBytes(context, inBytesPerComplex * inPerItem * maxBatch);
        this.hPilots = new PinnedBuffer(context, pilotFloats * maxBatch);
        this.hN0 = new PinnedBuffer(context, maxBatch);
        this.hScale = new PinnedBuffer(context, maxBatch);
        this.hLlr = PinnedBuffer.ofBytes(context, (long) llrBytes * llrs * maxBatch);

        int firstBin = Math.floorMod(c.k0() - 6 * c.numResourceBlocks(), n);
        int firstSc = 12 * config.startRb();
        this.demod = new CudaKernel[HALVES][slotsPerSubframe];
        this.gather = cufft ? new CudaKernel[HALVES][slotsPerSubframe] : null;
        this.extract = cufft ? new CudaKernel[HALVES][slotsPerSubframe] : null;
        for (int hh = 0; hh < HALVES; hh++) {
            long item0 = (long) hh * half;
            if (item0 >= maxBatch) {
                break;
            }
            inAt[hh] = dIn.pointerAt(inBytesPerComplex * inPerItem * item0);
            pilotsAt[hh] = dPilots.pointerAt(4L * pilotFloats * item0);
            n0At[hh] = dN0.pointerAt(4 * item0);
            scaleAt[hh] = dScale.pointerAt(4 * item0);
            llrAt[hh] = dLlr.pointerAt((long) llrBytes * llrs * item0);
            hInAt[hh] = hIn.pointerAtByte(inBytesPerComplex * inPerItem * item0);
            hPilotsAt[hh] = hPilots.pointerAt(Math.toIntExact(pilotFloats * item0));
            hN0At[hh] = hN0.pointerAt(Math.toIntExact(item0));
            hScaleAt[hh] = hScale.pointerAt(Math.toIntExact(item0));
            hLlrAt[hh] = hLlr.pointerAtByte((long) llrBytes * llrs * item0);
            CUdeviceptr grid = dGrid.pointerAt(4 * gridPerItem * item0);
            CUdeviceptr hls = dHls.pointerAt(4 * hlsPerItem * item0);
            CUdeviceptr h = dH.pointerAt(4 * hPerItem * item0);
            boolean int16 = sampleFormat == SampleFormat.INT16;
            CUdeviceptr win = cufft ? dWindows.pointerAt(4 * windowsPerItem * item0) : null;
            if (cufft) {
                windowsAddress[hh] = NativeAddress.of(dWindows.pointer()) + 4 * windowsPerItem * item0;
            }
            for (int s = 0; s < slotsPerSubframe; s++) {
                if (cufft) {
                    Pointer[] g = {Pointer.to(inAt[hh]), Pointer.to(new int[] {slotStride}), Pointer.to(win),
                        Pointer.to(new int[] {n}), Pointer.to(new int[] {symbols}),
                        Pointer.to(dStarts.pointerAt(4L * s * symbols))};
                    if (int16) {
                        g = java.util.Arrays.copyOf(g, g.length + 2);
                        g[g.length - 2] = Pointer.to(scaleAt[hh]);
                        g[g.length - 1] = Pointer.to(new int[] {numRx});
                    }
                    gather[hh][s] = new CudaKernel(module, int16 ? "airan_gather_windows_i16" : "airan_gather_windows",
                            CudaOfdmDemodulator.COPY_BLOCK, 0, g);
                    extract[hh][s] = new CudaKernel(module, "airan_extract_subcarriers", CudaOfdmDemodulator.COPY_BLOCK,
                            0, Pointer.to(win), Pointer.to(new int[] {n}), Pointer.to(new int[] {symbols}),
                            Pointer.to(grid), Pointer.to(new int[] {symbols * k}),
                            Pointer.to(dFactors.pointerAt(8L * s * symbols * k)), Pointer.to(new int[] {k}),
                            Pointer.to(new int[] {firstBin}));
                    continue;
                }
                Pointer[] common = {Pointer.to(inAt[hh]), Pointer.to(new int[] {slotStride}),
                    Pointer.to(grid), Pointer.to(new int[] {symbols * k}), Pointer.to(new int[] {n}),
                    Pointer.to(new int[] {plan.m()}), Pointer.to(new int[] {plan.logM()}),
                    Pointer.to(new int[] {plan.radix3() ? 1 : 0}), Pointer.to(dTw.pointer()),
                    Pointer.to(dStarts.pointerAt(4L * s * symbols)),
                    Pointer.to(dFactors.pointerAt(8L * s * symbols * k)), Pointer.to(new int[] {k}),
                    Pointer.to(new int[] {firstBin})};
                Pointer[] args = common;
                if (int16) {
                    args = java.util.Arrays.copyOf(common, common.length + 2);
                    args[common.length] = Pointer.to(scaleAt[hh]);
                    args[common.length + 1] = Pointer.to(new int[] {numRx});
                }
                demod[hh][s] = new CudaKernel(module, int16 ? "airan_ofdm_demod_i16" : "airan_ofdm_demod",
                        plan.threadsPerBlock(), plan.sharedBytes(), args);
            }
            ls[hh] = new CudaKernel(module, "airan_ls_average", BLOCK, 0, Pointer.to(grid),
                    Pointer.to(new int[] {symbols * k}), Pointer.to(new int[] {k}), Pointer.to(pilotsAt[hh]),
                    Pointer.to(dDmrs.pointer()), Pointer.to(new int[] {dmrs.length}), Pointer.to(dComb.pointer()),
                    Pointer.to(dSpan.pointer()), Pointer.to(new int[] {layers}), Pointer.to(new int[] {numRx}),
                    Pointer.to(new int[] {firstSc}), Pointer.to(new int[] {numPilots}), Pointer.to(hls),
                    Pointer.to(signals[hh]));
            if (estimateNoise) {
                noise[hh] = new CudaKernel(module, "airan_noise_dmrs", NOISE_BLOCK, 8 * NOISE_BLOCK, Pointer.to(grid),
                        Pointer.to(new int[] {symbols * k}), Pointer.to(new int[] {k}), Pointer.to(pilotsAt[hh]),
                        Pointer.to(dDmrs.pointer()), Pointer.to(new int[] {dmrs.length}),
                        Pointer.to(dComb.pointer()), Pointer.to(new int[] {Math.min(2, layers)}),
                        Pointer.to(new int[] {layers}), Pointer.to(new int[] {numRx}), Pointer.to(new int[] {firstSc}),
                        Pointer.to(new int[] {numPilots}), Pointer.to(n0At[hh]), Pointer.to(items[hh]));
            }
            interp[hh] = new CudaKernel(module, "airan_interp_taps", BLOCK, 0, Pointer.to(hls),
                    Pointer.to(new int[] {numPilots}), Pointer.to(dTapIdx.pointer()), Pointer.to(dTapW.pointer()),
                    Pointer.to(new int[] {f.numTaps()}), Pointer.to(new int[] {layers}), Pointer.to(new int[] {nsc}),
                    Pointer.to(h), Pointer.to(rows[hh]));
            mmse[hh] = new CudaKernel(module, mmseKernelName(layers, numRx, llrFormat), BLOCK, 0, Pointer.to(grid),
                    Pointer.to(new int[] {symbols * k}), Pointer.to(new int[] {k}), Pointer.to(h),
                    Pointer.to(new int[] {nsc}), Pointer.to(dData.pointer()), Pointer.to(new int[] {data.length}),
                    Pointer.to(new int[] {firstSc}), Pointer.to(n0At[hh]), Pointer.to(dLevels.pointer()),
                    Pointer.to(new int[] {mb}), Pointer.to(new float[] {config.io().llrScale()}),
                    Pointer.to(llrAt[hh]), Pointer.to(items[hh]));
            if (cufft) {
                int itemsInHalf = (int) Math.min(half, maxBatch - item0);
                try {
                    plans[hh] = new CufftBatchedPlan(context, streams[hh], n, symbols * numRx, itemsInHalf);
                } catch (RuntimeException e) {
                    try {
                        close();
                    } catch (RuntimeException cleanup) {
                        e.addSuppressed(cleanup);
                    }
                    throw e;
                }
            }
        }
    }

    /** The FFT stage this front end runs ({@link GpuFftStage#OWN} or {@link GpuFftStage#CUFFT}). */
    public GpuFftStage fftStage() {
        return fftStage;
    }

    private DeviceBuffer floats(float[] a) {
        DeviceBuffer b = DeviceBuffer.ofFloats(context, a.length, null);
        b.upload(a, 0, a.length);
        return b;
    }

    private DeviceBuffer ints(int[] a) {
        DeviceBuffer b = new DeviceBuffer(context, 4L * Math.max(1, a.length), null);
        b.upload(a);
        return b;
    }

    @Override
    public UplinkFrontEndConfig config() {
        return config;
    }

    @Override
    public String backendName() {
        return fftStage == GpuFftStage.CUFFT ? GpuBackend.IMPLEMENTATION + "+" + Cufft.IMPLEMENTATION
                : GpuBackend.IMPLEMENTATION;
    }

    /**
     * The MMSE kernel's entry point for {@code layers} × {@code numRx} and {@code llrs}:
     * {@code airan_mmse_demap_l<L>_r<RX>_<f32|i8>} (one compile-time instantiation per pair, see the kernel source).
     */
    public static String mmseKernelName(int layers, int numRx, LlrFormat llrs) {
        if (layers < 1 || layers > UplinkFrontEndConfig.MAX_LAYERS || numRx < 1 || numRx > UplinkFrontEndConfig.MAX_RX) {
            throw new IllegalArgumentException("no MMSE kernel for " + layers + " layers × " + numRx + " RX (built: 1-"
                    + UplinkFrontEndConfig.MAX_LAYERS + " × 1-" + UplinkFrontEndConfig.MAX_RX + ")");
        }
        return "airan_mmse_demap_l" + layers + "_r" + numRx + (llrs == LlrFormat.INT8 ? "_i8" : "_f32");
    }

    @Override
    public void process(float[][][] in, int inOffset, int slot, float[][] pilots, float[] noiseVariance,
                        float[][] llr, int count) {
        UplinkFrontEnd.requireFormats(config, SampleFormat.FLOAT32, LlrFormat.FLOAT32);
        processArrays(in, inOffset, null, slot, pilots, noiseVariance, llr, count);
    }

    @Override
    public void process(float[][][] in, int inOffset, int slot, float[][] pilots, float[] noiseVariance,
                        byte[][] llr, int count) {
        UplinkFrontEnd.requireFormats(config, SampleFormat.FLOAT32, LlrFormat.INT8);
        processArrays(in, inOffset, null, slot, pilots, noiseVariance, llr, count);
    }

    @Override
    public void process(short[][][] in, int inOffset, float[] sampleScale, int slot, float[][] pilots,
                        float[] noiseVariance, float[][] llr, int count) {
        UplinkFrontEnd.requireFormats(config, SampleFormat.INT16, LlrFormat.FLOAT32);
        processArrays(in, inOffset, sampleScale, slot, pilots, noiseVariance, llr, count);
    }

    @Override
    public void process(short[][][] in, int inOffset, float[] sampleScale, int slot, float[][] pilots,
                        float[] noiseVariance, byte[][] llr, int count) {
        UplinkFrontEnd.requireFormats(config, SampleFormat.INT16, LlrFormat.INT8);
        processArrays(in, inOffset, sampleScale, slot, pilots, noiseVariance, llr, count);
    }

    /** {@code in}: float[][][] or short[][][]; {@code llr}: float[][] or byte[][] (the formats were checked). */
    private void processArrays(Object[] in, int inOffset, float[] sampleScale, int slot, float[][] pilots,
                               float[] noiseVariance, Object[] llr, int count) {
        checkBatch(in, pilots, noiseVariance, llr, count);
        if (sampleScale != null) {
            UplinkFrontEnd.requireSampleScales(sampleScale, count);
        }
        int s = slotInSubframe(slot);
        int len = 2 * slotLength[s];
        for (int i = 0; i < count; i++) {
            Object[] item = (Object[]) in[i];
            for (int r = 0; r < numRx; r++) {
                int n = item[r] instanceof float[] f ? f.length : ((short[]) item[r]).length;
                Objects.checkFromIndexSize(inOffset, len, n);
            }
        }
        run(in, inOffset, s, sampleScale, pilots, noiseVariance, count);
        for (int i = 0; i < count; i++) {
            if (llr[i] instanceof float[] f) {
                hLlr.get(i * llrs, f, 0, llrs);
            } else {
                hLlr.get(i * llrs, (byte[]) llr[i], 0, llrs);
            }
        }
    }

    /**
     * Like {@link #process} for float32 samples already written into {@link #inputView} and LLRs left in
     * {@link #outputView} (float32 LLRs) or {@link #outputViewInt8} (int8 LLRs): no copies between Java arrays and
     * pinned memory on the calling thread (a fronthaul receiver can write each antenna's slot straight into its
     * view). With {@link NoiseEstimation#DMRS} the estimates are written into {@code noiseVariance}, as by
     * {@link #process}.
     */
    public void processStaged(int slot, float[][] pilots, float[] noiseVariance, int count) {
        requireSamples(SampleFormat.FLOAT32);
        checkStaged(pilots, noiseVariance, count);
        run(null, 0, slotInSubframe(slot), null, pilots, noiseVariance, count);
    }

    /** {@link #processStaged(int, float[][], float[], int)} for int16 samples written into {@link #inputViewInt16}. */
    public void processStaged(int slot, float[] sampleScale, float[][] pilots, float[] noiseVariance, int count) {
        requireSamples(SampleFormat.INT16);
        checkStaged(pilots, noiseVariance, count);
        UplinkFrontEnd.requireSampleScales(sampleScale, count);
        run(null, 0, slotInSubframe(slot), sampleScale, pilots, noiseVariance, count);
    }

    private void checkStaged(float[][] pilots, float[] noiseVariance, int count) {
        if (count < 0 || count > config.maxBatch() || count > pilots.length || count > noiseVariance.length) {
            throw new IllegalArgumentException("count must be in [0, maxBatch=" + config.maxBatch()
                    + "] and no more than the arrays given, was " + count);
        }
        for (int i = 0; i < count; i++) {
            Objects.checkFromIndexSize(0, pilotFloats, pilots[i].length);
        }
    }

    private void requireSamples(SampleFormat f) {
        if (sampleFormat != f) {
            throw new IllegalStateException("this front end stages " + sampleFormat + " samples, not " + f
                    + " (UplinkFrontEndConfig.io)");
        }
    }

    private void requireLlrs(LlrFormat f) {
        if (llrFormat != f) {
            throw new IllegalStateException("this front end returns " + llrFormat + " LLRs, not " + f
                    + " (UplinkFrontEndConfig.io)");
        }
    }

    /**
     * The pinned staging area of item {@code item}, antenna {@code rx} for float32 samples: one slot, interleaved,
     * from float 0 (a new view object: take it once per configuration). Used with {@link #processStaged}.
     */
    public java.nio.FloatBuffer inputView(int item, int rx) {
        requireSamples(SampleFormat.FLOAT32);
        Objects.checkIndex(item, config.maxBatch());
        Objects.checkIndex(rx, numRx);
        return hIn.view(2 * (item * numRx + rx) * slotStride, 2 * slotStride);
    }

    /** As {@link #inputView} for int16 samples (interleaved I/Q shorts, from short 0). */
    public java.nio.ShortBuffer inputViewInt16(int item, int rx) {
        requireSamples(SampleFormat.INT16);
        Objects.checkIndex(item, config.maxBatch());
        Objects.checkIndex(rx, numRx);
        return hIn.shortView(2 * (item * numRx + rx) * slotStride, 2 * slotStride);
    }

    /** The pinned float32 LLRs of item {@code item} after {@link #processStaged} ({@code numLlrs} floats; a new view). */
    public java.nio.FloatBuffer outputView(int item) {
        requireLlrs(LlrFormat.FLOAT32);
        Objects.checkIndex(item, config.maxBatch());
        return hLlr.view(item * llrs, llrs);
    }

    /** The pinned int8 LLRs of item {@code item} after {@link #processStaged} ({@code numLlrs} bytes; a new view). */
    public java.nio.ByteBuffer outputViewInt8(int item) {
        requireLlrs(LlrFormat.INT8);
        Objects.checkIndex(item, config.maxBatch());
        return hLlr.byteView(item * llrs, llrs);
    }

    private int slotInSubframe(int slot) {
        if (slot < 0) {
            throw new IllegalArgumentException("slot number must be ≥ 0 (n_s^µ, TS 38.211 §4.3.2), was " + slot);
        }
        return slot % slotsPerSubframe;
    }

    /** Stages (unless {@code in} is null), queues both halves on their streams and waits for them. */
    private void run(Object[] in, int inOffset, int s, float[] sampleScale, float[][] pilots, float[] noiseVariance,
                     int count) {
        int len = 2 * slotLength[s];
        context.makeCurrent();
        int nsc = config.numSubcarriers();
        int numRe = config.numDataRe();
        int layers = config.numLayers();
        for (int hh = 0; hh < HALVES; hh++) {
            int first = hh * half;
            int b = Math.min(half, count - first);
            if (b <= 0) {
                break;
            }
            // Stage this half's inputs in pinned memory, then queue copy-in, kernels and copy-out on its stream.
            for (int i = first; i < first + b; i++) {
                if (in != null) {
                    Object[] item = (Object[]) in[i];
                    for (int r = 0; r < numRx; r++) {
                        int at = 2 * (i * numRx + r) * slotStride;
                        if (item[r] instanceof float[] f) {
                            hIn.put(at, f, inOffset, len);
                        } else {
                            hIn.put(at, (short[]) item[r], inOffset, len);
                        }
                    }
                }
                hPilots.put(i * pilotFloats, pilots[i], 0, pilotFloats);
                if (!estimateNoise) {
                    hN0.put(i, noiseVariance, i, 1);
                }
                if (sampleScale != null) {
                    hScale.put(i, sampleScale, i, 1);
                }
            }
            CudaStream st = streams[hh];
            DeviceBuffer.copyAsync(inAt[hh], hInAt[hh], (long) inBytesPerComplex * b * numRx * slotStride, st);
            DeviceBuffer.copyAsync(pilotsAt[hh], hPilotsAt[hh], 4L * b * pilotFloats, st);
            if (!estimateNoise) {
                DeviceBuffer.copyAsync(n0At[hh], hN0At[hh], 4L * b, st);
            }
            if (sampleScale != null) {
                DeviceBuffer.copyAsync(scaleAt[hh], hScaleAt[hh], 4L * b, st);
            }
            signals[hh][0] = b * numRx;
            rows[hh][0] = b * numRx * layers;
            items[hh][0] = b;
            if (plans[hh] != null) {
                gather[hh][s].launch(symbols, b * numRx, 1, st);
                plans[hh].exec(windowsAddress[hh], b, Cufft.FORWARD);
                extract[hh][s].launch(symbols, b * numRx, 1, st);
            } else {
                demod[hh][s].launch(symbols, b * numRx, 1, st);
            }
            ls[hh].launch(ls[hh].blocksFor(config.numPilots()), layers, b * numRx, st);
            interp[hh].launch(interp[hh].blocksFor(nsc), b * numRx * layers, 1, st);
            if (estimateNoise) {
                noise[hh].launch(b, 1, 1, st);
                DeviceBuffer.copyAsync(hN0At[hh], n0At[hh], 4L * b, st);
            }
            mmse[hh].launch(mmse[hh].blocksFor(numRe), b, 1, st);
            DeviceBuffer.copyAsync(hLlrAt[hh], llrAt[hh], (long) llrBytes * b * llrs, st);
        }
        for (int hh = 0; hh < HALVES; hh++) {
            if (hh * half < count) {
                streams[hh].synchronize();
            }
        }
        if (estimateNoise) {
            hN0.get(0, noiseVariance, 0, count);
        }
    }

    private void checkBatch(Object[] in, float[][] pilots, float[] noiseVariance, Object[] llr, int count) {
        if (count < 0 || count > config.maxBatch() || count > in.length || count > pilots.length
                || count > noiseVariance.length || count > llr.length) {
            throw new IllegalArgumentException("count must be in [0, maxBatch=" + config.maxBatch()
                    + "] and no more than the arrays given, was " + count);
        }
        for (int i = 0; i < count; i++) {
            int antennas = ((Object[]) in[i]).length;
            if (antennas < numRx) {
                throw new IllegalArgumentException("item " + i + " has " + antennas + " antenna arrays, needs "
                        + numRx);
            }
            Objects.checkFromIndexSize(0, pilotFloats, pilots[i].length);
            Objects.checkFromIndexSize(0, llrs, llr[i] instanceof float[] f ? f.length : ((byte[]) llr[i]).length);
        }
    }

    /** Frees device and pinned buffers and the streams. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            for (CudaStream st : streams) {
                st.synchronize();
            }
            for (CufftBatchedPlan p : plans) {
                if (p != null) {
                    p.close();
                }
            }
            if (dWindows != null) {
                dWindows.close();
            }
            for (AutoCloseable b : new AutoCloseable[] {hIn, hPilots, hN0, hScale, hLlr, dIn, dGrid, dPilots, dN0,
                    dScale, dHls, dH, dLlr}) {
                try {
                    b.close();
                } catch (Exception e) {
                    throw new IllegalStateException("closing a GPU buffer failed", e);
                }
            }
            for (DeviceBuffer t : tables) {
                t.close();
            }
            streams[0].synchronize();
            for (CudaStream st : streams) {
                st.close();
            }
        }
    }
}
