package org.airan.phy;

import java.util.Locale;
import org.airan.phy.dft.DftProcessors;
import org.airan.phy.gpu.GpuProbe;
import org.airan.phy.gpu.GpuStatus;

/**
 * Chooses the backend from the system property {@value #PROPERTY} ({@code cpu}, {@code gpu} or {@code auto},
 * case-insensitive; default {@code auto}) and what this machine offers.
 *
 * <ul>
 *   <li>{@code cpu}: the CPU, always.</li>
 *   <li>{@code auto}: the GPU when a device is usable ({@link GpuProbe}) <em>and</em> the GPU blocks exist in this
 *       build ({@link DftProcessors#resolve(Backend)}); otherwise the CPU, with the reason.</li>
 *   <li>{@code gpu}: as {@code auto}, but a CPU outcome is flagged as a fallback
 *       ({@link BackendSelection#fellBack()}) so that callers can warn; it is not an error, since the CPU results
 *       are the same, only slower.</li>
 * </ul>
 * Any other value is a configuration error naming the property and the allowed values. Pass
 * {@link BackendSelection#selected()} to the block factories.
 */
public final class BackendSelector {

    /** The system property that chooses the backend. */
    public static final String PROPERTY = "airan.backend";

    private BackendSelector() {
    }

    /** The backend {@value #PROPERTY} asks for ({@link Backend#AUTO} when unset). */
    public static Backend requested() {
        return parse(System.getProperty(PROPERTY));
    }

    /** Parses cpu, gpu or auto (case-insensitive; null or blank is auto). */
    public static Backend parse(String value) {
        if (value == null || value.isBlank()) {
            return Backend.AUTO;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "cpu" -> Backend.CPU;
            case "gpu" -> Backend.GPU;
            case "auto" -> Backend.AUTO;
            default -> throw new IllegalArgumentException(PROPERTY + " must be cpu, gpu or auto, was '" + value + "'");
        };
    }

    /** Resolves {@value #PROPERTY} against this machine (probes the GPU once per process). */
    public static BackendSelection select() {
        return select(requested());
    }

    /** Resolves {@code requested} against this machine. */
    public static BackendSelection select(Backend requested) {
        if (requested == Backend.CPU) {
            return new BackendSelection(requested, Backend.CPU, false, "CPU requested");
        }
        return resolve(requested, GpuProbe.status(), DftProcessors.resolve(Backend.GPU));
    }

    /** The decision for {@code requested} given a GPU probe result and the GPU DFT backend's status. */
    static BackendSelection resolve(Backend requested, GpuStatus gpu, BackendStatus gpuBlocks) {
        if (requested == Backend.CPU) {
            return new BackendSelection(requested, Backend.CPU, false, "CPU requested");
        }
        boolean explicit = requested == Backend.GPU;
        String prefix = explicit ? "GPU requested but " : "auto: ";
        if (!gpu.available()) {
            return new BackendSelection(requested, Backend.CPU, explicit, prefix + "no usable GPU, using the CPU ("
                    + gpu.reason() + ")");
        }
        if (!gpuBlocks.available()) {
            return new BackendSelection(requested, Backend.CPU, explicit, prefix + "a GPU was found but "
                    + gpuBlocks.reason() + ", using the CPU");
        }
        return new BackendSelection(requested, Backend.GPU, false,
                (explicit ? "GPU requested: " : "auto: GPU found: ") + gpu.summary());
    }
}
