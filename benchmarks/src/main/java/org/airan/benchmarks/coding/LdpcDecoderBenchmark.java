package org.airan.benchmarks.coding;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.airan.phy.coding.ldpc.LdpcBaseGraph;
import org.airan.phy.coding.ldpc.LdpcCode;
import org.airan.phy.coding.ldpc.LdpcDecodeResult;
import org.airan.phy.coding.ldpc.LdpcDecoder;
import org.airan.phy.coding.ldpc.LdpcDecoderConfig;
import org.airan.phy.coding.ldpc.LdpcDecoders;
import org.airan.phy.coding.ldpc.LdpcEncoders;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * LDPC decoder throughput, one thread, 8 iterations, early termination off, offset min-sum: scalar float,
 * Vector API float and Vector API int16 kernels. Decoded information Mbps = K · ops/s / 10^6 with K = 8448 (BG1) or 3840 (BG2), Z_c = 384.
 *
 * <p>Cases: {@code BG1_R1_3} (E = N = 25344), {@code BG1_R8_9} (E = 9504: 5 of 46 rows are active),
 * {@code BG2_R1_5} (E = N = 19200). LLRs are BPSK over AWGN at Es/N0 = 1 dB; with early termination off the work
 * does not depend on them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class LdpcDecoderBenchmark {

    @Param({"BG1_R1_3", "BG1_R8_9", "BG2_R1_5"})
    public String codeCase;

    @Param({"scalar", "vector", "int16"})
    public String decoderKind;

    private LdpcCode code;
    private LdpcDecoder decoder;
    private final LdpcDecodeResult result = new LdpcDecodeResult();
    private byte[] c;
    private byte[] d;
    private byte[] decoded;
    private float[] llr;

    @Setup(Level.Trial)
    public void setUp() {
        LdpcBaseGraph bg = codeCase.startsWith("BG1") ? LdpcBaseGraph.BG1 : LdpcBaseGraph.BG2;
        code = LdpcCode.of(bg, 384);
        int e = switch (codeCase) {
            case "BG1_R1_3" -> code.n();
            case "BG1_R8_9" -> code.k() * 9 / 8;
            case "BG2_R1_5" -> code.n();
            default -> throw new IllegalArgumentException("codeCase " + codeCase);
        };
        LdpcDecoderConfig config = LdpcDecoderConfig.defaults(384, 8, false);
        decoder = switch (decoderKind) {
            case "scalar" -> LdpcDecoders.layeredMinSum(config);
            case "vector" -> LdpcDecoders.vectorLayeredMinSum(config);
            case "int16" -> LdpcDecoders.int16LayeredMinSum(config);
            default -> throw new IllegalArgumentException("decoderKind " + decoderKind);
        };
        SplittableRandom rnd = new SplittableRandom(1);
        c = new byte[code.k()];
        for (int i = 0; i < c.length; i++) {
            c[i] = (byte) rnd.nextInt(2);
        }
        d = new byte[code.n()];
        LdpcEncoders.create(384).encode(code, c, 0, d, 0);
        decoded = new byte[code.k()];
        double sigma2 = 0.5 * Math.pow(10, -0.1);
        llr = new float[code.n()];
        for (int j = 0; j < e; j++) {
            double u1 = rnd.nextDouble();
            double u2 = rnd.nextDouble();
            double noise = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
            llr[j] = (float) (2 * (1 - 2 * d[j] + Math.sqrt(sigma2) * noise) / sigma2);
        }
    }

    @Benchmark
    public int decode() {
        decoder.decode(code, llr, 0, decoded, 0, result);
        return result.iterations();
    }
}
