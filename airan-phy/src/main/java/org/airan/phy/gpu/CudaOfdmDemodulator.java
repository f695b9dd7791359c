package org.airan.phy.gpu;

import java.util.Objects;
import jcuda.Pointer;
import jcuda.driver.CUdeviceptr;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.ofdm.OfdmConfig;
import org.airan.phy.ofdm.OfdmDemodulator;

/**
 * GPU {@link OfdmDemodulator} (TS 38.211 §5.3.1, §5.4): kernel {@code airan_ofdm_demod} runs one thread block per
 * (symbol, signal), where a signal is one port of one slot: it loads the DFT window (CP removed, advanced by
 * d_l) into shared memory, transforms it with the block FFT, and writes the K subcarriers multiplied by one
 * per-(symbol, subcarrier) factor that folds √K/N, the window phase e^{+j2π(k+k0−6N_RB)d_l/N} and the §5.4
 * phase — the same factors as {@code CpuOfdmDemodulator}, built here in double precision.
 *
 * <p>{@link #demodulate(float[][], int, int, ResourceGrid)} and {@link #demodulateBatch} run all ports (or all
 * ports of many cells) in one launch; the single-port method exists for the interface and is the slow way.
 * Buffers (device, pinned) are sized for {@code maxSignals} in the constructor; calls allocate nothing. DFT sizes:
 * 2^k and 3·2^k up to 4096 (all of FR1 at 15/30 kHz). Not thread-safe.
 *
 * <p><b>FFT stage</b> ({@link GpuFftStage}): {@code OWN} is the fused kernel above; {@code CUFFT} runs
 * {@code airan_gather_windows} (every window of the launch into one contiguous batch), one batched
 * {@code cufftExecC2C} on the same stream ({@link CufftBatchedPlan}) and {@code airan_extract_subcarriers} (the
 * same bins and factors). Both give the same grid to float round-off.
 */
public final class CudaOfdmDemodulator implements OfdmDemodulator, AutoCloseable {

    /** Threads per block of the cuFFT stage's gather and extraction kernels (plain strided copies). */
    static final int COPY_BLOCK = 256;

    private final OfdmConfig config;
    private final int maxSignals;
    private final int n;
    private final int k;
    private final int symbols;
    private final int slotsPerSubframe;
    private final int maxSlotLength;
    private final int[] slotLength;
    private final CudaContext context;
    private final CudaStream stream;
    private final DeviceBuffer twiddles;
    private final DeviceBuffer winStart;
    private final DeviceBuffer factors;
    private final DeviceBuffer input;
    private final DeviceBuffer output;
    private final PinnedBuffer hostIn;
    private final PinnedBuffer hostOut;
    /** Per slot in subframe: device pointers into the window-start and factor tables. */
    private final CUdeviceptr[] winStartAt;
    private final CUdeviceptr[] factorsAt;
    private final CudaKernel[] kernelPerSlot;
    private final GpuFftStage fftStage;
    /** cuFFT stage only (else null): windows batch, its plans and the gather/extract kernels per slot. */
    private final DeviceBuffer windows;
    private final long windowsAddress;
    private final CufftBatchedPlan plans;
    private final CudaKernel[] gatherPerSlot;
    private final CudaKernel[] extractPerSlot;
    private boolean closed;

    /** Whether the GPU demodulator handles {@code carrier} (its DFT size is 2^k or 3·2^k ≤ 4096). */
    public static boolean supports(CarrierConfig carrier) {
        return FftPlan.supports(carrier.dftSize());
    }

    /**
     * A demodulator on the shared GPU backend for up to {@code maxSignals} port-slots per launch, with the FFT
     * stage {@value GpuFftStage#PROPERTY} selects.
     */
    public CudaOfdmDemodulator(OfdmConfig config, int maxSignals) {
        this(config, maxSignals, GpuFftStage.fromSystemProperty());
    }

    /**
     * A demodulator on the shared GPU backend with a given FFT stage.
     *
     * @throws IllegalStateException for {@link GpuFftStage#CUFFT} where cuFFT is unavailable (with the reason)
     */
    public CudaOfdmDemodulator(OfdmConfig config, int maxSignals, GpuFftStage fftStage) {
        this(GpuBackend.context(), GpuBackend.module(), config, maxSignals, fftStage);
    }

