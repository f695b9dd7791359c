package org.airan.benchmarks.coding;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.airan.phy.coding.polar.PolarCode;
import org.airan.phy.coding.polar.PolarCodeConfig;
import org.airan.phy.coding.polar.PolarDecoder;
import org.airan.phy.coding.polar.PolarDecoders;
import org.airan.phy.coding.polar.PolarEncoder;
import org.airan.phy.ssb.Mib;
import org.airan.phy.ssb.PbchDecodeResult;
import org.airan.phy.ssb.PbchDecoder;
import org.airan.phy.ssb.PbchEncoder;
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
 * Polar coding of TS 38.212 §5.3.1/§5.4.1 and the PBCH chain of §7.1, on one thread. One operation = one code
 * block. The LLRs are one fixed BPSK AWGN realization at {@code esN0Db}: at −10 dB the PBCH list decoder works
 * near its 0.1 % BLER point (paths really fork and get pruned); at +10 dB every decision is clean.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class PolarBenchmark {

    /** Es/N0 of the decoded LLRs, dB. */
    @Param({"-10", "10"})
    public double esN0Db;

    private final PbchEncoder pbchEncoder = new PbchEncoder();
    private final PbchDecoder pbchScl8 = new PbchDecoder(8);
    private final PbchDecoder pbchSc = new PbchDecoder(1);
    private final PbchDecoder pbchAdaptive = new PbchDecoder(PolarDecoders.adaptiveList(8, 512));
    private final PolarEncoder polarEncoder = new PolarEncoder(512);
    private final PolarDecoder dciScl8 = PolarDecoders.crcAidedList(8, 512);
    private final PolarCode dciCode = new PolarCode(PolarCodeConfig.dci(40, 2)); // K 64, E 216, N 256
    private final Mib mib = new Mib(436, 30, 0, 2, 0xC4, false, true, 0);
    private final byte[] pbchBits = new byte[PbchEncoder.NUM_CODED_BITS];
    private final float[] pbchLlr = new float[PbchEncoder.NUM_CODED_BITS];
    private final byte[] dciIn = new byte[64];
    private final byte[] dciBits = new byte[216];
    private final float[] dciLlr = new float[216];
    private final byte[] dciOut = new byte[64];

    @Setup
    public void setup() {
        SplittableRandom r = new SplittableRandom(5);
        pbchEncoder.encode(mib, 0, 0, 8, 1, pbchBits);
        double sigma2 = 1.0 / (2.0 * Math.pow(10.0, esN0Db / 10.0));
        noisy(pbchBits, pbchLlr, sigma2, r);
        for (int i = 0; i < 40; i++) {
            dciIn[i] = (byte) r.nextInt(2);
        }
        dciCode.attachCrc(dciIn, 0, 0x1234);
        polarEncoder.encode(dciCode, dciIn, 0, dciBits, 0);
        // DCI at AL 2 needs about 6 dB more than PBCH for the same BLER.
        noisy(dciBits, dciLlr, sigma2 / Math.pow(10.0, 0.6), r);
        if (!pbchScl8.decode(pbchLlr, 0, 8, 1).crcOk()) {
            throw new IllegalStateException("the fixed PBCH realization should decode; pick another seed");
        }
    }

    private static void noisy(byte[] bits, float[] llr, double sigma2, SplittableRandom r) {
        double sigma = Math.sqrt(sigma2);
        for (int i = 0; i < bits.length; i++) {
            double u1 = r.nextDouble();
            double u2 = r.nextDouble();
            double g = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
            llr[i] = (float) (2 * ((1 - 2 * bits[i]) + sigma * g) / sigma2);
        }
    }

    /** Full PBCH receive chain: rate recovery, CA-SCL-8, CRC, descrambling, payload parsing. */
    @Benchmark
    public PbchDecodeResult pbchDecodeScl8() {
        return pbchScl8.decode(pbchLlr, 0, 8, 1);
    }

    /** The same with successive cancellation (list of 1). */
    @Benchmark
    public PbchDecodeResult pbchDecodeSc() {
        return pbchSc.decode(pbchLlr, 0, 8, 1);
    }

    /** SC first, CA-SCL-8 only when SC fails the CRC. */
    @Benchmark
    public PbchDecodeResult pbchDecodeAdaptive8() {
        return pbchAdaptive.decode(pbchLlr, 0, 8, 1);
    }

    /** Full PBCH transmit chain: payload, scrambling, CRC24C, polar encoding, rate matching to 864 bits. */
    @Benchmark
    public byte[] pbchEncode() {
        pbchEncoder.encode(mib, 0, 0, 8, 1, pbchBits);
        return pbchBits;
    }

    /** A DCI (A = 40, aggregation level 2: K = 64, E = 216, N = 256, puncturing) with CA-SCL-8 and RNTI check. */
    @Benchmark
    public boolean dciDecodeScl8() {
        return dciScl8.decode(dciCode, dciLlr, 0, 0x1234, dciOut, 0);
    }
}
