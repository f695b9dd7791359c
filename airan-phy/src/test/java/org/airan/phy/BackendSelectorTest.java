package org.airan.phy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.airan.phy.gpu.GpuDevice;
import org.airan.phy.gpu.GpuProbe;
import org.airan.phy.gpu.GpuStatus;
import org.junit.jupiter.api.Test;

class BackendSelectorTest {

    private static final GpuStatus NO_GPU = GpuStatus.unavailable("no device here", 0);
    private static final GpuStatus ONE_GPU = new GpuStatus(true, "", 12060,
            List.of(new GpuDevice(0, "Test GPU", 9, 0, 1L << 34)));
    private static final BackendStatus GPU_BLOCKS = new BackendStatus(Backend.GPU, true, "cuda", "ok");
    private static final BackendStatus NO_GPU_BLOCKS = new BackendStatus(Backend.GPU, false, "",
            "GPU DFT backend not implemented in this build");

    @Test
    void parsesThePropertyValues() {
        assertEquals(Backend.AUTO, BackendSelector.parse(null));
        assertEquals(Backend.AUTO, BackendSelector.parse(" "));
        assertEquals(Backend.CPU, BackendSelector.parse("CPU"));
        assertEquals(Backend.GPU, BackendSelector.parse(" gpu "));
        assertEquals(Backend.AUTO, BackendSelector.parse("Auto"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BackendSelector.parse("tpu"));
        assertEquals("airan.backend must be cpu, gpu or auto, was 'tpu'", e.getMessage());
    }

    @Test
    void autoTakesTheGpuOnlyWhenDeviceAndBlocksExist() {
        assertEquals(Backend.GPU, BackendSelector.resolve(Backend.AUTO, ONE_GPU, GPU_BLOCKS).selected());
        BackendSelection noDevice = BackendSelector.resolve(Backend.AUTO, NO_GPU, GPU_BLOCKS);
        assertEquals(Backend.CPU, noDevice.selected());
        assertFalse(noDevice.fellBack());
        assertTrue(noDevice.reason().contains("no device here"), noDevice.reason());
        BackendSelection noBlocks = BackendSelector.resolve(Backend.AUTO, ONE_GPU, NO_GPU_BLOCKS);
        assertEquals(Backend.CPU, noBlocks.selected());
        assertTrue(noBlocks.reason().contains("not implemented"), noBlocks.reason());
    }

    @Test
    void explicitGpuFallsBackWithTheReason() {
        BackendSelection s = BackendSelector.resolve(Backend.GPU, NO_GPU, GPU_BLOCKS);
        assertEquals(Backend.CPU, s.selected());
        assertTrue(s.fellBack());
        assertTrue(s.reason().startsWith("GPU requested but no usable GPU"), s.reason());
        assertEquals(Backend.GPU, BackendSelector.resolve(Backend.GPU, ONE_GPU, GPU_BLOCKS).selected());
    }

    @Test
    void cpuIsAlwaysCpu() {
        assertEquals(Backend.CPU, BackendSelector.resolve(Backend.CPU, ONE_GPU, GPU_BLOCKS).selected());
        assertEquals(Backend.CPU, BackendSelector.select(Backend.CPU).selected());
    }

    @Test
    void onThisMachineTheSelectionAgreesWithTheProbe() {
        BackendSelection s = BackendSelector.select(Backend.AUTO);
        if (!GpuProbe.status().available()) {
            assertEquals(Backend.CPU, s.selected());
            assertTrue(s.reason().contains(GpuProbe.status().reason()), s.reason());
        }
    }
}
