package org.airan.phy.dft;

import java.util.List;
import org.airan.phy.Backend;
import org.airan.phy.BackendStatus;
import org.airan.phy.gpu.CudaDftProcessor;
import org.airan.phy.gpu.Cufft;
import org.airan.phy.gpu.CufftDftProcessor;
import org.airan.phy.gpu.GpuBackend;
import org.airan.phy.gpu.GpuFftStage;

/**
 * Builds {@link DftProcessor}s for a backend and reports which backends are usable here.
 *
 * <p>{@link Backend#CPU} is always available. Where the system FFTW 3 library ({@code libfftw3f}) is installed,
 * every size uses {@link FftwDftProcessor} (bound through {@code java.lang.foreign}; 2.5–3× faster than the Java
 * FFTs, see {@code docs/decisions/010-ofdm-dft.md}; {@code -Dairan.fftw=false} switches it off). Otherwise, when the
 * JVM was started with {@code --add-modules jdk.incubator.vector}, powers of two ≥ 16 use
 * {@link StockhamDftProcessor} (radix-4, Vector API) and every other size 2^a·3^b·5^c (3·2^k OFDM sizes such as 1536
 * and 3072, and the transform-precoding sizes 12·M_RB of TS 38.211 §6.3.1.4 such as 3240) uses
 * {@link MixedRadixDftProcessor} with its SIMD stages ({@code docs/decisions/011-dft-transform-precoding-sizes.md}).
 * Without the Vector API, powers of two use {@link JTransformsDftProcessor}, sizes 3·2^k {@link Radix3DftProcessor}
 * over JTransforms, other sizes 2^a·3^b·5^c the scalar {@link MixedRadixDftProcessor}. All of these allocate nothing
 * per call; any other size (a prime factor above 5) uses JTransforms. All are single-threaded: the pipeline
 * parallelizes across symbols, ports and cells. {@link Backend#GPU} is {@link CudaDftProcessor} (sizes 2^k and
 * 3·2^k up to 4096) when {@link GpuBackend} found a usable device and loaded the kernels; otherwise asking for it
 * explicitly is refused with the reason, and {@link Backend#AUTO} resolves to {@code CPU} and records why in
 * {@link #resolve(Backend)} (also logged once, at level INFO, under this class's name). AUTO also uses the CPU
 * for a size the GPU DFT does not handle. On the GPU, {@code -Dairan.gpu.fft=cufft} ({@link GpuFftStage}) gives
 * {@link CufftDftProcessor} (NVIDIA cuFFT through {@code java.lang.foreign}) instead of the project's kernel;
 * {@link #availability()} lists cuFFT as a third line (found or not, and why).
 *
 * <p>The DFT convention every backend honours is stated on {@link DftProcessor} (TS 38.211 §5.3.1 is written
 * with the inverse, e^{+j}, for modulation; the OFDM blocks apply the scaling).
 */
public final class DftProcessors {

    /** True when the Vector API module is in the boot layer (JVM flag {@code --add-modules jdk.incubator.vector}). */
    public static final boolean VECTOR_API = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    /** True when the FFTW backend is usable (libfftw3f found and not switched off). */
    public static final boolean FFTW = FftwDftProcessor.available();

    /** Implementation name of the CPU backend for power-of-two sizes. */
    public static final String CPU_IMPLEMENTATION = FFTW ? "fftw" : VECTOR_API ? "stockham-vector" : "jtransforms";

    private static final BackendStatus CPU_STATUS = new BackendStatus(Backend.CPU, true, CPU_IMPLEMENTATION,
            FFTW ? "always available; using the system FFTW (" + FftwDftProcessor.library() + ") through "
                    + "java.lang.foreign, one thread per transform"
                    : (VECTOR_API ? "pure Java, always available (radix-4 Stockham FFT on the Vector API for 2^k,"
                    + " mixed-radix 2/3/4/5 Stockham FFT on the Vector API for other 2^a·3^b·5^c; one thread per"
                    + " transform)"
                    : "pure Java, always available (JTransforms 3.1 for 2^k; radix-3 stage for 3·2^k; scalar"
                    + " mixed-radix FFT for other 2^a·3^b·5^c; one thread per transform)."
                    + " Start the JVM with --add-modules jdk.incubator.vector for the faster Vector-API FFTs")
                    + "; FFTW not used: " + FftwDftProcessor.unavailableReason());
    /** Signals per launch of a GPU DFT built by {@link #create(int, Backend)}: 14 symbols × 4 ports. */
    public static final int GPU_MAX_BATCH = 56;
    private static volatile boolean autoLogged;

