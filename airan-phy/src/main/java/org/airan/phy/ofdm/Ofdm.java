package org.airan.phy.ofdm;

import java.util.concurrent.Executor;
import org.airan.phy.Backend;
import org.airan.phy.BackendStatus;
import org.airan.phy.dft.DftProcessors;

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
 * <p>Backends: CPU only in this build; {@link Backend#AUTO} resolves as {@link DftProcessors#resolve} says and an
 * explicit unavailable backend is refused with the reason.
 */
public final class Ofdm {

    private Ofdm() {
    }

    /** Which backend {@code requested} resolves to for OFDM, with the reason. */
    public static BackendStatus resolve(Backend requested) {
        return DftProcessors.resolve(requested);
    }

    /** A modulator for {@code config} on {@code backend}. */
    public static OfdmModulator modulator(OfdmConfig config, Backend backend) {
        checkConfig(config);
        return new CpuOfdmModulator(config, DftProcessors.create(config.carrier().dftSize(), backend));
    }

    /** A demodulator for {@code config} on {@code backend}. */
    public static OfdmDemodulator demodulator(OfdmConfig config, Backend backend) {
        checkConfig(config);
        return new CpuOfdmDemodulator(config, DftProcessors.create(config.carrier().dftSize(), backend));
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
