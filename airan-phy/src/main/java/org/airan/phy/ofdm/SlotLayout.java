package org.airan.phy.ofdm;

import java.util.Objects;
import org.airan.phy.dft.DftProcessor;
import org.airan.phy.grid.CarrierConfig;

/**
 * Per-configuration tables shared by the CPU modulator and demodulator, computed once: where each symbol of each
 * slot of a subframe starts, its CP, its DFT-window advance, the per-symbol complex factor (scaling × §5.4 phase)
 * and the mapping of the K subcarriers onto DFT bins (TS 38.211 §5.3.1).
 */
final class SlotLayout {

    final CarrierConfig carrier;
    final int n;
    final int k;
    final int symbolsPerSlot;
    final int slotsPerSubframe;
    /** DFT bin of subcarrier 0: (k0 − 6·N_RB) mod N. */
    final int firstBin;
    /** Subcarriers [0, run1) go to bins [firstBin, firstBin + run1); [run1, K) go to bins [0, K − run1). */
    final int run1;
    /** [slotInSubframe][l]: start of symbol l (first CP sample) relative to the slot, in samples. */
    final int[][] symbolStart;
    /** [slotInSubframe][l]: CP length in samples. */
    final int[][] cpLength;
    /** [slotInSubframe][l]: symbol index within the subframe. */
    final int[][] symbolInSubframe;
    /** [slotInSubframe]: slot length in samples. */
    final int[] slotLength;

    /**
     * The layout of {@code config}'s carrier, after checking that {@code dft} is the carrier's DFT size (the one
     * precondition the CPU modulator and demodulator share).
     */
    static SlotLayout of(OfdmConfig config, DftProcessor dft) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(dft, "dft");
        if (dft.size() != config.carrier().dftSize()) {
            throw new IllegalArgumentException("dft size " + dft.size() + " differs from carrier dftSize "
                    + config.carrier().dftSize());
        }
        return new SlotLayout(config.carrier());
    }

    SlotLayout(CarrierConfig carrier) {
        this.carrier = carrier;
        this.n = carrier.dftSize();
        this.k = carrier.numSubcarriers();
        this.symbolsPerSlot = carrier.symbolsPerSlot();
        this.slotsPerSubframe = carrier.slotsPerSubframe();
        this.firstBin = Math.floorMod(carrier.k0() - 6 * carrier.numResourceBlocks(), n);
        this.run1 = Math.min(k, n - firstBin);
        symbolStart = new int[slotsPerSubframe][symbolsPerSlot];
        cpLength = new int[slotsPerSubframe][symbolsPerSlot];
        symbolInSubframe = new int[slotsPerSubframe][symbolsPerSlot];
        slotLength = new int[slotsPerSubframe];
        for (int s = 0; s < slotsPerSubframe; s++) {
            int pos = 0;
            for (int l = 0; l < symbolsPerSlot; l++) {
                int sym = carrier.symbolInSubframe(s, l);
                symbolInSubframe[s][l] = sym;
                symbolStart[s][l] = pos;
                cpLength[s][l] = carrier.cpLengthSamples(sym);
                pos += cpLength[s][l] + n;
            }
            slotLength[s] = pos;
        }
    }

    /** Slot index within the subframe of slot number {@code slot}, refusing negative numbers. */
    int slotInSubframe(int slot) {
        if (slot < 0) {
            throw new IllegalArgumentException("slot number must be ≥ 0 (n_s^µ, TS 38.211 §4.3.2), was " + slot);
        }
        return slot & (slotsPerSubframe - 1);
    }

    /**
     * Per-symbol-in-subframe factor {@code scale · e^{sign·j·phase_l}} as interleaved floats (computed in double),
     * with phase_l the §5.4 angle of {@link OfdmConfig#upconversionPhaseRadians}.
     */
    float[] symbolFactors(OfdmConfig config, double scale, int sign) {
        int count = carrier.symbolsPerSubframe();
        float[] f = new float[2 * count];
        for (int sym = 0; sym < count; sym++) {
            double phase = sign * config.upconversionPhaseRadians(sym);
            f[2 * sym] = (float) (scale * Math.cos(phase));
            f[2 * sym + 1] = (float) (scale * Math.sin(phase));
        }
        return f;
    }

    /** e^{+j2π(k + k0 − 6N_RB)·d/N} for k in [0, K), interleaved; computed in double with exact integer reduction. */
    float[] windowRotation(int d) {
        float[] r = new float[2 * k];
        int base = carrier.k0() - 6 * carrier.numResourceBlocks();
        for (int i = 0; i < k; i++) {
            long m = Math.floorMod((long) (base + i) * d, (long) n);
            double a = 2.0 * Math.PI * m / n;
            r[2 * i] = (float) Math.cos(a);
            r[2 * i + 1] = (float) Math.sin(a);
        }
        return r;
    }
}