    private DftProcessors() {
    }

    /**
     * Every concrete backend with whether it is usable here and why: CPU first, then the GPU backend, then cuFFT
     * (a GPU implementation of the FFT stage, {@link Cufft#status()}).
     */
    public static List<BackendStatus> availability() {
        return List.of(CPU_STATUS, GpuBackend.status(), Cufft.status());
    }

    /**
     * The concrete backend a request resolves to. {@code AUTO} gives the best available backend, with a reason
     * that says why others were passed over; an explicit backend gives its own status (possibly unavailable).
     */
    public static BackendStatus resolve(Backend requested) {
        if (requested == null) {
            throw new IllegalArgumentException("backend must not be null (use Backend.AUTO to let the factory pick)");
        }
        return switch (requested) {
            case CPU -> CPU_STATUS;
            case GPU -> GpuBackend.status();
            case AUTO -> {
                BackendStatus gpu = GpuBackend.status();
                if (gpu.available()) {
                    yield new BackendStatus(Backend.GPU, true, gpu.implementation(), "AUTO chose GPU: " + gpu.reason());
                }
                BackendStatus s = new BackendStatus(Backend.CPU, true, CPU_IMPLEMENTATION,
                        "AUTO chose CPU, the GPU backend is unavailable: " + gpu.reason());
                if (!autoLogged) {
                    autoLogged = true;
                    System.getLogger(DftProcessors.class.getName()).log(System.Logger.Level.INFO, s.reason());
                }
                yield s;
            }
        };
    }

    /**
     * A DFT processor of {@code size} complex points on a backend.
     *
     * @param size    DFT size N, at least 1 (any size; powers of two are fastest, see {@link JTransformsDftProcessor})
     * @param backend requested backend; {@code AUTO} never fails
     * @throws IllegalArgumentException if the size is not positive or an explicitly requested backend is unavailable
     */
    public static DftProcessor create(int size, Backend backend) {
        BackendStatus s = resolve(backend);
        if (!s.available()) {
            throw new IllegalArgumentException("backend " + backend + " is not available: " + s.reason()
                    + " (use Backend.CPU or Backend.AUTO)");
        }
        if (s.backend() == Backend.GPU) {
            if (CudaDftProcessor.supports(size)) {
                return GpuFftStage.fromSystemProperty().resolve() == GpuFftStage.CUFFT
                        ? new CufftDftProcessor(size, GPU_MAX_BATCH) : new CudaDftProcessor(size, GPU_MAX_BATCH);
            }
            if (backend == Backend.GPU) {
                throw new IllegalArgumentException("the GPU DFT handles sizes 2^k and 3·2^k in [2, 4096], was " + size
                        + " (use Backend.CPU or Backend.AUTO)");
            }
        }
        if (FFTW) {
            return new FftwDftProcessor(size);
        }
        return cpuWithoutFftw(size);
    }

    /** A CPU DFT processor of {@code size} points. */
    public static DftProcessor create(int size) {
        return create(size, Backend.CPU);
    }

    /** The pure-Java choice for {@code size} (decisions 010 and 011: the fastest allocation-free one measured). */
    private static DftProcessor cpuWithoutFftw(int size) {
        if (VECTOR_API) {
            if (StockhamDftProcessor.supports(size)) {
                return new StockhamDftProcessor(size);
            }
            if (MixedRadixDftProcessor.supports(size)) {
                return new MixedRadixDftProcessor(size, true);
            }
            return new JTransformsDftProcessor(size);
        }
        if (Integer.bitCount(size) == 1) {
            return new JTransformsDftProcessor(size);
        }
        if (Radix3DftProcessor.supports(size)) {
            return new Radix3DftProcessor(size, new JTransformsDftProcessor(size / 3));
        }
        if (MixedRadixDftProcessor.supports(size)) {
            return new MixedRadixDftProcessor(size, false);
        }
        return new JTransformsDftProcessor(size);
    }
}
