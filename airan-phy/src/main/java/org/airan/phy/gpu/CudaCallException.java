package org.airan.phy.gpu;

/**
 * A CUDA driver-API call failed: names the call, the {@code CUresult} code and its name (e.g.
 * {@code cuMemAlloc failed: CUDA_ERROR_OUT_OF_MEMORY (2)}). These are programming or environment errors (out of
 * device memory, a kernel fault), never expected radio outcomes, so they are exceptions.
 */
public final class CudaCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The driver-API function that failed, e.g. "cuMemAlloc". */
    private final String call;
    /** The CUresult code. */
    private final int result;

    /**
     * @param call   the driver-API function name
     * @param result the CUresult it returned
     * @param detail extra context (sizes, kernel name), or ""
     */
    public CudaCallException(String call, int result, String detail) {
        super(call + " failed: " + Cuda.errorName(result) + " (" + result + ")"
                + (detail == null || detail.isEmpty() ? "" : ": " + detail));
        this.call = call;
        this.result = result;
    }

    /** The driver-API function that failed. */
    public String call() {
        return call;
    }

    /** The CUresult code. */
    public int result() {
        return result;
    }
}
