package org.airan.benchmarks.gpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.airan.phy.Backend;
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

/**
 * The headline figure of decision 090, measured directly: how many 100 MHz (30 kHz, 273 RB) 4-RX cells one front
 * end serves in real time. For a growing batch B of cells (one slot each), it times {@code process} (time samples
 * in Java arrays → LLRs in Java arrays) many times and reports the mean, median and 99th percentile; B cells are
 * real time when the p99 is at most the slot period, 500 µs (a batch then finishes before the next slot of the
 * same cells arrives, and every slot's LLRs are ready within 500 µs of its last sample). Prints one table row per
 * B and the largest B that meets the deadline, per layer count. Without {@code --batches} the sweep stops once the
 * median passes twice the deadline. On the GPU each batch is timed twice: {@code arrays} (Java arrays in and out,
 * the staging copies to and from pinned memory on the calling thread included) and {@code staged} (samples already
 * in the front end's pinned input views, LLRs left in its output views, as a fronthaul receiver writing into pinned
 * memory would have it).
 *
 * <p>The {@code fft} column is the GPU FFT stage ({@link GpuFftStage}): the first stage listed is timed in both modes,
 * the others in {@code staged} mode only (the FFT stage changes the device work, not the staging copies, and this
 * keeps the sweep short). A stage that cannot be built here (cuFFT missing) is reported and skipped. The input
 * samples are generated once for the largest batch and shared by every row.
 *
 * <p>On the CPU the front end runs on {@code --threads} threads ({@code UplinkFrontEnds.cpu}); each row also gives
 * {@code cores_per_cell = threads · p99 / (B · 500 µs)}, the cores one cell needs in real time at that batch
 * (meaningful when the threads have the cores to themselves), and on both backends {@code cpu_us_per_cell} is the
 * process CPU time per cell-slot over the timed calls (all threads, spinning included; on a shared machine the
 * steadier figure: {@code cpu_us_per_cell / 500} cores per cell). When no batch is real time the summary line gives
 * the per-cell p99 of the smallest batch and that figure. {@code --compare FILE} reads a table this tool printed for
 * the other backend (e.g. the GPU run's output) and prints, per layer count and GPU mode, the time ratio per
 * common batch and the <b>crossover</b>: the smallest batch from which the GPU's median time per batch is below the
 * CPU's at that batch and every larger common batch (a GPU mode is the pair mode/fft of that table).
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp ... org.airan.benchmarks.gpu.GpuCellCapacity
 * [gpu|cpu] [iterations] [stages] [--layers 1,2] [--threads N] [--batches 1,4,16,64] [--no-split] [--unsplit-batches 1]
 * [--compare FILE] [--formats float32/float32,int16/int8]} (defaults gpu, 300, {@code own,cufft}, 1 thread, the
 * full sweep, float32/float32). {@code --unsplit-batches} times those batches again on the CPU with
 * whole cells per thread (mode {@code cpuNns}) and prints the split/whole ratio: whether splitting a cell pays.
 *
 * <p>{@code --formats} (decision 092): each format after the first ({@code int16/int8}: int16 samples up, int8 LLRs
 * down) runs again with the first FFT stage, in modes suffixed {@code -c} ({@code arrays-c}, {@code staged-c},
 * {@code cpu1-c}); before the table, one line per format and layer count gives the bytes per cell-slot moved up and
 * down and the cells a {@value #LINK_GBPS} GB/s link carries in each direction (arithmetic, not a measurement).
 */
public final class GpuCellCapacity {

