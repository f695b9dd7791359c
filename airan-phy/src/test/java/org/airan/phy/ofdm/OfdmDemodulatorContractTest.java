package org.airan.phy.ofdm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.airan.phy.Backend;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.CyclicPrefix;
import org.airan.phy.grid.ResourceGrid;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@link OfdmDemodulator} contract, run against every backend: a subclass supplies the demodulator. The CPU
 * modulator (the reference) makes a slot from a QPSK grid; the demodulator under test must return the grid
 * (TS 38.211 §5.3.1 scaling and window phase, §5.4 phase), for power-of-two and 3·2^k DFT sizes, both slots of
 * a half subframe (their CPs differ), a DFT window inside the CP, f0 &gt; 0, several ports, and offsets.
 */
public abstract class OfdmDemodulatorContractTest {

    /**
     * Largest |error| per RE of a unit-energy QPSK grid after modulate + demodulate: single-precision FFT round-off
     * ~ε·log2(N)·√N relative per bin times the √K/N scaling gives ~1e-6..1e-5 for N ≤ 4096; 2e-4 leaves margin
     * and still catches a wrong bin, phase or scale (errors ~0.1..1).
     */
    public static final double RE_TOL = 2e-4;

    /** The demodulator under test for {@code config}. */
    protected abstract OfdmDemodulator create(OfdmConfig config);

    @ParameterizedTest
    @CsvSource({
            "30, 273, 4096, 0, 0.0, 0, 1",
            "30, 273, 4096, 0, 0.5, 3.5e9, 0",
            "30, 106, 1536, 0, 0.3, 0, 2",
            "30, 217, 3072, 0, 0.0, 2.6e9, 3",
            "15, 52, 1024, 23, 0.25, 0, 1",
            "60, 24, 512, -5, 1.0, 28e9, 5"})
    void returnsTheModulatedGrid(int scs, int nrb, int dft, int k0, double window, double f0, int slot) {
        CarrierConfig c = new CarrierConfig(scs, CyclicPrefix.NORMAL, nrb, dft, k0);
        OfdmConfig cfg = new OfdmConfig(c, window, f0);
        OfdmDemodulator demod = create(cfg);
        OfdmModulator mod = Ofdm.modulator(cfg, Backend.CPU);
        int ports = 4;
        ResourceGrid tx = ResourceGrid.forSlot(c, ports);
        SplittableRandom r = new SplittableRandom(nrb * 31L + slot);
        float a = (float) Math.sqrt(0.5);
        for (int p = 0; p < ports; p++) {
            float[] d = tx.data(p);
            for (int i = 0; i < 2 * c.symbolsPerSlot() * c.numSubcarriers(); i++) {
                d[tx.symbolOffset(0) + i] = r.nextBoolean() ? a : -a;
            }
        }
        int len = 2 * c.slotLengthSamples(c.slotInSubframe(slot));
        float[][] iq = new float[ports][len + 8];
        mod.modulate(tx, slot, iq, 8);
        ResourceGrid rx = ResourceGrid.forSlot(c, ports);
        demod.demodulate(iq, 8, slot, rx);
        for (int p = 0; p < ports; p++) {
            assertGridClose(tx, rx, p, "all ports, port " + p);
        }
        // The single-port method, with an offset on both sides.
        float[] one = new float[2 * c.symbolsPerSlot() * c.numSubcarriers() + 6];
        demod.demodulate(iq[2], 8, slot, one, 6);
        double err = 0;
        for (int i = 0; i < one.length - 6; i++) {
            err = Math.max(err, Math.abs(one[6 + i] - tx.data(2)[tx.symbolOffset(0) + i]));
        }
        assertTrue(err < RE_TOL, "single port: max error " + err);
        assertEquals(cfg, demod.config());
        if (demod instanceof AutoCloseable ac) {
            try {
                ac.close();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"30, 273, 4096"})
    void refusesShortInputAndBadSlotNumbers(int scs, int nrb, int dft) {
        CarrierConfig c = new CarrierConfig(scs, CyclicPrefix.NORMAL, nrb, dft, 0);
        OfdmDemodulator demod = create(OfdmConfig.of(c));
        float[] grid = new float[2 * c.symbolsPerSlot() * c.numSubcarriers()];
        assertThrows(IndexOutOfBoundsException.class,
                () -> demod.demodulate(new float[10], 0, 0, grid, 0));
        assertThrows(IllegalArgumentException.class,
                () -> demod.demodulate(new float[2 * c.maxSlotLengthSamples()], 0, -1, grid, 0));
    }

    static void assertGridClose(ResourceGrid tx, ResourceGrid rx, int p, String what) {
        double err = 0;
        for (int l = 0; l < tx.numSymbols(); l++) {
            for (int k = 0; k < tx.numSubcarriers(); k++) {
                err = Math.max(err, Math.abs(tx.re(p, l, k) - rx.re(p, l, k)));
                err = Math.max(err, Math.abs(tx.im(p, l, k) - rx.im(p, l, k)));
            }
        }
        assertTrue(err < RE_TOL, what + ": max error " + err);
    }
}
