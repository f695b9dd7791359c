package org.airan.phy.dft;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Cleaner;
import java.util.Objects;

/**
 * CPU DFT on the system's FFTW 3 single-precision library ({@code libfftw3f}), bound through
 * {@code java.lang.foreign}; available only where that library is installed (detected once; see
 * {@link #unavailableReason()}), and switched off with {@code -Dairan.fftw=false}.
 *
 * <p>Plans are made once per processor (by default with {@code FFTW_MEASURE}; in place, one thread) on a 64-byte-aligned
 * native buffer; a call copies each signal into it, runs {@code fftwf_execute_dft} and copies the result back.
 * FFTW's {@code FFTW_FORWARD} is e^{-j}, {@code FFTW_BACKWARD} e^{+j}, neither scaled: the {@link DftProcessor}
 * contract. FFTW_MEASURE picks the algorithm by timing, so two processes may round differently (≈1e-7 relative);
 * use {@code -Dairan.fftw=false} where bit-identical reruns matter. Allocates nothing per call; not thread-safe (plan creation is serialized across instances, as FFTW
 * requires). {@link #close()} destroys the plans at once; otherwise they are destroyed, and the buffer freed, when
 * the processor becomes unreachable.
 */
public final class FftwDftProcessor implements DftProcessor {

    private static final String[] LIBRARY_NAMES = {"libfftw3f.so.3", "libfftw3f.so", "libfftw3f.3.dylib", "libfftw3f-3.dll"};
    private static final int FFTW_FORWARD = -1;
    private static final int FFTW_BACKWARD = 1;
    private static final int FFTW_MEASURE = 0;
    private static final int FFTW_ESTIMATE = 1 << 6;
    private static final Object PLANNER_LOCK = new Object();
    private static final Cleaner CLEANER = Cleaner.create();

    private static final MethodHandle PLAN_DFT_1D;
    private static final MethodHandle EXECUTE_DFT;
    private static final MethodHandle DESTROY_PLAN;
    private static final String UNAVAILABLE;
    private static final String LIBRARY;

