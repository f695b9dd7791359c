package org.airan.phy.gpu;

/**
 * Prints {@link GpuBackend#status()} and {@link Cufft#status()} and exits 0 when the GPU backend is usable, 1 when not (for scripts that must
 * decide whether to run the GPU benchmarks).
 */
public final class GpuBackendStatus {

    private GpuBackendStatus() {
    }

    public static void main(String[] args) {
        System.out.println("GPU backend: " + GpuBackend.status());
        System.out.println("cuFFT: " + Cufft.status());
        System.exit(GpuBackend.isAvailable() ? 0 : 1);
    }
}
