package org.airan.phy.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jcuda.NativePointerObject;
import jcuda.driver.CUstream;
import org.airan.phy.Backend;
import org.airan.phy.BackendStatus;
import org.airan.phy.dft.DftProcessors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The cuFFT binding ({@link Cufft}) where no GPU is needed: result names, the JCuda handle reader, the FFT-stage
 * selection, the status line, and — wherever libcufft can be loaded (CUDA toolkit installed, or
 * {@code -Dairan.cufft.library=/path/to/libcufft.so.12}) — the library's version and the failure of planning
 * without a usable device, which must be a {@link CufftCallException} naming the call and the cufftResult, not a
 * crash. Those two skip with the discovery reason where no libcufft is found.
 */
class CufftBindingTest {

    /** cuFFT 10.x (CUDA 11) to 12.x (CUDA 13) report 10000..12999; allow later majors, refuse garbage. */
    static final int MIN_VERSION = 10000;
    static final int MAX_VERSION = 99999;

    @Test
    void resultNamesFollowCufftH() {
        assertEquals("CUFFT_SUCCESS", Cufft.resultName(0));
        assertEquals("CUFFT_INVALID_PLAN", Cufft.resultName(1));
        assertEquals("CUFFT_ALLOC_FAILED", Cufft.resultName(2));
        assertEquals("CUFFT_INTERNAL_ERROR", Cufft.resultName(5));
        assertEquals("CUFFT_SETUP_FAILED", Cufft.resultName(7));
        assertEquals("CUFFT_INVALID_SIZE", Cufft.resultName(8));
        assertEquals("CUFFT_INVALID_DEVICE", Cufft.resultName(0xB));
        assertEquals("CUFFT_NO_WORKSPACE", Cufft.resultName(0xD));
        assertEquals("CUFFT_NOT_SUPPORTED", Cufft.resultName(0x10));
        assertEquals("CUFFT_NVSHMEM_FAILURE", Cufft.resultName(0x14));
        assertEquals("CUFFT_UNKNOWN_RESULT", Cufft.resultName(0x15));
        assertEquals("CUFFT_UNKNOWN_RESULT", Cufft.resultName(-1));
        CufftCallException e = new CufftCallException("cufftExecC2C", 6, "C2C N=4096, batch=56");
        assertEquals("cufftExecC2C failed: CUFFT_EXEC_FAILED (6): C2C N=4096, batch=56", e.getMessage());
        assertEquals("cufftExecC2C", e.call());
        assertEquals(6, e.result());
    }

    @Test
    void nativeAddressReadsTheHandleJCudaHolds() {
        NativePointerObject o = new NativePointerObject(0x7f00_1234_5678L) {
        };
        assertEquals(0x7f00_1234_5678L, NativeAddress.of(o));
        assertEquals(0L, NativeAddress.of(new CUstream()), "a stream not yet created holds 0");
        assertThrows(IllegalArgumentException.class, () -> NativeAddress.of(null));
    }

