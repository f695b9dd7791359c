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
public final class CufftDftProcessor extends StagedGpuDftProcessor {

    private final long dataAddress;
    private final CufftBatchedPlan plans;

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
        super(context, requireCufft(n), maxBatch);
        this.dataAddress = NativeAddress.of(data.pointer());
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

    /** Refuses before any device memory is allocated when cuFFT is not loaded. */
    private static int requireCufft(int n) {
        if (!Cufft.libraryLoaded()) {
            throw new IllegalStateException("cuFFT unavailable: " + Cufft.unavailableReason());
        }
        return n;
    }

    @Override
    public String backendName() {
        return Cufft.IMPLEMENTATION;
    }

    @Override
    void transformOnDevice(Direction direction, int count) {
        plans.exec(dataAddress, count, direction == Direction.INVERSE ? Cufft.INVERSE : Cufft.FORWARD);
    }

    @Override
    void closeTransform() {
        plans.close();
    }
}
