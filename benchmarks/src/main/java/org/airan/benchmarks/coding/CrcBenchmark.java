package org.airan.benchmarks.coding;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.airan.phy.coding.crc.CrcCalculator;
import org.airan.phy.coding.crc.CrcPolynomial;
import org.airan.phy.sequence.GoldSequence;
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
 * CRC (TS 38.212 §5.1) over one LDPC code block's worth of bits (8448), in the two layouts the library offers:
 * one bit per byte (the coding chain's layout) and packed bytes (MSB first), plus Gold-sequence descrambling of
 * the same number of LLRs (TS 38.211 §5.2.1). Score: operations per microsecond; Gbps = ops/µs × 8448 / 1000.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class CrcBenchmark {

    /** Bits per call: the BG1 maximum code-block size K_cb. */
    public static final int BITS = 8448;

    @Param({"CRC24A", "CRC16"})
    public CrcPolynomial polynomial;

    private CrcCalculator crc;
    private byte[] unpacked;
    private byte[] packed;
    private float[] llr;

    @Setup
    public void setup() {
        crc = CrcCalculator.of(polynomial);
        SplittableRandom rnd = new SplittableRandom(5);
        unpacked = new byte[BITS];
        packed = new byte[BITS / 8];
        llr = new float[BITS];
        for (int i = 0; i < BITS; i++) {
            unpacked[i] = (byte) rnd.nextInt(2);
            packed[i >> 3] |= (byte) (unpacked[i] << (7 - (i & 7)));
            llr[i] = (float) rnd.nextGaussian();
        }
    }

    @Benchmark
    public int crcUnpackedBits() {
        return crc.computeBits(unpacked, 0, BITS);
    }

    @Benchmark
    public int crcPackedBytes() {
        return crc.computePacked(packed, 0, BITS);
    }

    @Benchmark
    public float goldDescrambleLlr() {
        GoldSequence.descrambleLlr(0x1234567, 0, llr, 0, BITS);
        return llr[0];
    }
}
