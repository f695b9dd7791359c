package org.airan.benchmarks.gpu;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.airan.phy.Backend;
import org.airan.phy.frontend.NoiseEstimation;
import org.airan.phy.frontend.UplinkFrontEnd;
import org.airan.phy.frontend.UplinkFrontEndConfig;
import org.airan.phy.frontend.UplinkFrontEnds;
import org.airan.phy.frontend.UplinkIoFormat;
import org.airan.phy.gpu.CudaUplinkFrontEnd;
import org.airan.phy.gpu.GpuBackend;
import org.airan.phy.gpu.GpuFftStage;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.modulation.Modulation;
import org.airan.phy.ofdm.OfdmConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The uplink front end (OFDM demodulation → LS DMRS estimation + linear interpolation → MMSE → max-log LLRs) for
 * a batch of cells, one slot each: 30 kHz, 273 RB (100 MHz, DFT 4096), 4 RX, 1-4 layers, full-slot PUSCH with
 * DMRS in symbols 2 and 11, 64QAM. The score is the time to turn a batch's time samples (in Java arrays) into its
 * LLRs (in Java arrays), transfers included; per-slot latency is the score itself for that batch, throughput is
 * {@code batch / score} slots per µs.
 *
 * <p>{@code io} is the sample/LLR format ({@link UplinkIoFormat}): {@code float32/float32}, or {@code int16/int8}
 * (int16 samples up, int8 LLRs down: half and a quarter of the bytes; on the CPU the int16 → float conversion and
 * the int8 quantization are extra passes over the data, on any number of threads).
 *
 * <p>{@code fft} is the GPU FFT stage ({@link GpuFftStage}): {@code own} (the fused shared-memory kernel) or
 * {@code cufft} (gather → batched cuFFT → extract); it is ignored on the CPU (run the CPU with {@code -p fft=own}).
 * {@code fft=cufft} needs cuFFT ({@code -Dairan.cufft.library=...} where it is not on the loader path); without it
 * the setup throws with the reason.
 *
 * <p>{@code backend=gpu} needs a usable GPU ({@link GpuBackend}); without one its setup throws with the reason,
 * so JMH reports that combination as failed and runs the others. Input is random complex Gaussian samples
 * (the work does not depend on the values), generated once per trial.
 *
 * <p>{@code threads} is the CPU backend's thread count, the benchmark thread included ({@code UplinkFrontEnds.cpu}:
 * 1 is the single-threaded reference, more is {@code ParallelCpuUplinkFrontEnd}, whose workers' allocation
 * {@code -prof gc} counts too); {@code split=false} keeps whole items per thread even when the batch is smaller
 * than the thread count. The GPU backend takes only {@code threads=1}.
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -jar benchmarks/target/benchmarks.jar GpuFrontEndBenchmark
 * -f 1 -wi 2 -w 1s -i 3 -r 1s -p backend=gpu -p fft=own,cufft}; the CPU table on all cores: {@code -p backend=cpu
 * -p fft=own -p threads=$(nproc)}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx8g"})
public class GpuFrontEndBenchmark {

    @Param({"gpu", "cpu"})
    public String backend;

    /** Layers, 1-4 (3-4 de-spread the DMRS FD-OCC, decision 095). */
    @Param({"1", "2", "4"})
    public int layers;

    @Param({"1", "4", "16", "64"})
    public int batch;

    @Param({"float32/float32", "int16/int8"})
    public String io;

    @Param({"own", "cufft"})
    public String fft;

    /** N_0: {@code given} by the caller, or estimated from the {@code dmrs} ({@link NoiseEstimation}). */
    @Param({"given"})
    public String noise;

    /** CPU threads, the benchmark thread included. */
    @Param({"1"})
    public int threads;

    /** Whether the CPU backend splits items over threads when the batch is smaller than the thread count. */
    @Param({"true"})
    public boolean split;

    /**
     * Thread CPU time of front-end calls made once per JVM, in the first CPU trial's setup, before JMH's own warm-up: with
     * 1 s warm-up iterations the first trial otherwise still measures interpreted Vector-API code (tens of MB/op
     * of boxing in {@code -prof gc}; seen with {@code -f 0} on a loaded 2-core machine). Later trials of the same
     * JVM find the code compiled.
     */
    static final long CPU_JIT_WARMUP_NANOS = 2_000_000_000L;
    /** Wall-clock cap of that warm-up (on a machine shared with other work the 2 CPU-s can take much longer). */
    static final long CPU_JIT_WARMUP_MAX_WALL_NANOS = 6_000_000_000L;
    private static boolean cpuJitWarmed;

