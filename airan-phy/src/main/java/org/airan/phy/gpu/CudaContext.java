package org.airan.phy.gpu;

import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdevice_attribute;
import jcuda.driver.JCudaDriver;

/**
 * The primary context of one CUDA device ({@code cuDevicePrimaryCtxRetain}), the context the CUDA runtime and
 * libraries such as cuFFT use too, so device pointers can be shared with them. {@link #close()} releases this
 * retain ({@code cuDevicePrimaryCtxRelease}); the context itself lives while anyone holds it.
 *
 * <p>CUDA contexts are current per thread: every class of this package makes its context current
 * ({@link #makeCurrent()}) before driver calls, so objects may be used from any one thread at a time.
 */
public final class CudaContext implements AutoCloseable {

    private final CUdevice device;
    private final CUcontext context;
    private final GpuDevice info;
    private final boolean memoryPools;
    private boolean closed;

    private CudaContext(CUdevice device, CUcontext context, GpuDevice info, boolean memoryPools) {
        this.device = device;
        this.context = context;
        this.info = info;
        this.memoryPools = memoryPools;
    }

    /**
     * Retains the primary context of device {@code ordinal} and makes it current on this thread.
     *
     * @throws IllegalStateException when {@link GpuProbe} found no usable GPU (with its reason) or the ordinal does
     *                               not exist
     * @throws CudaCallException     when a driver call fails
     */
    public static CudaContext create(int ordinal) {
        GpuStatus status = GpuProbe.status();
        if (!status.available()) {
            throw new IllegalStateException("no usable GPU: " + status.reason());
        }
        if (ordinal < 0 || ordinal >= status.devices().size()) {
            throw new IllegalStateException("device ordinal must be in [0, " + status.devices().size() + "), was "
                    + ordinal);
        }
        Cuda.useReturnCodes();
        CUdevice dev = new CUdevice();
        Cuda.check(JCudaDriver.cuDeviceGet(dev, ordinal), "cuDeviceGet");
        CUcontext ctx = new CUcontext();
        Cuda.check(JCudaDriver.cuDevicePrimaryCtxRetain(ctx, dev), "cuDevicePrimaryCtxRetain");
        Cuda.check(JCudaDriver.cuCtxSetCurrent(ctx), "cuCtxSetCurrent");
        int[] pools = new int[1];
        Cuda.check(JCudaDriver.cuDeviceGetAttribute(pools, CUdevice_attribute.CU_DEVICE_ATTRIBUTE_MEMORY_POOLS_SUPPORTED,
                dev), "cuDeviceGetAttribute(MEMORY_POOLS_SUPPORTED)");
        return new CudaContext(dev, ctx, status.devices().get(ordinal), pools[0] != 0);
    }

    /** Makes this context current on the calling thread ({@code cuCtxSetCurrent}). */
    public void makeCurrent() {
        ensureOpen();
        Cuda.check(JCudaDriver.cuCtxSetCurrent(context), "cuCtxSetCurrent");
    }

    /** The device this context belongs to. */
    public GpuDevice device() {
        return info;
    }

    /** Whether the device supports stream-ordered allocation ({@code cuMemAllocAsync} on its default pool). */
    public boolean supportsMemoryPools() {
        return memoryPools;
    }

    /** Waits for all work in this context ({@code cuCtxSynchronize}). */
    public void synchronize() {
        makeCurrent();
        Cuda.check(JCudaDriver.cuCtxSynchronize(), "cuCtxSynchronize");
    }

    CUcontext handle() {
        return context;
    }

    void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("CUDA context of device " + info.index() + " is closed");
        }
    }

    /** Releases this retain of the primary context. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            Cuda.check(JCudaDriver.cuDevicePrimaryCtxRelease(device), "cuDevicePrimaryCtxRelease");
        }
    }
}
