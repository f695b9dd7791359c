package org.airan.testbed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.airan.phy.BackendSelector;
import org.airan.phy.BackendStatus;
import org.airan.phy.dft.DftProcessors;
import org.airan.phy.gpu.GpuProbe;
import org.airan.testbed.report.Json;
import org.junit.jupiter.api.Test;

class InfoCommandTest {

    @Test
    void jsonParsesAndHasTheDocumentedKeys() {
        CliRun r = CliRun.of("info", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode n = Json.parse(r.out());
        assertEquals(InfoCommand.SCHEMA, n.path("schema").asText());
        for (String path : List.of("/airan_version", "/jdk/vendor", "/jdk/version", "/jdk/vm_name", "/os/arch",
                "/cpu/available_processors", "/memory/max_heap_bytes", "/simd/module_present",
                "/simd/preferred_float_bits", "/backends/requested", "/backends/selected", "/backends/dft",
                "/backends/gpu/available", "/backends/gpu/reason")) {
            assertFalse(n.at(path).isMissingNode(), "missing " + path + " in\n" + r.out());
        }
        assertEquals(Runtime.getRuntime().availableProcessors(), n.at("/cpu/available_processors").asInt());
        assertTrue(n.at("/memory/max_heap_bytes").asLong() > 0);
        assertEquals(Runtime.version().feature() >= 25, n.at("/jdk/version").asText().startsWith(
                Integer.toString(Runtime.version().feature())));
        List<BackendStatus> dft = DftProcessors.availability();
        assertEquals(dft.size(), n.at("/backends/dft").size());
        for (int i = 0; i < dft.size(); i++) {
            JsonNode b = n.at("/backends/dft/" + i);
            assertEquals(dft.get(i).backend().name().toLowerCase(java.util.Locale.ROOT), b.path("kind").asText());
            assertEquals(dft.get(i).available(), b.path("available").asBoolean());
            assertEquals(dft.get(i).reason(), b.path("reason").asText());
        }
        JsonNode jt = n.at("/backends/dft/0");
        // The CPU DFT the factory picks in this JVM (the Vector-API FFT when the module is present).
        assertEquals(DftProcessors.CPU_IMPLEMENTATION, jt.path("name").asText());
        assertEquals("cpu", jt.path("kind").asText());
        assertTrue(jt.path("available").asBoolean(), "the CPU DFT backend is always available");
        assertEquals(GpuProbe.status().available(), n.at("/backends/gpu/available").asBoolean());
        if (!GpuProbe.status().available()) {
            assertFalse(n.at("/backends/gpu/reason").asText().isBlank(), "unavailable GPU must carry a reason");
            assertEquals("cpu", n.at("/backends/selected").asText());
        }
    }

    @Test
    void simdReflectsTheTestJvmsModules() {
        // surefire runs tests with --add-modules jdk.incubator.vector (parent pom airan.test.argLine)
        SimdSupport s = SimdSupport.detect();
        assertEquals(ModuleLayer.boot().findModule(SimdSupport.MODULE).isPresent(), s.modulePresent());
        if (s.modulePresent()) {
            assertTrue(s.preferredFloatBits() >= 64 && Integer.bitCount(s.preferredFloatBits()) == 1,
                    "preferred bits " + s.preferredFloatBits());
            assertEquals(s.preferredFloatBits() / Float.SIZE, s.preferredFloatLanes());
        }
    }

    @Test
    void textOutputNamesEverySection() {
        CliRun r = CliRun.of("info");
        assertEquals(0, r.exitCode(), r.err());
        for (String word : List.of("JDK", "CPU", "Heap", "SIMD", "Backend", "DFT", "GPU")) {
            assertTrue(r.out().contains(word), "no " + word + " in\n" + r.out());
        }
    }

    @Test
    void badBackendPropertyIsOneLineAndExitCode2() {
        String old = System.getProperty(BackendSelector.PROPERTY);
        System.setProperty(BackendSelector.PROPERTY, "tpu");
        try {
            CliRun r = CliRun.of("info");
            assertEquals(CliErrors.BAD_INPUT, r.exitCode());
            assertEquals("airan info: airan.backend must be cpu, gpu or auto, was 'tpu'", r.err().strip());
        } finally {
            if (old == null) {
                System.clearProperty(BackendSelector.PROPERTY);
            } else {
                System.setProperty(BackendSelector.PROPERTY, old);
            }
        }
    }

    @Test
    void backendOptionSetsThePropertyAndGpuWithoutAGpuIsRefusedWithTheReason() {
        String old = System.getProperty(BackendSelector.PROPERTY);
        try {
            CliRun cpu = CliRun.of("--backend", "cpu", "info", "--json");
            assertEquals(0, cpu.exitCode(), cpu.err());
            assertTrue(cpu.out().contains("\"requested\":\"cpu\"") || cpu.out().contains("\"requested\" : \"cpu\""),
                    cpu.out());
            CliRun bad = CliRun.of("--backend", "tpu", "info");
            assertEquals(2, bad.exitCode());
            assertTrue(bad.err().contains("--backend: airan.backend must be cpu, gpu or auto, was 'tpu'"), bad.err());
            if (!org.airan.phy.gpu.GpuBackend.isAvailable()) {
                CliRun gpu = CliRun.of("--backend", "gpu", "info");
                assertEquals(2, gpu.exitCode());
                assertTrue(gpu.err().contains("--backend gpu: no usable GPU backend: "
                        + org.airan.phy.gpu.GpuBackend.status().reason()), gpu.err());
            }
        } finally {
            if (old == null) {
                System.clearProperty(BackendSelector.PROPERTY);
            } else {
                System.setProperty(BackendSelector.PROPERTY, old);
            }
        }
    }
}
