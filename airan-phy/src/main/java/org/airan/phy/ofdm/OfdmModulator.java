package org.airan.phy.ofdm;

import java.util.Objects;
import org.airan.phy.grid.ResourceGrid;

/**
 * OFDM baseband modulation of one slot (TS 38.211 §5.3.1): each of the N_symb^slot symbols of a resource grid
 * becomes {@code N_CP,l + N} complex samples at {@code N·Δf}, with subcarrier k at baseband frequency
 * {@code (k + k0 − 6·N_RB)·Δf} (no DC null) and the last N_CP,l samples of the useful part copied in front.
 *
 * <p><b>Scaling.</b> Output sample {@code x[n] = (1/√K) Σ_k a_k e^{+j2π(k+k0−6N_RB)n/N}} with K = 12·N_RB: a grid
 * whose K REs per symbol have unit mean energy gives unit mean power over the useful part of every symbol
 * (Parseval: exactly 1 when every |a_k| = 1), and the CP, being a copy, keeps that mean in expectation. The
 * optional §5.4 phase term is applied per symbol (see {@link OfdmConfig}).
 *
 * <p><b>Layout.</b> Per port, a slot is one interleaved {@code float[]} run of
 * {@code carrier.slotLengthSamples(slot mod 2^µ)} complex samples; the grid is symbol-major (RE (l, k) at
 * {@code 2(l·K + k)} from the grid offset). The {@code slot} argument is the slot number n_s^µ (within the
 * subframe, the frame, or absolute, ≥ 0): only its position in the subframe matters (long CP, §5.4 phase).
 *
 * <p>Implementations allocate nothing per call and are not thread-safe; use one per thread (see
 * {@link PortParallelOfdmModulator} for ports in parallel).
 */
public interface OfdmModulator {

    /** The configuration this modulator was built for. */
    OfdmConfig config();

    /** Short name of the backend, e.g. "cpu/jtransforms". */
    String backendName();

    /**
     * Modulates one port's slot.
     *
     * @param grid       symbol-major REs of the slot (N_symb^slot × K complex) starting at {@code gridOffset}
     * @param gridOffset float index of RE (0, 0)
     * @param slot       slot number n_s^µ, ≥ 0
     * @param out        time samples; Modified: {@code 2·slotLengthSamples} floats from {@code outOffset}
     * @param outOffset  float index of the first sample
     */
    void modulate(float[] grid, int gridOffset, int slot, float[] out, int outOffset);

    /**
     * Modulates every port of {@code grid} into {@code out[p]} at the same {@code outOffset}.
     *
     * @param grid N_symb^slot symbols × K subcarriers, any number of ports
     * @param out  one array per port (at least {@code grid.numPorts()}); Modified
     */
    default void modulate(ResourceGrid grid, int slot, float[][] out, int outOffset) {
        Objects.requireNonNull(out, "out");
        checkGrid(config(), grid, out.length);
        for (int p = 0; p < grid.numPorts(); p++) {
            modulate(grid.data(p), grid.symbolOffset(0), slot, out[p], outOffset);
        }
    }

    /** Checks that a grid has one slot's shape for {@code config} and that {@code numArrays} arrays can hold it. */
    static void checkGrid(OfdmConfig config, ResourceGrid grid, int numArrays) {
        Objects.requireNonNull(grid, "grid");
        var c = config.carrier();
        if (grid.numSymbols() != c.symbolsPerSlot() || grid.numSubcarriers() != c.numSubcarriers()) {
            throw new IllegalArgumentException("grid must be " + c.symbolsPerSlot() + " symbols × "
                    + c.numSubcarriers() + " subcarriers for this carrier (TS 38.211 §4.3.2, §4.4.2), was "
                    + grid.shape());
        }
        if (numArrays < grid.numPorts()) {
            throw new IllegalArgumentException("need one time-domain array per port: " + grid.numPorts()
                    + " ports but " + numArrays + " arrays");
        }
    }
}
