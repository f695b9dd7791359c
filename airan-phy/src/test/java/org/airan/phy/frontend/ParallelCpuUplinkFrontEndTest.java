package org.airan.phy.frontend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.modulation.Modulation;
import org.airan.phy.ofdm.OfdmConfig;
import org.junit.jupiter.api.Test;

/**
 * The multi-threaded CPU front end: the {@link UplinkFrontEndContractTest contract} with items split into
 * per-antenna and per-symbol units (3 items on 4 threads; one item per thread:
 * {@link ParallelCpuUplinkFrontEndItemPerThreadTest}); LLRs bit-for-bit equal to
 * {@link CpuUplinkFrontEnd}'s for every thread count, split mode and batch size tried, in every sample/LLR format
 * (float32 or int16 in, float32 or int8 out; the compact-format contract tests run too); a failing item surfaces in
 * the caller with its index; close stops the named daemon workers; caller and workers allocate nothing per call.
 */
class ParallelCpuUplinkFrontEndTest extends UplinkFrontEndContractTest {

    @Override
    protected UplinkFrontEnd create(UplinkFrontEndConfig config) {
        return UplinkFrontEnds.cpu(config, 4);
    }

    /** 2 layers of 16QAM on 12 RB, DMRS in symbols 2 and 11 (12 data symbols), 7 items. */
    private static UplinkFrontEndConfig config(int maxBatch) {
        OfdmConfig ofdm = new OfdmConfig(CarrierConfig.of(30, 12), 0.5, 0);
        return new UplinkFrontEndConfig(ofdm, 4, 2, 0, 12, 0, 14, new int[] {2, 11}, Modulation.QAM16,
                FrequencyFilter.linear(12), maxBatch);
    }