    private UplinkFrontEnd frontEnd;
    private float[][][] in;
    private float[][] pilots;
    private float[] noiseVariance;
    private float[][] llr;
    private short[][][] in16;
    private float[] sampleScale;
    private byte[][] llr8;
    private boolean compact;

    @Setup(Level.Trial)
    public void setUp() {
        Backend b = Backend.valueOf(backend.toUpperCase(java.util.Locale.ROOT));
        if (b == Backend.CPU && !fft.equals("own")) {
            throw new IllegalStateException("fft=" + fft + " applies to the GPU only; run the CPU with -p fft=own");
        }
        if (b == Backend.GPU && !GpuBackend.isAvailable()) {
            throw new IllegalStateException("GPU backend unavailable: " + GpuBackend.status().reason());
        }
        OfdmConfig ofdm = new OfdmConfig(CarrierConfig.of(30, 273), 0.5, 0);
        UplinkIoFormat format = UplinkIoFormat.parse(io);
        compact = format.equals(UplinkIoFormat.COMPACT);
        if (!compact && !format.equals(UplinkIoFormat.FLOAT)) {
            throw new IllegalArgumentException("io must be float32/float32 or int16/int8, was " + io);
        }
        UplinkFrontEndConfig c = UplinkFrontEndConfig.fullSlot(ofdm, 4, layers, Modulation.QAM64, batch)
                .withIo(format)
                .withNoiseEstimation(NoiseEstimation.valueOf(noise.toUpperCase(java.util.Locale.ROOT)));
        if (b == Backend.GPU && threads != 1) {
            throw new IllegalArgumentException("threads applies to the cpu backend only, was " + threads);
        }
        frontEnd = b == Backend.GPU ? new CudaUplinkFrontEnd(c, GpuFftStage.parse(fft))
                : UplinkFrontEnds.cpu(c, threads, split);
        int len = 2 * ofdm.carrier().maxSlotLengthSamples();
        SplittableRandom r = new SplittableRandom(batch * 7L + layers);
        in = new float[batch][c.numRx()][len];
        pilots = new float[batch][c.numPilotFloats()];
        noiseVariance = new float[batch];
        llr = new float[batch][c.numLlrs()];
        for (int i = 0; i < batch; i++) {
            noiseVariance[i] = 0.01f;
            for (float[] a : in[i]) {
                for (int j = 0; j < a.length; j++) {
                    a[j] = (float) (r.nextGaussian() * 0.01);
                }
            }
            for (int j = 0; j < pilots[i].length; j++) {
                pilots[i][j] = r.nextBoolean() ? 0.70710677f : -0.70710677f;
            }
        }
        if (compact) {
            // Same samples as int16 at 1e-5 per step (σ = 1000 steps), int8 LLRs out.
            in16 = new short[batch][c.numRx()][len];
            sampleScale = new float[batch];
            for (int i = 0; i < batch; i++) {
                sampleScale[i] = 1e-5f;
                for (int rx = 0; rx < c.numRx(); rx++) {
                    org.airan.phy.frontend.Int16Samples.quantize(in[i][rx], 0, in16[i][rx], 0, len, 1e-5f);
                }
            }
            llr8 = new byte[batch][c.numLlrs()];
            in = null;
            llr = null;
        }
        if (b == Backend.CPU && !cpuJitWarmed) {
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu0 = mx.getCurrentThreadCpuTime();
            long wall0 = System.nanoTime();
            while (mx.getCurrentThreadCpuTime() - cpu0 < CPU_JIT_WARMUP_NANOS
                    && System.nanoTime() - wall0 < CPU_JIT_WARMUP_MAX_WALL_NANOS) {
                frontEnd();
            }
            cpuJitWarmed = true;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        frontEnd.close();
    }

    @Benchmark
    public Object frontEnd() {
        if (compact) {
            frontEnd.process(in16, 0, sampleScale, 1, pilots, noiseVariance, llr8, batch);
            return llr8;
        }
        frontEnd.process(in, 0, 1, pilots, noiseVariance, llr, batch);
        return llr;
    }
}
