package org.airan.phy.gpu;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.airan.phy.Backend;
import org.airan.phy.BackendStatus;

/**
 * NVIDIA cuFFT bound through {@code java.lang.foreign}: found at run time where it is installed, never required.
 *
 * <p><b>Discovery</b> (once per process, on first use, cached; never throws): the file named by the system
 * property {@value #LIBRARY_PROPERTY} if set (and nothing else); otherwise {@code libcufft.so.12} (CUDA 12.x and
 * 13.x) then {@code libcufft.so.11} (CUDA 11.x) through the system loader ({@code LD_LIBRARY_PATH}, the
 * {@code ldconfig} cache), then in the usual CUDA folders {@code /usr/local/cuda/lib64},
 * {@code /usr/local/cuda/targets/x86_64-linux/lib} and each {@code LD_LIBRARY_PATH} entry. The library is loaded,
 * its symbols bound and {@code cufftGetVersion} called; any failure leaves cuFFT unavailable with a one-line
 * reason ({@link #unavailableReason()}), which {@link #status()} combines with the GPU backend's and
 * {@code airan info} lists (through {@code DftProcessors.availability()}). Loading the library needs no GPU;
 * planning does: without a usable CUDA driver, {@code cufftCreate} returns {@code CUFFT_INTERNAL_ERROR} (cuFFT
 * 12.0 cannot open {@code libcuda.so.1}), reported as a {@link CufftCallException} that says so.
 *
 * <p><b>Binding.</b> Downcalls to {@code cufftGetVersion}, {@code cufftCreate}, {@code cufftSetAutoAllocation},
 * {@code cufftMakePlanMany}, {@code cufftSetWorkArea}, {@code cufftSetStream}, {@code cufftExecC2C} and
 * {@code cufftDestroy}. Device pointers and the {@code cudaStream_t} are passed as 64-bit integers (the CUDA
 * handles JCuda holds, read with {@link NativeAddress}); on the 64-bit Linux ABIs cuFFT ships for, a pointer and a
 * {@code long} travel in the same register, and no {@code MemorySegment} is made per call. Every
 * {@code cufftResult} goes through {@link #check}, which throws {@link CufftCallException} naming the call and the
 * result ({@code CUFFT_INVALID_PLAN}, ..., {@code CUFFT_NOT_SUPPORTED}; the values of NVIDIA's public
 * {@code cufft.h}). The work-planning API is package-private: the blocks use it through {@link CufftBatchedPlan}.
 *
 * <p>cuFFT runs on the CUDA runtime, which uses the context current on the calling thread: the project's
 * {@link CudaContext} is the device's primary context (the runtime's own), so pointers and streams from JCuda
 * are valid in cuFFT. Callers make that context current before planning or executing.
 */
public final class Cufft {

    /** System property naming the cuFFT library file to load (no other place is then searched). */
    public static final String LIBRARY_PROPERTY = "airan.cufft.library";
    /** Implementation name reported in {@link BackendStatus#implementation()}. */
    public static final String IMPLEMENTATION = "cufft";
    /** {@code CUFFT_FORWARD}: e^{−j}, the {@code DftProcessor} forward direction. */
    static final int FORWARD = -1;
    /** {@code CUFFT_INVERSE}: e^{+j}, unscaled. */
    static final int INVERSE = 1;
    /** {@code CUFFT_C2C}: complex float to complex float, interleaved. */
    static final int C2C = 0x29;

    static final List<String> LIBRARY_NAMES = List.of("libcufft.so.12", "libcufft.so.11");
    static final List<String> CUDA_DIRS = List.of("/usr/local/cuda/lib64", "/usr/local/cuda/targets/x86_64-linux/lib");

    /**
     * {@code cufftResult} names by value (cufft.h). 0xA, 0xC and 0xF (CUFFT_INCOMPLETE_PARAMETER_LIST,
     * CUFFT_PARSE_ERROR, CUFFT_LICENSE_ERROR) exist in cuFFT 10-11 and were retired in cuFFT 12.
     */
    private static final String[] RESULT_NAMES = {
        "CUFFT_SUCCESS", "CUFFT_INVALID_PLAN", "CUFFT_ALLOC_FAILED", "CUFFT_INVALID_TYPE", "CUFFT_INVALID_VALUE",
        "CUFFT_INTERNAL_ERROR", "CUFFT_EXEC_FAILED", "CUFFT_SETUP_FAILED", "CUFFT_INVALID_SIZE",
        "CUFFT_UNALIGNED_DATA", "CUFFT_INCOMPLETE_PARAMETER_LIST", "CUFFT_INVALID_DEVICE", "CUFFT_PARSE_ERROR",
        "CUFFT_NO_WORKSPACE", "CUFFT_NOT_IMPLEMENTED", "CUFFT_LICENSE_ERROR", "CUFFT_NOT_SUPPORTED",
        "CUFFT_MISSING_DEPENDENCY", "CUFFT_NVRTC_FAILURE", "CUFFT_NVJITLINK_FAILURE", "CUFFT_NVSHMEM_FAILURE"};

