package org.airan.phy.coding.ldpc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.airan.phy.coding.ratematch.HarqSoftBuffer;
import org.airan.phy.coding.ratematch.LdpcRateMatchConfig;
import org.airan.phy.coding.ratematch.LdpcRateMatcher;
import org.airan.phy.coding.ratematch.LdpcRateRecoverer;
import org.airan.phy.coding.segmentation.CodeBlockSegmentation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Steady-state calls of the scalar coding blocks allocate nothing: the thread's allocated-byte counter
 * (com.sun.management.ThreadMXBean) does not move across repeated encode / rate-match / recover / decode calls.
 * (The Vector API decoder allocates vector boxes until C2 compiles it, so it is checked with JMH -prof gc.)
 */
class CodingAllocationTest {

    /** Measured rounds after warm-up. */
    private static final int ROUNDS = 8;

    @Test
    void codeBlockChainAllocatesNothing() {
        Assumptions.assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "needs com.sun.management.ThreadMXBean");
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(mx.isThreadAllocatedMemorySupported() && mx.isThreadAllocatedMemoryEnabled(),
                "thread allocation accounting unavailable");
        CodeBlockSegmentation seg = CodeBlockSegmentation.compute(8484, LdpcBaseGraph.BG1);
        LdpcCode code = seg.code();
        LdpcEncoder encoder = LdpcEncoders.create(384);
        LdpcDecoder decoder = LdpcDecoders.layeredMinSum(LdpcDecoderConfig.defaults(384, 4, true));
        int e = 6 * 2000;
        LdpcRateMatcher matcher = new LdpcRateMatcher(e);
        LdpcRateRecoverer recoverer = new LdpcRateRecoverer(e);
        HarqSoftBuffer buffer = new HarqSoftBuffer(seg.numCodeBlocks(), seg.encodedSize());
        LdpcDecodeResult result = new LdpcDecodeResult();
        byte[] tb = new byte[seg.inputSize()];
        SplittableRandom rnd = new SplittableRandom(1);
        for (int i = 0; i < tb.length; i++) {
            tb[i] = (byte) rnd.nextInt(2);
        }
        byte[] c = new byte[seg.k()];
        byte[] d = new byte[seg.encodedSize()];
        byte[] f = new byte[e];
        float[] llr = new float[e];
        byte[] out = new byte[seg.k()];
        LdpcRateMatchConfig[] configs = new LdpcRateMatchConfig[4];
        for (int rv = 0; rv < 4; rv++) {
            configs[rv] = LdpcRateMatchConfig.of(seg, rv, 6, e, 0);
        }
        long[] allocated = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long before = mx.getCurrentThreadAllocatedBytes();
            for (int rv = 0; rv < 4; rv++) {
                seg.segment(tb, 0, 0, c, 0);
                encoder.encode(code, c, 0, d, 0);
                matcher.rateMatch(configs[rv], d, 0, f, 0);
                for (int k = 0; k < e; k++) {
                    llr[k] = 4f * (1 - 2 * f[k]);
                }
                recoverer.recover(configs[rv], llr, 0, buffer, 0);
                decoder.decode(code, buffer.data(), buffer.offset(0), out, 0, result);
                seg.codeBlockCrcPasses(out, 0);
            }
            buffer.reset();
            allocated[round] = mx.getCurrentThreadAllocatedBytes() - before;
        }
        // Code that allocates per call allocates in every round. A round can still see a few bytes from the JVM
        // itself (JIT deoptimisation, class initialisation on a loaded machine: 96 B seen once), so the contract
        // checked is: most rounds allocate exactly nothing.
        int zeroRounds = 0;
        for (long a : allocated) {
            if (a == 0) {
                zeroRounds++;
            }
        }
        assertTrue(zeroRounds >= ROUNDS / 2, "rounds allocating 0 bytes: " + zeroRounds + " of " + ROUNDS
                + ", bytes per round " + java.util.Arrays.toString(allocated));
    }
}
