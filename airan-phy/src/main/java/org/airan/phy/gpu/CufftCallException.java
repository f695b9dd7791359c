package org.airan.phy.gpu;

/**
 * A cuFFT call failed: names the call, the {@code cufftResult} name and code and what was being planned or run
 * (e.g. {@code cufftMakePlanMany failed: CUFFT_INVALID_SIZE (8): N=5000, batch=56}). Like
 * {@link CudaCallException} these are programming or environment errors, never expected radio outcomes.
 */
public final class CufftCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The cuFFT function that failed, e.g. "cufftExecC2C". */
    private final String call;
    /** The cufftResult code. */
    private final int result;

    /**
     * @param call   the cuFFT function name
     * @param result the cufftResult it returned
     * @param detail sizes and context, or ""
     */
    public CufftCallException(String call, int result, String detail) {
        super(call + " failed: " + Cufft.resultName(result) + " (" + result + ")"
                + (detail == null || detail.isEmpty() ? "" : ": " + detail));
        this.call = call;
        this.result = result;
    }

    /** The cuFFT function that failed. */
    public String call() {
        return call;
    }

    /** The cufftResult code. */
    public int result() {
        return result;
    }
}
