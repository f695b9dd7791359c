package org.airan.benchmarks.dft;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.airan.phy.dft.DftProcessor;
import org.airan.phy.dft.FftwDftProcessor;
import org.airan.phy.dft.JTransformsDftProcessor;
import org.airan.phy.dft.MixedRadixDftProcessor;
import org.airan.phy.dft.Radix3DftProcessor;
import org.airan.phy.dft.StockhamDftProcessor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * One forward DFT of N points, out of place ({@link DftProcessor#forward}: the caller's input is left alone, as in
 * the OFDM demodulator; the Java backends copy it into the output and transform there, FFTW copies into its native
 * buffer and out), for the backends that serve the sizes 2^a·3^b·5^c: the mixed-radix Stockham FFT with its
 * Vector-API stages ({@code mixed-vector}) and all-scalar ({@code mixed-scalar}), JTransforms, the radix-3 stage over
 * the Vector-API Stockham FFT (3·2^k only) and FFTW through {@code java.lang.foreign} (where {@code libfftw3f} is
 * installed). Sizes: 300, 900, 3000, 3240 are M_sc = 12·M_RB of PUSCH transform precoding (TS 38.211 §6.3.1.4:
 * 25, 75, 250, 270 PRB); 1536 = 3·2^9 is the OFDM size of 106 RB at 30 kHz. A combination that does not apply
 * (radix-3 for a size that is not 3·2^k, FFTW where absent) runs an empty operation and is left out of the record.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
        "-Xmx1g"})
public class MixedRadixDftBenchmark {

    /** DFT size N. */
    @Param({"300", "900", "1536", "3000", "3240"})
    public int n;

    /** Backend. */
    @Param({"mixed-vector", "mixed-scalar", "jtransforms", "radix3-stockham", "fftw"})
    public String impl;

    private DftProcessor dft;
    private float[] in;
    private float[] out;

    @Setup
    public void setup(BenchmarkParams params) {
        dft = switch (impl) {
            case "mixed-vector" -> new MixedRadixDftProcessor(n, true);
            case "mixed-scalar" -> new MixedRadixDftProcessor(n, false);
            case "jtransforms" -> new JTransformsDftProcessor(n);
            case "radix3-stockham" -> {
                if (!(Radix3DftProcessor.supports(n) && StockhamDftProcessor.supports(n / 3))) {
                    // Refused rather than measured as an empty call: JMH reports the case as failed and goes on.
                    throw new IllegalArgumentException("radix3-stockham does not support N = " + n + " (3·2^k only)");
                }
                yield new Radix3DftProcessor(n, new StockhamDftProcessor(n / 3));
            }
            case "fftw" -> {
                if (!FftwDftProcessor.available()) {
                    throw new IllegalStateException("FFTW is not installed on this machine");
                }
                yield new FftwDftProcessor(n);
            }
            default -> throw new IllegalArgumentException("impl " + impl);
        };
        in = new float[2 * n];
        out = new float[2 * n];
        SplittableRandom rnd = new SplittableRandom(n);
        for (int i = 0; i < in.length; i++) {
            in[i] = (float) rnd.nextGaussian();
        }
    }

    @TearDown
    public void tearDown() {
        if (dft != null) {
            dft.close();
        }
    }

    @Benchmark
    public float forward() {
        dft.forward(in, 0, out, 0);
        return out[2];
    }
}
