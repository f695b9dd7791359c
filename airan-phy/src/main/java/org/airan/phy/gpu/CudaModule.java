package org.airan.phy.gpu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;
import jcuda.driver.CUresult;
import jcuda.driver.JCudaDriver;

/**
 * A CUDA module loaded from a classpath resource with {@code cuModuleLoadData}: the project's kernels, shipped
 * compiled (see {@code scripts/build-kernels.sh} and the {@code kernels.manifest} next to them).
 *
 * <p>{@link #loadKernels(CudaContext)} tries, in order, what fits the device: the sm_90 fatbin (SASS for
 * compute capability 9.x, plus compute_90 PTX), the compute_90 PTX (JIT-compiled by the driver for 9.0 and
 * newer), the compute_80 PTX (8.0 and newer). It records which image loaded and why the earlier ones did not.
 * PTX built by CUDA 13.0 needs a driver of release 580 or newer; an older driver answers
 * {@code CUDA_ERROR_UNSUPPORTED_PTX_VERSION}, which is reported with that hint.
 */
public final class CudaModule implements AutoCloseable {

    /** Classpath folder of the kernel images. */
    public static final String RESOURCE_DIR = "/org/airan/phy/gpu/";
    /** Base name of the kernel images. */
    public static final String KERNELS = "airan_kernels";

    private final CudaContext context;
    private final CUmodule module;
    private final String image;
    private final String notes;
    private boolean closed;

    private CudaModule(CudaContext context, CUmodule module, String image, String notes) {
        this.context = context;
        this.module = module;
        this.image = image;
        this.notes = notes;
    }

    /** Loads the project's kernels for the context's device (see the class comment for the order). */
    public static CudaModule loadKernels(CudaContext context) {
        GpuDevice d = context.device();
        List<String> candidates = new ArrayList<>();
        if (d.computeMajor() == 9) {
            candidates.add(KERNELS + ".sm_90.fatbin");
        }
        if (d.computeMajor() >= 9) {
            candidates.add(KERNELS + ".compute_90.ptx");
        }
        if (d.computeMajor() >= 8) {
            candidates.add(KERNELS + ".compute_80.ptx");
        }
        if (candidates.isEmpty()) {
            throw new IllegalStateException("device " + d.name() + " has compute capability " + d.computeCapability()
                    + "; the shipped kernels need 8.0 or newer");
        }
        StringBuilder failures = new StringBuilder();
        for (String name : candidates) {
            byte[] bytes = readResource(RESOURCE_DIR + name, name.endsWith(".ptx"));
            context.makeCurrent();
            CUmodule m = new CUmodule();
            int rc = JCudaDriver.cuModuleLoadData(m, bytes);
            if (rc == CUresult.CUDA_SUCCESS) {
                return new CudaModule(context, m, name, failures.toString());
            }
            failures.append(name).append(": ").append(Cuda.errorName(rc));
            if (rc == CUresult.CUDA_ERROR_UNSUPPORTED_PTX_VERSION) {
                failures.append(" (the PTX is from CUDA 13.0: the driver must be release 580 or newer)");
            }
            failures.append("; ");
        }
        throw new CudaCallException("cuModuleLoadData", CUresult.CUDA_ERROR_INVALID_IMAGE,
                "no kernel image loaded on " + d.name() + " (compute " + d.computeCapability() + "): " + failures);
    }

    /** The resource name of the image that loaded, e.g. "airan_kernels.sm_90.fatbin". */
    public String image() {
        return image;
    }

    /** Why images tried before {@link #image()} did not load ("" when the first one did). */
    public String notes() {
        return notes;
    }

    /** The kernel {@code name} ({@code cuModuleGetFunction}). */
    public CUfunction function(String name) {
        context.makeCurrent();
        CUfunction f = new CUfunction();
        Cuda.check(JCudaDriver.cuModuleGetFunction(f, module, name), "cuModuleGetFunction", name);
        return f;
    }

    static byte[] readResource(String path, boolean nulTerminate) {
        try (InputStream in = CudaModule.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("kernel resource " + path + " is missing from the classpath");
            }
            byte[] b = in.readAllBytes();
            if (!nulTerminate) {
                return b;
            }
            byte[] z = new byte[b.length + 1];
            System.arraycopy(b, 0, z, 0, b.length);
            return z;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read kernel resource " + path, e);
        }
    }

    /** Unloads the module. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            context.makeCurrent();
            Cuda.check(JCudaDriver.cuModuleUnload(module), "cuModuleUnload");
        }
    }
}
