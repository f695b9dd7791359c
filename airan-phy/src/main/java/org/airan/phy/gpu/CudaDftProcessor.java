package org.airan.phy.gpu;

import jcuda.Pointer;
import org.airan.phy.dft.DftProcessor;

/**
 * Batched complex DFT on the GPU: one thread block per signal runs the shared-memory FFT of
 * {@code airan_fft_batched} (in-place radix-8/4 decimation in time, plus a radix-3 stage for N = 3·2^k; N ≤ 4096;
 * decision 093).
 * Follows the {@link DftProcessor} convention (forward e^{−j}, inverse e^{+j}, unscaled).
 *
 * <p>A call stages up to {@code maxBatch} signals at a time through pinned host memory: copy in, one launch,
 * copy out, all on one stream, then waits. Device and pinned buffers are allocated in the constructor, so
 * {@link #transform} allocates nothing. This block suits large batches (all symbols × ports of a slot); for a
 * single transform the PCIe round trip costs more than the CPU FFT. Not thread-safe.
 */
public final class CudaDftProcessor extends StagedGpuDftProcessor {

    private final FftPlan plan;
    private final DeviceBuffer twiddles;
    private final CudaKernel kernel;
    private final int[] inverse = new int[1];

    /** Whether sizes {@code n} is handled (2^k or 3·2^k, 2 ≤ n ≤ 4096). */
    public static boolean supports(int n) {
        return FftPlan.supports(n);
    }

    /**
     * A processor of size {@code n} on the shared GPU backend ({@link GpuBackend}).
     *
     * @param n        DFT size (see {@link #supports})
     * @param maxBatch signals per launch (larger calls are split), ≥ 1
     */
    public CudaDftProcessor(int n, int maxBatch) {
        this(GpuBackend.context(), GpuBackend.module(), n, maxBatch);
    }

    /** A processor in a given context and module. */
    public CudaDftProcessor(CudaContext context, CudaModule module, int n, int maxBatch) {
        super(context, checkedSize(n), maxBatch);
        this.plan = FftPlan.of(n);
        float[] tw = plan.twiddles();
        this.twiddles = DeviceBuffer.ofFloats(context, tw.length, null);
        twiddles.upload(tw, 0, tw.length);
        this.kernel = new CudaKernel(module, "airan_fft_batched", plan.threadsPerBlock(), plan.sharedBytes(),
                Pointer.to(data.pointer()), Pointer.to(new int[] {n}), Pointer.to(new int[] {n}),
                Pointer.to(new int[] {plan.m()}), Pointer.to(new int[] {plan.logM()}),
                Pointer.to(new int[] {plan.radix3() ? 1 : 0}), Pointer.to(twiddles.pointer()), Pointer.to(inverse));
    }

    /** Refuses an unsupported size before any device memory is allocated. */
    private static int checkedSize(int n) {
        FftPlan.of(n);
        return n;
    }

    @Override
    public String backendName() {
        return GpuBackend.IMPLEMENTATION;
    }

    @Override
    void transformOnDevice(Direction direction, int count) {
        inverse[0] = direction == Direction.INVERSE ? 1 : 0;
        kernel.launch(count, 1, 1, stream);
    }

    @Override
    void closeTransform() {
        twiddles.close();
    }
}
