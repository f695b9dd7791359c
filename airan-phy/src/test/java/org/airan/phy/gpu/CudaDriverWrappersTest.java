package org.airan.phy.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jcuda.driver.CUresult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The driver-API wrappers: error messages name the call and the CUDA error (runs everywhere); on a GPU, a
 * pinned → device → pinned round trip on two streams ordered by an event, event timing, the kernel image that
 * loaded, and a failing allocation reported as a {@link CudaCallException} naming {@code cuMemAlloc}.
 */
class CudaDriverWrappersTest {

    @Test
    void failedCallsNameTheCallAndTheError() {
        CudaCallException e = assertThrows(CudaCallException.class,
                () -> Cuda.check(CUresult.CUDA_ERROR_OUT_OF_MEMORY, "cuMemAlloc", "1024 bytes"));
        assertEquals("cuMemAlloc failed: CUDA_ERROR_OUT_OF_MEMORY (2): 1024 bytes", e.getMessage());
        assertEquals("cuMemAlloc", e.call());
        assertEquals(CUresult.CUDA_ERROR_OUT_OF_MEMORY, e.result());
        Cuda.check(CUresult.CUDA_SUCCESS, "cuInit");
    }

    @Test
    void roundTripThroughTheDeviceOnTwoStreamsOrderedByAnEvent() {
        Assumptions.assumeTrue(GpuBackend.isAvailable(), "GPU backend unavailable: " + GpuBackend.status().reason());
        CudaContext ctx = GpuBackend.context();
        assertTrue(GpuBackend.module().image().startsWith(CudaModule.KERNELS), GpuBackend.module().image());
        int n = 1 << 20;
        float[] src = new float[n];
        for (int i = 0; i < n; i++) {
            src[i] = i * 0.5f - 7;
        }
        float[] back = new float[n];
        try (CudaStream up = new CudaStream(ctx); CudaStream down = new CudaStream(ctx);
             CudaEvent start = new CudaEvent(ctx, true); CudaEvent uploaded = new CudaEvent(ctx, true);
             PinnedBuffer hIn = new PinnedBuffer(ctx, n); PinnedBuffer hOut = new PinnedBuffer(ctx, n);
             DeviceBuffer d = DeviceBuffer.ofFloats(ctx, n, up)) {
            hIn.put(0, src, 0, n);
            start.record(up);
            DeviceBuffer.copyAsync(d.pointer(), hIn.pointer(), 4L * n, up);
            uploaded.record(up);
            down.waitFor(uploaded);
            DeviceBuffer.copyAsync(hOut.pointer(), d.pointer(), 4L * n, down);
            down.synchronize();
            uploaded.synchronize();
            float ms = uploaded.elapsedMillisSince(start);
            assertTrue(ms >= 0 && ms < 1000, "upload of 4 MiB took " + ms + " ms");
            hOut.get(0, back, 0, n);
            assertArrayEquals(src, back);
            // Synchronous copies too.
            float[] again = new float[n];
            d.download(again, 0, n);
            assertArrayEquals(src, again);
        }
        CudaCallException e = assertThrows(CudaCallException.class, () -> new DeviceBuffer(ctx, 1L << 50, null));
        assertTrue(e.getMessage().startsWith("cuMemAlloc failed: CUDA_ERROR_"), e.getMessage());
    }
}
