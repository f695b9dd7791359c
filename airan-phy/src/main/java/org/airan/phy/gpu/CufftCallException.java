package org.airan.phy.gpu;

/**
 * A cuFFT call failed: names the call, the {@code cufftResult} name and code and what was being planned or run
 * (e.g. {@code cufftMakePlanMany failed: CUFFT_INVALID_SIZE (8): N=5000, batch=56}).
 */
public final class CufftCallException extends GpuCallException {

    private static final long serialVersionUID = 1L;

    /**
     * @param call   the cuFFT function name
     * @param result the cufftResult it returned
     * @param detail sizes and context, or ""
     */
    public CufftCallException(String call, int result, String detail) {
        super(call, result, Cufft.resultName(result), detail);
    }
}
