package org.airan.phy.gpu;

import java.util.Objects;
import jcuda.Pointer;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.JCudaDriver;

/**
 * Device (global) memory. Allocated stream-ordered from the device's default memory pool
 * ({@code cuMemAllocAsync}) where the device supports pools, else with {@code cuMemAlloc}; freed the same way.
 * Copies come in two kinds: synchronous ones from Java arrays (set-up, tests) and asynchronous ones on a stream
 * from a {@link PinnedBuffer} (the hot path; they overlap kernels on other streams).
 */
public final class DeviceBuffer implements AutoCloseable {

    private final CudaContext context;
    private final CudaStream allocStream;
    private final CUdeviceptr pointer;
    private final long bytes;
    private boolean closed;

    /**
     * Allocates {@code bytes} of device memory.
     *
     * @param stream stream for the stream-ordered allocation and free, or null for {@code cuMemAlloc}
     */
    public DeviceBuffer(CudaContext context, long bytes, CudaStream stream) {
        if (bytes < 1) {
            throw new IllegalArgumentException("bytes must be ≥ 1, was " + bytes);
        }
        this.context = context;
        this.bytes = bytes;
        this.pointer = new CUdeviceptr();
        context.makeCurrent();
        if (stream != null && context.supportsMemoryPools()) {
            this.allocStream = stream;
            Cuda.check(JCudaDriver.cuMemAllocAsync(pointer, bytes, stream.handle()), "cuMemAllocAsync", bytes + " bytes");
        } else {
            this.allocStream = null;
            Cuda.check(JCudaDriver.cuMemAlloc(pointer, bytes), "cuMemAlloc", bytes + " bytes");
        }
    }

    /** A buffer of {@code numFloats} floats (see {@link #DeviceBuffer(CudaContext, long, CudaStream)}). */
    public static DeviceBuffer ofFloats(CudaContext context, long numFloats, CudaStream stream) {
        return new DeviceBuffer(context, 4L * numFloats, stream);
    }

    /** Size in bytes. */
    public long bytes() {
        return bytes;
    }

    /** The device pointer (for kernel parameters). */
    public CUdeviceptr pointer() {
        return pointer;
    }

    /** A device pointer {@code byteOffset} bytes in (a new object: take it once per configuration). */
    public CUdeviceptr pointerAt(long byteOffset) {
        Objects.checkIndex(byteOffset, bytes);
        return pointer.withByteOffset(byteOffset);
    }

    /** Synchronous copy of {@code length} floats from {@code src[srcOffset..]} to float index 0 of this buffer. */
    public void upload(float[] src, int srcOffset, int length) {
        Objects.checkFromIndexSize(srcOffset, length, src.length);
        checkBytes(4L * length);
        context.makeCurrent();
        Cuda.check(JCudaDriver.cuMemcpyHtoD(pointer, Pointer.to(src).withByteOffset(4L * srcOffset), 4L * length),
                "cuMemcpyHtoD");
    }

    /** Synchronous copy of {@code src} (ints) to the start of this buffer. */
    public void upload(int[] src) {
        checkBytes(4L * src.length);
        context.makeCurrent();
        Cuda.check(JCudaDriver.cuMemcpyHtoD(pointer, Pointer.to(src), 4L * src.length), "cuMemcpyHtoD");
    }

    /** Synchronous copy of {@code length} floats from the start of this buffer into {@code dst[dstOffset..]}. */
    public void download(float[] dst, int dstOffset, int length) {
        Objects.checkFromIndexSize(dstOffset, length, dst.length);
        checkBytes(4L * length);
        context.makeCurrent();
        Cuda.check(JCudaDriver.cuMemcpyDtoH(Pointer.to(dst).withByteOffset(4L * dstOffset), pointer, 4L * length),
                "cuMemcpyDtoH");
    }

    /** Queues a copy of {@code numBytes} from pinned host memory {@code src} to device pointer {@code dst}. */
    public static void copyAsync(CUdeviceptr dst, Pointer src, long numBytes, CudaStream stream) {
        Cuda.check(JCudaDriver.cuMemcpyHtoDAsync(dst, src, numBytes, stream.handle()), "cuMemcpyHtoDAsync");
    }

    /** Queues a copy of {@code numBytes} from device pointer {@code src} to pinned host memory {@code dst}. */
    public static void copyAsync(Pointer dst, CUdeviceptr src, long numBytes, CudaStream stream) {
        Cuda.check(JCudaDriver.cuMemcpyDtoHAsync(dst, src, numBytes, stream.handle()), "cuMemcpyDtoHAsync");
    }

    private void checkBytes(long n) {
        if (n > bytes) {
            throw new IllegalArgumentException("copy of " + n + " bytes exceeds the device buffer's " + bytes);
        }
    }

    /** Frees the memory (stream-ordered when it was allocated so). Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            context.makeCurrent();
            if (allocStream != null) {
                Cuda.check(JCudaDriver.cuMemFreeAsync(pointer, allocStream.handle()), "cuMemFreeAsync");
            } else {
                Cuda.check(JCudaDriver.cuMemFree(pointer), "cuMemFree");
            }
        }
    }
}
