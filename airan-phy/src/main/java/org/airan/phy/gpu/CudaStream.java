package org.airan.phy.gpu;

import jcuda.driver.CUstream;
import jcuda.driver.CUstream_flags;
import jcuda.driver.JCudaDriver;

/**
 * A non-blocking CUDA stream ({@code cuStreamCreate(CU_STREAM_NON_BLOCKING)}): work queued on it runs in order,
 * and concurrently with other streams, which is how copies overlap kernels.
 */
public final class CudaStream implements AutoCloseable {

    private final CudaContext context;
    private final CUstream stream;
    private boolean closed;

    /** Creates a stream in {@code context}. */
    public CudaStream(CudaContext context) {
        this.context = context;
        context.makeCurrent();
        this.stream = new CUstream();
        Cuda.check(JCudaDriver.cuStreamCreate(stream, CUstream_flags.CU_STREAM_NON_BLOCKING), "cuStreamCreate");
    }

    /** Blocks until everything queued on this stream is done ({@code cuStreamSynchronize}). */
    public void synchronize() {
        Cuda.check(JCudaDriver.cuStreamSynchronize(stream), "cuStreamSynchronize");
    }

    /** Makes later work on this stream wait for {@code event} ({@code cuStreamWaitEvent}). */
    public void waitFor(CudaEvent event) {
        Cuda.check(JCudaDriver.cuStreamWaitEvent(stream, event.handle(), 0), "cuStreamWaitEvent");
    }

    /** The context this stream belongs to. */
    public CudaContext context() {
        return context;
    }

    CUstream handle() {
        return stream;
    }

    /** Destroys the stream (queued work still completes). Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            context.makeCurrent();
            Cuda.check(JCudaDriver.cuStreamDestroy(stream), "cuStreamDestroy");
        }
    }
}
