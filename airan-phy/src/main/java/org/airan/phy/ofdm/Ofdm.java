package org.airan.phy.ofdm;

import java.util.concurrent.Executor;
import org.airan.phy.Backend;
import org.airan.phy.BackendStatus;
import org.airan.phy.dft.DftProcessors;
import org.airan.phy.gpu.CudaOfdmDemodulator;

/**
 * Factory of OFDM modulators and demodulators (TS 38.211 §5.3.1, §5.4). Everything a block needs is sized from
 * the {@link OfdmConfig} here, so processing a slot allocates nothing.
 *
 * <pre>{@code
 * OfdmConfig cfg = OfdmConfig.of(CarrierConfig.of(30, 273));          // 30 kHz, 273 RB, DFT 4096
 * OfdmDemodulator demod = Ofdm.demodulator(cfg, Backend.AUTO);
 * demod.demodulate(slotIq, 0, slot, grid);                            // float[][] per antenna -> grid
 * }</pre>
 *
 * <p>Backends: {@link Backend#AUTO} resolves as {@link DftProcessors#resolve} says and an explicit unavailable
 * backend is refused with the reason. On the GPU the demodulator is {@link CudaOfdmDemodulator} (all ports of a
 * slot in one launch) when the carrier's DFT size is 2^k or 3·2^k ≤ 4096; the modulator stays on the CPU (no GPU
 * modulator is built) with the CPU DFT.
 */
public final class Ofdm {

    /** Port-slots per launch of a GPU demodulator built here (ports of one slot; more are split into launches). */
    public static final int GPU_MAX_SIGNALS = 8;

    private Ofdm() {
    }

    /** Which backend {@code requested} resolves to for OFDM, with the reason. */
    public static BackendStatus resolve(Backend requested) {
        return DftProcessors.resolve(requested);
    }

    /** A modulator for {@code config} on {@code backend}. */
    public static OfdmModulator modulator(OfdmConfig config, Backend backend) {
        checkConfig(config);
        Backend cpuSide = DftProcessors.resolve(backend).backend() == Backend.GPU ? Backend.CPU : backend;
        return new CpuOfdmModulator(config, DftProcessors.create(config.carrier().dftSize(), cpuSide));
    }

    /** A demodulator for {@code config} on {@code backend}. */
    public static OfdmDemodulator demodulator(OfdmConfig config, Backend backend) {
        checkConfig(config);
        BackendStatus s = DftProcessors.resolve(backend);
        if (!s.available()) {
            throw new IllegalArgumentException("backend " + backend + " is not available: " + s.reason()
                    + " (use Backend.CPU or Backend.AUTO)");
        }
        if (s.backend() == Backend.GPU && CudaOfdmDemodulator.supports(config.carrier())) {
            return new CudaOfdmDemodulator(config, GPU_MAX_SIGNALS);
        }
        Backend cpuSide = s.backend() == Backend.GPU ? Backend.CPU : backend;
        return new CpuOfdmDemodulator(config, DftProcessors.create(config.carrier().dftSize(), cpuSide));
    }

    /**
     * A demodulator that runs up to {@code maxPorts} ports in parallel: ports 1.. on {@code executor}, port 0 on
     * the caller. Each port keeps its own single-threaded DFT.
     */
    public static OfdmDemodulator portParallelDemodulator(OfdmConfig config, Backend backend, int maxPorts,
                                                          Executor executor) {
        checkConfig(config);
        return new PortParallelOfdmDemodulator(maxPorts, () -> demodulator(config, backend), executor);
    }

    /** A modulator that runs up to {@code maxPorts} ports in parallel (see {@link #portParallelDemodulator}). */
    public static OfdmModulator portParallelModulator(OfdmConfig config, Backend backend, int maxPorts,
                                                      Executor executor) {
        checkConfig(config);
        return new PortParallelOfdmModulator(maxPorts, () -> modulator(config, backend), executor);
    }

    private static void checkConfig(OfdmConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
    }
}
