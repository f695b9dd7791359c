package org.airan.benchmarks.coding;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.airan.phy.modulation.Modulation;
import org.airan.phy.modulation.ModulationMapper;
import org.airan.phy.modulation.SoftDemapper;
import org.airan.phy.modulation.SoftDemappers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Soft demapping (TS 38.211 §5.1 inverse) of noisy symbols with a per-symbol noise variance into float LLRs, one
 * thread. The score is symbols per microsecond = Msymbols/s ({@link #SYMBOLS} per invocation, about one 273-PRB
 * slot of one layer).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class SoftDemapperBenchmark {

    /** 273 PRB × 12 subcarriers × 12 data symbols. */
    public static final int SYMBOLS = 273 * 12 * 12;

    @Param({"QAM64", "QAM256"})
    public Modulation modulation;

    /** "maxlog" (hot path), "maxlog-vector" (Vector API) or "logmap" (exact reference). */
    @Param({"maxlog", "maxlog-vector"})
    public String algorithm;

    private SoftDemapper demapper;
    private float[] symbols;
    private float[] noiseVar;
    private float[] llr;

    @Setup
    public void setup() {
        SplittableRandom rnd = new SplittableRandom(1);
        int qm = modulation.bitsPerSymbol();
        byte[] bits = new byte[SYMBOLS * qm];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = (byte) rnd.nextInt(2);
        }
        symbols = new float[2 * SYMBOLS];
        ModulationMapper.map(modulation, bits, 0, SYMBOLS, symbols, 0);
        noiseVar = new float[SYMBOLS];
        for (int i = 0; i < SYMBOLS; i++) {
            noiseVar[i] = 0.01f;
            symbols[2 * i] += (float) (0.07 * rnd.nextGaussian());
            symbols[2 * i + 1] += (float) (0.07 * rnd.nextGaussian());
        }
        llr = new float[SYMBOLS * qm];
        demapper = "logmap".equals(algorithm) ? SoftDemappers.logMap()
                : "maxlog-vector".equals(algorithm) ? SoftDemappers.maxLogVector() : SoftDemappers.maxLog();
    }

    @Benchmark
    @OperationsPerInvocation(SYMBOLS)
    public float[] demap() {
        demapper.demap(modulation, symbols, 0, noiseVar, 0, SYMBOLS, llr, 0, 0);
        return llr;
    }
}
