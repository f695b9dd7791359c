package org.airan.phy.gpu;

import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Objects;
import jcuda.Pointer;
import jcuda.driver.JCudaDriver;

/**
 * Page-locked host memory ({@code cuMemHostAlloc}, portable) holding floats: the staging area for asynchronous
 * copies to and from the device, which the driver can only overlap with kernels when the host side is pinned.
 * {@link #put} and {@link #get} copy between Java arrays and this buffer without allocating.
 */
public final class PinnedBuffer implements AutoCloseable {

    private final CudaContext context;
    private final Pointer pointer;
    private final long bytes;
    private final FloatBuffer floats;
    private boolean closed;

    /** Allocates {@code numFloats} floats of pinned memory in {@code context}. */
    public PinnedBuffer(CudaContext context, int numFloats) {
        if (numFloats < 1) {
            throw new IllegalArgumentException("numFloats must be ≥ 1, was " + numFloats);
        }
        this.context = context;
        context.makeCurrent();
        this.bytes = 4L * numFloats;
        this.pointer = new Pointer();
        Cuda.check(JCudaDriver.cuMemHostAlloc(pointer, bytes, JCudaDriver.CU_MEMHOSTALLOC_PORTABLE), "cuMemHostAlloc",
                bytes + " bytes");
        this.floats = pointer.getByteBuffer(0, bytes).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    /** Capacity in floats. */
    public int numFloats() {
        return floats.capacity();
    }

    /** Size in bytes. */
    public long bytes() {
        return bytes;
    }

    /** Copies {@code length} floats from {@code src[srcOffset..]} to float index {@code at} of this buffer. */
    public void put(int at, float[] src, int srcOffset, int length) {
        floats.put(at, src, srcOffset, length);
    }

    /** Copies {@code length} floats from float index {@code at} of this buffer into {@code dst[dstOffset..]}. */
    public void get(int at, float[] dst, int dstOffset, int length) {
        floats.get(at, dst, dstOffset, length);
    }

    /**
     * A view of {@code length} floats from float index {@code at}, for producers that write straight into pinned
     * memory (a new object: take it once per configuration).
     */
    public FloatBuffer view(int at, int length) {
        return floats.slice(at, length);
    }

    /** The host pointer at float index 0. */
    public Pointer pointer() {
        return pointer;
    }

    /** A host pointer at float index {@code at} (a new object: take it once per configuration, not per call). */
    public Pointer pointerAt(int at) {
        Objects.checkIndex(at, floats.capacity());
        return pointer.withByteOffset(4L * at);
    }

    /** Frees the pinned memory. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            context.makeCurrent();
            Cuda.check(JCudaDriver.cuMemFreeHost(pointer), "cuMemFreeHost");
        }
    }
}
