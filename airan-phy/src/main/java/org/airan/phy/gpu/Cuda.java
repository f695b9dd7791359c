package org.airan.phy.gpu;

import jcuda.driver.CUresult;
import jcuda.driver.JCudaDriver;

/**
 * Checking of CUDA driver-API results. The wrappers of this package call the JCuda driver API with JCuda's own
 * exceptions switched off (see {@link CudaContext#create(int)}) and pass every result through {@link #check},
 * so a failure is reported with the name of the call that failed.
 */
public final class Cuda {

    private Cuda() {
    }

    /** Throws {@link CudaCallException} naming {@code call} unless {@code result} is CUDA_SUCCESS. */
    public static void check(int result, String call) {
        if (result != CUresult.CUDA_SUCCESS) {
            throw new CudaCallException(call, result, "");
        }
    }

    /** As {@link #check(int, String)} with extra context in the message. */
    public static void check(int result, String call, String detail) {
        if (result != CUresult.CUDA_SUCCESS) {
            throw new CudaCallException(call, result, detail);
        }
    }

    /** The CUresult's name, e.g. "CUDA_ERROR_OUT_OF_MEMORY" (from JCuda's table; no driver call). */
    public static String errorName(int result) {
        return CUresult.stringFor(result);
    }

    /** Makes the driver API report errors as return codes (this package checks every one). */
    static void useReturnCodes() {
        JCudaDriver.setExceptionsEnabled(false);
    }
}
