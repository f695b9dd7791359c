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
 * <p>The {@code io} column is the sample/LLR format ({@link UplinkIoFormat}, decision 092): the first format listed
 * runs every row above; each further format (int16 samples up, int8 LLRs down) runs in both modes with the first FFT
 * stage. The header prints the bytes per cell-slot each format moves up and down and the cell count at which those
 * transfers alone would fill a {@value #LINK_GBPS} GB/s link (arithmetic, not a measurement).
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp ... org.airan.benchmarks.gpu.GpuCellCapacity
 * [gpu|cpu] [iterations] [stages] [formats]} (defaults gpu, 300, {@code own,cufft},
 * {@code float32/float32,int16/int8}).
 */
public final class GpuCellCapacity {

    /** Slot period at 30 kHz (TS 38.211 §4.3.2: 2 slots per 1 ms subframe). */
    static final double DEADLINE_US = 500.0;
    static final int[] BATCHES = {1, 2, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128};
    /** Host↔device bandwidth per direction assumed for the transfer arithmetic (PCIe Gen5 x16, practical), GB/s. */
    static final double LINK_GBPS = 50.0;
    /** Value of one int16 step of the int16 input (the float input has σ = 0.01, i.e. 1000 steps). */
    static final float INT16_SCALE = 1e-5f;

    private GpuCellCapacity() {
    }

    public static void main(String[] args) {
        Backend backend = Backend.valueOf((args.length > 0 ? args[0] : "gpu").toUpperCase(Locale.ROOT));
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        String[] stages = (args.length > 2 ? args[2] : "own,cufft").split(",");
        String[] formats = (args.length > 3 ? args[3] : "float32/float32,int16/int8").split(",");
        if (backend == Backend.GPU && !GpuBackend.isAvailable()) {
            System.out.println("GPU backend unavailable: " + GpuBackend.status().reason());
            System.exit(1);
        }
        OfdmConfig ofdm = new OfdmConfig(CarrierConfig.of(30, 273), 0.5, 0);
        Input input = new Input(ofdm, BATCHES[BATCHES.length - 1]);
        System.out.printf(Locale.ROOT, "backend %s, 30 kHz 273 RB 4 RX 64QAM full slot, %d timed calls per batch%n",
                backend, iterations);
        for (String f : formats) {
            UplinkIoFormat io = UplinkIoFormat.parse(f.strip());
            for (int layers = 1; layers <= 2; layers++) {
                UplinkFrontEndConfig c = UplinkFrontEndConfig.fullSlot(ofdm, 4, layers, Modulation.QAM64, 1).withIo(io);
                long up = (long) io.samples().bytesPerComplexSample() * c.numRx() * ofdm.carrier().maxSlotLengthSamples();
                long down = (long) io.llrs().bytesPerLlr() * c.numLlrs();
                double slotsPerSecond = 1e6 / DEADLINE_US;
                System.out.printf(Locale.ROOT, "transfer arithmetic %s, layers %d: %d B up, %d B down per cell-slot; "
                        + "at %.0f GB/s per direction the link alone carries %.1f cells up, %.1f cells down%n",
                        io.label(), layers, up, down, LINK_GBPS, LINK_GBPS * 1e9 / (up * slotsPerSecond),
                        LINK_GBPS * 1e9 / (down * slotsPerSecond));
            }
        }
        System.out.printf(Locale.ROOT, "%-16s %-7s %-6s %-6s %-6s %12s %12s %12s %14s%n", "io", "mode", "fft",
                "layers", "cells", "median_us", "p99_us", "max_us", "cells_per_ms");
        List<String[]> runs = new ArrayList<>();
        String io0 = formats[0].strip();
        if (backend == Backend.GPU) {
            for (int i = 0; i < stages.length; i++) {
                if (i == 0) {
                    runs.add(new String[] {"arrays", stages[i].strip(), io0});
                }
                runs.add(new String[] {"staged", stages[i].strip(), io0});
            }
            for (int j = 1; j < formats.length; j++) {
                runs.add(new String[] {"arrays", stages[0].strip(), formats[j].strip()});
                runs.add(new String[] {"staged", stages[0].strip(), formats[j].strip()});
            }
        } else {
            for (String f : formats) {
                runs.add(new String[] {"arrays", "-", f.strip()});
            }
        }
        for (String[] run : runs) {
            String mode = run[0];
            String fft = run[1];
            UplinkIoFormat io = UplinkIoFormat.parse(run[2]);
            if (!io.equals(UplinkIoFormat.COMPACT) && !io.equals(UplinkIoFormat.FLOAT)) {
                throw new IllegalArgumentException("formats must be float32/float32 or int16/int8, was " + run[2]);
            }
            GpuFftStage stage = backend == Backend.GPU ? GpuFftStage.parse(fft) : null;
            if (stage == GpuFftStage.CUFFT && !org.airan.phy.gpu.Cufft.isAvailable()) {
                System.out.println(mode + ", fft cufft: skipped, " + org.airan.phy.gpu.Cufft.status().reason());
                continue;
            }
            for (int layers = 1; layers <= 2; layers++) {
                int best = 0;
                for (int b : BATCHES) {
                    double[] us = run(ofdm, layers, b, backend, stage, iterations, mode.equals("staged"), input, io);
                    double median = us[us.length / 2];
                    double p99 = us[(int) Math.min(us.length - 1, Math.ceil(0.99 * us.length) - 1)];
                    System.out.printf(Locale.ROOT, "%-16s %-7s %-6s %-6d %-6d %12.1f %12.1f %12.1f %14.2f%n",
                            io.label(), mode, fft, layers, b, median, p99, us[us.length - 1], b / median * 1000);
                    if (p99 <= DEADLINE_US) {
                        best = b;
                    }
                    if (median > 2 * DEADLINE_US) {
                        break;
                    }
                }
                System.out.printf(Locale.ROOT,
                        "%s %s, fft %s, layers %d: %d cells in real time (largest batch with p99 <= %.0f us)%n",
                        io.label(), mode, fft, layers, best, DEADLINE_US);
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

    private static double[] run(OfdmConfig ofdm, int layers, int batch, Backend backend, GpuFftStage stage,
                                int iterations, boolean staged, Input input, UplinkIoFormat io) {
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
        try (UplinkFrontEnd fe = backend == Backend.GPU ? new CudaUplinkFrontEnd(c, stage)
                : UplinkFrontEnds.create(c, backend)) {
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
            int warm = Math.max(20, iterations / 3);
            for (int i = 0; i < warm + iterations; i++) {
                long t0 = System.nanoTime();
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
                if (i >= warm) {
                    us[i - warm] = (System.nanoTime() - t0) / 1e3;
                }
            }
        }
        Arrays.sort(us);
        return us;
    }
}
