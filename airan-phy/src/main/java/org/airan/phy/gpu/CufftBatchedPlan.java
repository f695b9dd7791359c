package org.airan.phy.gpu;

import java.util.ArrayList;
import java.util.List;

/**
 * cuFFT plans for in-place batched C2C transforms of N points on one stream, for any batch of up to
 * {@code maxUnits} units of {@code unit} contiguous signals each (e.g. a unit = the 14 symbols × 4 antennas of one
 * cell-slot). A cuFFT plan has a fixed batch, so this holds one plan per power of two 2^j ≤ maxUnits (plus one for
 * maxUnits itself): a call with {@code maxUnits} units (the steady state of a benchmark or a full batch) is one
 * {@code cufftExecC2C}; any other count is split by its binary digits (at most ⌈log2(maxUnits)⌉ + 1 executions).
 * All plans are made in the constructor (no allocation per call), bound to the stream with {@code cufftSetStream},
 * and share one work area (they run one after another on that stream): {@code cufftSetAutoAllocation(0)},
 * the largest size {@code cufftMakePlanMany} reports, {@code cufftSetWorkArea}.
 *
 * <p>Package-private: the blocks ({@link CufftDftProcessor}, {@link CudaOfdmDemodulator},
 * {@link CudaUplinkFrontEnd}) use it. Not thread-safe.
 */
final class CufftBatchedPlan implements AutoCloseable {

    private final CudaContext context;
    private final int n;
    private final int unit;
    private final int maxUnits;
    /** Units per plan: 1, 2, 4, ... then maxUnits when it is not a power of two. */
    private final int[] units;
    private final int[] handles;
    /** Per plan, a description for failure messages (built once). */
    private final String[] details;
    private final DeviceBuffer workArea;
    private final long workBytes;
    /** Scratch for {@link #split}: the unit counts of one call's executions. */
    private final int[] pieces = new int[32];
    private boolean closed;

    /**
     * @param context  the context whose device memory the transforms run on (made current here and per call)
     * @param stream   the stream every execution is queued on
     * @param n        DFT size (any size cuFFT accepts; the blocks use 2^k and 3·2^k)
     * @param unit     signals per unit, ≥ 1
     * @param maxUnits largest number of units per call, ≥ 1
     * @throws CufftCallException naming the cuFFT call that failed (and the sizes)
     */
    CufftBatchedPlan(CudaContext context, CudaStream stream, int n, int unit, int maxUnits) {
        if (n < 1 || unit < 1 || maxUnits < 1) {
            throw new IllegalArgumentException("n, unit and maxUnits must be ≥ 1, were " + n + ", " + unit + ", "
                    + maxUnits);
        }
        if ((long) n * unit * maxUnits > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("N·unit·maxUnits = " + (long) n * unit * maxUnits
                    + " complex samples exceeds a 32-bit cuFFT plan (use a smaller batch)");
        }
        this.context = context;
        this.n = n;
        this.unit = unit;
        this.maxUnits = maxUnits;
        List<Integer> u = new ArrayList<>();
        for (int p = 1; p <= maxUnits; p <<= 1) {
            u.add(p);
        }
        if (Integer.bitCount(maxUnits) != 1) {
            u.add(maxUnits);
        }
        this.units = u.stream().mapToInt(Integer::intValue).toArray();
        this.handles = new int[units.length];
        this.details = new String[units.length];
        java.util.Arrays.fill(handles, -1);
        context.makeCurrent();
        long work = 0;
        DeviceBuffer wa = null;
        try {
            for (int j = 0; j < units.length; j++) {
                int batch = units[j] * unit;
                details[j] = "C2C N=" + n + ", batch=" + batch + " (" + units[j] + " × " + unit + " signals)";
                handles[j] = Cufft.create();
                Cufft.setAutoAllocation(handles[j], false);
                work = Math.max(work, Cufft.makePlanMany(handles[j], n, batch));
            }
            if (work > 0) {
                wa = new DeviceBuffer(context, work, null);
                long address = NativeAddress.of(wa.pointer());
                for (int h : handles) {
                    Cufft.setWorkArea(h, address);
                }
            }
            long s = NativeAddress.of(stream.handle());
            for (int h : handles) {
                Cufft.setStream(h, s);
            }
        } catch (RuntimeException e) {
            try {
                destroyAll();
                if (wa != null) {
                    wa.close();
                }
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        this.workArea = wa;
        this.workBytes = work;
    }

    /** DFT size. */
    int size() {
        return n;
    }

    /** Largest number of units per call. */
    int maxUnits() {
        return maxUnits;
    }

    /** Bytes of the shared work area (0 when cuFFT needs none). */
    long workBytes() {
        return workBytes;
    }

    /**
     * Queues the in-place transform of {@code count} units (count · unit signals of N complex floats, contiguous
     * from device address {@code address}) on the stream. Does not wait. The caller has made the context current.
     *
     * @param direction {@link Cufft#FORWARD} or {@link Cufft#INVERSE}
     */
    void exec(long address, int count, int direction) {
        if (count < 0 || count > maxUnits) {
            throw new IllegalArgumentException("count must be in [0, " + maxUnits + "] units, was " + count);
        }
        int m = split(count, maxUnits, pieces);
        long at = address;
        for (int i = 0; i < m; i++) {
            int u = pieces[i];
            run(u == maxUnits ? units.length - 1 : Integer.numberOfTrailingZeros(u), at, direction);
            at += 8L * n * unit * u;
        }
    }

    /**
     * How a call of {@code count} units runs: fills {@code out} with the unit count of each execution, in order
     * (maxUnits alone for a full batch, else the binary digits of count from the highest), and returns how many.
     * Each is a planned size: a power of two below maxUnits, or maxUnits. {@code out} needs 32 entries.
     */
    static int split(int count, int maxUnits, int[] out) {
        if (count == maxUnits) {
            out[0] = maxUnits;
            return 1;
        }
        int m = 0;
        for (int j = 30; j >= 0; j--) {
            if ((count & (1 << j)) != 0) {
                out[m++] = 1 << j;
            }
        }
        return m;
    }

    private void run(int j, long address, int direction) {
        int r = Cufft.execC2C(handles[j], address, address, direction);
        if (r != 0) {
            Cufft.check(r, "cufftExecC2C", details[j] + String.format(" at 0x%x, direction %d", address, direction));
        }
    }

    private void destroyAll() {
        RuntimeException first = null;
        for (int j = 0; j < handles.length; j++) {
            if (handles[j] != -1) {
                try {
                    Cufft.destroy(handles[j]);
                } catch (RuntimeException e) {
                    first = first == null ? e : first;
                }
                handles[j] = -1;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Destroys the plans and frees the work area (after the stream's queued work). Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            context.makeCurrent();
            try {
                destroyAll();
            } finally {
                if (workArea != null) {
                    workArea.close();
                }
            }
        }
    }
}
