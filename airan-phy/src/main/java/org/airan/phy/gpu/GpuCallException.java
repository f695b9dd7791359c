package org.airan.phy.gpu;

/**
 * A call into a GPU library failed: names the call, the library's result name and code, and what was being
 * done (e.g. {@code cuMemAlloc failed: CUDA_ERROR_OUT_OF_MEMORY (2): 1966080 bytes}). These are programming or
 * environment errors (out of device memory, a kernel fault, a missing driver), never expected radio outcomes, so
 * they are exceptions. {@link CudaCallException} is the driver API's, {@link CufftCallException} cuFFT's.
 */
public abstract sealed class GpuCallException extends RuntimeException
        permits CudaCallException, CufftCallException {

    private static final long serialVersionUID = 1L;

    /** The library function that failed, e.g. "cuMemAlloc". */
    private final String call;
    /** The result code it returned. */
    private final int result;

    GpuCallException(String call, int result, String resultName, String detail) {
        super(call + " failed: " + resultName + " (" + result + ")"
                + (detail == null || detail.isEmpty() ? "" : ": " + detail));
        this.call = call;
        this.result = result;
    }

    /** The library function that failed. */
    public String call() {
        return call;
    }

    /** The result code it returned ({@code CUresult} or {@code cufftResult}). */
    public int result() {
        return result;
    }
}
