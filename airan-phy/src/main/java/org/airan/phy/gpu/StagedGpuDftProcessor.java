package org.airan.phy.gpu;

import org.airan.phy.dft.DftProcessor;

/**
 * What the GPU {@link DftProcessor}s share: up to {@code maxBatch} signals per round trip staged through one
 * pinned host buffer and one device buffer, on one stream (copy in, {@link #transformOnDevice}, copy out, wait).
 * The buffers and the stream are made in the constructor, so {@link #transform} allocates nothing. Subclasses
 * supply the transform itself (the project's kernel or cuFFT). Not thread-safe.
 */
abstract sealed class StagedGpuDftProcessor implements DftProcessor permits CudaDftProcessor, CufftDftProcessor {

    final int n;
    final int maxBatch;
    final CudaContext context;
    final CudaStream stream;
    final DeviceBuffer data;
    final PinnedBuffer host;
    private boolean closed;

    StagedGpuDftProcessor(CudaContext context, int n, int maxBatch) {
        if (n < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("n and maxBatch must be ≥ 1, were " + n + " and " + maxBatch);
        }
        this.n = n;
        this.maxBatch = maxBatch;
        this.context = context;
        context.makeCurrent();
        this.stream = new CudaStream(context);
        this.data = DeviceBuffer.ofFloats(context, 2L * n * maxBatch, null);
        this.host = new PinnedBuffer(context, 2 * n * maxBatch);
    }

    /** Enqueues on {@link #stream} the transform of the first {@code count} signals of {@link #data}, in place. */
    abstract void transformOnDevice(Direction direction, int count);

    /** Releases what the subclass made (called once, before the shared buffers and stream are freed). */
    abstract void closeTransform();

    @Override
    public final int size() {
        return n;
    }

    @Override
    public final void transform(Direction direction, float[] x, int offset, int stride, int count) {
        if (!DftProcessor.checkBatch(n, x, offset, stride, count)) {
            return;
        }
        int n2 = 2 * n;
        context.makeCurrent();
        for (int done = 0; done < count; done += maxBatch) {
            int b = Math.min(maxBatch, count - done);
            for (int i = 0; i < b; i++) {
                host.put(i * n2, x, offset + (done + i) * stride, n2);
            }
            long bytes = 4L * n2 * b;
            DeviceBuffer.copyAsync(data.pointer(), host.pointer(), bytes, stream);
            transformOnDevice(direction, b);
            DeviceBuffer.copyAsync(host.pointer(), data.pointer(), bytes, stream);
            stream.synchronize();
            for (int i = 0; i < b; i++) {
                host.get(i * n2, x, offset + (done + i) * stride, n2);
            }
        }
    }

    /** Frees the subclass's resources, the buffers and the stream. Idempotent. */
    @Override
    public final void close() {
        if (!closed) {
            closed = true;
            stream.synchronize();
            closeTransform();
            host.close();
            data.close();
            stream.close();
        }
    }
}
