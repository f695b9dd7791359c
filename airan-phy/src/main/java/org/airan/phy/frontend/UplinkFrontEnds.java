package org.airan.phy.frontend;

import org.airan.phy.Backend;
import org.airan.phy.BackendStatus;
import org.airan.phy.dft.DftProcessors;
import org.airan.phy.gpu.CudaOfdmDemodulator;
import org.airan.phy.gpu.CudaUplinkFrontEnd;

/**
 * Factory of {@link UplinkFrontEnd}s. {@link Backend#GPU} and {@link Backend#AUTO} give
 * {@link CudaUplinkFrontEnd} when the GPU backend is usable (as {@link DftProcessors#resolve} reports) and the
 * carrier's DFT size is one the GPU kernels handle; AUTO otherwise gives {@link CpuUplinkFrontEnd}, and an
 * explicit GPU request that cannot be met is refused with the reason. {@link #cpu(UplinkFrontEndConfig, int)} builds
 * the CPU front end on a fixed number of threads ({@link ParallelCpuUplinkFrontEnd}).
 */
public final class UplinkFrontEnds {

    private UplinkFrontEnds() {
    }

    /** A front end for {@code config} on {@code backend}. */
    public static UplinkFrontEnd create(UplinkFrontEndConfig config, Backend backend) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        BackendStatus s = DftProcessors.resolve(backend);
        if (!s.available()) {
            throw new IllegalArgumentException("backend " + backend + " is not available: " + s.reason()
                    + " (use Backend.CPU or Backend.AUTO)");
        }
        if (s.backend() == Backend.GPU) {
            if (CudaOfdmDemodulator.supports(config.ofdm().carrier())) {
                return new CudaUplinkFrontEnd(config);
            }
            if (backend == Backend.GPU) {
                throw new IllegalArgumentException("the GPU front end needs a DFT size 2^k or 3·2^k ≤ 4096, was "
                        + config.ofdm().carrier().dftSize());
            }
        }
        return new CpuUplinkFrontEnd(config);
    }

    /**
     * A CPU front end on {@code numThreads} threads, the caller included: {@link CpuUplinkFrontEnd} for 1,
     * otherwise a {@link ParallelCpuUplinkFrontEnd} that splits items when a batch has fewer items than threads.
     * Close it to stop its workers.
     *
     * @param numThreads in [1, {@link ParallelCpuUplinkFrontEnd#MAX_THREADS}], e.g.
     *                   {@code Runtime.getRuntime().availableProcessors()}
     */
    public static UplinkFrontEnd cpu(UplinkFrontEndConfig config, int numThreads) {
        return cpu(config, numThreads, true);
    }

    /**
     * Like {@link #cpu(UplinkFrontEndConfig, int)}, choosing whether batches smaller than the thread count are split
     * into per-antenna and per-symbol units ({@code splitItems}) or run one item per thread.
     */
    public static UplinkFrontEnd cpu(UplinkFrontEndConfig config, int numThreads, boolean splitItems) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        if (numThreads == 1) {
            return new CpuUplinkFrontEnd(config);
        }
        return new ParallelCpuUplinkFrontEnd(config, numThreads, splitItems);
    }
}
