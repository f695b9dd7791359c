package org.airan.phy.gpu;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.ShortBuffer;
import java.util.Objects;
import jcuda.Pointer;
import jcuda.driver.JCudaDriver;

/**
 * Page-locked host memory ({@code cuMemHostAlloc}, portable) holding floats, shorts or bytes: the staging area for
 * asynchronous copies to and from the device, which the driver can only overlap with kernels when the host side is
 * pinned. {@link #put} and {@link #get} copy between Java arrays and this buffer without allocating; their index
 * {@code at} counts elements of the array's type (floats, shorts or bytes from the start of the buffer).
 */
public final class PinnedBuffer implements AutoCloseable {

    private final CudaContext context;
    private final Pointer pointer;
    private final long bytes;
    private final ByteBuffer raw;
    private final FloatBuffer floats;
    private final ShortBuffer shorts;
    private boolean closed;

    /** Allocates {@code numFloats} floats of pinned memory in {@code context}. */
    public PinnedBuffer(CudaContext context, int numFloats) {
        this(context, 4L * numFloats, "numFloats", numFloats);
    }

    private PinnedBuffer(CudaContext context, long bytes, String what, long value) {
        if (bytes < 1 || bytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + " must give 1 to 2^31−1 bytes, was " + value);
        }
        this.context = context;
        context.makeCurrent();
        this.bytes = bytes;
        this.pointer = new Pointer();
        Cuda.check(JCudaDriver.cuMemHostAlloc(pointer, bytes, JCudaDriver.CU_MEMHOSTALLOC_PORTABLE), "cuMemHostAlloc",
                bytes + " bytes");
        this.raw = pointer.getByteBuffer(0, bytes).order(ByteOrder.nativeOrder());
        this.floats = raw.asFloatBuffer();
        this.shorts = raw.asShortBuffer();
    }

    /** Allocates {@code numBytes} bytes of pinned memory (for int16 or int8 data) in {@code context}. */
    public static PinnedBuffer ofBytes(CudaContext context, long numBytes) {
        return new PinnedBuffer(context, numBytes, "numBytes", numBytes);
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

    /** Copies {@code length} shorts from {@code src[srcOffset..]} to short index {@code at} of this buffer. */
    public void put(int at, short[] src, int srcOffset, int length) {
        shorts.put(at, src, srcOffset, length);
    }

    /** Copies {@code length} bytes from byte index {@code at} of this buffer into {@code dst[dstOffset..]}. */
    public void get(int at, byte[] dst, int dstOffset, int length) {
        raw.get(at, dst, dstOffset, length);
    }

    /** A view of {@code length} shorts from short index {@code at} (a new object: take it once per configuration). */
    public ShortBuffer shortView(int at, int length) {
        return shorts.slice(at, length);
    }

    /** A view of {@code length} bytes from byte index {@code at} (a new object: take it once per configuration). */
    public ByteBuffer byteView(int at, int length) {
        return raw.slice(at, length).order(ByteOrder.nativeOrder());
    }

    /** A host pointer {@code byteOffset} bytes in (a new object: take it once per configuration, not per call). */
    public Pointer pointerAtByte(long byteOffset) {
        Objects.checkIndex(byteOffset, bytes);
        return pointer.withByteOffset(byteOffset);
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
