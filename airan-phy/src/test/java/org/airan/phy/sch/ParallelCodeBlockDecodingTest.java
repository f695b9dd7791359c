package org.airan.phy.sch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.airan.phy.coding.ldpc.LdpcCode;
import org.airan.phy.coding.ldpc.LdpcDecodeResult;
import org.airan.phy.coding.ldpc.LdpcDecoder;
import org.airan.phy.coding.ldpc.LdpcDecoderConfig;
import org.airan.phy.coding.ldpc.LdpcDecoders;
import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.nr.McsTable;
import org.junit.jupiter.api.Test;

/**
 * Code blocks decoded on several threads give the single-threaded results bit for bit; the CRC-aided early stop
 * keeps the decoded bits and saves iterations; failures, closing and thread properties.
 */
class ParallelCodeBlockDecodingTest {

    private static final int NUM_PRB = 52;
    private static final SchLimits LIMITS = new SchLimits(NUM_PRB, 2, 8);
    private static final int[] THREADS = {2, 3, 4};
    /** Redundancy versions of the four HARQ transmissions (TS 38.214 §6.1.2.1 order 0, 2, 3, 1). */
    private static final int[] RV_SEQUENCE = {0, 2, 3, 1};
    /**
     * Es/N0 per coded bit (BPSK-equivalent LLRs) in dB: around and above the waterfall of the rates below, so that
     * first transmissions fail some code blocks and retransmissions recover them.
     */
    private static final double[] SNR_OFFSET_DB = {-1.0, 0.0, 1.0};

    /**
     * A config and an Es/N0 (dB, BPSK-equivalent LLRs) near its first-transmission waterfall, read off a run of
     * these cases: 1 dB below it the first transmission fails (for MCS 27 with some blocks passing), 1 dB above
     * it passes; retransmissions recover the failures.
     */
    private record Case(PxschConfig cfg, double snrDb) {
    }

    private static PxschConfig cfg(McsTable table, int mcs, int prb, int layers) {
        return new PxschConfig(DmrsConfig.typical(SharedChannel.PUSCH, 0, 14, 0, prb, 1, layers, 7), table, mcs,
                0x4601, 17, 0, 0, 0);
    }

    /** Several MCS/TBS: multi-block BG1 (256QAM MCS 20 and 27, 2 layers), one block with CRC24A, BG2 with CRC16. */
    private static List<Case> cases() {
        List<Case> list = new ArrayList<>();
        list.add(new Case(cfg(McsTable.TABLE2_QAM256, 20, NUM_PRB, 1), 3.5));
        list.add(new Case(cfg(McsTable.TABLE2_QAM256, 27, NUM_PRB, 2), 7.0));
        list.add(new Case(cfg(McsTable.TABLE1_QAM64, 9, 24, 1), 3.5));
        list.add(new Case(cfg(McsTable.TABLE1_QAM64, 5, NUM_PRB, 1), -0.5));
        list.add(new Case(cfg(McsTable.TABLE1_QAM64, 0, 8, 1), -5.0));
        return list;
    }

    /** G LLRs of BPSK-equivalent bits at {@code snrDb}: 2y/σ² with y = ±1 + N(0, σ²). */
    private static void llrs(byte[] bits, int g, double snrDb, SplittableRandom rnd, float[] llr) {
        double sigma2 = Math.pow(10, -snrDb / 10);
        double s = Math.sqrt(sigma2);
        for (int i = 0; i < g; i++) {
            double y = (bits[i] == 0 ? 1 : -1) + s * rnd.nextGaussian();
            llr[i] = (float) (2 * y / sigma2);
        }
    }

    private record Outcome(byte[] tb, boolean crcOk, int cbOk, int totalIter, int maxIter, int tx) {
        static Outcome of(byte[] tb, SchDecodeResult r) {
            return new Outcome(tb.clone(), r.crcOk(), r.numCodeBlocksOk(), r.totalIterations(), r.maxIterations(),
                    r.harqTransmissions());
        }
    }

