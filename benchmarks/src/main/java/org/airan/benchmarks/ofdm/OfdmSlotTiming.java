package org.airan.benchmarks.ofdm;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.airan.phy.Backend;
import org.airan.phy.dft.JTransformsDftProcessor;
import org.airan.phy.dft.Radix3DftProcessor;
import org.airan.phy.dft.StockhamDftProcessor;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.ofdm.CpuOfdmDemodulator;
import org.airan.phy.ofdm.Ofdm;
import org.airan.phy.ofdm.OfdmConfig;
import org.airan.phy.ofdm.OfdmDemodulator;

/**
 * Slot-demodulation timing that matches {@code benchmarks/fftw/ofdm_slot_fftw.c} block for block: the same slot
 * (30 kHz, slot 0, window at half the CP), one slot per timed block, best and median rate. The factory's
 * demodulator (FFTW through {@code java.lang.foreign} where libfftw3f is installed), the pure-Java Vector-API one
 * and a JTransforms one alternate slot by slot, so load from other processes hits both alike.
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp benchmarks/target/benchmarks.jar
 * org.airan.benchmarks.ofdm.OfdmSlotTiming n_rb dft ports seconds}. Prints one line per implementation:
 * {@code n_rb dft ports implementation best_block_slots_per_s median_block_slots_per_s}.
 */
public final class OfdmSlotTiming {

    private static final int BLOCK = 1;

    private OfdmSlotTiming() {
    }

    public static void main(String[] args) {
        int nrb = args.length > 0 ? Integer.parseInt(args[0]) : 273;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 4096;
        int ports = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        double seconds = args.length > 3 ? Double.parseDouble(args[3]) : 2.0;
        CarrierConfig c = CarrierConfig.of(30, nrb, n);
        OfdmConfig cfg = OfdmConfig.of(c).withWindowOffsetFraction(0.5);
        // The factory's choice (FFTW through java.lang.foreign where libfftw3f is installed), the pure-Java
        // Vector-API FFT (fused path for powers of two, radix-3 stage for 3·2^k) and JTransforms.
        OfdmDemodulator[] impls = {Ofdm.demodulator(cfg, Backend.CPU),
                new CpuOfdmDemodulator(cfg, StockhamDftProcessor.supports(n) ? new StockhamDftProcessor(n)
                        : new Radix3DftProcessor(n, new StockhamDftProcessor(n / 3))),
                new CpuOfdmDemodulator(cfg, new JTransformsDftProcessor(n))};
        String[] names = {"factory:" + impls[0].backendName(), "java:" + impls[1].backendName(), "jtransforms"};
        float[][] iq = new float[ports][2 * c.maxSlotLengthSamples()];
        SplittableRandom r = new SplittableRandom(1);
        for (float[] a : iq) {
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) (r.nextDouble() - 0.5);
            }
        }
        ResourceGrid grid = ResourceGrid.forSlot(c, ports);
        // Warm-up: the Vector-API loops are very slow until C2 has compiled them, which takes longer on a loaded
        // machine; run at least 300 slots per implementation and 1.5 s (at most 30 s).
        long warmStart = System.nanoTime();
        for (int count = 0; count < 300 || System.nanoTime() - warmStart < 1_500_000_000L; count++) {
            if (System.nanoTime() - warmStart > 30_000_000_000L) {
                break;
            }
            for (OfdmDemodulator d : impls) {
                d.demodulate(iq, 0, 0, grid);
            }
        }
        int max = 200_000;
        double[][] rate = new double[impls.length][max];
        int blocks = 0;
        long end = System.nanoTime() + (long) (seconds * 1e9 * impls.length);
        while (blocks < max && System.nanoTime() < end) {
            for (int k = 0; k < impls.length; k++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < BLOCK; i++) {
                    impls[k].demodulate(iq, 0, 0, grid);
                }
                rate[k][blocks] = BLOCK / ((System.nanoTime() - t0) * 1e-9);
            }
            blocks++;
        }
        for (int k = 0; k < impls.length; k++) {
            double[] s = Arrays.copyOf(rate[k], blocks);
            Arrays.sort(s);
            System.out.printf("%d %d %d %s %.1f %.1f%n", nrb, n, ports, names[k], s[blocks - 1], s[blocks / 2]);
        }
    }
}
