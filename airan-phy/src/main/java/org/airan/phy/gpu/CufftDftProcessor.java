package org.airan.phy.gpu;

import org.airan.phy.dft.DftProcessor;

/**
 * Batched complex DFT on the GPU through NVIDIA cuFFT ({@link Cufft}, bound with {@code java.lang.foreign}): the
 * same contract and staging as {@link CudaDftProcessor} (forward e^{−j}, inverse e^{+j}, unscaled; up to
 * {@code maxBatch} signals per round trip: copy in, {@code cufftExecC2C}, copy out, on one stream, then wait), with
 * cuFFT's transform in place of the project's shared-memory kernel. Any size cuFFT plans is accepted; the
 * factories use it for the sizes the GPU blocks use (2^k, 3·2^k).
 *
 * <p>The plans ({@link CufftBatchedPlan}: one per power-of-two batch, sharing one work area, bound to this
 * processor's stream), device and pinned buffers are made in the constructor; {@link #transform} allocates
 * nothing. Not thread-safe.
 */
public final class CufftDftProcessor implements DftProcessor {

    private final int n;
    private final int maxBatch;
    private final CudaContext context;
    private final CudaStream stream;
    private final DeviceBuffer data;
    private final long dataAddress;
    private final PinnedBuffer host;
    private final CufftBatchedPlan plans;
    private boolean closed;

    /**
     * A processor of size {@code n} on the shared GPU backend ({@link GpuBackend}).
     *
     * @param n        DFT size, ≥ 1
     * @param maxBatch signals per round trip (larger calls are split), ≥ 1
     * @throws IllegalStateException when the GPU backend or cuFFT is unavailable (with the reason)
     * @throws CufftCallException    when cuFFT refuses the plan
     */
    public CufftDftProcessor(int n, int maxBatch) {
        this(GpuBackend.context(), n, maxBatch);
    }

    /** A processor in a given context. */
    public CufftDftProcessor(CudaContext context, int n, int maxBatch) {
        if (n < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("n and maxBatch must be ≥ 1, were " + n + " and " + maxBatch);
        }
        if (!Cufft.libraryLoaded()) {
            throw new IllegalStateException("cuFFT unavailable: " + Cufft.unavailableReason());
        }
        this.n = n;
        this.maxBatch = maxBatch;
        this.context = context;
        context.makeCurrent();
        this.stream = new CudaStream(context);
        this.data = DeviceBuffer.ofFloats(context, 2L * n * maxBatch, null);
        this.dataAddress = NativeAddress.of(data.pointer());
        this.host = new PinnedBuffer(context, 2 * n * maxBatch);
        CufftBatchedPlan p;
        try {
            p = new CufftBatchedPlan(context, stream, n, 1, maxBatch);
        } catch (RuntimeException e) {
            host.close();
            data.close();
            stream.close();
            throw e;
        }
        this.plans = p;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public String backendName() {
        return Cufft.IMPLEMENTATION;
    }

    @Override
    public void transform(Direction direction, float[] x, int offset, int stride, int count) {
        if (!DftProcessor.checkBatch(n, x, offset, stride, count)) {
            return;
        }
        int n2 = 2 * n;
        int dir = direction == Direction.INVERSE ? Cufft.INVERSE : Cufft.FORWARD;
        context.makeCurrent();
        for (int done = 0; done < count; done += maxBatch) {
            int b = Math.min(maxBatch, count - done);
            for (int i = 0; i < b; i++) {
                host.put(i * n2, x, offset + (done + i) * stride, n2);
            }
            long bytes = 4L * n2 * b;
            DeviceBuffer.copyAsync(data.pointer(), host.pointer(), bytes, stream);
            plans.exec(dataAddress, b, dir);
            DeviceBuffer.copyAsync(host.pointer(), data.pointer(), bytes, stream);
            stream.synchronize();
            for (int i = 0; i < b; i++) {
                host.get(i * n2, x, offset + (done + i) * stride, n2);
            }
        }
    }

    /** Destroys the plans and frees the buffers and the stream. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            stream.synchronize();
            plans.close();
            host.close();
            data.close();
            stream.close();
        }
    }
}