    /** Runs every config × SNR × HARQ round through {@code dec} and returns the outcomes in order. */
    private static List<Outcome> run(SharedChannelDecoder dec) {
        List<Outcome> out = new ArrayList<>();
        SharedChannelEncoder enc = new SharedChannelEncoder(LIMITS);
        SplittableRandom rnd = new SplittableRandom(20261128);
        SchDecodeResult res = new SchDecodeResult();
        for (Case cs : cases()) {
            PxschConfig cfg = cs.cfg();
            int g = cfg.g();
            byte[] tb = new byte[cfg.tbs() / 8];
            byte[] bits = new byte[g];
            float[] llr = new float[g];
            byte[] got = new byte[tb.length];
            for (double off : SNR_OFFSET_DB) {
                double snr = cs.snrDb() + off;
                rnd.nextBytes(tb);
                for (int round = 0; round < RV_SEQUENCE.length; round++) {
                    int rv = RV_SEQUENCE[round];
                    enc.encode(cfg, rv, tb, 0, tb.length, bits, 0);
                    llrs(bits, g, snr, rnd, llr);
                    dec.decode(cfg, rv, 0, round == 0, llr, 0, g, got, 0, res);
                    out.add(Outcome.of(got, res));
                }
            }
        }
        return out;
    }

    private static void assertSameOutcomes(List<Outcome> expected, List<Outcome> actual, String what) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            Outcome e = expected.get(i);
            Outcome a = actual.get(i);
            String at = what + ", case " + i;
            assertArrayEquals(e.tb(), a.tb(), at);
            assertEquals(e.crcOk(), a.crcOk(), at);
            assertEquals(e.cbOk(), a.cbOk(), at);
            assertEquals(e.totalIter(), a.totalIter(), at);
            assertEquals(e.maxIter(), a.maxIter(), at);
            assertEquals(e.tx(), a.tx(), at);
        }
    }

    @Test
    void anyThreadCountDecodesBitForBitLikeOneThread() {
        boolean[][] modes = {{true, true}, {true, false}, {false, false}}; // {earlyTermination, crcEarlyStop}
        for (boolean[] mode : modes) {
            SchDecoderConfig base = new SchDecoderConfig(1, LdpcDecoderConfig.defaults(384, 8, mode[0]), 1, mode[1]);
            List<Outcome> reference;
            try (SharedChannelDecoder one = new SharedChannelDecoder(LIMITS, base)) {
                reference = run(one);
            }
            // the cases must exercise failures, partial block successes and successes
            assertTrue(reference.stream().anyMatch(o -> !o.crcOk()), "some TB must fail");
            assertTrue(reference.stream().anyMatch(Outcome::crcOk), "some TB must pass");
            assertTrue(reference.stream().anyMatch(o -> !o.crcOk() && o.cbOk() > 0), "some TB must fail partly");
            for (int n : THREADS) {
                try (SharedChannelDecoder par = new SharedChannelDecoder(LIMITS, base.withThreads(n))) {
                    assertSameOutcomes(reference, run(par), n + " threads, ET " + mode[0] + ", CRC stop " + mode[1]);
                }
            }
        }
    }

    @Test
    void crcEarlyStopKeepsTheBitsOfConvergedBlocksAndSavesIterations() {
        SchDecoderConfig syndrome = SchDecoderConfig.defaults(1, 10).withCrcEarlyStop(false);
        List<Outcome> a;
        List<Outcome> b;
        try (SharedChannelDecoder s = new SharedChannelDecoder(LIMITS, syndrome);
             SharedChannelDecoder c = new SharedChannelDecoder(LIMITS, syndrome.withCrcEarlyStop(true))) {
            a = run(s);
            b = run(c);
        }
        int compared = 0;
        long itSyndrome = 0;
        long itCrc = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).crcOk()) {
                // every block converged with the syndrome stop: the CRC stop must deliver the same TB
                assertTrue(b.get(i).crcOk(), "case " + i);
                assertArrayEquals(a.get(i).tb(), b.get(i).tb(), "case " + i);
                assertTrue(b.get(i).totalIter() <= a.get(i).totalIter(), "case " + i + ": CRC stop ran more iterations");
                itSyndrome += a.get(i).totalIter();
                itCrc += b.get(i).totalIter();
                compared++;
            }
        }
        assertTrue(compared > 10, "too few converged cases: " + compared);
        assertTrue(itCrc <= itSyndrome, itCrc + " vs " + itSyndrome);
    }

    @Test
    void layeredDecodersAgreeWithTheCrcStop() {
        // scalar and Vector-API layered min-sum stay bit-identical (bits and iterations) with the CRC-aided stop
        LdpcDecoderConfig cfg = LdpcDecoderConfig.defaults(384, 10, true);
        LdpcDecoder scalar = LdpcDecoders.layeredMinSum(cfg);
        LdpcDecoder vector = LdpcDecoders.vectorLayeredMinSum(cfg);
        PxschConfig pc = cfg(McsTable.TABLE2_QAM256, 20, NUM_PRB, 1);
        SchPlan p = new SchPlan(pc);
        SharedChannelEncoder enc = new SharedChannelEncoder(LIMITS);
        SplittableRandom rnd = new SplittableRandom(7);
        byte[] tb = new byte[pc.tbs() / 8];
        rnd.nextBytes(tb);
        byte[] bits = new byte[pc.g()];
        enc.encode(pc, 0, tb, 0, tb.length, bits, 0);
        float[] llr = new float[pc.g()];
        llrs(bits, pc.g(), 4.0, rnd, llr); // 4 dB: blocks converge in 4-8 iterations (runs of the cases)
        org.airan.phy.coding.ratematch.HarqSoftBuffer buf = new org.airan.phy.coding.ratematch.HarqSoftBuffer(
                LIMITS.maxCodeBlocks(), LIMITS.maxEncodedSize());
        org.airan.phy.coding.ratematch.LdpcRateRecoverer rec =
                new org.airan.phy.coding.ratematch.LdpcRateRecoverer(LIMITS.maxG());
        LdpcCode code = p.code;
        byte[] x = new byte[code.k()];
        byte[] y = new byte[code.k()];
        LdpcDecodeResult rx = new LdpcDecodeResult();
        LdpcDecodeResult ry = new LdpcDecodeResult();
        org.airan.phy.coding.crc.CrcCalculator crc24b =
                org.airan.phy.coding.crc.CrcCalculator.of(org.airan.phy.coding.crc.CrcPolynomial.CRC24B);
        int stopped = 0;
        for (int r = 0; r < p.numCodeBlocks(); r++) {
            rec.recover(p.rateMatch[0][r], llr, p.eOffset[r], buf, r);
            scalar.decode(code, buf.data(), buf.offset(r), x, 0, crc24b, p.seg.kPrime(), rx);
            vector.decode(code, buf.data(), buf.offset(r), y, 0, crc24b, p.seg.kPrime(), ry);
            assertArrayEquals(x, y, "block " + r);
            assertEquals(rx.iterations(), ry.iterations(), "block " + r);
            assertEquals(rx.crcPassed(), ry.crcPassed(), "block " + r);
            if (rx.crcPassed()) {
                stopped++;
                assertTrue(p.seg.codeBlockCrcPasses(x, 0));
                assertFalse(rx.parityCheckPassed(), "parity is not evaluated when the CRC stop fired");
                assertTrue(rx.converged(), "a CRC stop is a converged decode");
            } else {
                assertEquals(rx.parityCheckPassed(), rx.converged(), "block " + r);
            }
        }
        assertTrue(stopped > 0, "no block converged at this SNR");
        assertThrows(IllegalArgumentException.class,
                () -> scalar.decode(code, buf.data(), 0, x, 0, crc24b, code.k() + 1, rx));
    }

    @Test
    void pdschAndPuschReceiversShareTheThreadedPath() {
        for (SharedChannel ch : SharedChannel.values()) {
            PxschConfig cfg = new PxschConfig(DmrsConfig.typical(ch, 0, 14, 0, NUM_PRB, 1, 1, 7),
                    McsTable.TABLE2_QAM256, 20, 0x4601, 17, 0, 0, 0);
            int n = cfg.numSymbolsTotal();
            float[] sym = new float[2 * n];
            float[] nv = new float[n];
            SplittableRandom rnd = new SplittableRandom(11);
            for (int i = 0; i < 2 * n; i++) {
                sym[i] = (float) ((rnd.nextInt(16) - 7.5) / 8 + 0.05 * rnd.nextGaussian());
            }
            java.util.Arrays.fill(nv, 0.01f);
            SchDecoderConfig dc = SchDecoderConfig.defaults(1, 6);
            byte[] a = new byte[cfg.tbs() / 8];
            byte[] b = new byte[a.length];
            SchDecodeResult ra = new SchDecodeResult();
            SchDecodeResult rb = new SchDecodeResult();
            try (SharedChannelReceiver one = ch == SharedChannel.PDSCH ? SharedChannels.pdschReceiver(LIMITS, dc)
                    : SharedChannels.puschReceiver(LIMITS, dc);
                 SharedChannelReceiver three = ch == SharedChannel.PDSCH
                         ? SharedChannels.pdschReceiver(LIMITS, dc.withThreads(3))
                         : SharedChannels.puschReceiver(LIMITS, dc.withThreads(3))) {
                assertEquals(3, three.decoder().config().numThreads());
                one.decodeEqualized(cfg, sym, nv, 0, 0, true, a, 0, ra);
                three.decodeEqualized(cfg, sym, nv, 0, 0, true, b, 0, rb);
            }
            assertArrayEquals(a, b, ch.toString());
            assertEquals(ra.totalIterations(), rb.totalIterations(), ch.toString());
            assertEquals(ra.numCodeBlocksOk(), rb.numCodeBlocksOk(), ch.toString());
        }
    }

    @Test
    void transformPrecodedPuschIsTheSameOnThreads() {
        // de-spreading runs on the caller, demapping per code block (π/2-BPSK needs the codeword symbol index)
        DmrsConfig dmrs = new DmrsConfig(SharedChannel.PUSCH, org.airan.phy.dmrs.DmrsType.TYPE1,
                org.airan.phy.dmrs.MappingType.A, 2, 1, 1, 0, 14, 0, 48, 2, 0, 0, new int[] {0});
        PxschConfig[] cfgs = {
            new PxschConfig(dmrs, McsTable.PUSCH_TP_TABLE1, 27, 0x4601, 17, 0, 0, 0, TransformPrecoding.of(1)),
            new PxschConfig(dmrs, McsTable.PUSCH_TP_TABLE1, 0, 0x4601, 17, 0, 0, 0, TransformPrecoding.pi2Bpsk(1))};
        assertTrue(new SchPlan(cfgs[0]).numCodeBlocks() > 1);
        SchDecoderConfig dc = SchDecoderConfig.defaults(1, 6);
        for (PxschConfig cfg : cfgs) {
            int n = cfg.numSymbolsTotal();
            float[] sym = new float[2 * n];
            float[] nv = new float[n];
            SplittableRandom rnd = new SplittableRandom(13);
            for (int i = 0; i < 2 * n; i++) {
                sym[i] = (float) rnd.nextGaussian();
            }
            java.util.Arrays.fill(nv, 0.05f);
            byte[] a = new byte[cfg.tbs() / 8];
            byte[] b = new byte[a.length];
            SchDecodeResult ra = new SchDecodeResult();
            SchDecodeResult rb = new SchDecodeResult();
            try (PuschReceiver one = SharedChannels.puschReceiver(LIMITS, dc);
                 PuschReceiver three = SharedChannels.puschReceiver(LIMITS, dc.withThreads(3))) {
                one.decodeEqualized(cfg, sym, nv, 0, 0, true, a, 0, ra);
                three.decodeEqualized(cfg, sym, nv, 0, 0, true, b, 0, rb);
            }
            assertArrayEquals(a, b, cfg.toString());
            assertEquals(ra.totalIterations(), rb.totalIterations());
            assertEquals(ra.numCodeBlocksOk(), rb.numCodeBlocksOk());
        }
    }

    @Test
    void aFailingBlockSurfacesInTheCallerNamingIt() {
        int failing = 3;
        int offset = failing * LIMITS.maxEncodedSize();
        SchDecoderConfig dc = SchDecoderConfig.defaults(1, 4).withThreads(3);
        PxschConfig cfg = cfg(McsTable.TABLE2_QAM256, 20, NUM_PRB, 1);
        assertTrue(new SchPlan(cfg).numCodeBlocks() > failing);
        try (SharedChannelDecoder dec = new SharedChannelDecoder(LIMITS, dc, c -> new FailingDecoder(c, offset))) {
            float[] llr = new float[cfg.g()];
            byte[] out = new byte[cfg.tbs() / 8];
            SchDecodeResult res = new SchDecodeResult();
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> dec.decode(cfg, 0, 0, true, llr, 0, cfg.g(), out, 0, res));
            assertTrue(e.getMessage().contains("code block " + failing + " of "), e.getMessage());
            assertInstanceOf(ArithmeticException.class, e.getCause());
            // the workers survive a failure: the next call runs again (and fails the same way)
            e = assertThrows(IllegalStateException.class,
                    () -> dec.decode(cfg, 0, 0, true, llr, 0, cfg.g(), out, 0, res));
            assertTrue(e.getMessage().contains("code block " + failing), e.getMessage());
        }
    }

    @Test
    void workersAreNamedDaemonsAndCloseStopsThem() throws InterruptedException {
        SharedChannelDecoder dec = new SharedChannelDecoder(LIMITS, SchDecoderConfig.defaults(1, 4).withThreads(4));
        Thread[] workers = dec.workerThreads();
        assertEquals(3, workers.length);
        for (Thread t : workers) {
            assertTrue(t.isDaemon(), t.getName());
            assertTrue(t.getName().startsWith("airan-sch-cb-"), t.getName());
            assertTrue(t.isAlive(), t.getName());
        }
        dec.close();
        for (Thread t : workers) {
            t.join(2000);
            assertFalse(t.isAlive(), t.getName() + " still running after close()");
        }
        dec.close(); // idempotent
        PxschConfig cfg = cfg(McsTable.TABLE2_QAM256, 20, NUM_PRB, 1);
        assertThrows(IllegalStateException.class, () -> dec.decode(cfg, 0, 0, true, new float[cfg.g()], 0,
                cfg.g(), new byte[cfg.tbs() / 8], 0, new SchDecodeResult()));
        assertEquals(0, new SharedChannelDecoder(LIMITS, SchDecoderConfig.defaults(1, 4)).workerThreads().length);
    }

    @Test
    void aSharedDemapperIsRefusedForSeveralThreads() {
        org.airan.phy.modulation.SoftDemapper one = org.airan.phy.modulation.SoftDemappers.maxLog();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PuschReceiver(LIMITS, SchDecoderConfig.defaults(1, 4).withThreads(2), () -> one));
        assertTrue(e.getMessage().contains("per thread"), e.getMessage());
    }

    @Test
    void threadCountIsValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SchDecoderConfig.defaults(1, 10).withThreads(0));
        assertTrue(e.getMessage().contains("numThreads"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> SchDecoderConfig.defaults(1, 10).withThreads(SchDecoderConfig.MAX_THREADS + 1));
        assertNotNull(SchDecoderConfig.defaults(16, 10).withThreads(SchDecoderConfig.MAX_THREADS));
    }

    /**
     * Bytes tolerated per window of {@link #ALLOC_CALLS} receptions, summed over the caller and the worker threads
     * (the thread allocation counters are exact; the harness reads 0.2–0.3 bytes per slot): room for one-off JIT or
     * runtime allocations only. The smallest object, 16 bytes, allocated once per call already exceeds it (checked by
     * adding one to the hand-off).
     */
    private static final long ALLOC_BUDGET_BYTES = 768;
    private static final int ALLOC_CALLS = 64;
    /** Upper bound of the JIT warm-up in windows (a few are enough when C2 has compiled the kernels). */
    private static final int MAX_WARMUP_WINDOWS = 30;

    @Test
    void threadedDecodingAllocatesNothingOnAnyThread() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean,
                "needs the com.sun.management thread allocation counter");
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
        PxschConfig cfg = cfg(McsTable.TABLE2_QAM256, 20, NUM_PRB, 1);
        byte[] tb = new byte[cfg.tbs() / 8];
        new SplittableRandom(5).nextBytes(tb);
        float[][] eq = equalized(cfg, tb, 30, 5);
        byte[] out = new byte[tb.length];
        SchDecodeResult res = new SchDecodeResult();
        try (PuschReceiver rx = SharedChannels.puschReceiver(LIMITS, SchDecoderConfig.defaults(1, 10).withThreads(3))) {
            SharedChannelDecoder dec = rx.decoder();
            Thread[] workers = dec.workerThreads();
            long[] ids = new long[workers.length + 1];
            ids[0] = Thread.currentThread().threadId();
            for (int i = 0; i < workers.length; i++) {
                ids[i + 1] = workers[i].threadId();
            }
            long best = Long.MAX_VALUE;
            long[] used = new long[5];
            int clean = 0;
            // warm up (C2 compiles the Vector-API decoder; until then it boxes) until 3 windows in a row are clean
            // (at most MAX_WARMUP_WINDOWS), then measure 5 windows; a per-call allocation shows in every window
            for (int w = 0; w < MAX_WARMUP_WINDOWS && clean < 3; w++) {
                long before = sum(mx.getThreadAllocatedBytes(ids));
                for (int i = 0; i < ALLOC_CALLS; i++) {
                    rx.decodeEqualized(cfg, eq[0], eq[1], 0, 0, true, out, 0, res);
                }
                clean = sum(mx.getThreadAllocatedBytes(ids)) - before <= ALLOC_BUDGET_BYTES ? clean + 1 : 0;
            }
            for (int w = 0; w < used.length; w++) {
                long before = sum(mx.getThreadAllocatedBytes(ids));
                for (int i = 0; i < ALLOC_CALLS; i++) {
                    rx.decodeEqualized(cfg, eq[0], eq[1], 0, 0, true, out, 0, res);
                }
                used[w] = sum(mx.getThreadAllocatedBytes(ids)) - before;
                best = Math.min(best, used[w]);
            }
            assertTrue(res.crcOk(), res.toString());
            assertArrayEquals(tb, out);
            assertTrue(best <= ALLOC_BUDGET_BYTES, "allocated at least " + best + " bytes in every window of "
                    + ALLOC_CALLS + " receptions on " + ids.length + " threads: " + java.util.Arrays.toString(used));
        }
    }

    /** Equalized symbols and noise variances of one transmission of {@code tb} at {@code snrDb} (1 layer, AWGN). */
    static float[][] equalized(PxschConfig cfg, byte[] tb, double snrDb, long seed) {
        org.airan.phy.grid.ResourceGrid grid = org.airan.phy.grid.ResourceGrid.allocate(1, 14, 12 * NUM_PRB);
        SharedChannels.puschTransmitter(LIMITS).transmit(cfg, 0, 0, tb, 0, tb.length, grid);
        int n = cfg.numSymbolsTotal();
        float[] symbols = new float[2 * n];
        float[] noiseVar = new float[n];
        float n0 = (float) Math.pow(10, -snrDb / 10);
        double s = Math.sqrt(n0 / 2);
        SplittableRandom rnd = new SplittableRandom(seed);
        DmrsConfig dmrs = cfg.dmrs();
        int idx = 0;
        for (int l = 0; l < 14; l++) {
            boolean dm = dmrs.isDmrsSymbol(l);
            for (int k = 0; k < 12 * NUM_PRB; k++) {
                if (dm && dmrs.isReservedInDmrsSymbol(k)) {
                    continue;
                }
                symbols[2 * idx] = (float) (grid.re(0, l, k) + s * rnd.nextGaussian());
                symbols[2 * idx + 1] = (float) (grid.im(0, l, k) + s * rnd.nextGaussian());
                noiseVar[idx++] = n0;
            }
        }
        assertEquals(n, idx);
        return new float[][] {symbols, noiseVar};
    }

    private static long sum(long[] v) {
        long s = 0;
        for (long x : v) {
            s += Math.max(x, 0);
        }
        return s;
    }

    /** A decoder that throws on the soft-buffer region of one code block (an injected fault). */
    private static final class FailingDecoder implements LdpcDecoder {
        private final LdpcDecoder inner;
        private final int failingOffset;

        FailingDecoder(LdpcDecoderConfig config, int failingOffset) {
            this.inner = LdpcDecoders.layeredMinSum(config);
            this.failingOffset = failingOffset;
        }

        @Override
        public void decode(LdpcCode code, float[] llr, int llrOffset, byte[] bits, int bitsOffset,
                           LdpcDecodeResult result) {
            if (llrOffset == failingOffset) {
                throw new ArithmeticException("injected fault");
            }
            inner.decode(code, llr, llrOffset, bits, bitsOffset, result);
        }

        @Override
        public LdpcDecoderConfig config() {
            return inner.config();
        }
    }
}