    /** Slot period at 30 kHz (TS 38.211 §4.3.2: 2 slots per 1 ms subframe). */
    static final double DEADLINE_US = 500.0;
    static final int[] BATCHES = {1, 2, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128};
    /**
     * Least warm-up time per batch, before the counted warm-up calls: the CPU path needs about a second of calls
     * before C2 has compiled its loops (a 1 s JMH warm-up still showed interpreter allocation on a loaded 2-core
     * machine; RESULTS.md, "GPU backend").
     */
    static final long WARMUP_NANOS = 1_000_000_000L;
    /** Host↔device bandwidth per direction assumed for the transfer arithmetic (PCIe Gen5 x16, practical), GB/s. */
    static final double LINK_GBPS = 50.0;
    /** Value of one int16 step of the int16 input (the float input has σ = 0.01, i.e. 1000 steps). */
    static final float INT16_SCALE = 1e-5f;

    private GpuCellCapacity() {
    }

    /**
     * Layer counts swept ({@code --layers}, each in [1, 4]; 3-4 de-spread the DMRS FD-OCC, decision 095); default 1
     * and 2.
     */
    static int[] layerCounts = {1, 2};

    /** One measured row: mode, layers, batch and the median time per batch in µs. */
    record Row(String mode, int layers, int batch, double medianUs) {
    }

