package org.airan.testbed.cli;

import java.util.Locale;
import org.airan.phy.gpu.GpuStatus;

/**
 * Resolves the {@value #PROPERTY} system property ({@code cpu}, {@code gpu} or {@code auto}, default
 * {@code auto}) against what the GPU probe found: {@code auto} picks the GPU when one is usable, {@code gpu}
 * falls back to the CPU with the probe's reason when none is, {@code cpu} always gives the CPU.
 *
 * @param requested what was asked for (lower case)
 * @param selected  "cpu" or "gpu"
 * @param reason    why {@code selected} was chosen, one line
 */
public record BackendChoice(String requested, String selected, String reason) {

    /** The system property that chooses the backend. */
    public static final String PROPERTY = "airan.backend";

    public BackendChoice {
        if (!"cpu".equals(selected) && !"gpu".equals(selected)) {
            throw new IllegalArgumentException("selected must be cpu or gpu, was " + selected);
        }
    }

    /** Reads {@value #PROPERTY} and resolves it. A value other than cpu|gpu|auto is a bad input. */
    public static BackendChoice fromSystemProperty(GpuStatus gpu) {
        return resolve(System.getProperty(PROPERTY, "auto"), gpu);
    }

    /** Resolves {@code requested} (cpu, gpu or auto; case-insensitive) against {@code gpu}. */
    public static BackendChoice resolve(String requested, GpuStatus gpu) {
        String r = requested == null ? "auto" : requested.strip().toLowerCase(Locale.ROOT);
        return switch (r) {
            case "cpu" -> new BackendChoice(r, "cpu", "CPU requested");
            case "gpu" -> gpu.available()
                    ? new BackendChoice(r, "gpu", "GPU requested and usable")
                    : new BackendChoice(r, "cpu", "GPU requested but unusable, falling back to CPU: " + gpu.reason());
            case "auto" -> gpu.available()
                    ? new BackendChoice(r, "gpu", "a usable GPU was found")
                    : new BackendChoice(r, "cpu", "no usable GPU: " + gpu.reason());
            default -> throw new IllegalArgumentException(PROPERTY + " must be cpu, gpu or auto, was '" + requested + "'");
        };
    }
}
