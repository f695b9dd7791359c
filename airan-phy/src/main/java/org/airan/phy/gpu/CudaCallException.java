package org.airan.phy.gpu;

/**
 * A CUDA driver-API call failed: names the call, the {@code CUresult} code and its name (e.g.
 * {@code cuMemAlloc failed: CUDA_ERROR_OUT_OF_MEMORY (2)}).
 */
public final class CudaCallException extends GpuCallException {

    private static final long serialVersionUID = 1L;

    /**
     * @param call   the driver-API function name
     * @param result the CUresult it returned
     * @param detail extra context (sizes, kernel name), or ""
     */
    public CudaCallException(String call, int result, String detail) {
        super(call, result, Cuda.errorName(result), detail);
    }
}
