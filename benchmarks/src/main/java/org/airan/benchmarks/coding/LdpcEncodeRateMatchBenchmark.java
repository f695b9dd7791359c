package org.airan.benchmarks.coding;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.airan.phy.coding.ldpc.LdpcBaseGraph;
import org.airan.phy.coding.ldpc.LdpcCode;
import org.airan.phy.coding.ldpc.LdpcEncoder;
import org.airan.phy.coding.ldpc.LdpcEncoders;
import org.airan.phy.coding.ratematch.LdpcRateMatchConfig;
import org.airan.phy.coding.ratematch.LdpcRateMatcher;
import org.airan.phy.coding.ratematch.LdpcRateRecoverer;
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
 * LDPC encoding, rate matching (Q_m = 6) and rate recovery throughput of one code block, one thread. Decoded information Mbps = K · ops/s / 10^6 with K = 8448 (BG1) or 3840 (BG2), Z_c = 384.
 *
 * <p>Cases: {@code BG1_R1_3} (E = N = 25344), {@code BG1_R8_9} (E = 9504),
 * {@code BG2_R1_5} (E = N = 19200). LLRs are BPSK over AWGN at Es/N0 = 1 dB; with early termination off the work
 * does not depend on them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class LdpcEncodeRateMatchBenchmark {

    @Param({"BG1_R1_3", "BG1_R8_9", "BG2_R1_5"})
    public String codeCase;

    private LdpcCode code;
    private LdpcEncoder encoder;
    private LdpcRateMatcher matcher;
    private LdpcRateRecoverer recoverer;
    private LdpcRateMatchConfig rateMatch;
    private byte[] c;
    private byte[] d;
    private byte[] f;
    private float[] llr;
    private float[] received;
    private float[] softBuffer;

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
        encoder = LdpcEncoders.create(384);
        matcher = new LdpcRateMatcher(e);
        recoverer = new LdpcRateRecoverer(e);
        int end = code.k() - 2 * code.z();
        rateMatch = new LdpcRateMatchConfig(bg, 384, code.n(), end, end, 0, 6, e - e % 6);
        SplittableRandom rnd = new SplittableRandom(1);
        c = new byte[code.k()];
        for (int i = 0; i < c.length; i++) {
            c[i] = (byte) rnd.nextInt(2);
        }
        d = new byte[code.n()];
        encoder.encode(code, c, 0, d, 0);
        f = new byte[e];
        double sigma2 = 0.5 * Math.pow(10, -0.1);
        llr = new float[code.n()];
        for (int j = 0; j < e; j++) {
            double u1 = rnd.nextDouble();
            double u2 = rnd.nextDouble();
            double noise = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
            llr[j] = (float) (2 * (1 - 2 * d[j] + Math.sqrt(sigma2) * noise) / sigma2);
        }
        received = new float[e];
        System.arraycopy(llr, 0, received, 0, e);
        softBuffer = new float[code.n()];
    }

    @Benchmark
    public byte[] encode() {
        encoder.encode(code, c, 0, d, 0);
        return d;
    }

    @Benchmark
    public byte[] rateMatch() {
        matcher.rateMatch(rateMatch, d, 0, f, 0);
        return f;
    }

    @Benchmark
    public float[] rateRecover() {
        recoverer.recover(rateMatch, received, 0, softBuffer, 0);
        return softBuffer;
    }
}