    private Cufft() {
    }

    /** The library, probed when this class is first initialised (i.e. on first use of cuFFT). */
    private static final class Lib {
        static final MethodHandle CREATE;
        static final MethodHandle SET_AUTO_ALLOCATION;
        static final MethodHandle MAKE_PLAN_MANY;
        static final MethodHandle SET_WORK_AREA;
        static final MethodHandle SET_STREAM;
        static final MethodHandle EXEC_C2C;
        static final MethodHandle DESTROY;
        static final String LIBRARY;
        static final int VERSION;
        static final String WHY;

        static {
            MethodHandle[] h = new MethodHandle[7];
            String lib = "";
            int version = 0;
            String why;
            List<String> tried = new ArrayList<>();
            SymbolLookup lookup = null;
            String explicit = System.getProperty(LIBRARY_PROPERTY);
            if (explicit != null && !explicit.isBlank()) {
                try {
                    lookup = SymbolLookup.libraryLookup(Path.of(explicit.strip()), Arena.global());
                    lib = explicit.strip();
                    why = null;
                } catch (RuntimeException e) {
                    why = "the library named by -D" + LIBRARY_PROPERTY + " (" + explicit.strip()
                            + ") could not be loaded: " + e.getMessage();
                }
            } else {
                why = null;
                for (String name : LIBRARY_NAMES) {
                    tried.add(name);
                    try {
                        lookup = SymbolLookup.libraryLookup(name, Arena.global());
                        lib = name + " (system loader)";
                        break;
                    } catch (RuntimeException e) {
                        // try the next name, then the CUDA folders
                    }
                }
                if (lookup == null) {
                    for (String dir : searchDirs()) {
                        for (String name : LIBRARY_NAMES) {
                            Path p;
                            try {
                                p = Path.of(dir, name);
                                if (!Files.exists(p)) {
                                    continue;
                                }
                            } catch (RuntimeException e) {
                                continue;  // an LD_LIBRARY_PATH entry that is no valid path
                            }
                            try {
                                lookup = SymbolLookup.libraryLookup(p, Arena.global());
                                lib = p.toString();
                                break;
                            } catch (RuntimeException e) {
                                tried.add(p + " (" + e.getMessage() + ")");
                            }
                        }
                        if (lookup != null) {
                            break;
                        }
                    }
                }
                if (lookup == null) {
                    why = "libcufft not found: tried " + String.join(", ", tried) + " through the system loader and in "
                            + String.join(", ", searchDirs()) + " (install the CUDA toolkit's cuFFT or name the file"
                            + " with -D" + LIBRARY_PROPERTY + "=...)";
                }
            }
            if (lookup != null) {
                try {
                    Linker linker = Linker.nativeLinker();
                    SymbolLookup l = lookup;
                    java.util.function.BiFunction<String, FunctionDescriptor, MethodHandle> bind = (name, fd) ->
                            linker.downcallHandle(l.find(name).orElseThrow(() -> new IllegalStateException(
                                    "symbol " + name + " missing")), fd);
                    MethodHandle getVersion = bind.apply("cufftGetVersion", FunctionDescriptor.of(JAVA_INT, ADDRESS));
                    h[0] = bind.apply("cufftCreate", FunctionDescriptor.of(JAVA_INT, ADDRESS));
                    h[1] = bind.apply("cufftSetAutoAllocation", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT));
                    // (plan, rank, n*, inembed*, istride, idist, onembed*, ostride, odist, type, batch, workSize*)
                    h[2] = bind.apply("cufftMakePlanMany", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS,
                            ADDRESS, JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));
                    h[3] = bind.apply("cufftSetWorkArea", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG));
                    h[4] = bind.apply("cufftSetStream", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG));
                    h[5] = bind.apply("cufftExecC2C", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG, JAVA_LONG,
                            JAVA_INT));
                    h[6] = bind.apply("cufftDestroy", FunctionDescriptor.of(JAVA_INT, JAVA_INT));
                    try (Arena a = Arena.ofConfined()) {
                        MemorySegment v = a.allocate(JAVA_INT);
                        int r = (int) getVersion.invokeExact(v);
                        version = v.get(JAVA_INT, 0);
                        if (r != 0) {
                            why = lib + " loaded but cufftGetVersion failed: " + resultName(r) + " (" + r + ")";
                        } else if (version < 10000 || version >= 100000) {
                            why = lib + " loaded but reports an implausible version " + version;
                        }
                    }
                } catch (Throwable e) {
                    why = lib + " loaded but unusable: " + e;
                }
            }
            boolean ok = why == null;
            CREATE = ok ? h[0] : null;
            SET_AUTO_ALLOCATION = ok ? h[1] : null;
            MAKE_PLAN_MANY = ok ? h[2] : null;
            SET_WORK_AREA = ok ? h[3] : null;
            SET_STREAM = ok ? h[4] : null;
            EXEC_C2C = ok ? h[5] : null;
            DESTROY = ok ? h[6] : null;
            LIBRARY = ok ? lib : "";
            VERSION = ok ? version : 0;
            WHY = why;
        }
    }

    /** The CUDA folders searched after the system loader, then the {@code LD_LIBRARY_PATH} entries. */
    static List<String> searchDirs() {
        Set<String> dirs = new LinkedHashSet<>(CUDA_DIRS);
        String ld = System.getenv("LD_LIBRARY_PATH");
        if (ld != null) {
            for (String d : ld.split(":")) {
                if (!d.isBlank()) {
                    dirs.add(d.strip());
                }
            }
        }
        return List.copyOf(dirs);
    }

    /** Whether libcufft was found, bound and answered {@code cufftGetVersion} (needs no GPU). */
    public static boolean libraryLoaded() {
        return Lib.WHY == null;
    }

    /** Why libcufft cannot be used, or null when it was loaded. */
    public static String unavailableReason() {
        return Lib.WHY;
    }

    /** The library that was loaded (a path, or a name resolved by the system loader), or "" when none. */
    public static String library() {
        return Lib.LIBRARY;
    }

    /** {@code cufftGetVersion}: 1000·major + 100·minor + patch (e.g. 12000 for cuFFT 12.0.0), or 0 when not loaded. */
    public static int version() {
        return Lib.VERSION;
    }

    /** The version as "major.minor.patch", or "unknown". */
    public static String versionString() {
        int v = version();
        return v == 0 ? "unknown" : (v / 1000) + "." + (v % 1000) / 100 + "." + (v % 100);
    }

    /**
     * Whether the cuFFT FFT stage can be used: the library loaded and the GPU backend ({@link GpuBackend}) usable.
     * As a {@link BackendStatus} of kind GPU, implementation {@value #IMPLEMENTATION}, for {@code airan info}.
     * Never throws.
     */
    public static BackendStatus status() {
        if (!libraryLoaded()) {
            return new BackendStatus(Backend.GPU, false, "", "cuFFT unavailable: " + unavailableReason());
        }
        String lib = "cuFFT " + versionString() + " (" + library() + ")";
        BackendStatus gpu = GpuBackend.status();
        if (!gpu.available()) {
            return new BackendStatus(Backend.GPU, false, "", lib + " loaded, but the GPU backend is unavailable: "
                    + gpu.reason());
        }
        String stage;
        try {
            stage = GpuFftStage.fromSystemProperty().describe();
        } catch (IllegalArgumentException e) {
            stage = e.getMessage();
        }
        return new BackendStatus(Backend.GPU, true, IMPLEMENTATION, lib + " through java.lang.foreign; FFT stage of "
                + "the CUDA blocks: " + stage);
    }

    /** Whether {@link #status()} is available. */
    public static boolean isAvailable() {
        return status().available();
    }

    /** The {@code cufftResult} name of {@code result}, e.g. "CUFFT_INVALID_SIZE", or "CUFFT_UNKNOWN_RESULT". */
    public static String resultName(int result) {
        return result >= 0 && result < RESULT_NAMES.length ? RESULT_NAMES[result] : "CUFFT_UNKNOWN_RESULT";
    }

    /** Throws {@link CufftCallException} naming {@code call} unless {@code result} is CUFFT_SUCCESS. */
    static void check(int result, String call, String detail) {
        if (result != 0) {
            String hint = hint(result);
            throw new CufftCallException(call, result, detail.isEmpty() ? hint
                    : hint.isEmpty() ? detail : detail + " " + hint);
        }
    }

    /** Where the reason is likely the environment (no driver, no device), say so. */
    private static String hint(int result) {
        GpuStatus g = GpuProbe.status();
        if (!g.available()) {
            return "(no usable CUDA driver/device here: " + g.reason() + "; cuFFT loads without one but needs "
                    + "libcuda.so.1 and a device to plan)";
        }
        if (result == 2) {
            return "(device memory exhausted)";
        }
        if (result == 5 || result == 7 || result == 0xB) {
            // cuFFT 12.x ships with CUDA 13, 11.x with CUDA 12, 10.x with CUDA 11: each needs that driver API or newer.
            int major = version() / 1000;
            return "(CUDA driver " + g.driverVersionString() + "; cuFFT " + versionString() + " needs driver API "
                    + (major + 1) + ".0 or newer)";
        }
        return "";
    }

    private static void requireLoaded() {
        if (!libraryLoaded()) {
            throw new IllegalStateException("cuFFT unavailable: " + unavailableReason());
        }
    }

    // ---- calls (package-private; see CufftBatchedPlan) ----

    /** {@code cufftCreate}: a new, empty plan handle. */
    static int create() {
        requireLoaded();
        try (Arena a = Arena.ofConfined()) {
            MemorySegment h = a.allocate(JAVA_INT);
            h.set(JAVA_INT, 0, -1);
            check((int) Lib.CREATE.invokeExact(h), "cufftCreate", "");
            return h.get(JAVA_INT, 0);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("cufftCreate downcall failed", t);
        }
    }

    /** {@code cufftSetAutoAllocation}: false = the caller gives the work area ({@link #setWorkArea}). */
    static void setAutoAllocation(int plan, boolean auto) {
        int r;
        try {
            r = (int) Lib.SET_AUTO_ALLOCATION.invokeExact(plan, auto ? 1 : 0);
        } catch (Throwable t) {
            throw new IllegalStateException("cufftSetAutoAllocation downcall failed", t);
        }
        check(r, "cufftSetAutoAllocation", "plan " + plan);
    }

    /**
     * {@code cufftMakePlanMany} for {@code batch} contiguous complex-float C2C transforms of {@code n} points
     * (rank 1, basic data layout: null embeds, so signal b starts at element b·n).
     *
     * @return the work area size in bytes the plan needs
     */
    static long makePlanMany(int plan, int n, int batch) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment dims = a.allocate(JAVA_INT);
            dims.set(JAVA_INT, 0, n);
            MemorySegment work = a.allocate(JAVA_LONG);
            int r = (int) Lib.MAKE_PLAN_MANY.invokeExact(plan, 1, dims, MemorySegment.NULL, 1, n, MemorySegment.NULL,
                    1, n, C2C, batch, work);
            check(r, "cufftMakePlanMany", "C2C, N=" + n + ", batch=" + batch + " (" + 8L * n * batch + " bytes)");
            return work.get(JAVA_LONG, 0);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("cufftMakePlanMany downcall failed", t);
        }
    }

    /** {@code cufftSetWorkArea}: device memory of at least the planned work size. */
    static void setWorkArea(int plan, long deviceAddress) {
        int r;
        try {
            r = (int) Lib.SET_WORK_AREA.invokeExact(plan, deviceAddress);
        } catch (Throwable t) {
            throw new IllegalStateException("cufftSetWorkArea downcall failed", t);
        }
        check(r, "cufftSetWorkArea", "plan " + plan);
    }

    /** {@code cufftSetStream}: later executions of the plan are queued on {@code stream} (a CUstream handle). */
    static void setStream(int plan, long stream) {
        int r;
        try {
            r = (int) Lib.SET_STREAM.invokeExact(plan, stream);
        } catch (Throwable t) {
            throw new IllegalStateException("cufftSetStream downcall failed", t);
        }
        check(r, "cufftSetStream", "plan " + plan);
    }

    /** {@code cufftExecC2C} (asynchronous on the plan's stream); returns the cufftResult for the caller's check. */
    static int execC2C(int plan, long in, long out, int direction) {
        try {
            return (int) Lib.EXEC_C2C.invokeExact(plan, in, out, direction);
        } catch (Throwable t) {
            throw new IllegalStateException("cufftExecC2C downcall failed", t);
        }
    }

    /** {@code cufftDestroy}. */
    static void destroy(int plan) {
        int r;
        try {
            r = (int) Lib.DESTROY.invokeExact(plan);
        } catch (Throwable t) {
            throw new IllegalStateException("cufftDestroy downcall failed", t);
        }
        check(r, "cufftDestroy", "plan " + plan);
    }
}
