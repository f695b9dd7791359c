package org.airan.phy.ofdm;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs one job per antenna port on an {@link Executor}, the calling thread taking port 0, and waits for all.
 * The per-port tasks are built once; a call allocates nothing itself (the executor may, e.g. a queue node).
 */
final class PortParallel {

    /** What one port does; {@code port} selects the per-port worker. */
    interface PortJob {
        void run(int port);
    }

    private final Executor executor;
    private final PortJob job;
    private final Runnable[] tasks;
    private final AtomicInteger pending = new AtomicInteger();
    private volatile Thread waiter;
    private volatile Throwable failure;

    PortParallel(Executor executor, int maxPorts, PortJob job) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.job = job;
        this.tasks = new Runnable[maxPorts];
        for (int p = 0; p < maxPorts; p++) {
            final int port = p;
            tasks[p] = () -> {
                try {
                    this.job.run(port);
                } catch (Throwable t) {
                    failure = t;
                } finally {
                    if (pending.decrementAndGet() == 0) {
                        LockSupport.unpark(waiter);
                    }
                }
            };
        }
    }

    /** Runs ports [0, numPorts) and returns when all are done, rethrowing the first failure. */
    void run(int numPorts) {
        if (numPorts > tasks.length) {
            throw new IllegalArgumentException("numPorts " + numPorts + " exceeds the " + tasks.length
                    + " ports this helper was built for");
        }
        failure = null;
        waiter = Thread.currentThread();
        pending.set(numPorts);
        for (int p = 1; p < numPorts; p++) {
            executor.execute(tasks[p]);
        }
        if (numPorts > 0) {
            tasks[0].run();
        }
        while (pending.get() > 0) {
            LockSupport.parkNanos(this, 100_000L);
        }
        Throwable t = failure;
        if (t != null) {
            failure = null;
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException("port job failed", t);
        }
    }
}
