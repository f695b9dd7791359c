package org.airan.benchmarks.ofdm;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.airan.phy.dft.DftProcessor;
import org.airan.phy.dft.FftwDftProcessor;
import org.airan.phy.dft.JTransformsDftProcessor;
import org.airan.phy.dft.MixedRadixDftProcessor;
import org.airan.phy.dft.Radix3DftProcessor;
import org.airan.phy.dft.StockhamDftProcessor;

/**
 * Compares DFT implementations on a shared, loaded machine by alternating them in short blocks in one JVM and
 * reporting the fastest and the median block per implementation (load from other processes hits both alike;
 * the minimum approximates the unloaded cost). JMH gives the absolute numbers; this gives a robust ratio.
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp benchmarks/target/benchmarks.jar
 * org.airan.benchmarks.ofdm.DftAlternatingComparison [sizes...]}. Sizes that are neither 2^k nor 3·2^k (e.g. the
 * transform-precoding sizes 300, 3240) get JTransforms, the mixed-radix FFT (vector and scalar) and FFTW.
 */
public final class DftAlternatingComparison {

    private DftAlternatingComparison() {
    }

    public static void main(String[] args) {
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {4096, 2048, 1536, 3072};
        System.out.printf("%-6s %-24s %12s %12s%n", "N", "implementation", "min_us", "median_us");
        for (int n : sizes) {
            java.util.List<DftProcessor> list = new java.util.ArrayList<>();
            list.add(new JTransformsDftProcessor(n));
            if (StockhamDftProcessor.supports(n)) {
                list.add(new StockhamDftProcessor(n));
            } else if (Radix3DftProcessor.supports(n) && StockhamDftProcessor.supports(n / 3)) {
                list.add(new Radix3DftProcessor(n, new StockhamDftProcessor(n / 3)));
            }
            if (MixedRadixDftProcessor.supports(n)) {
                list.add(new MixedRadixDftProcessor(n, true));
                list.add(new MixedRadixDftProcessor(n, false));
            }
            if (FftwDftProcessor.available()) {
                list.add(new FftwDftProcessor(n));
            }
            DftProcessor[] impls = list.toArray(new DftProcessor[0]);
            float[] data = new float[2 * n];
            SplittableRandom r = new SplittableRandom(n);
            for (int i = 0; i < data.length; i++) {
                data[i] = (float) (r.nextDouble() - 0.5);
            }
            int perBlock = 200;
            int rounds = 40;
            double[][] us = new double[impls.length][rounds];
            for (int warm = 0; warm < 3000; warm++) {
                for (DftProcessor d : impls) {
                    d.transform(DftProcessor.Direction.FORWARD, data, 0);
                    d.transform(DftProcessor.Direction.INVERSE, data, 0);
                    scale(data, 1f / n);
                }
            }
            for (int round = 0; round < rounds; round++) {
                for (int k = 0; k < impls.length; k++) {
                    long t0 = System.nanoTime();
                    for (int i = 0; i < perBlock; i++) {
                        impls[k].transform(DftProcessor.Direction.FORWARD, data, 0);
                    }
                    us[k][round] = (System.nanoTime() - t0) / 1e3 / perBlock;
                    scale(data, 1f / (float) Math.sqrt(n)); // keep magnitudes bounded
                }
            }
            for (int k = 0; k < impls.length; k++) {
                double[] s = us[k].clone();
                Arrays.sort(s);
                System.out.printf("%-6d %-24s %12.2f %12.2f%n", n, impls[k].backendName(), s[0], s[rounds / 2]);
            }
        }
    }

    private static void scale(float[] a, float f) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= f;
        }
    }
}
