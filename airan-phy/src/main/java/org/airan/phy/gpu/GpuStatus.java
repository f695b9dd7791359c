package org.airan.phy.gpu;

import java.util.List;

/**
 * Whether the GPU backend can be used in this process, and if not, why.
 *
 * <p>An unavailable GPU is an expected outcome, not an error: {@code available == false} comes with a one-line
 * {@code reason} meant for users (e.g. "no CUDA driver library (libcuda) could be loaded: ..."), and the CPU
 * backend is used instead.
 *
 * @param available           true when the driver initialised and at least one device was found
 * @param reason              why the GPU is unavailable; empty when available
 * @param driverVersion       CUDA driver API version as {@code cuDriverGetVersion} reports it
 *                            (1000·major + 10·minor, e.g. 12060), or 0 when unknown
 * @param devices             the devices found (empty when unavailable)
 */
public record GpuStatus(boolean available, String reason, int driverVersion, List<GpuDevice> devices) {

    public GpuStatus {
        if (reason == null) {
            throw new IllegalArgumentException("reason must not be null (use \"\" when the GPU is available)");
        }
        if (devices == null) {
            throw new IllegalArgumentException("devices must not be null");
        }
        devices = List.copyOf(devices);
        if (available && devices.isEmpty()) {
            throw new IllegalArgumentException("an available GPU status must list at least one device");
        }
        if (!available && reason.isBlank()) {
            throw new IllegalArgumentException("an unavailable GPU status must say why (reason was blank)");
        }
        if (driverVersion < 0) {
            throw new IllegalArgumentException("driverVersion must be ≥ 0, was " + driverVersion);
        }
    }

    /** An unavailable status with the given reason. */
    public static GpuStatus unavailable(String reason, int driverVersion) {
        return new GpuStatus(false, reason, driverVersion, List.of());
    }

    /** Driver version as "major.minor" (e.g. "12.6"), or "unknown". */
    public String driverVersionString() {
        return driverVersion == 0 ? "unknown" : (driverVersion / 1000) + "." + (driverVersion % 1000) / 10;
    }

    /** One line for logs and {@code airan info}. */
    public String summary() {
        if (!available) {
            return "unavailable: " + reason;
        }
        GpuDevice d = devices.getFirst();
        return devices.size() + " device(s), first: " + d.name() + " (compute " + d.computeCapability() + ", "
                + d.totalMemoryBytes() / (1024 * 1024) + " MiB), driver " + driverVersionString();
    }
}
