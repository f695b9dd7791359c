package org.airan.phy.dft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.airan.phy.Backend;
import org.airan.phy.BackendStatus;
import org.junit.jupiter.api.Test;

/** Backend choice and availability report of {@link DftProcessors}. */
class DftProcessorsTest {

    @Test
    void availabilityListsCpuUsableAndGpuWithAReason() {
        List<BackendStatus> all = DftProcessors.availability();
        assertEquals(Backend.CPU, all.get(0).backend());
        assertTrue(all.get(0).available());
        BackendStatus gpu = all.stream().filter(s -> s.backend() == Backend.GPU).findFirst().orElseThrow();
        assertFalse(gpu.available());
        assertFalse(gpu.reason().isBlank());
    }

    @Test
    void autoResolvesToCpuAndSaysWhy() {
        BackendStatus s = DftProcessors.resolve(Backend.AUTO);
        assertEquals(Backend.CPU, s.backend());
        assertTrue(s.reason().contains("GPU"), s.reason());
        try (DftProcessor d = DftProcessors.create(1536, Backend.AUTO)) {
            assertEquals(1536, d.size());
            assertEquals(DftProcessors.FFTW ? "fftw" : "radix3+" + DftProcessors.CPU_IMPLEMENTATION, d.backendName());
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
        String other = DftProcessors.FFTW ? "fftw" : "jtransforms";
        try (DftProcessor d = DftProcessors.create(2048)) {
            assertEquals(pow2, d.backendName());
        }
        try (DftProcessor d = DftProcessors.create(8)) {
            assertEquals(other, d.backendName());
        }
        try (DftProcessor d = DftProcessors.create(1000)) {
            assertEquals(other, d.backendName());
        }
    }

    @Test
    void explicitUnavailableBackendIsRefusedWithTheReason() {
        var e = assertThrows(IllegalArgumentException.class, () -> DftProcessors.create(2048, Backend.GPU));
        assertTrue(e.getMessage().contains("not implemented"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DftProcessors.create(0, Backend.CPU));
        assertThrows(IllegalArgumentException.class, () -> DftProcessors.resolve(null));
    }
}
