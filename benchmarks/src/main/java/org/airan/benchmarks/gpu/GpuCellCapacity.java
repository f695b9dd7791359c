package org.airan.benchmarks.gpu;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.airan.phy.Backend;
import org.airan.phy.frontend.UplinkFrontEnd;
import org.airan.phy.frontend.UplinkFrontEndConfig;
import org.airan.phy.frontend.UplinkFrontEnds;
import org.airan.phy.gpu.CudaUplinkFrontEnd;
import org.airan.phy.gpu.GpuBackend;
import org.airan.phy.gpu.GpuFftStage;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.modulation.Modulation;
import org.airan.phy.ofdm.OfdmConfig;

/**
 * The headline figure of decision 090, measured directly: how many 100 MHz (30 kHz, 273 RB) 4-RX cells one front
 * end serves in real time. For a growing batch B of cells (one slot each), it times {@code process} (time samples
 * in Java arrays → LLRs in Java arrays) many times and reports the median and the 99th percentile; B cells are
 * real time when the p99 is at most the slot period, 500 µs (a batch then finishes before the next slot of the
 * same cells arrives, and every slot's LLRs are ready within 500 µs of its last sample). Prints one table row per
 * B and the largest B that meets the deadline, per layer count. The sweep stops once the median passes twice the
 * deadline. On the GPU each batch is timed twice: {@code arrays} (Java arrays in and out, the staging copies to and
 * from pinned memory on the calling thread included) and {@code staged} (samples already in the front end's pinned
 * input views, LLRs left in its output views, as a fronthaul receiver writing into pinned memory would have it).
 *
 * <p>The {@code fft} column is the GPU FFT stage ({@link GpuFftStage}): the first stage listed is timed in both modes,
 * the others in {@code staged} mode only (the FFT stage changes the device work, not the staging copies, and this
 * keeps the sweep short). A stage that cannot be built here (cuFFT missing) is reported and skipped. The input
 * samples are generated once for the largest batch and shared by every row.
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp ... org.airan.benchmarks.gpu.GpuCellCapacity
 * [gpu|cpu] [iterations] [stages] [layers]} (defaults gpu, 300, {@code own,cufft}, {@code 1,2,4}; layers 1-4, 3-4
 * with FD-OCC de-spreading of the DMRS, decision 095).
 */
public final class GpuCellCapacity {

    /** Slot period at 30 kHz (TS 38.211 §4.3.2: 2 slots per 1 ms subframe). */
    static final double DEADLINE_US = 500.0;
    static final int[] BATCHES = {1, 2, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128};

    private GpuCellCapacity() {
    }

