package org.airan.phy.gpu;

import jcuda.NativePointerObject;

/**
 * Reads the native handle value of a JCuda object ({@code CUstream}, {@code CUdeviceptr}, ...), which JCuda keeps
 * in {@link NativePointerObject} behind a {@code protected} getter, so that libraries bound through
 * {@code java.lang.foreign} (cuFFT) can be given the same stream and device memory.
 *
 * <p>How: {@code NativePointerObject} has a {@code protected} copy constructor that copies the native pointer.
 * This subclass wraps a copy of the object and calls the inherited {@code protected getNativePointer()} on itself,
 * which Java's access rules allow (a subclass may call a protected method on an instance of its own type). No
 * reflection, no {@code --add-opens}. One small object per call: use it when building a configuration, never per
 * slot.
 *
 * <p>For a {@code Pointer} made by {@code withByteOffset}, the value is the base address: JCuda stores the offset
 * separately. Callers take the address of the base pointer and add their own offsets.
 */
final class NativeAddress extends NativePointerObject {

    private NativeAddress(NativePointerObject copyOf) {
        super(copyOf);
    }

    /** The native value held by {@code o} (a CUDA handle or device address; 0 when not yet set). */
    static long of(NativePointerObject o) {
        if (o == null) {
            throw new IllegalArgumentException("native object must not be null");
        }
        return new NativeAddress(o).getNativePointer();
    }
}
