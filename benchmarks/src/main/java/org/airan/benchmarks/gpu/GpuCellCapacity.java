package org.airan.benchmarks.gpu;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.airan.phy.Backend;
import org.airan.phy.frontend.UplinkFrontEnd;
import org.airan.phy.frontend.UplinkFrontEndConfig;
import org.airan.phy.frontend.UplinkFrontEnds;
import org.airan.phy.frontend.UplinkIoFormat;
import org.airan.phy.gpu.CudaUplinkFrontEnd;
import org.airan.phy.gpu.GpuBackend;
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
 * <p>Formats ({@link UplinkIoFormat}): each sweep runs per sample/LLR format given (default float32/float32 and
 * int16/int8), and the header prints the bytes per cell-slot each format moves up and down and the cell count at
 * which those transfers alone would fill a {@value #LINK_GBPS} GB/s link (arithmetic, not a measurement).
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp ... org.airan.benchmarks.gpu.GpuCellCapacity
 * [gpu|cpu] [iterations] [formats, comma-separated]} (defaults gpu, 300, float32/float32,int16/int8).
 */
public final class GpuCellCapacity {

    /** Slot period at 30 kHz (TS 38.211 §4.3.2: 2 slots per 1 ms subframe). */
    static final double DEADLINE_US = 500.0;
    static final int[] BATCHES = {1, 2, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128};
    /** Host↔device bandwidth per direction assumed for the transfer arithmetic (PCIe Gen5 x16, practical), GB/s. */
    static final double LINK_GBPS = 50.0;

    private GpuCellCapacity() {
    }

    public static void main(String[] args) {
        Backend backend = Backend.valueOf((args.length > 0 ? args[0] : "gpu").toUpperCase(Locale.ROOT));
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        String[] formats = (args.length > 2 ? args[2] : "float32/float32,int16/int8").split(",");
        if (backend == Backend.GPU && !GpuBackend.isAvailable()) {
            System.out.println("GPU backend unavailable: " + GpuBackend.status().reason());
            System.exit(1);
        }
        OfdmConfig ofdm = new OfdmConfig(CarrierConfig.of(30, 273), 0.5, 0);
        System.out.printf(Locale.ROOT, "backend %s, 30 kHz 273 RB 4 RX 64QAM full slot, %d timed calls per batch%n",
                backend, iterations);
        for (String f : formats) {
            UplinkIoFormat io = UplinkIoFormat.parse(f);
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
        System.out.printf(Locale.ROOT, "%-16s %-7s %-6s %-6s %12s %12s %12s %14s%n", "io", "mode", "layers", "cells",
                "median_us", "p99_us", "max_us", "cells_per_ms");
        boolean[] modes = backend == Backend.GPU ? new boolean[] {false, true} : new boolean[] {false};
        for (String f : formats) {
            UplinkIoFormat io = UplinkIoFormat.parse(f);
            for (boolean staged : modes) {
                String mode = staged ? "staged" : "arrays";
                for (int layers = 1; layers <= 2; layers++) {
                    int best = 0;
                    for (int b : BATCHES) {
                        double[] us = run(ofdm, layers, b, backend, iterations, staged, io);
                        double median = us[us.length / 2];
                        double p99 = us[(int) Math.min(us.length - 1, Math.ceil(0.99 * us.length) - 1)];
                        System.out.printf(Locale.ROOT, "%-16s %-7s %-6d %-6d %12.1f %12.1f %12.1f %14.2f%n",
                                io.label(), mode, layers, b, median, p99, us[us.length - 1], b / median * 1000);
                        if (p99 <= DEADLINE_US) {
                            best = b;
                        }
                        if (median > 2 * DEADLINE_US) {
                            break;
                        }
                    }
                    System.out.printf(Locale.ROOT, "%s %s, layers %d: %d cells in real time (largest batch with p99 "
                            + "<= %.0f us)%n", io.label(), mode, layers, best, DEADLINE_US);
                }
            }
        }
    }

    private static double[] run(OfdmConfig ofdm, int layers, int batch, Backend backend, int iterations,
                                boolean staged, UplinkIoFormat io) {
        boolean compact = io.equals(UplinkIoFormat.COMPACT);
        if (!compact && !io.equals(UplinkIoFormat.FLOAT)) {
            throw new IllegalArgumentException("formats must be float32/float32 or int16/int8, was " + io.label());
        }
        UplinkFrontEndConfig c = UplinkFrontEndConfig.fullSlot(ofdm, 4, layers, Modulation.QAM64, batch).withIo(io);
        int len = 2 * ofdm.carrier().maxSlotLengthSamples();
        SplittableRandom r = new SplittableRandom(batch);
        float[][][] in = new float[batch][4][len];
        float[][] pilots = new float[batch][c.numPilotFloats()];
        float[] n0 = new float[batch];
        float[][] llr = new float[batch][c.numLlrs()];
        for (int i = 0; i < batch; i++) {
            n0[i] = 0.01f;
            for (float[] a : in[i]) {
                for (int j = 0; j < a.length; j++) {
                    a[j] = (float) (r.nextGaussian() * 0.01);
                }
            }
            for (int j = 0; j < pilots[i].length; j++) {
                pilots[i][j] = r.nextBoolean() ? 0.70710677f : -0.70710677f;
            }
        }
        short[][][] in16 = null;
        float[] scale = null;
        byte[][] llr8 = null;
        if (compact) {
            in16 = new short[batch][4][len];
            scale = new float[batch];
            llr8 = new byte[batch][c.numLlrs()];
            for (int i = 0; i < batch; i++) {
                scale[i] = 1e-5f;
                for (int rx = 0; rx < 4; rx++) {
                    org.airan.phy.frontend.Int16Samples.quantize(in[i][rx], 0, in16[i][rx], 0, len, 1e-5f);
                }
            }
        }
        double[] us = new double[iterations];
        try (UplinkFrontEnd fe = UplinkFrontEnds.create(c, backend)) {
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