    public static void main(String[] args) throws IOException {
        List<String> pos = new ArrayList<>();
        int threads = 1;
        int[] batches = null;
        boolean split = true;
        int[] unsplit = null;
        Path compare = null;
        String[] formats = {"float32/float32"};
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--formats" -> formats = args[++i].split(",");
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--batches" -> batches = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--no-split" -> split = false;
                case "--unsplit-batches" -> unsplit = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt)
                        .toArray();
                case "--compare" -> compare = Path.of(args[++i]);
                case "--layers" -> layerCounts = Arrays.stream(args[++i].split(",")).map(String::strip)
                        .mapToInt(Integer::parseInt).toArray();
                default -> pos.add(args[i]);
            }
        }
        for (int l : layerCounts) {
            if (l < 1 || l > UplinkFrontEndConfig.MAX_LAYERS) {
                throw new IllegalArgumentException("--layers must list values in [1, " + UplinkFrontEndConfig.MAX_LAYERS
                        + "], was " + l);
            }
        }
        Backend backend = Backend.valueOf((pos.size() > 0 ? pos.get(0) : "gpu").toUpperCase(Locale.ROOT));
        int iterations = pos.size() > 1 ? Integer.parseInt(pos.get(1)) : 300;
        String[] stages = (pos.size() > 2 ? pos.get(2) : "own,cufft").split(",");
        if (backend == Backend.GPU && !GpuBackend.isAvailable()) {
            System.out.println("GPU backend unavailable: " + GpuBackend.status().reason());
            System.exit(1);
        }
        if (backend == Backend.GPU && threads != 1) {
            throw new IllegalArgumentException("--threads applies to the cpu backend only, was " + threads);
        }
        boolean fullSweep = batches == null;
        int[] sweep = fullSweep ? BATCHES : batches;
        OfdmConfig ofdm = new OfdmConfig(CarrierConfig.of(30, 273), 0.5, 0);
        String cpuMode = "cpu" + threads + (split || threads == 1 ? "" : "ns");
        System.out.printf(Locale.ROOT, "backend %s%s, 30 kHz 273 RB 4 RX 64QAM full slot, %d timed calls per batch%n",
                backend, backend == Backend.CPU ? ", " + threads + " threads (" + Runtime.getRuntime()
                        .availableProcessors() + " available), split " + split : "", iterations);
        int maxBatch = Math.max(Arrays.stream(sweep).max().orElse(1),
                unsplit == null ? 1 : Arrays.stream(unsplit).max().orElse(1));
        Input input = new Input(ofdm, maxBatch);
        UplinkIoFormat[] ios = new UplinkIoFormat[formats.length];
        for (int f = 0; f < formats.length; f++) {
            ios[f] = UplinkIoFormat.parse(formats[f].strip());
            if (!ios[f].equals(UplinkIoFormat.FLOAT) && !ios[f].equals(UplinkIoFormat.COMPACT)) {
                throw new IllegalArgumentException("--formats takes float32/float32 and int16/int8, was " + formats[f]);
            }
            for (int li = 0; li < layerCounts.length && formats.length > 1; li++) {
                int layers = layerCounts[li];
                UplinkFrontEndConfig c = UplinkFrontEndConfig.fullSlot(ofdm, 4, layers, Modulation.QAM64, 1)
                        .withIo(ios[f]);
                long up = (long) ios[f].samples().bytesPerComplexSample() * c.numRx()
                        * ofdm.carrier().maxSlotLengthSamples();
                long down = (long) ios[f].llrs().bytesPerLlr() * c.numLlrs();
                double slotsPerSecond = 1e6 / DEADLINE_US;
                System.out.printf(Locale.ROOT, "transfer arithmetic %s, layers %d: %d B up, %d B down per cell-slot; "
                        + "at %.0f GB/s per direction the link alone carries %.1f cells up, %.1f cells down%n",
                        ios[f].label(), layers, up, down, LINK_GBPS, LINK_GBPS * 1e9 / (up * slotsPerSecond),
                        LINK_GBPS * 1e9 / (down * slotsPerSecond));
            }
        }
        System.out.printf(Locale.ROOT, "%-7s %-6s %-6s %-6s %12s %12s %12s %12s %14s %14s %16s%n", "mode", "fft",
                "layers", "cells", "median_us", "p99_us", "max_us", "mean_us", "cells_per_ms", "cores_per_cell",
                "cpu_us_per_cell");
        List<String[]> runs = new ArrayList<>();
        if (backend == Backend.GPU) {
            for (int i = 0; i < stages.length; i++) {
                if (i == 0) {
                    runs.add(new String[] {"arrays", stages[i].strip(), "0"});
                }
                runs.add(new String[] {"staged", stages[i].strip(), "0"});
            }
            for (int f = 1; f < ios.length; f++) {
                runs.add(new String[] {"arrays-c", stages[0].strip(), Integer.toString(f)});
                runs.add(new String[] {"staged-c", stages[0].strip(), Integer.toString(f)});
            }
        } else {
            runs.add(new String[] {cpuMode, "-", "0"});
            for (int f = 1; f < ios.length; f++) {
                runs.add(new String[] {cpuMode + "-c", "-", Integer.toString(f)});
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String[] run : runs) {
            String mode = run[0];
            String fft = run[1];
            GpuFftStage stage = backend == Backend.GPU ? GpuFftStage.parse(fft) : null;
            if (stage == GpuFftStage.CUFFT && !org.airan.phy.gpu.Cufft.isAvailable()) {
                System.out.println(mode + ", fft cufft: skipped, " + org.airan.phy.gpu.Cufft.status().reason());
                continue;
            }
            sweep(ofdm, backend, stage, mode, fft, threads, split, iterations, mode.startsWith("staged"), sweep,
                    fullSweep, input, rows, ios[Integer.parseInt(run[2])]);
        }
        if (compare != null) {
            List<Row> other = readTable(compare);
            List<Row> cpu = backend == Backend.CPU ? rows : other;
            List<Row> gpu = backend == Backend.CPU ? other : rows;
            printCrossover(cpu, gpu, compare);
        }
        if (backend == Backend.CPU && split && threads > 1 && unsplit != null) {
            List<Row> whole = new ArrayList<>();
            sweep(ofdm, backend, null, "cpu" + threads + "ns", "-", threads, false, iterations, false, unsplit, false,
                    input, whole, ios[0]);
            for (Row w : whole) {
                for (Row r : rows) {
                    if (r.layers() == w.layers() && r.batch() == w.batch()) {
                        System.out.printf(Locale.ROOT, "layers %d, batch %d on %d threads: split %.1f us, whole cells "
                                + "%.1f us (median; split/whole %.2f)%n", w.layers(), w.batch(), threads, r.medianUs(),
                                w.medianUs(), r.medianUs() / w.medianUs());
                    }
                }
            }
        }
    }

    /** Times every batch of {@code batches} for each of {@link #layerCounts}, prints the rows and summary lines. */
    private static void sweep(OfdmConfig ofdm, Backend backend, GpuFftStage stage, String mode, String fft, int threads,
                              boolean split, int iterations, boolean staged, int[] batches, boolean stopPastDeadline,
                              Input input, List<Row> rows, UplinkIoFormat io) {
        for (int layers : layerCounts) {
            int best = 0;
            double firstP99 = Double.NaN;
            int firstB = 0;
            for (int b : batches) {
                double[] res = run(ofdm, layers, b, backend, stage, threads, split, iterations, staged, input, io);
                double cpuUs = res[res.length - 1];
                double[] us = Arrays.copyOf(res, res.length - 1);
                double median = us[us.length / 2];
                double p99 = us[(int) Math.min(us.length - 1, Math.ceil(0.99 * us.length) - 1)];
                double mean = Arrays.stream(us).average().orElse(Double.NaN);
                double cores = backend == Backend.CPU ? threads * p99 / (b * DEADLINE_US) : Double.NaN;
                System.out.printf(Locale.ROOT, "%-7s %-6s %-6d %-6d %12.1f %12.1f %12.1f %12.1f %14.2f %14s %16.1f%n",
                        mode, fft, layers, b, median, p99, us[us.length - 1], mean, b / median * 1000,
                        Double.isNaN(cores) ? "-" : String.format(Locale.ROOT, "%.2f", cores), cpuUs);
                rows.add(new Row(fft.equals("-") ? mode : mode + "/" + fft, layers, b, median));
                if (Double.isNaN(firstP99)) {
                    firstP99 = p99;
                    firstB = b;
                }
                if (p99 <= DEADLINE_US) {
                    best = b;
                }
                if (stopPastDeadline && median > 2 * DEADLINE_US) {
                    break;
                }
            }
            System.out.printf(Locale.ROOT, "%s, fft %s, layers %d: %d cells in real time (largest batch with p99 <= "
                    + "%.0f us)", mode, fft, layers, best, DEADLINE_US);
            if (best == 0 && backend == Backend.CPU) {
                System.out.printf(Locale.ROOT, "; per cell-slot p99 %.0f us at batch %d on %d threads, %.2f cores "
                        + "per real-time cell", firstP99 / firstB, firstB, threads,
                        threads * firstP99 / (firstB * DEADLINE_US));
            }
            System.out.println();
        }
    }

    /**
     * The rows of a table this tool printed: lines {@code mode fft layers cells median_us ...} (mode becomes
     * {@code mode/fft} unless fft is "-") or, from older tables, {@code mode layers cells median_us ...}; other lines
     * skipped.
     */
    static List<Row> readTable(Path file) throws IOException {
        List<Row> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] t = line.trim().split("\\s+");
            if (t.length < 4) {
                continue;
            }
            try {
                if (t.length >= 5 && !t[1].matches("\\d+")) { // with an fft column: mode fft layers cells median
                    String mode = t[1].equals("-") ? t[0] : t[0] + "/" + t[1];
                    out.add(new Row(mode, Integer.parseInt(t[2]), Integer.parseInt(t[3]), Double.parseDouble(t[4])));
                } else {
                    out.add(new Row(t[0], Integer.parseInt(t[1]), Integer.parseInt(t[2]), Double.parseDouble(t[3])));
                }
            } catch (NumberFormatException e) {
                // a heading or a summary line
            }
        }
        return out;
    }

    /**
     * Per layer count and GPU mode: the CPU/GPU time ratio at each batch both tables have, and the crossover — the
     * smallest common batch from which the GPU's median is below the CPU's at it and at every larger common batch.
     */
    static void printCrossover(List<Row> cpu, List<Row> gpu, Path source) {
        System.out.println("== crossover (median time per batch, CPU table vs GPU table from " + source + ")");
        TreeMap<String, Boolean> gpuModes = new TreeMap<>();
        for (Row r : gpu) {
            gpuModes.put(r.mode(), true);
        }
        if (cpu.isEmpty() || gpuModes.isEmpty()) {
            System.out.println("no rows to compare (cpu " + cpu.size() + ", gpu " + gpu.size() + ")");
            return;
        }
        String cpuMode = cpu.get(0).mode();
        for (String gm : gpuModes.keySet()) {
            for (int layers : layerCounts) {
                TreeMap<Integer, double[]> common = new TreeMap<>();
                for (Row c : cpu) {
                    for (Row g : gpu) {
                        if (c.layers() == layers && g.layers() == layers && g.mode().equals(gm)
                                && c.batch() == g.batch()) {
                            common.put(c.batch(), new double[] {c.medianUs(), g.medianUs()});
                        }
                    }
                }
                if (common.isEmpty()) {
                    System.out.printf(Locale.ROOT, "%s vs %s, layers %d: no common batch%n", cpuMode, gm, layers);
                    continue;
                }
                StringBuilder ratios = new StringBuilder();
                Integer crossover = crossover(common);
                for (var e : common.entrySet()) {
                    ratios.append(String.format(Locale.ROOT, " B=%d: %.2fx", e.getKey(),
                            e.getValue()[0] / e.getValue()[1]));
                }
                String verdict = crossover == null ? "the CPU is as fast or faster at the largest common batch"
                        : crossover.equals(common.firstKey()) ? "the GPU is faster from the smallest common batch, B = "
                        + crossover : "crossover at B = " + crossover;
                System.out.printf(Locale.ROOT, "%s vs %s, layers %d: %s (CPU time / GPU time:%s)%n", cpuMode, gm,
                        layers, verdict, ratios);
            }
        }
    }

    /** Random slots for up to {@code maxBatch} cells, made once (generating them dominated the sweep's time). */
    private static final class Input {
        final float[][][] in;
        final int len;
        /** The same samples as int16 at {@link #INT16_SCALE}, made on first use. */
        short[][][] in16;

        Input(OfdmConfig ofdm, int maxBatch) {
            len = 2 * ofdm.carrier().maxSlotLengthSamples();
            in = new float[maxBatch][4][len];
            SplittableRandom r = new SplittableRandom(1);
            for (float[][] item : in) {
                for (float[] a : item) {
                    for (int j = 0; j < a.length; j++) {
                        a[j] = (float) (r.nextGaussian() * 0.01);
                    }
                }
            }
        }
    }

    /** One timed call in the format of the run (staged when {@code cuda} is given). */
    private static void call(UplinkFrontEnd fe, CudaUplinkFrontEnd cuda, boolean compact, float[][][] in,
                             short[][][] in16, float[] scale, float[][] pilots, float[] n0, float[][] llr,
                             byte[][] llr8, int batch) {
        if (cuda != null) {
            if (compact) {
                cuda.processStaged(1, scale, pilots, n0, batch);
            } else {
                cuda.processStaged(1, pilots, n0, batch);
            }
        } else if (compact) {
            fe.process(in16, 0, scale, 1, pilots, n0, llr8, batch);
        } else {
            fe.process(in, 0, 1, pilots, n0, llr, batch);
        }
    }

    /** Process CPU time in ns (all threads: front-end threads, JIT and GC), or -1 where the JVM cannot tell. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /**
     * Times {@code iterations} calls after the warm-up; returns the sorted µs per call, and in the last element
     * (appended) the process CPU time per cell-slot in µs over the timed calls.
     */
    /**
     * The smallest batch from which the GPU is faster at it and at every larger batch, or null.
     *
     * @param cpuGpuMedianUs batch → {CPU median µs, GPU median µs}
     */
    static Integer crossover(java.util.NavigableMap<Integer, double[]> cpuGpuMedianUs) {
        Integer crossover = null;
        for (var e : cpuGpuMedianUs.descendingMap().entrySet()) {
            if (e.getValue()[1] < e.getValue()[0]) {
                crossover = e.getKey();
            } else {
                break;
            }
        }
        return crossover;
    }

    private static double[] run(OfdmConfig ofdm, int layers, int batch, Backend backend, GpuFftStage stage,
                                int threads, boolean split, int iterations, boolean staged, Input input,
                                UplinkIoFormat io) {
        boolean compact = io.equals(UplinkIoFormat.COMPACT);
        UplinkFrontEndConfig c = UplinkFrontEndConfig.fullSlot(ofdm, 4, layers, Modulation.QAM64, batch).withIo(io);
        if (compact && input.in16 == null) {
            input.in16 = new short[input.in.length][4][input.len];
            for (int i = 0; i < input.in.length; i++) {
                for (int rx = 0; rx < 4; rx++) {
                    org.airan.phy.frontend.Int16Samples.quantize(input.in[i][rx], 0, input.in16[i][rx], 0, input.len,
                            INT16_SCALE);
                }
            }
        }
        short[][][] in16 = compact ? Arrays.copyOf(input.in16, batch) : null;
        float[] scale = new float[batch];
        Arrays.fill(scale, INT16_SCALE);
        byte[][] llr8 = compact ? new byte[batch][c.numLlrs()] : null;
        int len = input.len;
        SplittableRandom r = new SplittableRandom(batch);
        float[][][] in = Arrays.copyOf(input.in, batch);
        float[][] pilots = new float[batch][c.numPilotFloats()];
        float[] n0 = new float[batch];
        float[][] llr = compact ? null : new float[batch][c.numLlrs()];
        for (int i = 0; i < batch; i++) {
            n0[i] = 0.01f;
            for (int j = 0; j < pilots[i].length; j++) {
                pilots[i][j] = r.nextBoolean() ? 0.70710677f : -0.70710677f;
            }
        }
        double[] us = new double[iterations];
        double cpuUs;
        try (UplinkFrontEnd fe = backend == Backend.GPU ? new CudaUplinkFrontEnd(c, stage)
                : UplinkFrontEnds.cpu(c, threads, split)) {
            CudaUplinkFrontEnd cuda = staged ? (CudaUplinkFrontEnd) fe : null;
            if (cuda != null) {
                for (int i = 0; i < batch; i++) {
                    for (int rx = 0; rx < 4; rx++) {
                        if (compact) {
                            cuda.inputViewInt16(i, rx).put(0, in16[i][rx], 0, len);
                        } else {
                            cuda.inputView(i, rx).put(0, in[i][rx], 0, len);
                        }
                    }
                }
            }
            // Warm-up: at least max(20, iterations/3) calls and WARMUP_NANOS, so that the JIT has compiled the loops.
            int warm = Math.max(20, iterations / 3);
            long warmStart = System.nanoTime();
            while (System.nanoTime() - warmStart < WARMUP_NANOS) {
                call(fe, cuda, compact, in, in16, scale, pilots, n0, llr, llr8, batch);
            }
            long cpu0 = 0;
            for (int i = 0; i < warm + iterations; i++) {
                if (i == warm) {
                    cpu0 = processCpuNanos();
                }
                long t0 = System.nanoTime();
                call(fe, cuda, compact, in, in16, scale, pilots, n0, llr, llr8, batch);
                if (i >= warm) {
                    us[i - warm] = (System.nanoTime() - t0) / 1e3;
                }
            }
            long cpu1 = processCpuNanos();
            cpuUs = cpu0 < 0 || cpu1 < 0 ? Double.NaN : (cpu1 - cpu0) / 1e3 / ((double) iterations * batch);
        }
        Arrays.sort(us);
        double[] out = Arrays.copyOf(us, us.length + 1);
        out[us.length] = cpuUs;
        return out;
    }
}
