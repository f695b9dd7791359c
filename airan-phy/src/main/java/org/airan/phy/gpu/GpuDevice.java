package org.airan.phy.gpu;

/**
 * One CUDA device as reported by the driver.
 *
 * @param index             device ordinal for {@code cuDeviceGet}, 0-based
 * @param name              device name, e.g. "NVIDIA H100 80GB HBM3"
 * @param computeMajor      compute capability, major part (e.g. 9 for Hopper)
 * @param computeMinor      compute capability, minor part
 * @param totalMemoryBytes  global memory in bytes
 */
public record GpuDevice(int index, String name, int computeMajor, int computeMinor, long totalMemoryBytes) {

    public GpuDevice {
        if (index < 0) {
            throw new IllegalArgumentException("index must be ≥ 0 (a CUDA device ordinal), was " + index);
        }
        if (name == null) {
            throw new IllegalArgumentException("name must not be null");
        }
        if (computeMajor < 0 || computeMinor < 0) {
            throw new IllegalArgumentException("compute capability must be non-negative, was "
                    + computeMajor + "." + computeMinor);
        }
        if (totalMemoryBytes < 0) {
            throw new IllegalArgumentException("totalMemoryBytes must be ≥ 0, was " + totalMemoryBytes);
        }
    }

    /** Compute capability as "major.minor", e.g. "9.0". */
    public String computeCapability() {
        return computeMajor + "." + computeMinor;
    }
}
