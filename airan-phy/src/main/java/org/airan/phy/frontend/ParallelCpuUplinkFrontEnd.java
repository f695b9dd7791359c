package org.airan.phy.frontend;

import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The CPU {@link UplinkFrontEnd} on a fixed number of threads: the calling thread plus {@code numThreads − 1}
 * daemon workers, each with its own {@link CpuUplinkFrontEnd} (demodulator, equalizer, demapper and scratch) built
 * in the constructor. The arithmetic is that of {@link CpuUplinkFrontEnd} (TS 38.211 §5.3.1 OFDM demodulation, LS
 * estimation at the DMRS of §6.4.1.1.3, MMSE, max-log demapping of §5.1), so the LLRs are bit-for-bit the same;
 * only the order in which pieces of work run differs. Parallelism is across cells and antennas and data symbols,
 * never inside one FFT.
 *
 * <p><b>Work units.</b> When a batch has at least as many items (cell-slots) as threads, an item is one unit and
 * runs whole on one thread. When it has fewer and item splitting is on, each item becomes
 * {@code numRx} stage-1 units (OFDM demodulation and channel estimation of one antenna) followed by up to
 * {@code ceil(numThreads / count)} stage-2 units (MMSE, demapping and LLR interleaving of a range of data symbols),
 * which cuts the latency of one slot when there are spare cores. A stage-2 unit waits for its own item's stage-1
 * units; units are claimed in order, so every unit waited on is already running on some thread.
 *
 * <p><b>Hand-off.</b> A call publishes its arguments in fields, sets one atomic word (units in the call, next unit)
 * and unparks the workers; every thread, the caller included, claims units by compare-and-set on that word until
 * none is left; the caller then waits for the count of unfinished units to reach zero. Waiting threads spin for
 * 50 µs ({@code SPIN_NANOS}) and then park. Nothing is allocated per call (no task objects, no queue nodes).
 *
 * <p><b>Failures.</b> The first exception thrown by any unit is rethrown in the caller as an
 * {@link IllegalStateException} naming the item and the thread, with the original as its cause; units claimed
 * after a failure are skipped. Argument checks that {@link CpuUplinkFrontEnd} makes before processing are made here
 * on the calling thread and throw {@link IllegalArgumentException} as there.
 *
 * <p>Formats: every {@link UplinkIoFormat} that {@link CpuUplinkFrontEnd} serves, with the same overloads and the
 * same refusals. int16 samples are converted to float by the thread that runs the item (whole items) or the
 * antenna's stage-1 unit (split items), into that thread's own scratch slot; int8 LLRs are quantized by the thread
 * that runs the item or the stage-2 unit, over exactly the LLRs it wrote. The hand-off keeps one field per array
 * type (float[][][] or short[][][] in, float[][] or byte[][] out), so no format allocates per call, and every
 * format gives {@link CpuUplinkFrontEnd}'s LLRs bit for bit (decision 094).
 *
 * <p>Not thread-safe: one call at a time. {@link #close()} stops the workers; a call after it throws.
 */
public final class ParallelCpuUplinkFrontEnd implements UplinkFrontEnd {

    /** Largest number of threads (caller included). */
    public static final int MAX_THREADS = 1024;
    /** How long an idle thread spins before it parks, in ns: a little more than one call's hand-off. */
    static final long SPIN_NANOS = 50_000L;
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final long IDX_MASK = 0xFFFF_FFFFL;

    private final UplinkFrontEndConfig config;
    private final int numThreads;
    private final boolean splitItems;
    private final int numRx;
    private final int numDataSymbols;
    /** Lane t is used by thread t (0 = the caller); in split mode item i also keeps its arrays in lane i. */
    private final CpuUplinkFrontEnd[] lanes;
    private final Thread[] workers;
    /** (units in this call) << 32 | (next unit to claim). */
    private final AtomicLong cursor = new AtomicLong();
    private final AtomicInteger unfinished = new AtomicInteger();
    /** Stage-1 units still running per item (split mode). */
    private final AtomicIntegerArray stage1Left;
    private final AtomicInteger failedItem = new AtomicInteger(-1);
    private Throwable failure;
    private String failedThread;
    private volatile Thread caller;
    private volatile boolean closed;

    // Arguments of the current call: written by the caller before the cursor is published.
    private float[][][] in;
    private short[][][] in16;
    private float[] sampleScale;
    private int inOffset;
    private int slot;
    private float[][] pilots;
    private float[] noiseVariance;
    private float[][] llr;
    private byte[][] llr8;
    private boolean split;
    private int count;
    private int chunksPerItem;

    /**
     * @param config     the front end's configuration
     * @param numThreads threads that process a batch, the caller included, in [1, {@value #MAX_THREADS}]; starts
     *                   {@code numThreads − 1} daemon workers
     * @param splitItems whether a batch with fewer items than threads is split into per-antenna and per-symbol
     *                   units (lower latency per slot) instead of one unit per item
     */
    public ParallelCpuUplinkFrontEnd(UplinkFrontEndConfig config, int numThreads, boolean splitItems) {
        this.config = Objects.requireNonNull(config, "config");
        if (numThreads < 1 || numThreads > MAX_THREADS) {
            throw new IllegalArgumentException("numThreads must be in [1, " + MAX_THREADS + "], was " + numThreads);
        }
        this.numThreads = numThreads;
        this.splitItems = splitItems;
        this.numRx = config.numRx();
        this.numDataSymbols = config.dataSymbols().length;
        this.lanes = new CpuUplinkFrontEnd[numThreads];
        for (int t = 0; t < numThreads; t++) {
            lanes[t] = new CpuUplinkFrontEnd(config);
        }
        this.stage1Left = new AtomicIntegerArray(numThreads);
        this.workers = new Thread[numThreads - 1];
        int id = INSTANCES.incrementAndGet();
        for (int t = 1; t < numThreads; t++) {
            final int lane = t;
            Thread w = new Thread(() -> workerLoop(lane), "airan-uplink-fe-" + id + "-" + t);
            w.setDaemon(true);
            workers[t - 1] = w;
        }
        for (Thread w : workers) {
            w.start();
        }
    }

    @Override
    public UplinkFrontEndConfig config() {
        return config;
    }

    @Override
    public String backendName() {
        return "cpu×" + numThreads;
    }

    /** Threads that process a batch, the caller included. */
    public int numThreads() {
        return numThreads;
    }

    /** Whether batches with fewer items than threads are split into per-antenna and per-symbol units. */
    public boolean splitsItems() {
        return splitItems;
    }

    /** The worker threads (for tests that measure their allocation). */
    Thread[] workers() {
        return workers.clone();
    }

    @Override
    public void process(float[][][] in, int inOffset, int slot, float[][] pilots, float[] noiseVariance,
                        float[][] llr, int count) {
        checkOpen();
        UplinkFrontEnd.requireFormats(config, SampleFormat.FLOAT32, LlrFormat.FLOAT32);
        CpuUplinkFrontEnd.checkBatch(config, in, pilots, noiseVariance, llr, count);
        this.in = in;
        this.llr = llr;
        run(inOffset, slot, pilots, noiseVariance, count);
    }

    @Override
    public void process(float[][][] in, int inOffset, int slot, float[][] pilots, float[] noiseVariance,
                        byte[][] llr, int count) {
        checkOpen();
        UplinkFrontEnd.requireFormats(config, SampleFormat.FLOAT32, LlrFormat.INT8);
        CpuUplinkFrontEnd.checkBatch(config, in, pilots, noiseVariance, llr, count);
        this.in = in;
        this.llr8 = llr;
        run(inOffset, slot, pilots, noiseVariance, count);
    }

    @Override
    public void process(short[][][] in, int inOffset, float[] sampleScale, int slot, float[][] pilots,
                        float[] noiseVariance, float[][] llr, int count) {
        checkOpen();
        UplinkFrontEnd.requireFormats(config, SampleFormat.INT16, LlrFormat.FLOAT32);
        CpuUplinkFrontEnd.checkBatch(config, in, pilots, noiseVariance, llr, count);
        lanes[0].checkShorts(in, inOffset, sampleScale, slot, count);
        this.in16 = in;
        this.sampleScale = sampleScale;
        this.llr = llr;
        run(inOffset, slot, pilots, noiseVariance, count);
    }

    @Override
    public void process(short[][][] in, int inOffset, float[] sampleScale, int slot, float[][] pilots,
                        float[] noiseVariance, byte[][] llr, int count) {
        checkOpen();
        UplinkFrontEnd.requireFormats(config, SampleFormat.INT16, LlrFormat.INT8);
        CpuUplinkFrontEnd.checkBatch(config, in, pilots, noiseVariance, llr, count);
        lanes[0].checkShorts(in, inOffset, sampleScale, slot, count);
        this.in16 = in;
        this.sampleScale = sampleScale;
        this.llr8 = llr;
        run(inOffset, slot, pilots, noiseVariance, count);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this front end is closed");
        }
    }

    /** Runs the call whose input and output arrays the caller has just set (one of each pair non-null). */
    private void run(int inOffset, int slot, float[][] pilots, float[] noiseVariance, int count) {
        if (count == 0) {
            clearArguments();
            return;
        }
        this.inOffset = inOffset;
        this.slot = slot;
        this.pilots = pilots;
        this.noiseVariance = noiseVariance;
        this.count = count;
        boolean s = splitItems && count < numThreads;
        this.split = s;
        int units;
        if (s) {
            chunksPerItem = Math.min(numDataSymbols, (numThreads + count - 1) / count);
            for (int i = 0; i < count; i++) {
                stage1Left.set(i, numRx);
            }
            units = count * (numRx + chunksPerItem);
        } else {
            chunksPerItem = 0;
            units = count;
        }
        failedItem.set(-1);
        failure = null;
        failedThread = null;
        caller = Thread.currentThread();
        unfinished.set(units);
        cursor.set((long) units << 32);
        int wake = Math.min(workers.length, units - 1);
        for (int w = 0; w < wake; w++) {
            LockSupport.unpark(workers[w]);
        }
        runUnits(0);
        awaitZero(unfinished);
        clearArguments();
        int bad = failedItem.get();
        if (bad >= 0) {
            Throwable t = failure;
            throw new IllegalStateException("item " + bad + " failed on thread " + failedThread + ": " + t, t);
        }
    }

    /** Drops the references to the caller's arrays, so that the next call sets exactly its own pair. */
    private void clearArguments() {
        this.in = null;
        this.in16 = null;
        this.sampleScale = null;
        this.pilots = null;
        this.noiseVariance = null;
        this.llr = null;
        this.llr8 = null;
    }

    /** Claims and runs units of the current call until none is left. */
    private void runUnits(int lane) {
        CpuUplinkFrontEnd fe = lanes[lane];
        while (true) {
            long v = cursor.get();
            int next = (int) (v & IDX_MASK);
            int units = (int) (v >>> 32);
            if (next >= units) {
                return;
            }
            if (!cursor.compareAndSet(v, v + 1)) {
                continue;
            }
            runUnit(fe, next);
        }
    }

    private void runUnit(CpuUplinkFrontEnd fe, int unit) {
        int item;
        int stage1Item = -1;
        if (!split) {
            item = unit;
        } else if (unit < count * numRx) {
            item = unit / numRx;
            stage1Item = item;
        } else {
            item = (unit - count * numRx) / chunksPerItem;
        }
        try {
            if (failedItem.get() < 0) {
                if (!split) {
                    fe.processItem(in != null ? in[item] : null, in16 != null ? in16[item] : null,
                            in16 != null ? sampleScale[item] : 0f, inOffset, slot, pilots[item], noiseVariance, item,
                            llr != null ? llr[item] : null, llr8 != null ? llr8[item] : null);
                } else if (stage1Item >= 0) {
                    int r = unit - item * numRx;
                    if (in16 != null) {
                        fe.demodulateAndEstimate(lanes[item], in16[item][r], inOffset, sampleScale[item], slot,
                                pilots[item], r);
                    } else {
                        fe.demodulateAndEstimate(lanes[item], in[item][r], inOffset, slot, pilots[item], r);
                    }
                } else {
                    int chunk = unit - count * numRx - item * chunksPerItem;
                    int ds0 = chunk * numDataSymbols / chunksPerItem;
                    int ds1 = (chunk + 1) * numDataSymbols / chunksPerItem;
                    awaitStage1(item);
                    if (failedItem.get() < 0) {
                        // With NoiseEstimation.DMRS every chunk of the item computes the same estimate from the
                        // item's grids (one pass over the DMRS REs); chunk 0 hands it back.
                        float n0 = config.noiseEstimation() == NoiseEstimation.DMRS
                                ? fe.estimateNoise(lanes[item], pilots[item]) : noiseVariance[item];
                        if (chunk == 0 && config.noiseEstimation() == NoiseEstimation.DMRS) {
                            noiseVariance[item] = n0;
                        }
                        if (llr8 != null) {
                            fe.equalizeAndDemap(lanes[item], ds0, ds1, n0, llr8[item]);
                        } else {
                            fe.equalizeAndDemap(lanes[item], ds0, ds1, n0, llr[item]);
                        }
                    }
                }
            }
        } catch (Throwable t) {
            if (failedItem.compareAndSet(-1, item)) {
                failure = t;
                failedThread = Thread.currentThread().getName();
            }
        } finally {
            if (stage1Item >= 0) {
                stage1Left.decrementAndGet(stage1Item);
            }
            if (unfinished.decrementAndGet() == 0) {
                LockSupport.unpark(caller);
            }
        }
    }

    /** Waits (spinning, then yielding) until item's stage-1 units are done; they are running on other threads. */
    private void awaitStage1(int item) {
        int spins = 0;
        while (stage1Left.get(item) > 0) {
            if (++spins < 1 << 10) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }

    /** Caller side: spins, then parks until the last unit's thread unparks it. */
    private static void awaitZero(AtomicInteger counter) {
        long start = System.nanoTime();
        while (counter.get() > 0) {
            if (System.nanoTime() - start < SPIN_NANOS) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(counter, TimeUnit.MILLISECONDS.toNanos(1));
            }
        }
    }

    private boolean hasWork() {
        long v = cursor.get();
        return (int) (v & IDX_MASK) < (int) (v >>> 32);
    }

    private void workerLoop(int lane) {
        while (!closed) {
            if (hasWork()) {
                runUnits(lane);
                continue;
            }
            long start = System.nanoTime();
            while (!closed && !hasWork() && System.nanoTime() - start < SPIN_NANOS) {
                Thread.onSpinWait();
            }
            if (!closed && !hasWork()) {
                LockSupport.park(this);
            }
        }
    }

    /** Stops the workers and waits for them briefly; idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Thread w : workers) {
            LockSupport.unpark(w);
        }
        for (Thread w : workers) {
            try {
                w.join(TimeUnit.SECONDS.toMillis(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
