package org.airan.phy.sch;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A fixed set of daemon worker threads that, together with the calling thread, run the code blocks 0..C−1 of one
 * transport block and return when all are done. Built once; {@link #run(int)} allocates nothing.
 *
 * <p>Hand-off: one {@link AtomicLong} ticket holds {@code generation << 32 | next block}. A call writes its job
 * (through {@link Job}, whose fields the caller set before), bumps the generation with a volatile store and unparks
 * the workers; every participant, the caller included, claims blocks by compare-and-set on the ticket until
 * {@code next ≥ C} or the generation moved on, so a worker that wakes late can never claim a block of another
 * call. Each finished block increments {@code done}; the one that makes it C unparks the caller. The volatile
 * store and read of the ticket order the job's inputs before the workers' reads, and {@code done} orders the
 * workers' outputs before the caller's reads. Idle workers spin briefly, then park.
 *
 * <p>The workers reference the job (the decoder), so a decoder that is never closed keeps its parked threads and
 * its buffers until the JVM exits; close it.
 *
 * <p>A block that throws is recorded (the first one wins), the remaining blocks are skipped, and {@link #run}
 * throws an {@link IllegalStateException} naming the block and the thread, with the original as its cause.
 */
final class CodeBlockThreads implements AutoCloseable {

    /** The work of one code block on one participant (0 = the calling thread, 1.. = worker threads). */
    interface Job {
        void runBlock(int participant, int block);
    }

    /** Spin iterations before a waiting thread parks (tens of microseconds of {@link Thread#onSpinWait()}). */
    private static final int SPINS = 1 << 10;
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Job job;
    private final Thread[] workers;
    private final AtomicLong ticket = new AtomicLong();
    private final AtomicInteger done = new AtomicInteger();
    private final Object failureLock = new Object();
    private volatile int numBlocks;
    private volatile Thread caller;
    private volatile boolean closed;
    private Throwable failure;
    private int failedBlock;
    private String failedThread;
    private long generation;

    /**
     * @param numThreads participants including the calling thread, ≥ 2 ({@code numThreads − 1} threads start here)
     * @param job        what one block does
     */
    CodeBlockThreads(int numThreads, Job job) {
        if (numThreads < 2) {
            throw new IllegalArgumentException("numThreads must be >= 2 for a worker pool, was " + numThreads);
        }
        this.job = job;
        this.workers = new Thread[numThreads - 1];
        int id = INSTANCES.incrementAndGet();
        for (int i = 0; i < workers.length; i++) {
            final int participant = i + 1;
            Thread t = new Thread(() -> workerLoop(participant), "airan-sch-cb-" + id + "-" + participant);
            t.setDaemon(true);
            workers[i] = t;
        }
        for (Thread t : workers) {
            t.start();
        }
    }

    /** Participants, the calling thread included. */
    int numThreads() {
        return workers.length + 1;
    }

    /** The worker threads (for tests: names, daemon flag, liveness). */
    Thread[] workerThreads() {
        return workers.clone();
    }

    /**
     * Runs blocks [0, numBlocks) on the calling thread and the workers, and returns when all are done.
     *
     * @throws IllegalStateException when a block failed (naming it; the cause is the block's exception) or after
     *                               {@link #close()}
     */
    void run(int numBlocks) {
        if (closed) {
            throw new IllegalStateException("the code-block threads are closed");
        }
        if (numBlocks <= 0) {
            return;
        }
        failure = null;
        done.set(0);
        this.numBlocks = numBlocks;
        caller = Thread.currentThread();
        long gen = ++generation;
        ticket.set(gen << 32); // publishes the job to the workers
        for (Thread t : workers) {
            LockSupport.unpark(t);
        }
        work(0, gen);
        int spins = 0;
        while (done.get() < numBlocks) {
            if (spins < SPINS) {
                spins++;
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
            }
        }
        Throwable t;
        int block;
        String thread;
        synchronized (failureLock) {
            t = failure;
            block = failedBlock;
            thread = failedThread;
            failure = null;
        }
        if (t != null) {
            throw new IllegalStateException("decoding code block " + block + " of " + numBlocks + " failed on thread "
                    + thread + ": " + t, t);
        }
    }

    /** Claims and runs blocks of generation {@code gen} until none is left. */
    private void work(int participant, long gen) {
        while (true) {
            long t = ticket.get();
            if ((t >>> 32) != gen) {
                return;
            }
            int block = (int) t;
            int n = numBlocks;
            if (block >= n) {
                return;
            }
            if (!ticket.compareAndSet(t, t + 1)) {
                continue;
            }
            try {
                job.runBlock(participant, block);
            } catch (Throwable e) {
                synchronized (failureLock) {
                    if (failure == null) {
                        failure = e;
                        failedBlock = block;
                        failedThread = Thread.currentThread().getName();
                    }
                }
                // skip the rest: claim every remaining block of this generation as done without running it
                long rest;
                while (((rest = ticket.get()) >>> 32) == gen && (int) rest < n) {
                    if (ticket.compareAndSet(rest, (gen << 32) | n)) {
                        if (done.addAndGet(n - (int) rest) == n) {
                            LockSupport.unpark(caller);
                        }
                        break;
                    }
                }
            } finally {
                if (done.incrementAndGet() == n) {
                    LockSupport.unpark(caller);
                }
            }
        }
    }

    private void workerLoop(int participant) {
        long seen = 0;
        int spins = 0;
        while (!closed) {
            long gen = ticket.get() >>> 32;
            if (gen != seen) {
                seen = gen;
                work(participant, gen);
                spins = 0;
            } else if (spins < SPINS) {
                spins++;
                Thread.onSpinWait();
            } else {
                Thread.interrupted(); // a stray interrupt must not turn park() into a busy loop
                LockSupport.park(this);
            }
        }
    }

    /** Stops the workers and waits for them (at most a second each); idempotent. */
    @Override
    public void close() {
        closed = true;
        for (Thread t : workers) {
            LockSupport.unpark(t);
        }
        boolean interrupted = false;
        for (Thread t : workers) {
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
