package org.airan.benchmarks.coding;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.airan.phy.modulation.LlrQuantizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * int8 LLR quantization ({@link LlrQuantizer}, decision 092) of one 100 MHz 1-layer 64QAM cell-slot's LLRs
 * ({@link #LLRS} = 273 PRB × 12 × 12 data symbols × 6 bits), one thread; the score is ns per LLR. {@code bulk} is
 * the library's loop; {@code remainderLoop} is the former per-LLR form (truncate, exact remainder, two conditional
 * steps) and {@code roundToByte} the obvious {@code (byte) Math.round(clamped)}, both kept here to measure what the
 * library's form buys (same results, decision 092).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class LlrQuantizerBenchmark {

    /** LLRs of one 273-PRB, 12-data-symbol, 1-layer 64QAM slot. */
    public static final int LLRS = 273 * 12 * 12 * 6;

    private final float[] llr = new float[LLRS];
    private final byte[] out = new byte[LLRS];

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(92);
        for (int i = 0; i < LLRS; i++) {
            llr[i] = (float) (r.nextGaussian() * 6); // most inside ±15.875, some saturating
        }
    }

    @Benchmark
    @OperationsPerInvocation(LLRS)
    public byte[] bulk() {
        LlrQuantizer.quantize(llr, 0, out, 0, LLRS, LlrQuantizer.DEFAULT_SCALE);
        return out;
    }

    @Benchmark
    @OperationsPerInvocation(LLRS)
    public byte[] remainderLoop() {
        float scale = LlrQuantizer.DEFAULT_SCALE;
        for (int i = 0; i < LLRS; i++) {
            float v = llr[i] * scale;
            v = v != v ? 0f : Math.max(-127, Math.min(127, v));
            int t = (int) v;
            float rem = v - t;
            out[i] = (byte) (t + (rem >= 0.5f ? 1 : 0) - (rem < -0.5f ? 1 : 0));
        }
        return out;
    }

    @Benchmark
    @OperationsPerInvocation(LLRS)
    public byte[] roundToByte() {
        float scale = LlrQuantizer.DEFAULT_SCALE;
        for (int i = 0; i < LLRS; i++) {
            out[i] = (byte) Math.round(Math.min(127f, Math.max(-127f, llr[i] * scale)));
        }
        return out;
    }
}
