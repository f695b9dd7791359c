package org.airan.benchmarks.mimo;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.airan.phy.mimo.Equalizer;
import org.airan.phy.mimo.Equalizers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Equalization of one slot: 273 RB × 14 symbols = 45 864 REs, 4 receive antennas. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EqualizerBenchmark {

    @Param({"1", "2", "3", "4"})
    public int layers;

    @Param({"ZF", "MMSE"})
    public String kind;

    private static final int NUM_RX = 4;
    private static final int NUM_RE = 273 * 12 * 14;

    private Equalizer eq;
    private float[][] rx;
    private float[][] h;
    private float[][] sym;
    private float[][] nv;
    private float[][] sinr;

    @Setup
    public void setup() {
        eq = Equalizers.create(Equalizers.Kind.valueOf(kind), NUM_RX);
        SplittableRandom r = new SplittableRandom(1);
        rx = new float[NUM_RX][2 * NUM_RE];
        h = new float[NUM_RX * layers][2 * NUM_RE];
        for (float[] a : rx) {
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) (r.nextDouble() - 0.5);
            }
        }
        for (float[] a : h) {
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) (r.nextDouble() - 0.5);
            }
        }
        sym = new float[layers][2 * NUM_RE];
        nv = new float[layers][NUM_RE];
        sinr = new float[layers][NUM_RE];
    }

    @Benchmark
    public float[][] equalizeSlot() {
        eq.equalize(rx, 0, h, 0, NUM_RX, layers, NUM_RE, 0.1f, sym, 0, nv, sinr, 0);
        return sym;
    }
}