    static {
        MethodHandle plan = null;
        MethodHandle exec = null;
        MethodHandle destroy = null;
        String why = null;
        String lib = null;
        if ("false".equalsIgnoreCase(System.getProperty("airan.fftw"))) {
            why = "switched off with -Dairan.fftw=false";
        } else {
            SymbolLookup lookup = null;
            for (String name : LIBRARY_NAMES) {
                try {
                    lookup = SymbolLookup.libraryLookup(name, Arena.global());
                    lib = name;
                    break;
                } catch (IllegalArgumentException | IllegalCallerException e) {
                    why = "libfftw3f not found (install FFTW 3 single precision, e.g. libfftw3-single3): "
                            + e.getMessage();
                }
            }
            if (lookup != null) {
                try {
                    Linker linker = Linker.nativeLinker();
                    plan = linker.downcallHandle(lookup.find("fftwf_plan_dft_1d").orElseThrow(),
                            FunctionDescriptor.of(ADDRESS, JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, JAVA_INT));
                    exec = linker.downcallHandle(lookup.find("fftwf_execute_dft").orElseThrow(),
                            FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS), Linker.Option.critical(false));
                    destroy = linker.downcallHandle(lookup.find("fftwf_destroy_plan").orElseThrow(),
                            FunctionDescriptor.ofVoid(ADDRESS));
                    why = null;
                } catch (RuntimeException e) {
                    why = lib + " loaded but unusable: " + e;
                    plan = null;
                }
            }
        }
        PLAN_DFT_1D = plan;
        EXECUTE_DFT = exec;
        DESTROY_PLAN = destroy;
        UNAVAILABLE = plan == null ? why : null;
        LIBRARY = plan == null ? "" : lib;
    }

    private final int n;
    private final MemorySegment buffer;
    private final MemorySegment forwardPlan;
    private final MemorySegment inversePlan;
    private final Cleaner.Cleanable cleanable;

    /** Planned with {@code FFTW_MEASURE} (slower to build, faster to run). @param n DFT size, at least 1 */
    public FftwDftProcessor(int n) {
        this(n, true);
    }

    /**
     * @param n       DFT size, at least 1
     * @param measure true: plan with {@code FFTW_MEASURE} (times candidate algorithms, ~0.1 s per size);
     *                false: {@code FFTW_ESTIMATE} (instant, usually somewhat slower)
     */
    public FftwDftProcessor(int n, boolean measure) {
        if (UNAVAILABLE != null) {
            throw new IllegalStateException("FFTW backend unavailable: " + UNAVAILABLE);
        }
        if (n < 1) {
            throw new IllegalArgumentException("DFT size must be positive, was " + n);
        }
        this.n = n;
        // The buffer lives as long as this processor (automatic arena); the plans are destroyed by close() or,
        // if the owner never closes it, by a cleaner once the processor is unreachable.
        this.buffer = Arena.ofAuto().allocate(8L * n, 64);
        MemorySegment fwd;
        MemorySegment inv;
        synchronized (PLANNER_LOCK) {
            try {
                int flags = measure ? FFTW_MEASURE : FFTW_ESTIMATE;
                fwd = (MemorySegment) PLAN_DFT_1D.invokeExact(n, buffer, buffer, FFTW_FORWARD, flags);
                inv = (MemorySegment) PLAN_DFT_1D.invokeExact(n, buffer, buffer, FFTW_BACKWARD, flags);
            } catch (Throwable t) {
                throw new IllegalStateException("fftwf_plan_dft_1d failed for N=" + n, t);
            }
        }
        if (fwd.address() == 0 || inv.address() == 0) {
            new PlanDestroyer(fwd, inv).run();
            throw new IllegalStateException("fftwf_plan_dft_1d returned no plan for N=" + n);
        }
        forwardPlan = fwd;
        inversePlan = inv;
        cleanable = CLEANER.register(this, new PlanDestroyer(fwd, inv));
    }

    /** Destroys two plans once; holds no reference to the processor. */
    private static final class PlanDestroyer implements Runnable {
        private final MemorySegment a;
        private final MemorySegment b;

        PlanDestroyer(MemorySegment a, MemorySegment b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void run() {
            synchronized (PLANNER_LOCK) {
                try {
                    if (a.address() != 0) {
                        DESTROY_PLAN.invokeExact(a);
                    }
                    if (b.address() != 0) {
                        DESTROY_PLAN.invokeExact(b);
                    }
                } catch (Throwable t) {
                    throw new IllegalStateException("fftwf_destroy_plan failed", t);
                }
            }
        }
    }

    /** True where libfftw3f was found and bound. */
    public static boolean available() {
        return UNAVAILABLE == null;
    }

    /** Why FFTW cannot be used here, or null when it can. */
    public static String unavailableReason() {
        return UNAVAILABLE;
    }

    /** The library name that was loaded, or "" when unavailable. */
    public static String library() {
        return LIBRARY;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public String backendName() {
        return "fftw";
    }

    @Override
    public void transform(Direction direction, float[] data, int offset, int stride, int count) {
        if (!DftProcessor.checkBatch(n, data, offset, stride, count)) {
            return;
        }
        MemorySegment plan = direction == Direction.FORWARD ? forwardPlan : inversePlan;
        for (int i = 0; i < count; i++) {
            int o = offset + i * stride;
            MemorySegment.copy(data, o, buffer, JAVA_FLOAT, 0, 2 * n);
            try {
                EXECUTE_DFT.invokeExact(plan, buffer, buffer);
            } catch (Throwable t) {
                throw new IllegalStateException("fftwf_execute_dft failed", t);
            }
            MemorySegment.copy(buffer, JAVA_FLOAT, 0, data, o, 2 * n);
        }
        // Keep this processor (and so its plans, see the cleaner) alive until the native calls are done.
        java.lang.ref.Reference.reachabilityFence(this);
    }

    @Override
    public void forward(float[] in, int inOff, float[] out, int outOff) {
        Objects.checkFromIndexSize(inOff, 2 * n, in.length);
        Objects.checkFromIndexSize(outOff, 2 * n, out.length);
        MemorySegment.copy(in, inOff, buffer, JAVA_FLOAT, 0, 2 * n);
        try {
            EXECUTE_DFT.invokeExact(forwardPlan, buffer, buffer);
        } catch (Throwable t) {
            throw new IllegalStateException("fftwf_execute_dft failed", t);
        }
        MemorySegment.copy(buffer, JAVA_FLOAT, 0, out, outOff, 2 * n);
        java.lang.ref.Reference.reachabilityFence(this);
    }

    /** Destroys the plans now (idempotent); the processor must not be used afterwards. */
    @Override
    public void close() {
        cleanable.clean();
    }
}
