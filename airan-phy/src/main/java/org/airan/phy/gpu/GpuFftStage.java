package org.airan.phy.gpu;

import java.util.Locale;

/**
 * Which FFT the CUDA OFDM blocks ({@link CudaOfdmDemodulator}, {@link CudaUplinkFrontEnd}) and the GPU
 * {@code DftProcessor} use for the TS 38.211 §5.3.1 demodulation DFT.
 *
 * <ul>
 *   <li>{@link #OWN}: the project's shared-memory FFT, fused with the window load and the subcarrier extraction in
 *       one kernel ({@code airan_ofdm_demod}); one pass over global memory.</li>
 *   <li>{@link #CUFFT}: NVIDIA cuFFT ({@link Cufft}): a gather kernel copies every CP-removed DFT window of the
 *       batch into one contiguous buffer, one batched {@code cufftExecC2C} per stream transforms all symbols ×
 *       antennas × items in place, and an extraction kernel applies the per-subcarrier factors. Two extra
 *       global-memory round trips, traded against cuFFT's faster transform.</li>
 *   <li>{@link #AUTO}: {@link #OWN}. The choice stays with the fused kernel until a GPU measurement
 *       ({@code scripts/gpu-check.sh}, decision 091) shows cuFFT ahead on the production sizes; then this is the
 *       one line to change.</li>
 * </ul>
 *
 * <p>Chosen per block (constructor argument) or for the process with the system property {@value #PROPERTY}
 * ({@code own|cufft|auto}, default {@code auto}).
 */
public enum GpuFftStage {
    /** The fused shared-memory FFT kernel. */
    OWN,
    /** Gather → cuFFT → extract. */
    CUFFT,
    /** {@link #OWN} until measured otherwise (see the class comment). */
    AUTO;

    /** System property selecting the stage for blocks built without an explicit one. */
    public static final String PROPERTY = "airan.gpu.fft";

    /**
     * Parses {@code own}, {@code cufft} or {@code auto} (any case; null or blank means {@code auto}).
     *
     * @throws IllegalArgumentException naming the property and the allowed values
     */
    public static GpuFftStage parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "own" -> OWN;
            case "cufft" -> CUFFT;
            case "auto" -> AUTO;
            default -> throw new IllegalArgumentException(PROPERTY + " must be own, cufft or auto, was '" + value
                    + "'");
        };
    }

    /** The stage {@value #PROPERTY} asks for ({@link #AUTO} when unset). */
    public static GpuFftStage fromSystemProperty() {
        return parse(System.getProperty(PROPERTY));
    }

    /**
     * The concrete stage to build: {@link #AUTO} gives {@link #OWN}; {@link #CUFFT} is returned only when cuFFT is
     * usable ({@link Cufft#status()}).
     *
     * @throws IllegalStateException for {@link #CUFFT} where cuFFT cannot be used, with the reason
     */
    public GpuFftStage resolve() {
        return switch (this) {
            case OWN, AUTO -> OWN;
            case CUFFT -> {
                var s = Cufft.status();
                if (!s.available()) {
                    throw new IllegalStateException("the cuFFT FFT stage was requested (" + PROPERTY + "=cufft or "
                            + "GpuFftStage.CUFFT) but is not available: " + s.reason());
                }
                yield CUFFT;
            }
        };
    }

    /** One line for status reports, e.g. "auto (= own, the fused kernel)". */
    public String describe() {
        return switch (this) {
            case OWN -> "own (fused shared-memory FFT kernel)";
            case CUFFT -> "cufft (gather, batched cufftExecC2C, extract)";
            case AUTO -> "auto (= own, the fused kernel, until a GPU measurement favours cuFFT; -D" + PROPERTY
                    + "=cufft to use cuFFT)";
        };
    }
}
