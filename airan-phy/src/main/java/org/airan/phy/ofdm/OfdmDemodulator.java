package org.airan.phy.ofdm;

import java.util.Objects;
import org.airan.phy.grid.ResourceGrid;

/**
 * OFDM baseband demodulation of one slot, the inverse of {@link OfdmModulator} (TS 38.211 §5.3.1): per symbol,
 * CP removal with a DFT window placed {@link OfdmConfig#windowOffsetSamples d_l} samples before the end of the CP,
 * a forward DFT of N points, extraction of the K = 12·N_RB subcarriers (frequency index k + k0 − 6·N_RB), removal
 * of the window's linear phase and, when f0 &gt; 0, of the §5.4 up-conversion phase.
 *
 * <p><b>Scaling.</b> {@code a_k = (√K / N) · DFT(x)[k + k0 − 6N_RB mod N] · e^{+j2π(k+k0−6N_RB)d_l/N}}, the exact
 * inverse of the modulator: modulate then demodulate returns the grid (to float rounding). White noise of
 * variance σ² per time sample therefore appears on each RE with variance {@code σ²·K/N}.
 *
 * <p><b>Layout.</b> As for the modulator: per port one interleaved slot of {@code carrier.slotLengthSamples(slot
 * mod 2^µ)} samples; the grid is symbol-major. Implementations allocate nothing per call and are not thread-safe.
 */
public interface OfdmDemodulator {

    /** The configuration this demodulator was built for. */
    OfdmConfig config();

    /** Short name of the backend, e.g. "cpu/jtransforms". */
    String backendName();

    /**
     * Demodulates one port's slot.
     *
     * @param in         time samples: {@code 2·slotLengthSamples} floats from {@code inOffset} (not modified)
     * @param inOffset   float index of the slot's first sample
     * @param slot       slot number n_s^µ, ≥ 0
     * @param grid       Modified: N_symb^slot × K complex REs, symbol-major, from {@code gridOffset}
     * @param gridOffset float index of RE (0, 0)
     */
    void demodulate(float[] in, int inOffset, int slot, float[] grid, int gridOffset);

    /**
     * Demodulates {@code grid.numPorts()} ports, port p from {@code in[p]} at {@code inOffset}, into {@code grid}.
     *
     * @param grid Modified: N_symb^slot symbols × K subcarriers
     */
    default void demodulate(float[][] in, int inOffset, int slot, ResourceGrid grid) {
        Objects.requireNonNull(in, "in");
        OfdmModulator.checkGrid(config(), grid, in.length);
        for (int p = 0; p < grid.numPorts(); p++) {
            demodulate(in[p], inOffset, slot, grid.data(p), grid.symbolOffset(0));
        }
    }
}
