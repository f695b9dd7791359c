package org.airan.benchmarks.tp;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.airan.phy.transformprecoding.TransformPrecoder;
import org.airan.phy.transformprecoding.TransformPrecoders;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * PUSCH transform precoding (TS 38.211 §6.3.1.4) of one slot on one thread: 12 data symbols (14 minus 2 DM-RS
 * symbols) of M_sc = 12·M_RB values each. {@code precode}: forward DFT + 1/√M scaling (transmitter);
 * {@code deprecode}: inverse DFT + scaling + per-symbol noise-variance averaging (receiver, ZF de-spreading);
 * {@code deprecodeMmse}: the receiver's default MMSE de-spreading (per-RE weights, inverse DFT, unbiasing). M_RB = 270 is the largest
 * 2^a·3^b·5^c allocation of a 273-RB carrier (M_sc = 3240 = 2^3·3^4·5); 256 (3072 = 3·2^10) for comparison. One
 * operation = one slot; at 30 kHz real time is 2000 slots/s. The DFT backend is the factory's (FFTW where the system
 * library is present; {@code -jvmArgsAppend -Dairan.fftw=false} gives the Java backends).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx1g"})
public class TransformPrecodingBenchmark {

    private static final int DATA_SYMBOLS = 12;

    /** Allocation M_RB. */
    @Param({"270", "256"})
    public int mRb;

    private TransformPrecoder tp;
    private float[] data;
    private float[] noiseVar;
    private int mSc;

    @Setup
    public void setup() {
        mSc = 12 * mRb;
        tp = TransformPrecoders.create(mRb);
        data = new float[2 * mSc * DATA_SYMBOLS];
        noiseVar = new float[mSc * DATA_SYMBOLS];
        SplittableRandom rnd = new SplittableRandom(1);
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) rnd.nextGaussian();
        }
        for (int i = 0; i < noiseVar.length; i++) {
            noiseVar[i] = 0.1f;
        }
    }

    @Benchmark
    public float precode() {
        tp.precode(data, 0, mSc, DATA_SYMBOLS);
        return data[0];
    }

    @Benchmark
    public float deprecode() {
        tp.deprecode(data, 0, noiseVar, 0, mSc, DATA_SYMBOLS);
        return data[0] + noiseVar[0];
    }

    @Benchmark
    public float deprecodeMmse() {
        tp.deprecodeMmse(data, 0, noiseVar, 0, mSc, DATA_SYMBOLS);
        java.util.Arrays.fill(noiseVar, 0.1f); // restore the per-RE input (the call overwrites it with σ²_out)
        return data[0];
    }
}