    @Test
    void llrsAreBitForBitThoseOfTheSingleThreadedFrontEnd() {
        UplinkFrontEndConfig c = config(7);
        // 10 dB: LLRs of every size and sign, so that any difference in arithmetic or order would show.
        UplinkSlotFixture f = new UplinkSlotFixture(c, 7, 10.0, 1, 99);
        float[][] ref = new float[7][c.numLlrs()];
        try (UplinkFrontEnd single = new CpuUplinkFrontEnd(c)) {
            single.process(f.in, 6, f.slot, f.pilots, f.noiseVariance, ref, 7);
        }
        int[] threadCounts = {2, 3, 5, 16};
        int[] batches = {1, 2, 4, 7};
        for (int threads : threadCounts) {
            for (boolean split : new boolean[] {true, false}) {
                try (UplinkFrontEnd fe = UplinkFrontEnds.cpu(c, threads, split)) {
                    for (int batch : batches) {
                        float[][] llr = new float[7][c.numLlrs()];
                        // Twice: the second call reuses the workers and the per-item arrays.
                        for (int rep = 0; rep < 2; rep++) {
                            fe.process(f.in, 6, f.slot, f.pilots, f.noiseVariance, llr, batch);
                            for (int i = 0; i < batch; i++) {
                                assertArrayEquals(ref[i], llr[i], "threads " + threads + ", split " + split
                                        + ", batch " + batch + ", item " + i);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * Every format (float32/int16 in × float32/int8 out): the LLRs (float or int8) and the order-dependent parts
     * (int16 conversion into a thread's scratch slot, int8 quantization of a stage-2 unit's symbol range) give the
     * single-threaded front end's bytes for every thread count, split mode and batch, on the second call too.
     * 0 dB so that int8 rounding, not only saturation, is exercised.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"FLOAT32, INT8", "INT16, FLOAT32", "INT16, INT8"})
    void everyFormatIsBitForBitThatOfTheSingleThreadedFrontEnd(SampleFormat samples, LlrFormat llrs) {
        UplinkFrontEndConfig c = config(7).withIo(UplinkIoFormat.of(samples, llrs));
        UplinkSlotFixture f = new UplinkSlotFixture(c, 7, 0.0, 1, 123);
        Object ref = run(new CpuUplinkFrontEnd(c), f, 7);
        for (int threads : new int[] {2, 3, 5, 16}) {
            for (boolean split : new boolean[] {true, false}) {
                try (UplinkFrontEnd fe = UplinkFrontEnds.cpu(c, threads, split)) {
                    for (int batch : new int[] {1, 2, 4, 7}) {
                        for (int rep = 0; rep < 2; rep++) {
                            Object got = run(fe, f, batch);
                            for (int i = 0; i < batch; i++) {
                                String where = c.io().label() + ", threads " + threads + ", split " + split
                                        + ", batch " + batch + ", item " + i;
                                if (llrs == LlrFormat.INT8) {
                                    assertArrayEquals(((byte[][]) ref)[i], ((byte[][]) got)[i], where);
                                } else {
                                    assertArrayEquals(((float[][]) ref)[i], ((float[][]) got)[i], where);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /** One call in {@code fe}'s configured format on fresh output arrays (7 rows); returns them. */
    private static Object run(UplinkFrontEnd fe, UplinkSlotFixture f, int batch) {
        UplinkFrontEndConfig c = fe.config();
        boolean int16 = c.io().samples() == SampleFormat.INT16;
        if (c.io().llrs() == LlrFormat.INT8) {
            byte[][] out = new byte[7][c.numLlrs()];
            if (int16) {
                fe.process(f.in16, 6, f.int16Scale, f.slot, f.pilots, f.noiseVariance, out, batch);
            } else {
                fe.process(f.in, 6, f.slot, f.pilots, f.noiseVariance, out, batch);
            }
            return out;
        }
        float[][] out = new float[7][c.numLlrs()];
        if (int16) {
            fe.process(f.in16, 6, f.int16Scale, f.slot, f.pilots, f.noiseVariance, out, batch);
        } else {
            fe.process(f.in, 6, f.slot, f.pilots, f.noiseVariance, out, batch);
        }
        return out;
    }

    /**
     * A short int16 antenna array is refused on the calling thread before any hand-off, as by the single-threaded
     * front end, and the next call works.
     */
    @Test
    void aShortInt16AntennaIsRefusedBeforeTheHandOff() {
        UplinkFrontEndConfig c = config(2).withIo(UplinkIoFormat.COMPACT);
        UplinkSlotFixture f = new UplinkSlotFixture(c, 2, 30.0, 0, 8);
        try (UplinkFrontEnd fe = UplinkFrontEnds.cpu(c, 6)) {
            short[][][] bad = f.in16.clone();
            bad[1] = bad[1].clone();
            bad[1][3] = new short[10];
            assertThrows(IndexOutOfBoundsException.class, () -> fe.process(bad, 6, f.int16Scale, f.slot, f.pilots,
                    f.noiseVariance, new byte[2][c.numLlrs()], 2));
            byte[][] ok = new byte[2][c.numLlrs()];
            byte[][] ref = new byte[2][c.numLlrs()];
            fe.process(f.in16, 6, f.int16Scale, f.slot, f.pilots, f.noiseVariance, ok, 2);
            new CpuUplinkFrontEnd(c).process(f.in16, 6, f.int16Scale, f.slot, f.pilots, f.noiseVariance, ref, 2);
            for (int i = 0; i < 2; i++) {
                assertArrayEquals(ref[i], ok[i], "item " + i + " after a refused call");
            }
        }
    }

    /**
     * 4 layers (FD-OCC de-spreading) with N_0 estimated from the DMRS: split and unsplit runs give the single-threaded
     * LLRs and N_0 estimates bit for bit (every stage-2 chunk of a split item computes the same estimate).
     */
    @Test
    void fourLayersWithDmrsNoiseEstimateAreBitForBitThoseOfTheSingleThreadedFrontEnd() {
        OfdmConfig ofdm = new OfdmConfig(CarrierConfig.of(30, 12), 0.5, 0);
        UplinkFrontEndConfig c = new UplinkFrontEndConfig(ofdm, 4, 4, 0, 12, 0, 14, new int[] {2, 11},
                Modulation.QAM16, FrequencyFilter.linear(12, 4), 3).withNoiseEstimation(NoiseEstimation.DMRS);
        UplinkSlotFixture f = new UplinkSlotFixture(c, 3, 10.0, 1, 5);
        float[][] ref = new float[3][c.numLlrs()];
        float[] n0Ref = new float[3];
        try (UplinkFrontEnd single = new CpuUplinkFrontEnd(c)) {
            single.process(f.in, 6, f.slot, f.pilots, n0Ref, ref, 3);
        }
        for (boolean split : new boolean[] {true, false}) {
            try (UplinkFrontEnd fe = UplinkFrontEnds.cpu(c, 5, split)) {
                for (int batch : new int[] {1, 3}) {
                    float[][] llr = new float[3][c.numLlrs()];
                    float[] n0 = new float[3];
                    fe.process(f.in, 6, f.slot, f.pilots, n0, llr, batch);
                    for (int i = 0; i < batch; i++) {
                        assertEquals(n0Ref[i], n0[i], "N0, split " + split + ", batch " + batch + ", item " + i);
                        assertArrayEquals(ref[i], llr[i], "split " + split + ", batch " + batch + ", item " + i);
                    }
                }
            }
        }
    }

    @Test
    void aFailingItemSurfacesInTheCallerWithItsIndexAndTheFrontEndStaysUsable() {
        UplinkFrontEndConfig c = config(4);
        UplinkSlotFixture f = new UplinkSlotFixture(c, 4, 30.0, 0, 7);
        for (boolean split : new boolean[] {true, false}) {
            try (UplinkFrontEnd fe = UplinkFrontEnds.cpu(c, 3, split)) {
                float[][][] bad = f.in.clone();
                bad[2] = bad[2].clone();
                bad[2][1] = new float[10]; // too short for one slot: the demodulator's bounds check throws
                float[][] llr = new float[4][c.numLlrs()];
                int batch = 4; // more items than threads: one unit per item (splitting: the next test)
                IllegalStateException e = assertThrows(IllegalStateException.class,
                        () -> fe.process(bad, 6, f.slot, f.pilots, f.noiseVariance, llr, batch));
                assertTrue(e.getMessage().startsWith("item 2 failed on thread "), e.getMessage());
                assertInstanceOf(IndexOutOfBoundsException.class, e.getCause());
                float[][] ok = new float[4][c.numLlrs()];
                float[][] ref = new float[4][c.numLlrs()];
                fe.process(f.in, 6, f.slot, f.pilots, f.noiseVariance, ok, 4);
                new CpuUplinkFrontEnd(c).process(f.in, 6, f.slot, f.pilots, f.noiseVariance, ref, 4);
                for (int i = 0; i < 4; i++) {
                    assertArrayEquals(ref[i], ok[i], "item " + i + " after a failed call");
                }
            }
        }
    }

    @Test
    void aFailingAntennaOfASplitItemSurfacesWithTheItemIndex() {
        UplinkFrontEndConfig c = config(2);
        UplinkSlotFixture f = new UplinkSlotFixture(c, 2, 30.0, 0, 8);
        try (UplinkFrontEnd fe = UplinkFrontEnds.cpu(c, 6)) {
            float[][][] bad = f.in.clone();
            bad[1] = bad[1].clone();
            bad[1][3] = new float[10];
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> fe.process(bad, 6, f.slot, f.pilots, f.noiseVariance, new float[2][c.numLlrs()], 2));
            assertTrue(e.getMessage().startsWith("item 1 failed on thread "), e.getMessage());
        }
    }

    @Test
    void closeStopsTheNamedDaemonWorkers() throws InterruptedException {
        ParallelCpuUplinkFrontEnd fe = new ParallelCpuUplinkFrontEnd(config(1), 3, true);
        Thread[] workers = fe.workers();
        assertEquals(2, workers.length);
        for (Thread w : workers) {
            assertTrue(w.isDaemon(), w.getName());
            assertTrue(w.getName().startsWith("airan-uplink-fe-"), w.getName());
            assertTrue(w.isAlive(), w.getName());
        }
        assertEquals("cpu×3", fe.backendName());
        fe.close();
        fe.close(); // idempotent
        for (Thread w : workers) {
            w.join(1000);
            assertFalse(w.isAlive(), w.getName() + " still running after close");
        }
        assertThrows(IllegalStateException.class, () -> fe.process(new float[0][][], 0, 0, new float[0][],
                new float[0], new float[0][], 0));
    }

    @Test
    void refusesBadThreadCountsAndBatchSizes() {
        UplinkFrontEndConfig c = config(2);
        var e = assertThrows(IllegalArgumentException.class, () -> new ParallelCpuUplinkFrontEnd(c, 0, true));
        assertTrue(e.getMessage().contains("numThreads"), e.getMessage());
        try (UplinkFrontEnd fe = UplinkFrontEnds.cpu(c, 2)) {
            assertThrows(IllegalArgumentException.class, () -> fe.process(new float[3][4][1], 0, 0,
                    new float[3][c.numPilotFloats()], new float[3], new float[3][c.numLlrs()], 3));
        }
        assertInstanceOf(CpuUplinkFrontEnd.class, UplinkFrontEnds.cpu(c, 1));
    }

    /**
     * Bytes tolerated over {@link #ALLOC_CALLS} calls, caller and workers together: the JVM's per-thread counters are
     * exact, so this only covers one-off runtime allocations landing in the window (the counter query's own array,
     * JIT lookups); one per-call array of this configuration (a 5 KB LLR row or more) exceeds it at once.
     */
    private static final long ALLOC_BUDGET_BYTES = 4096;
    private static final int ALLOC_CALLS = 20;
    /** Upper bound of the warm-up calls, until the Vector-API kernels are compiled and stop boxing. */
    private static final int MAX_WARMUP_CALLS = 6000;

    @Test
    void callerAndWorkersAllocateNothingPerCallInSteadyState() {
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean,
                "needs the com.sun.management thread allocation counter");
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) bean;
        for (UplinkIoFormat io : new UplinkIoFormat[] {UplinkIoFormat.FLOAT, UplinkIoFormat.COMPACT}) {
            assertNoAllocationPerCall(mx, config(4).withIo(io));
        }
    }

    private static void assertNoAllocationPerCall(com.sun.management.ThreadMXBean mx, UplinkFrontEndConfig c) {
        UplinkSlotFixture f = new UplinkSlotFixture(c, 4, 20.0, 1, 3);
        Object llr = c.io().llrs() == LlrFormat.INT8 ? new byte[4][c.numLlrs()] : new float[4][c.numLlrs()];
        try (ParallelCpuUplinkFrontEnd fe = new ParallelCpuUplinkFrontEnd(c, 3, true)) {
            Thread[] w = fe.workers();
            long[] ids = {Thread.currentThread().threadId(), w[0].threadId(), w[1].threadId()};
            for (int batch : new int[] {1, 4}) { // 1: split units; 4: whole cells
                // Warm up in windows until 5 in a row stay within the budget (as SteadyStateAllocationTest does:
                // interpreted Vector-API code boxes until C2 has compiled it), then take the best of 5 windows.
                int clean = 0;
                for (int i = 0; i < MAX_WARMUP_CALLS && clean < 5; i += ALLOC_CALLS) {
                    clean = allocated(mx, ids, fe, f, llr, batch) <= ALLOC_BUDGET_BYTES ? clean + 1 : 0;
                }
                long best = Long.MAX_VALUE;
                for (int k = 0; k < 5; k++) {
                    best = Math.min(best, allocated(mx, ids, fe, f, llr, batch));
                }
                assertTrue(best <= ALLOC_BUDGET_BYTES, c.io().label() + ", batch " + batch
                        + ": caller and workers allocated at least " + best + " bytes in every window of " + ALLOC_CALLS + " calls");
            }
        }
    }

    private static long allocated(com.sun.management.ThreadMXBean mx, long[] ids, UplinkFrontEnd fe,
                                  UplinkSlotFixture f, Object llr, int batch) {
        long[] before = mx.getThreadAllocatedBytes(ids);
        for (int i = 0; i < ALLOC_CALLS; i++) {
            if (llr instanceof byte[][] b) {
                fe.process(f.in16, 6, f.int16Scale, f.slot, f.pilots, f.noiseVariance, b, batch);
            } else {
                fe.process(f.in, 6, f.slot, f.pilots, f.noiseVariance, (float[][]) llr, batch);
            }
        }
        long[] after = mx.getThreadAllocatedBytes(ids);
        long sum = 0;
        for (int i = 0; i < ids.length; i++) {
            sum += after[i] - before[i];
        }
        return sum;
    }
}