    @Test
    void fftStageParsesTheSystemPropertyValues() {
        assertEquals(GpuFftStage.OWN, GpuFftStage.parse("own"));
        assertEquals(GpuFftStage.CUFFT, GpuFftStage.parse(" CuFFT "));
        assertEquals(GpuFftStage.AUTO, GpuFftStage.parse("auto"));
        assertEquals(GpuFftStage.AUTO, GpuFftStage.parse(null));
        assertEquals(GpuFftStage.AUTO, GpuFftStage.parse(""));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> GpuFftStage.parse("vkfft"));
        assertTrue(bad.getMessage().contains(GpuFftStage.PROPERTY) && bad.getMessage().contains("vkfft"),
                bad.getMessage());
        assertEquals(GpuFftStage.OWN, GpuFftStage.AUTO.resolve(), "auto is the fused kernel until measured");
        assertEquals(GpuFftStage.OWN, GpuFftStage.OWN.resolve());
        if (!Cufft.isAvailable()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, GpuFftStage.CUFFT::resolve);
            assertTrue(e.getMessage().contains(Cufft.status().reason()), e.getMessage());
        } else {
            assertEquals(GpuFftStage.CUFFT, GpuFftStage.CUFFT.resolve());
        }
    }

    @Test
    void statusIsListedWithAReason() {
        BackendStatus s = Cufft.status();
        assertEquals(Backend.GPU, s.backend());
        assertFalse(s.reason().isBlank());
        assertEquals(s, DftProcessors.availability().get(2), "airan info lists cuFFT third");
        if (s.available()) {
            assertTrue(Cufft.libraryLoaded() && GpuBackend.isAvailable());
            assertEquals(Cufft.IMPLEMENTATION, s.implementation());
        }
        if (!Cufft.libraryLoaded()) {
            assertTrue(Cufft.unavailableReason().contains("libcufft")
                    || Cufft.unavailableReason().contains(Cufft.LIBRARY_PROPERTY), Cufft.unavailableReason());
            assertEquals("", Cufft.library());
            assertEquals(0, Cufft.version());
        }
    }

    @Test
    void batchesSplitIntoPlannedSizesThatSumToTheCount() {
        int[] out = new int[32];
        for (int max : new int[] {1, 2, 3, 6, 8, 56, 64, 100}) {
            for (int count = 0; count <= max; count++) {
                int m = CufftBatchedPlan.split(count, max, out);
                int sum = 0;
                for (int i = 0; i < m; i++) {
                    int u = out[i];
                    assertTrue(u == max || (Integer.bitCount(u) == 1 && u < max), "unplanned size " + u + " for "
                            + count + " of " + max);
                    assertTrue(i == 0 || u < out[i - 1], "sizes descend");
                    sum += u;
                }
                assertEquals(count, sum, count + " of " + max);
                assertTrue(m <= 32 - Integer.numberOfLeadingZeros(max), "at most log2(max)+1 executions");
                if (count == max) {
                    assertEquals(1, m, "a full batch is one execution");
                }
            }
        }
    }

    @Test
    void libraryLoadsAndReportsAPlausibleVersion() {
        Assumptions.assumeTrue(Cufft.libraryLoaded(), "no libcufft here: " + Cufft.unavailableReason());
        int v = Cufft.version();
        assertTrue(v >= MIN_VERSION && v <= MAX_VERSION, "cufftGetVersion gave " + v);
        assertTrue(Cufft.versionString().matches("\\d{2}\\.\\d\\.\\d{1,2}"), Cufft.versionString());
        assertFalse(Cufft.library().isBlank());
        assertTrue(Cufft.status().reason().contains("cuFFT " + Cufft.versionString()), Cufft.status().reason());
    }

    @Test
    void planningWithoutAUsableDeviceFailsWithTheNamedResult() {
        Assumptions.assumeTrue(Cufft.libraryLoaded(), "no libcufft here: " + Cufft.unavailableReason());
        Assumptions.assumeFalse(GpuProbe.isAvailable(), "a GPU is usable here: planning succeeds");
        CufftCallException e = assertThrows(CufftCallException.class, () -> {
            int h = Cufft.create();
            try {
                Cufft.makePlanMany(h, 4096, 56);
            } finally {
                Cufft.destroy(h);
            }
        });
        assertTrue(e.call().equals("cufftCreate") || e.call().equals("cufftMakePlanMany"), e.call());
        assertTrue(e.getMessage().matches("cufft\\w+ failed: CUFFT_[A-Z_]+ \\(\\d+\\).*"), e.getMessage());
        assertTrue(e.getMessage().contains("no usable CUDA driver/device here"), e.getMessage());
        // And the blocks refuse with the reason instead of reaching native code.
        IllegalStateException s = assertThrows(IllegalStateException.class, () -> new CufftDftProcessor(4096, 8));
        assertTrue(s.getMessage().contains("GPU backend unavailable"), s.getMessage());
    }

    @Test
    void batchedPlansWorkOnTheDevice() {
        Assumptions.assumeTrue(Cufft.isAvailable(), Cufft.status().reason());
        CudaContext ctx = GpuBackend.context();
        try (CudaStream st = new CudaStream(ctx);
             CufftBatchedPlan p = new CufftBatchedPlan(ctx, st, 1536, 56, 6)) {
            assertEquals(6, p.maxUnits());
            assertTrue(p.workBytes() >= 0);
            CufftCallException e = assertThrows(CufftCallException.class, () -> {
                int h = Cufft.create();
                try {
                    Cufft.makePlanMany(h, 0, 1);
                } finally {
                    Cufft.destroy(h);
                }
            });
            assertEquals("cufftMakePlanMany", e.call());
        }
    }
}
