package org.airan.phy.dft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.airan.phy.Backend;
import org.airan.phy.BackendStatus;
import org.airan.phy.gpu.GpuBackend;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Backend choice and availability report of {@link DftProcessors}. */
class DftProcessorsTest {

    @Test
    void availabilityListsCpuUsableAndGpuWithAReason() {
        List<BackendStatus> all = DftProcessors.availability();
        assertEquals(Backend.CPU, all.get(0).backend());
        assertTrue(all.get(0).available());
        BackendStatus gpu = all.stream().filter(s -> s.backend() == Backend.GPU).findFirst().orElseThrow();
        assertEquals(GpuBackend.status(), gpu);
        assertFalse(gpu.reason().isBlank());
    }

    @Test
    void autoResolvesToCpuAndSaysWhy() {
        Assumptions.assumeFalse(GpuBackend.isAvailable(), "a GPU is usable here, AUTO picks it");
        BackendStatus s = DftProcessors.resolve(Backend.AUTO);
        assertEquals(Backend.CPU, s.backend());
        assertTrue(s.reason().contains("GPU"), s.reason());
        try (DftProcessor d = DftProcessors.create(1536, Backend.AUTO)) {
            assertEquals(1536, d.size());
            assertEquals(DftProcessors.FFTW ? "fftw" : "mixed-radix-vector", d.backendName());
        }
        try (DftProcessor d = DftProcessors.create(4096, Backend.AUTO)) {
            assertEquals(DftProcessors.CPU_IMPLEMENTATION, d.backendName());
        }
    }

    @Test
    void vectorApiIsUsedWhenTheModuleIsPresent() {
        // Surefire starts the JVM with --add-modules jdk.incubator.vector (parent pom).
        assertTrue(DftProcessors.VECTOR_API);
        String pow2 = DftProcessors.FFTW ? "fftw" : "stockham-vector";
        String smooth = DftProcessors.FFTW ? "fftw" : "mixed-radix-vector";
        String other = DftProcessors.FFTW ? "fftw" : "jtransforms";
        try (DftProcessor d = DftProcessors.create(2048)) {
            assertEquals(pow2, d.backendName());
        }
        for (int n : new int[] {8, 1000, 1536, 3240, 300}) { // 2^a·3^b·5^c: the allocation-free mixed-radix FFT
            try (DftProcessor d = DftProcessors.create(n)) {
                assertEquals(smooth, d.backendName(), "N=" + n);
            }
        }
        try (DftProcessor d = DftProcessors.create(84)) { // 12·7: a prime factor above 5
            assertEquals(other, d.backendName());
        }
    }

    @Test
    void explicitUnavailableBackendIsRefusedWithTheReason() {
        if (!GpuBackend.isAvailable()) {
            var e = assertThrows(IllegalArgumentException.class, () -> DftProcessors.create(2048, Backend.GPU));
            assertTrue(e.getMessage().contains(GpuBackend.status().reason()), e.getMessage());
        } else {
            var e = assertThrows(IllegalArgumentException.class, () -> DftProcessors.create(1000, Backend.GPU));
            assertTrue(e.getMessage().contains("2^k and 3·2^k"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> DftProcessors.create(0, Backend.CPU));
        assertThrows(IllegalArgumentException.class, () -> DftProcessors.resolve(null));
    }
}
