package org.airan.phy.gpu;

import org.airan.phy.Backend;
import org.airan.phy.BackendStatus;

/**
 * The process-wide GPU backend: probed once and cached. The first call to {@link #status()} runs
 * {@link GpuProbe} (JCuda natives, {@code cuInit}, devices), retains the primary context of device 0 and loads
 * the kernel module ({@link CudaModule#loadKernels}); any failure on the way makes the backend unavailable with a
 * one-line reason (logged once at INFO under this class's name, shown by {@code airan info}) and the factories
 * use the CPU. Nothing is retried: a machine does not grow a GPU while the process runs.
 *
 * <p>The context and module live for the rest of the process (they are shared by every CUDA block).
 */
public final class GpuBackend {

    /** Implementation name reported in {@link BackendStatus#implementation()}. */
    public static final String IMPLEMENTATION = "cuda";

    private static volatile State state;

    private record State(BackendStatus status, CudaContext context, CudaModule module) {
    }

    private GpuBackend() {
    }

    /** Whether the GPU blocks can be built here, and why (not). Never throws. */
    public static BackendStatus status() {
        return state().status;
    }

    /** Whether {@link #status()} is available. */
    public static boolean isAvailable() {
        return status().available();
    }

    /** The shared context of device 0; throws {@link IllegalStateException} with the reason when unavailable. */
    public static CudaContext context() {
        State s = state();
        if (s.context == null) {
            throw new IllegalStateException("GPU backend unavailable: " + s.status.reason());
        }
        s.context.makeCurrent();
        return s.context;
    }

    /** The shared kernel module; throws {@link IllegalStateException} with the reason when unavailable. */
    public static CudaModule module() {
        State s = state();
        if (s.module == null) {
            throw new IllegalStateException("GPU backend unavailable: " + s.status.reason());
        }
        return s.module;
    }

    private static State state() {
        State s = state;
        if (s == null) {
            synchronized (GpuBackend.class) {
                s = state;
                if (s == null) {
                    s = init();
                    state = s;
                    System.getLogger(GpuBackend.class.getName()).log(System.Logger.Level.INFO,
                            "GPU backend: " + s.status);
                }
            }
        }
        return s;
    }

    private static State init() {
        GpuStatus probe = GpuProbe.status();
        if (!probe.available()) {
            return new State(new BackendStatus(Backend.GPU, false, "", probe.reason()), null, null);
        }
        CudaContext ctx = null;
        try {
            ctx = CudaContext.create(0);
            CudaModule module = CudaModule.loadKernels(ctx);
            String why = probe.summary() + "; kernels " + module.image()
                    + (module.notes().isEmpty() ? "" : " (" + module.notes() + ")");
            return new State(new BackendStatus(Backend.GPU, true, IMPLEMENTATION, why), ctx, module);
        } catch (RuntimeException | LinkageError e) {
            if (ctx != null) {
                try {
                    ctx.close();
                } catch (RuntimeException ignored) {
                    // The reason below is what matters.
                }
            }
            return new State(new BackendStatus(Backend.GPU, false, "", "a GPU was found (" + probe.summary()
                    + ") but the CUDA backend could not start: " + e.getMessage()), null, null);
        }
    }
}