    public static void main(String[] args) {
        Backend backend = Backend.valueOf((args.length > 0 ? args[0] : "gpu").toUpperCase(Locale.ROOT));
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        String[] stages = (args.length > 2 ? args[2] : "own,cufft").split(",");
        int[] layerCounts = Arrays.stream((args.length > 3 ? args[3] : "1,2,4").split(",")).map(String::strip)
                .mapToInt(Integer::parseInt).toArray();
        for (int l : layerCounts) {
            if (l < 1 || l > UplinkFrontEndConfig.MAX_LAYERS) {
                System.out.println("layers must be in [1, " + UplinkFrontEndConfig.MAX_LAYERS + "], was " + l);
                System.exit(2);
            }
        }
        if (backend == Backend.GPU && !GpuBackend.isAvailable()) {
            System.out.println("GPU backend unavailable: " + GpuBackend.status().reason());
            System.exit(1);
        }
        OfdmConfig ofdm = new OfdmConfig(CarrierConfig.of(30, 273), 0.5, 0);
        Input input = new Input(ofdm, BATCHES[BATCHES.length - 1]);
        System.out.printf(Locale.ROOT, "backend %s, 30 kHz 273 RB 4 RX 64QAM full slot, %d timed calls per batch%n",
                backend, iterations);
        System.out.printf(Locale.ROOT, "%-7s %-6s %-6s %-6s %12s %12s %12s %14s%n", "mode", "fft", "layers", "cells",
                "median_us", "p99_us", "max_us", "cells_per_ms");
        List<String[]> runs = new ArrayList<>();
        if (backend == Backend.GPU) {
            for (int i = 0; i < stages.length; i++) {
                if (i == 0) {
                    runs.add(new String[] {"arrays", stages[i].strip()});
                }
                runs.add(new String[] {"staged", stages[i].strip()});
            }
        } else {
            runs.add(new String[] {"arrays", "-"});
        }
        for (String[] run : runs) {
            String mode = run[0];
            String fft = run[1];
            GpuFftStage stage = backend == Backend.GPU ? GpuFftStage.parse(fft) : null;
            if (stage == GpuFftStage.CUFFT && !org.airan.phy.gpu.Cufft.isAvailable()) {
                System.out.println(mode + ", fft cufft: skipped, " + org.airan.phy.gpu.Cufft.status().reason());
                continue;
            }
            for (int layers : layerCounts) {
                int best = 0;
                for (int b : BATCHES) {
                    double[] us = run(ofdm, layers, b, backend, stage, iterations, mode.equals("staged"), input);
                    double median = us[us.length / 2];
                    double p99 = us[(int) Math.min(us.length - 1, Math.ceil(0.99 * us.length) - 1)];
                    System.out.printf(Locale.ROOT, "%-7s %-6s %-6d %-6d %12.1f %12.1f %12.1f %14.2f%n", mode, fft,
                            layers, b, median, p99, us[us.length - 1], b / median * 1000);
                    if (p99 <= DEADLINE_US) {
                        best = b;
                    }
                    if (median > 2 * DEADLINE_US) {
                        break;
                    }
                }
                System.out.printf(Locale.ROOT,
                        "%s, fft %s, layers %d: %d cells in real time (largest batch with p99 <= %.0f us)%n", mode, fft,
                        layers, best, DEADLINE_US);
            }
        }
    }

    /** Random slots for up to {@code maxBatch} cells, made once (generating them dominated the sweep's time). */
    private static final class Input {
        final float[][][] in;
        final int len;

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

    private static double[] run(OfdmConfig ofdm, int layers, int batch, Backend backend, GpuFftStage stage,
                                int iterations, boolean staged, Input input) {
        UplinkFrontEndConfig c = UplinkFrontEndConfig.fullSlot(ofdm, 4, layers, Modulation.QAM64, batch);
        int len = input.len;
        SplittableRandom r = new SplittableRandom(batch);
        float[][][] in = Arrays.copyOf(input.in, batch);
        float[][] pilots = new float[batch][c.numPilotFloats()];
        float[] n0 = new float[batch];
        float[][] llr = new float[batch][c.numLlrs()];
        for (int i = 0; i < batch; i++) {
            n0[i] = 0.01f;
            for (int j = 0; j < pilots[i].length; j++) {
                pilots[i][j] = r.nextBoolean() ? 0.70710677f : -0.70710677f;
            }
        }
        double[] us = new double[iterations];
        try (UplinkFrontEnd fe = backend == Backend.GPU ? new CudaUplinkFrontEnd(c, stage)
                : UplinkFrontEnds.create(c, backend)) {
            CudaUplinkFrontEnd cuda = staged ? (CudaUplinkFrontEnd) fe : null;
            if (cuda != null) {
                for (int i = 0; i < batch; i++) {
                    for (int rx = 0; rx < 4; rx++) {
                        cuda.inputView(i, rx).put(0, in[i][rx], 0, len);
                    }
                }
            }
            int warm = Math.max(20, iterations / 3);
            for (int i = 0; i < warm + iterations; i++) {
                long t0 = System.nanoTime();
                if (cuda != null) {
                    cuda.processStaged(1, pilots, n0, batch);
                } else {
                    fe.process(in, 0, 1, pilots, n0, llr, batch);
                }
                if (i >= warm) {
                    us[i - warm] = (System.nanoTime() - t0) / 1e3;
                }
            }
        }
        Arrays.sort(us);
        return us;
    }
}
