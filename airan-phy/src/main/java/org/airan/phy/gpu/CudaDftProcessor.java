package org.airan.phy.gpu;

import java.util.Objects;
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
public final class CudaDftProcessor implements DftProcessor {

    private final FftPlan plan;
    private final int maxBatch;
    private final CudaContext context;
    private final CudaStream stream;
    private final DeviceBuffer twiddles;
    private final DeviceBuffer data;
    private final PinnedBuffer host;
    private final CudaKernel kernel;
    private final int[] inverse = new int[1];
    private boolean closed;

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
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be ≥ 1, was " + maxBatch);
        }
        this.plan = FftPlan.of(n);
        this.maxBatch = maxBatch;
        this.context = context;
        context.makeCurrent();
        this.stream = new CudaStream(context);
        float[] tw = plan.twiddles();
        this.twiddles = DeviceBuffer.ofFloats(context, tw.length, null);
        twiddles.upload(tw, 0, tw.length);
        this.data = DeviceBuffer.ofFloats(context, 2L * n * maxBatch, null);
        this.host = new PinnedBuffer(context, 2 * n * maxBatch);
        this.kernel = new CudaKernel(module, "airan_fft_batched", plan.threadsPerBlock(), plan.sharedBytes(),
                Pointer.to(data.pointer()), Pointer.to(new int[] {n}), Pointer.to(new int[] {n}),
                Pointer.to(new int[] {plan.m()}), Pointer.to(new int[] {plan.logM()}),
                Pointer.to(new int[] {plan.radix3() ? 1 : 0}), Pointer.to(twiddles.pointer()), Pointer.to(inverse));
    }

    @Override
    public int size() {
        return plan.n();
    }

    @Override
    public String backendName() {
        return GpuBackend.IMPLEMENTATION;
    }

    @Override
    public void transform(Direction direction, float[] x, int offset, int stride, int count) {
        int n2 = 2 * plan.n();
        if (stride < n2) {
            throw new IllegalArgumentException("stride must be ≥ 2N = " + n2 + " floats, was " + stride);
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must be ≥ 0, was " + count);
        }
        if (count == 0) {
            return;
        }
        Objects.checkFromIndexSize(offset, (long) (count - 1) * stride + n2, x.length);
        context.makeCurrent();
        inverse[0] = direction == Direction.INVERSE ? 1 : 0;
        for (int done = 0; done < count; done += maxBatch) {
            int b = Math.min(maxBatch, count - done);
            for (int i = 0; i < b; i++) {
                host.put(i * n2, x, offset + (done + i) * stride, n2);
            }
            long bytes = 4L * n2 * b;
            DeviceBuffer.copyAsync(data.pointer(), host.pointer(), bytes, stream);
            kernel.launch(b, 1, 1, stream);
            DeviceBuffer.copyAsync(host.pointer(), data.pointer(), bytes, stream);
            stream.synchronize();
            for (int i = 0; i < b; i++) {
                host.get(i * n2, x, offset + (done + i) * stride, n2);
            }
        }
    }

    /** Frees the device and pinned buffers and the stream. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            stream.synchronize();
            host.close();
            data.close();
            twiddles.close();
            stream.close();
        }
    }
}
