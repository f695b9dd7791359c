package org.airan.phy.gpu;

import jcuda.driver.CUevent;
import jcuda.driver.CUevent_flags;
import jcuda.driver.JCudaDriver;

/**
 * A CUDA event: a marker recorded on a stream, used to order streams ({@link CudaStream#waitFor}) and to time
 * GPU work ({@link #elapsedMillisSince}).
 */
public final class CudaEvent implements AutoCloseable {

    private final CudaContext context;
    private final CUevent event;
    private final float[] elapsed = new float[1];
    private boolean closed;

    /**
     * @param context the context
     * @param timing  true to record timestamps (for {@link #elapsedMillisSince}); false for cheaper ordering-only
     *                events ({@code CU_EVENT_DISABLE_TIMING})
     */
    public CudaEvent(CudaContext context, boolean timing) {
        this.context = context;
        context.makeCurrent();
        this.event = new CUevent();
        Cuda.check(JCudaDriver.cuEventCreate(event, timing ? CUevent_flags.CU_EVENT_DEFAULT
                : CUevent_flags.CU_EVENT_DISABLE_TIMING), "cuEventCreate");
    }

    /** Records this event on {@code stream} ({@code cuEventRecord}). */
    public void record(CudaStream stream) {
        Cuda.check(JCudaDriver.cuEventRecord(event, stream.handle()), "cuEventRecord");
    }

    /** Blocks until the work before the recorded point is done ({@code cuEventSynchronize}). */
    public void synchronize() {
        Cuda.check(JCudaDriver.cuEventSynchronize(event), "cuEventSynchronize");
    }

    /** Milliseconds of GPU time from {@code start} to this event (both recorded with timing and completed). */
    public float elapsedMillisSince(CudaEvent start) {
        Cuda.check(JCudaDriver.cuEventElapsedTime(elapsed, start.event, event), "cuEventElapsedTime");
        return elapsed[0];
    }

    CUevent handle() {
        return event;
    }

    /** Destroys the event. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            context.makeCurrent();
            Cuda.check(JCudaDriver.cuEventDestroy(event), "cuEventDestroy");
        }
    }
}