    /** A demodulator in a given context and module, with the FFT stage {@value GpuFftStage#PROPERTY} selects. */
    public CudaOfdmDemodulator(CudaContext context, CudaModule module, OfdmConfig config, int maxSignals) {
        this(context, module, config, maxSignals, GpuFftStage.fromSystemProperty());
    }

    /** A demodulator in a given context and module, with a given FFT stage. */
    public CudaOfdmDemodulator(CudaContext context, CudaModule module, OfdmConfig config, int maxSignals,
                               GpuFftStage fftStage) {
        this.config = Objects.requireNonNull(config, "config");
        if (maxSignals < 1) {
            throw new IllegalArgumentException("maxSignals must be ≥ 1, was " + maxSignals);
        }
        CarrierConfig c = config.carrier();
        FftPlan plan = FftPlan.of(c.dftSize());
        this.fftStage = java.util.Objects.requireNonNull(fftStage, "fftStage").resolve();
        this.maxSignals = maxSignals;
        this.n = c.dftSize();
        this.k = c.numSubcarriers();
        this.symbols = c.symbolsPerSlot();
        this.slotsPerSubframe = c.slotsPerSubframe();
        this.maxSlotLength = c.maxSlotLengthSamples();
        this.slotLength = new int[slotsPerSubframe];
        int[] starts = new int[slotsPerSubframe * symbols];
        float[] f = tables(config, starts, slotLength);
        this.context = context;
        context.makeCurrent();
        this.stream = new CudaStream(context);
        float[] tw = plan.twiddles();
        this.twiddles = DeviceBuffer.ofFloats(context, tw.length, null);
        twiddles.upload(tw, 0, tw.length);
        this.winStart = new DeviceBuffer(context, 4L * starts.length, null);
        winStart.upload(starts);
        this.factors = DeviceBuffer.ofFloats(context, f.length, null);
        factors.upload(f, 0, f.length);
        this.input = DeviceBuffer.ofFloats(context, 2L * maxSlotLength * maxSignals, null);
        this.output = DeviceBuffer.ofFloats(context, 2L * symbols * k * maxSignals, null);
        this.hostIn = new PinnedBuffer(context, 2 * maxSlotLength * maxSignals);
        this.hostOut = new PinnedBuffer(context, 2 * symbols * k * maxSignals);
        this.winStartAt = new CUdeviceptr[slotsPerSubframe];
        this.factorsAt = new CUdeviceptr[slotsPerSubframe];
        this.kernelPerSlot = new CudaKernel[slotsPerSubframe];
        int firstBin = Math.floorMod(c.k0() - 6 * c.numResourceBlocks(), n);
        boolean cufft = this.fftStage == GpuFftStage.CUFFT;
        this.windows = cufft ? DeviceBuffer.ofFloats(context, 2L * n * symbols * maxSignals, null) : null;
        this.windowsAddress = cufft ? NativeAddress.of(windows.pointer()) : 0;
        this.gatherPerSlot = cufft ? new CudaKernel[slotsPerSubframe] : null;
        this.extractPerSlot = cufft ? new CudaKernel[slotsPerSubframe] : null;
        for (int s = 0; s < slotsPerSubframe; s++) {
            winStartAt[s] = winStart.pointerAt(4L * s * symbols);
            factorsAt[s] = factors.pointerAt(8L * s * symbols * k);
            if (cufft) {
                gatherPerSlot[s] = new CudaKernel(module, "airan_gather_windows", COPY_BLOCK, 0,
                        Pointer.to(input.pointer()), Pointer.to(new int[] {maxSlotLength}),
                        Pointer.to(windows.pointer()), Pointer.to(new int[] {n}), Pointer.to(new int[] {symbols}),
                        Pointer.to(winStartAt[s]));
                extractPerSlot[s] = new CudaKernel(module, "airan_extract_subcarriers", COPY_BLOCK, 0,
                        Pointer.to(windows.pointer()), Pointer.to(new int[] {n}), Pointer.to(new int[] {symbols}),
                        Pointer.to(output.pointer()), Pointer.to(new int[] {symbols * k}),
                        Pointer.to(factorsAt[s]), Pointer.to(new int[] {k}), Pointer.to(new int[] {firstBin}));
                continue;
            }
            kernelPerSlot[s] = new CudaKernel(module, "airan_ofdm_demod", plan.threadsPerBlock(), plan.sharedBytes(),
                    Pointer.to(input.pointer()), Pointer.to(new int[] {maxSlotLength}),
                    Pointer.to(output.pointer()), Pointer.to(new int[] {symbols * k}),
                    Pointer.to(new int[] {n}), Pointer.to(new int[] {plan.m()}), Pointer.to(new int[] {plan.logM()}),
                    Pointer.to(new int[] {plan.radix3() ? 1 : 0}), Pointer.to(twiddles.pointer()),
                    Pointer.to(winStartAt[s]), Pointer.to(factorsAt[s]), Pointer.to(new int[] {k}),
                    Pointer.to(new int[] {firstBin}));
        }
        CufftBatchedPlan p = null;
        if (cufft) {
            try {
                p = new CufftBatchedPlan(context, stream, n, symbols, maxSignals);
            } catch (RuntimeException e) {
                for (AutoCloseable b : new AutoCloseable[] {windows, hostIn, hostOut, input, output, factors, winStart,
                        twiddles, stream}) {
                    try {
                        b.close();
                    } catch (Exception cleanup) {
                        e.addSuppressed(cleanup);
                    }
                }
                throw e;
            }
        }
        this.plans = p;
    }

