package org.airan.phy.gpu;

import jcuda.NativePointerObject;
import jcuda.Pointer;
import jcuda.driver.CUfunction;
import jcuda.driver.JCudaDriver;

/**
 * One kernel with its argument list bound once: the arguments are given as JCuda pointers to device pointers and
 * to small {@code int[]}/{@code float[]} holders, so a launch allocates nothing; to change a scalar argument
 * between launches, write into its holder array (JCuda reads the array at launch time).
 */
public final class CudaKernel {

    private final String name;
    private final CUfunction function;
    private final Pointer params;
    private final int blockSize;
    private final int sharedBytes;

    /**
     * @param module      the module holding the kernel
     * @param name        the kernel's (extern "C") name
     * @param blockSize   threads per block (1D blocks)
     * @param sharedBytes dynamic shared memory per block in bytes
     * @param args        one {@link Pointer} per kernel parameter, e.g. {@code Pointer.to(deviceBuffer.pointer())}
     *                    or {@code Pointer.to(intHolder)}
     */
    public CudaKernel(CudaModule module, String name, int blockSize, int sharedBytes, Pointer... args) {
        this.name = name;
        this.function = module.function(name);
        this.params = Pointer.to((NativePointerObject[]) args);
        this.blockSize = blockSize;
        this.sharedBytes = sharedBytes;
    }

    /** Queues the kernel on {@code stream} with a {@code gridX × gridY × gridZ} grid ({@code cuLaunchKernel}). */
    public void launch(int gridX, int gridY, int gridZ, CudaStream stream) {
        Cuda.check(JCudaDriver.cuLaunchKernel(function, gridX, gridY, gridZ, blockSize, 1, 1, sharedBytes,
                stream.handle(), params, null), "cuLaunchKernel", name);
    }

    /** Blocks of {@link #blockSize()} threads needed to cover {@code n} items. */
    public int blocksFor(int n) {
        return (n + blockSize - 1) / blockSize;
    }

    /** Threads per block. */
    public int blockSize() {
        return blockSize;
    }

    /** The kernel name. */
    public String name() {
        return name;
    }
}