    /** The FFT stage this demodulator runs ({@link GpuFftStage#OWN} or {@link GpuFftStage#CUFFT}). */
    public GpuFftStage fftStage() {
        return fftStage;
    }

    /**
     * Window starts {@code starts[s·symbols + l]} (samples from the slot start) and factors
     * {@code f[2·((s·symbols + l)·K + i)]} = √K/N · e^{+j·φ_§5.4(l)} · e^{+j2π(i+k0−6N_RB)d_l/N}, in double.
     */
    static float[] tables(OfdmConfig config, int[] starts, int[] slotLength) {
        CarrierConfig c = config.carrier();
        int n = c.dftSize();
        int k = c.numSubcarriers();
        int syms = c.symbolsPerSlot();
        int slots = c.slotsPerSubframe();
        double scale = Math.sqrt(k) / n;
        int base = c.k0() - 6 * c.numResourceBlocks();
        float[] f = new float[2 * slots * syms * k];
        for (int s = 0; s < slots; s++) {
            int pos = 0;
            for (int l = 0; l < syms; l++) {
                int sym = c.symbolInSubframe(s, l);
                int cp = c.cpLengthSamples(sym);
                int d = config.windowOffsetSamples(sym);
                starts[s * syms + l] = pos + cp - d;
                double phase = config.upconversionPhaseRadians(sym);
                for (int i = 0; i < k; i++) {
                    long m = Math.floorMod((long) (base + i) * d, (long) n);
                    double a = phase + 2.0 * Math.PI * m / n;
                    int at = 2 * ((s * syms + l) * k + i);
                    f[at] = (float) (scale * Math.cos(a));
                    f[at + 1] = (float) (scale * Math.sin(a));
                }
                pos += cp + n;
            }
            slotLength[s] = pos;
        }
        return f;
    }

    @Override
    public OfdmConfig config() {
        return config;
    }

    @Override
    public String backendName() {
        return fftStage == GpuFftStage.CUFFT ? GpuBackend.IMPLEMENTATION + "+" + Cufft.IMPLEMENTATION
                : GpuBackend.IMPLEMENTATION;
    }

    /** Largest number of signals (port-slots) per launch. */
    public int maxSignals() {
        return maxSignals;
    }

    @Override
    public void demodulate(float[] in, int inOffset, int slot, float[] grid, int gridOffset) {
        int s = slotInSubframe(slot);
        Objects.checkFromIndexSize(inOffset, 2 * slotLength[s], in.length);
        Objects.checkFromIndexSize(gridOffset, 2 * symbols * k, grid.length);
        context.makeCurrent();
        hostIn.put(0, in, inOffset, 2 * slotLength[s]);
        run(s, 1);
        hostOut.get(0, grid, gridOffset, 2 * symbols * k);
    }

    @Override
    public void demodulate(float[][] in, int inOffset, int slot, ResourceGrid grid) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(grid, "grid");
        if (grid.numSymbols() != symbols || grid.numSubcarriers() != k) {
            throw new IllegalArgumentException("grid must be " + symbols + " symbols × " + k
                    + " subcarriers for this carrier (TS 38.211 §4.3.2, §4.4.2), was " + grid.shape());
        }
        if (in.length < grid.numPorts()) {
            throw new IllegalArgumentException("need one time-domain array per port: " + grid.numPorts()
                    + " ports but " + in.length + " arrays");
        }
        int ports = grid.numPorts();
        // One launch per maxSignals ports; ResourceGrid gives one array per port.
        int s = slotInSubframe(slot);
        for (int done = 0; done < ports; done += maxSignals) {
            int b = Math.min(maxSignals, ports - done);
            for (int i = 0; i < b; i++) {
                Objects.checkFromIndexSize(inOffset, 2 * slotLength[s], in[done + i].length);
                hostIn.put(2 * maxSlotLength * i, in[done + i], inOffset, 2 * slotLength[s]);
            }
            context.makeCurrent();
            run(s, b);
            for (int i = 0; i < b; i++) {
                hostOut.get(2 * symbols * k * i, grid.data(done + i), grid.symbolOffset(0), 2 * symbols * k);
            }
        }
    }

    /**
     * Demodulates {@code count} signals (e.g. all ports of several cells, same slot number) in one launch:
     * signal i from {@code in[i]} at {@code inOffset}, into {@code grids[i]} at {@code gridOffset} (N_symb × K
     * REs, symbol-major).
     *
     * @param grids Modified
     */
    public void demodulateBatch(float[][] in, int inOffset, int slot, float[][] grids, int gridOffset, int count) {
        if (count < 0 || count > maxSignals || count > in.length || count > grids.length) {
            throw new IllegalArgumentException("count must be in [0, min(maxSignals=" + maxSignals + ", in.length="
                    + in.length + ", grids.length=" + grids.length + ")], was " + count);
        }
        int s = slotInSubframe(slot);
        for (int i = 0; i < count; i++) {
            Objects.checkFromIndexSize(inOffset, 2 * slotLength[s], in[i].length);
            Objects.checkFromIndexSize(gridOffset, 2 * symbols * k, grids[i].length);
            hostIn.put(2 * maxSlotLength * i, in[i], inOffset, 2 * slotLength[s]);
        }
        context.makeCurrent();
        run(s, count);
        for (int i = 0; i < count; i++) {
            hostOut.get(2 * symbols * k * i, grids[i], gridOffset, 2 * symbols * k);
        }
    }

    private void run(int s, int count) {
        if (count == 0) {
            return;
        }
        DeviceBuffer.copyAsync(input.pointer(), hostIn.pointer(), 8L * maxSlotLength * count, stream);
        if (plans != null) {
            gatherPerSlot[s].launch(symbols, count, 1, stream);
            plans.exec(windowsAddress, count, Cufft.FORWARD);
            extractPerSlot[s].launch(symbols, count, 1, stream);
        } else {
            kernelPerSlot[s].launch(symbols, count, 1, stream);
        }
        DeviceBuffer.copyAsync(hostOut.pointer(), output.pointer(), 8L * symbols * k * count, stream);
        stream.synchronize();
    }

    private int slotInSubframe(int slot) {
        if (slot < 0) {
            throw new IllegalArgumentException("slot number must be ≥ 0 (n_s^µ, TS 38.211 §4.3.2), was " + slot);
        }
        return slot % slotsPerSubframe;
    }

    /** Frees device and pinned buffers. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            stream.synchronize();
            if (plans != null) {
                plans.close();
                windows.close();
            }
            hostIn.close();
            hostOut.close();
            input.close();
            output.close();
            factors.close();
            winStart.close();
            twiddles.close();
            stream.close();
        }
    }
}
