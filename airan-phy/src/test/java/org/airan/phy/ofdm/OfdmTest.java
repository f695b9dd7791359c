package org.airan.phy.ofdm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.airan.phy.Backend;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.CyclicPrefix;
import org.airan.phy.grid.ResourceGrid;
import org.junit.jupiter.api.Test;

/** OFDM modulation and demodulation against TS 38.211 §5.3.1 and §5.4. */
class OfdmTest {

    /**
     * Round trip / equality tolerance on unit-energy REs: single-precision FFT round-off is ~ε·log2(N)·few
     * (ε = 6e-8, N ≤ 4096 → ~1e-6); 1e-4 absolute leaves margin and still catches any phase or bin error (≥ 1e-2).
     */
    private static final double RE_TOL = 1e-4;
    /** Time-sample tolerance for signals of unit mean power: same float round-off argument as {@link #RE_TOL}. */
    private static final double SAMPLE_TOL = 1e-4;
    /** T_c per second, 1/T_c = 480e3·4096 (TS 38.211 §4.1). */
    private static final long TC_PER_SECOND = 480_000L * 4096L;
    private static final int KAPPA = 64;
    private static final float QPSK = (float) Math.sqrt(0.5);

    static ResourceGrid qpskGrid(CarrierConfig c, int ports, long seed) {
        ResourceGrid g = ResourceGrid.forSlot(c, ports);
        SplittableRandom r = new SplittableRandom(seed);
        for (int p = 0; p < ports; p++) {
            float[] a = g.data(p);
            for (int i = 0; i < a.length; i++) {
                a[i] = r.nextBoolean() ? QPSK : -QPSK;
            }
        }
        return g;
    }

    static float[][] slotBuffers(CarrierConfig c, int ports) {
        return new float[ports][2 * c.maxSlotLengthSamples()];
    }

    static double maxDiff(ResourceGrid a, ResourceGrid b) {
        double m = 0;
        for (int p = 0; p < a.numPorts(); p++) {
            for (int i = 0; i < a.data(p).length; i++) {
                m = Math.max(m, Math.abs(a.data(p)[i] - b.data(p)[i]));
            }
        }
        return m;
    }

    @Test
    void roundTripEveryNumerologyBothCpTypesEverySlotOfASubframe() {
        for (int scs : new int[] {15, 30, 60, 120, 240}) {
            for (CyclicPrefix cp : CyclicPrefix.values()) {
                if (cp == CyclicPrefix.EXTENDED && scs != 60) {
                    continue;
                }
                CarrierConfig c = new CarrierConfig(scs, cp, 24, 512, 0);
                for (double frac : new double[] {0.0, 0.5}) {
                    OfdmConfig cfg = new OfdmConfig(c, frac, 3.5e9);
                    OfdmModulator mod = Ofdm.modulator(cfg, Backend.CPU);
                    OfdmDemodulator demod = Ofdm.demodulator(cfg, Backend.AUTO);
                    for (int slot = 0; slot < c.slotsPerSubframe(); slot++) {
                        ResourceGrid tx = qpskGrid(c, 2, 31L * scs + slot);
                        float[][] iq = slotBuffers(c, 2);
                        mod.modulate(tx, slot, iq, 0);
                        ResourceGrid rx = ResourceGrid.forSlot(c, 2);
                        demod.demodulate(iq, 0, slot, rx);
                        double err = maxDiff(tx, rx);
                        assertTrue(err < RE_TOL, "µ=" + c.numerology() + " " + cp + " slot " + slot + " frac "
                                + frac + ": max error " + err);
                    }
                }
            }
        }
    }

    @Test
    void roundTripProductionSizesWithOffsetsAndK0() {
        int[][] cases = {{30, 273, 4096, 0}, {30, 106, 1536, 0}, {30, 217, 3072, 0}, {30, 133, 2048, 0},
                {15, 52, 1024, 23}, {15, 52, 1024, -17}};
        for (int[] cs : cases) {
            CarrierConfig c = new CarrierConfig(cs[0], CyclicPrefix.NORMAL, cs[1], cs[2], cs[3]);
            OfdmConfig cfg = new OfdmConfig(c, 0.3, 0);
            OfdmModulator mod = Ofdm.modulator(cfg, Backend.CPU);
            OfdmDemodulator demod = Ofdm.demodulator(cfg, Backend.CPU);
            ResourceGrid tx = qpskGrid(c, 1, cs[2]);
            int len = 2 * c.slotLengthSamples(c.slotInSubframe(1));
            float[] iq = new float[len + 10];
            mod.modulate(tx.data(0), 0, 1, iq, 6);
            float[] rx = new float[tx.data(0).length + 4];
            demod.demodulate(iq, 6, 1, rx, 4);
            double err = 0;
            for (int i = 0; i < tx.data(0).length; i++) {
                err = Math.max(err, Math.abs(tx.data(0)[i] - rx[i + 4]));
            }
            assertTrue(err < RE_TOL, Arrays.toString(cs) + ": max error " + err);
        }
    }

    @Test
    void singleToneSitsAtKPlusK0Minus6NrbTimesScsIncludingTheCp() {
        for (int k0 : new int[] {0, 5, -7}) {
            CarrierConfig c = new CarrierConfig(30, CyclicPrefix.NORMAL, 11, 256, k0);
            OfdmModulator mod = Ofdm.modulator(OfdmConfig.of(c), Backend.CPU);
            int kCount = c.numSubcarriers();
            for (int k : new int[] {0, 1, 66, kCount - 1}) {
                int l = 3;
                ResourceGrid g = ResourceGrid.forSlot(c, 1);
                g.set(0, l, k, 1f, 0f);
                float[] iq = new float[2 * c.slotLengthSamples(0)];
                mod.modulate(g.data(0), 0, 0, iq, 0);
                double freqHz = (k + k0 - 6 * c.numResourceBlocks()) * c.subcarrierSpacingHz();
                double amp = 1.0 / Math.sqrt(kCount);
                int start = c.symbolStartInSlot(0, l);
                int cp = c.cpLengthSamples(0, l);
                for (int i = 0; i < cp + c.dftSize(); i++) {
                    double t = (i - cp) / c.sampleRateHz(); // seconds from the start of the useful part
                    double a = 2 * Math.PI * freqHz * t;
                    assertEquals(amp * Math.cos(a), iq[2 * (start + i)], SAMPLE_TOL * amp, "k0=" + k0 + " k=" + k);
                    assertEquals(amp * Math.sin(a), iq[2 * (start + i) + 1], SAMPLE_TOL * amp, "k0=" + k0 + " k=" + k);
                }
                // Every other symbol is silent.
                for (int i = 0; i < 2 * start; i++) {
                    assertEquals(0f, iq[i], 1e-9f);
                }
            }
        }
    }

    /** t_start,l + N_CP,l·T_c of TS 38.211 §5.3.1 in units of T_c, from the κ formulas, no samples involved. */
    static long usefulStartTc(int mu, boolean extended, int symbolInSubframe) {
        long nu = 2048L * KAPPA >> mu;
        long t = 0;
        for (int s = 0; ; s++) {
            long ncp = extended ? (512L * KAPPA >> mu)
                    : (144L * KAPPA >> mu) + ((s == 0 || s == 7 << mu) ? 16L * KAPPA : 0);
            if (s == symbolInSubframe) {
                return t + ncp;
            }
            t += nu + ncp;
        }
    }

    /** Exact angle 2π·frac(f0·T) with f0 in Hz (integer) and T in T_c. */
    static double exactPhase(long f0Hz, long tTc) {
        BigInteger num = BigInteger.valueOf(f0Hz).multiply(BigInteger.valueOf(tTc));
        long rem = num.mod(BigInteger.valueOf(TC_PER_SECOND)).longValueExact();
        return 2 * Math.PI * rem / (double) TC_PER_SECOND;
    }

    @Test
    void upconversionPhaseMatchesTheSection54Formula() {
        long f0 = 3_500_010_000L; // not a multiple of any SCS: each symbol gets a distinct phase
        for (int scs : new int[] {15, 30, 60, 120}) {
            for (CyclicPrefix cp : CyclicPrefix.values()) {
                if (cp == CyclicPrefix.EXTENDED && scs != 60) {
                    continue;
                }
                CarrierConfig c = new CarrierConfig(scs, cp, 10, 256, 0);
                OfdmModulator plain = Ofdm.modulator(OfdmConfig.of(c), Backend.CPU);
                OfdmConfig cfg = OfdmConfig.of(c).withCarrierFrequencyHz(f0);
                OfdmModulator comp = Ofdm.modulator(cfg, Backend.CPU);
                int slot = c.slotsPerSubframe() - 1;
                ResourceGrid g = qpskGrid(c, 1, 99);
                float[] a = new float[2 * c.maxSlotLengthSamples()];
                float[] b = new float[a.length];
                plain.modulate(g.data(0), 0, slot, a, 0);
                comp.modulate(g.data(0), 0, slot, b, 0);
                for (int l = 0; l < c.symbolsPerSlot(); l++) {
                    int sym = c.symbolInSubframe(slot, l);
                    double phi = -exactPhase(f0, usefulStartTc(c.numerology(), cp == CyclicPrefix.EXTENDED, sym));
                    double expectedFromConfig = cfg.upconversionPhaseRadians(sym);
                    assertEquals(0, Math.IEEEremainder(-phi - expectedFromConfig, 2 * Math.PI), 1e-6);
                    int start = c.symbolStartInSlot(slot, l);
                    for (int i = start; i < start + c.symbolLengthSamples(sym); i += 17) {
                        double xr = a[2 * i];
                        double xi = a[2 * i + 1];
                        double er = xr * Math.cos(phi) - xi * Math.sin(phi);
                        double ei = xr * Math.sin(phi) + xi * Math.cos(phi);
                        assertEquals(er, b[2 * i], SAMPLE_TOL, "µ=" + c.numerology() + " l=" + l);
                        assertEquals(ei, b[2 * i + 1], SAMPLE_TOL, "µ=" + c.numerology() + " l=" + l);
                    }
                }
            }
        }
    }

    @Test
    void demodulatorAloneRemovesTheSection54PhaseWithThePlusSign() {
        // A signal modulated without compensation, demodulated with f0: RE (l, k) comes out rotated by
        // e^{+j2πf0(t_start,l + N_CP,l T_c)} (the receiver's factor of §5.4), computed exactly in T_c units.
        long f0 = 28_000_120_000L; // FR2-like, not a multiple of Δf
        CarrierConfig c = new CarrierConfig(120, CyclicPrefix.NORMAL, 8, 256, 0);
        ResourceGrid tx = qpskGrid(c, 1, 17);
        int slot = 5; // slot 5 of the frame = slot 5 mod 8 = 5 in its subframe at µ = 3
        float[] iq = new float[2 * c.slotLengthSamples(c.slotInSubframe(slot))];
        Ofdm.modulator(OfdmConfig.of(c), Backend.CPU).modulate(tx.data(0), 0, slot, iq, 0);
        ResourceGrid rx = ResourceGrid.forSlot(c, 1);
        Ofdm.demodulator(OfdmConfig.of(c).withCarrierFrequencyHz(f0), Backend.CPU).demodulate(iq, 0, slot, rx.data(0), 0);
        for (int l = 0; l < c.symbolsPerSlot(); l++) {
            double phi = exactPhase(f0, usefulStartTc(3, false, c.symbolInSubframe(c.slotInSubframe(slot), l)));
            for (int k = 0; k < c.numSubcarriers(); k += 7) {
                double er = tx.re(0, l, k) * Math.cos(phi) - tx.im(0, l, k) * Math.sin(phi);
                double ei = tx.re(0, l, k) * Math.sin(phi) + tx.im(0, l, k) * Math.cos(phi);
                assertEquals(er, rx.re(0, l, k), RE_TOL, "l=" + l + " k=" + k);
                assertEquals(ei, rx.im(0, l, k), RE_TOL, "l=" + l + " k=" + k);
            }
        }
    }

    @Test
    void modulatorEqualsTheContinuousTimeFormulaSampledDirectly() {
        // s(t) of TS 38.211 §5.3.1 (one antenna port, µ = 1, k0 = 3) times the §5.4 term, sampled at N·Δf,
        // evaluated in double by direct summation: no DFT involved.
        long f0 = 2_100_000_000L;
        CarrierConfig c = new CarrierConfig(30, CyclicPrefix.NORMAL, 2, 128, 3);
        OfdmModulator mod = Ofdm.modulator(OfdmConfig.of(c).withCarrierFrequencyHz(f0), Backend.CPU);
        int kCount = c.numSubcarriers();
        for (int slot = 0; slot < 2; slot++) {
            ResourceGrid g = qpskGrid(c, 1, 5 + slot);
            float[] iq = new float[2 * c.slotLengthSamples(slot)];
            mod.modulate(g.data(0), 0, slot, iq, 0);
            for (int l = 0; l < c.symbolsPerSlot(); l++) {
                int sym = c.symbolInSubframe(slot, l);
                double phi = -exactPhase(f0, usefulStartTc(1, false, sym));
                int start = c.symbolStartInSlot(slot, l);
                int cp = c.cpLengthSamples(sym);
                for (int i = 0; i < cp + c.dftSize(); i++) {
                    double t = (i - cp) / c.sampleRateHz();
                    double re = 0;
                    double im = 0;
                    for (int k = 0; k < kCount; k++) {
                        double a = 2 * Math.PI * (k + c.k0() - 6 * c.numResourceBlocks()) * c.subcarrierSpacingHz() * t
                                + phi;
                        double ar = g.re(0, l, k);
                        double ai = g.im(0, l, k);
                        re += ar * Math.cos(a) - ai * Math.sin(a);
                        im += ar * Math.sin(a) + ai * Math.cos(a);
                    }
                    re /= Math.sqrt(kCount);
                    im /= Math.sqrt(kCount);
                    assertEquals(re, iq[2 * (start + i)], SAMPLE_TOL, "slot " + slot + " l=" + l + " i=" + i);
                    assertEquals(im, iq[2 * (start + i) + 1], SAMPLE_TOL, "slot " + slot + " l=" + l + " i=" + i);
                }
            }
        }
    }

    @Test
    void windowPositionDoesNotBiasTheGrid() {
        CarrierConfig c = new CarrierConfig(60, CyclicPrefix.NORMAL, 50, 1024, 2);
        ResourceGrid tx = qpskGrid(c, 1, 42);
        float[][] iq = slotBuffers(c, 1);
        Ofdm.modulator(OfdmConfig.of(c), Backend.CPU).modulate(tx, 0, iq, 0);
        for (double frac : new double[] {0.0, 0.1, 0.5, 0.77, 1.0}) {
            OfdmConfig cfg = OfdmConfig.of(c).withWindowOffsetFraction(frac);
            ResourceGrid rx = ResourceGrid.forSlot(c, 1);
            Ofdm.demodulator(cfg, Backend.CPU).demodulate(iq, 0, 0, rx);
            assertTrue(maxDiff(tx, rx) < RE_TOL, "fraction " + frac + ": " + maxDiff(tx, rx));
        }
        // The correction is really there: a window d samples early without it would rotate RE k by
        // e^{-j2πk'd/N}; check the size of what was removed on the highest subcarrier.
        OfdmConfig half = OfdmConfig.of(c).withWindowOffsetFraction(0.5);
        int d = half.windowOffsetSamples(1);
        assertEquals(Math.round(0.5 * c.cpLengthSamples(1)), d);
        double removed = 2 * Math.PI * (c.numSubcarriers() - 1 + c.k0() - 6 * c.numResourceBlocks()) * d / c.dftSize();
        assertTrue(Math.abs(Math.sin(removed)) > 0.1, "test would not see a missing correction");
    }

    @Test
    void delayWithinTheCpBecomesALinearPhaseOnly() {
        // A signal delayed by D < d samples stays inside the advanced window: RE k is rotated by e^{-j2πk'D/N},
        // as a channel estimator expects from a pure delay, and nothing else.
        CarrierConfig c = new CarrierConfig(30, CyclicPrefix.NORMAL, 20, 512, 0);
        OfdmConfig cfg = OfdmConfig.of(c).withWindowOffsetFraction(0.5);
        ResourceGrid tx = qpskGrid(c, 1, 3);
        float[] iq = new float[2 * c.slotLengthSamples(0)];
        Ofdm.modulator(cfg, Backend.CPU).modulate(tx.data(0), 0, 0, iq, 0);
        int delay = 7;
        assertTrue(delay < cfg.windowOffsetSamples(1));
        float[] delayed = new float[iq.length];
        System.arraycopy(iq, 0, delayed, 2 * delay, iq.length - 2 * delay);
        ResourceGrid rx = ResourceGrid.forSlot(c, 1);
        Ofdm.demodulator(cfg, Backend.CPU).demodulate(delayed, 0, 0, rx.data(0), 0);
        for (int l = 0; l < c.symbolsPerSlot(); l++) {
            for (int k = 0; k < c.numSubcarriers(); k++) {
                double a = -2 * Math.PI * (k - 6 * c.numResourceBlocks()) * delay / c.dftSize();
                double er = tx.re(0, l, k) * Math.cos(a) - tx.im(0, l, k) * Math.sin(a);
                double ei = tx.re(0, l, k) * Math.sin(a) + tx.im(0, l, k) * Math.cos(a);
                assertEquals(er, rx.re(0, l, k), RE_TOL);
                assertEquals(ei, rx.im(0, l, k), RE_TOL);
            }
        }
    }

    @Test
    void unitEnergyGridGivesUnitPowerAndNoiseMapsToKOverN() {
        CarrierConfig c = CarrierConfig.of(30, 106, 1536);
        ResourceGrid tx = qpskGrid(c, 1, 11);
        float[] iq = new float[2 * c.slotLengthSamples(0)];
        Ofdm.modulator(OfdmConfig.of(c), Backend.CPU).modulate(tx.data(0), 0, 0, iq, 0);
        double slotPower = 0;
        for (int l = 0; l < c.symbolsPerSlot(); l++) {
            int start = c.symbolStartInSlot(0, l) + c.cpLengthSamples(0, l);
            double p = 0;
            for (int i = start; i < start + c.dftSize(); i++) {
                p += iq[2 * i] * iq[2 * i] + iq[2 * i + 1] * iq[2 * i + 1];
            }
            // Parseval: useful-part mean power equals the symbol's mean RE energy, exactly 1 for QPSK.
            assertEquals(1.0, p / c.dftSize(), 1e-4, "symbol " + l);
        }
        for (int i = 0; i < iq.length; i++) {
            slotPower += iq[i] * iq[i];
        }
        // Including the CP: its 14 × 144 samples are ~4.7 % of the slot; their mean power has a relative
        // std of ≈ 1/√(14·144) ≈ 2.2 %, so the slot mean is within 0.047·0.022·5 ≈ 0.5 % of 1 at 5σ.
        assertEquals(1.0, slotPower / (iq.length / 2), 0.005);

        // White noise of variance σ² = 1 per sample → per-RE variance K/N. 14·K = 17808 REs: the estimate's
        // relative std is 1/√17808 ≈ 0.75 %; 4 % is > 5σ.
        SplittableRandom r = new SplittableRandom(2024);
        float[] noise = new float[iq.length];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (float) (gaussian(r) * Math.sqrt(0.5));
        }
        float[] rx = new float[2 * c.symbolsPerSlot() * c.numSubcarriers()];
        Ofdm.demodulator(OfdmConfig.of(c), Backend.CPU).demodulate(noise, 0, 0, rx, 0);
        double v = 0;
        for (float f : rx) {
            v += f * f;
        }
        v /= rx.length / 2.0;
        double expected = (double) c.numSubcarriers() / c.dftSize();
        assertEquals(1.0, v / expected, 0.04);
    }

    private static double gaussian(SplittableRandom r) {
        double u1 = 1.0 - r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    @Test
    void slotLayoutWritesExactlyTheSlotAndAbsoluteSlotNumbersWrap() {
        CarrierConfig c = new CarrierConfig(60, CyclicPrefix.NORMAL, 20, 512, 0); // µ=2: slots 0, 2 hold a long CP
        assertEquals(c.slotLengthSamples(1) + 16, c.slotLengthSamples(0)); // 16κ·T_c at 512·60 kHz = 16 samples
        OfdmModulator mod = Ofdm.modulator(OfdmConfig.of(c).withCarrierFrequencyHz(1e9), Backend.CPU);
        ResourceGrid g = qpskGrid(c, 1, 8);
        for (int slot = 0; slot < 4; slot++) {
            float[] out = new float[2 * c.maxSlotLengthSamples() + 20];
            Arrays.fill(out, Float.NaN);
            mod.modulate(g.data(0), 0, slot, out, 10);
            for (int i = 0; i < out.length; i++) {
                boolean inside = i >= 10 && i < 10 + 2 * c.slotLengthSamples(slot);
                assertEquals(inside, !Float.isNaN(out[i]), "slot " + slot + " float " + i);
            }
            float[] wrapped = new float[out.length];
            Arrays.fill(wrapped, Float.NaN);
            mod.modulate(g.data(0), 0, slot + 4 * 37, wrapped, 10);
            assertTrue(Arrays.equals(out, wrapped), "slot " + slot + " vs " + (slot + 148));
        }
    }

    @Test
    void portParallelEqualsSequential() throws Exception {
        CarrierConfig c = CarrierConfig.of(30, 51);
        OfdmConfig cfg = OfdmConfig.of(c).withWindowOffsetFraction(0.25);
        ResourceGrid tx = qpskGrid(c, 4, 77);
        float[][] iq = slotBuffers(c, 4);
        float[][] iqPar = slotBuffers(c, 4);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Ofdm.modulator(cfg, Backend.CPU).modulate(tx, 1, iq, 0);
            OfdmModulator pmod = Ofdm.portParallelModulator(cfg, Backend.CPU, 4, pool);
            pmod.modulate(tx, 1, iqPar, 0);
            for (int p = 0; p < 4; p++) {
                assertTrue(Arrays.equals(iq[p], iqPar[p]), "port " + p);
            }
            ResourceGrid seq = ResourceGrid.forSlot(c, 4);
            ResourceGrid par = ResourceGrid.forSlot(c, 4);
            Ofdm.demodulator(cfg, Backend.CPU).demodulate(iq, 0, 1, seq);
            OfdmDemodulator pdem = Ofdm.portParallelDemodulator(cfg, Backend.CPU, 4, pool);
            for (int rep = 0; rep < 3; rep++) {
                par.clear();
                pdem.demodulate(iq, 0, 1, par);
                assertEquals(0.0, maxDiff(seq, par));
            }
            ResourceGrid two = ResourceGrid.forSlot(c, 2);
            pdem.demodulate(iq, 0, 1, two);
            assertEquals(0.0, maxDiff(seq.view(0, 2, 0, c.symbolsPerSlot()), two));
            // A failure on a worker port reaches the caller.
            float[][] bad = {iq[0], iq[1], new float[4], iq[3]};
            assertThrows(IndexOutOfBoundsException.class, () -> pdem.demodulate(bad, 0, 1, par));
            pdem.demodulate(iq, 0, 1, par);
            assertEquals(0.0, maxDiff(seq, par));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void steadyStateAllocatesNothingIncludingThreeTimesPowerOfTwoSizes() {
        var bean = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (int[] cs : new int[][] {{273, 4096}, {106, 1536}, {217, 3072}}) {
            CarrierConfig c = CarrierConfig.of(30, cs[0], cs[1]);
            OfdmConfig cfg = OfdmConfig.of(c).withWindowOffsetFraction(0.5).withCarrierFrequencyHz(3.5e9);
            OfdmModulator mod = Ofdm.modulator(cfg, Backend.CPU);
            OfdmDemodulator demod = Ofdm.demodulator(cfg, Backend.CPU);
            ResourceGrid g = qpskGrid(c, 2, 1);
            float[][] iq = slotBuffers(c, 2);
            for (int i = 0; i < 20; i++) {
                mod.modulate(g, i, iq, 0);
                demod.demodulate(iq, 0, i, g);
            }
            // Steady state: until the JIT has compiled the Vector-API loops, the interpreter boxes vectors, so
            // measure rounds of 40 slot calls until one is clean (or give up after 50 rounds).
            long tid = Thread.currentThread().threadId();
            long allocated = Long.MAX_VALUE;
            for (int round = 0; round < 50 && allocated >= 640; round++) {
                long before = bean.getThreadAllocatedBytes(tid);
                for (int i = 0; i < 20; i++) {
                    mod.modulate(g, i, iq, 0);
                    demod.demodulate(iq, 0, i, g);
                }
                allocated = bean.getThreadAllocatedBytes(tid) - before;
            }
            // 40 slot calls × 2 ports; one DFT-sized scratch copy (≥ 8·1536 B) per call would be ≥ 10 MB.
            // The measurement itself may allocate a few bytes once: allow < 8 bytes per call.
            assertTrue(allocated < 640, "N=" + cs[1] + ": allocated " + allocated + " bytes in 40 slot calls");
        }
    }

    @Test
    void everyCpuDftBackendGivesTheSameGrid() {
        // Over the Stockham FFT the demodulator reads DFT windows in place and extracts from split bins (fused
        // path); over JTransforms, the radix-3 processor or FFTW it takes the generic path. All must agree.
        for (int[] cs : new int[][] {{273, 4096, 0}, {133, 2048, 5}, {20, 512, -3}, {106, 1536, 0}, {217, 3072, 2}}) {
            CarrierConfig c = new CarrierConfig(30, CyclicPrefix.NORMAL, cs[0], cs[1], cs[2]);
            int n = c.dftSize();
            for (OfdmConfig cfg : new OfdmConfig[] {OfdmConfig.of(c), OfdmConfig.of(c).withWindowOffsetFraction(0.5),
                    OfdmConfig.of(c).withWindowOffsetFraction(0.25).withCarrierFrequencyHz(2.6e9)}) {
                java.util.List<org.airan.phy.dft.DftProcessor> dfts = new java.util.ArrayList<>();
                dfts.add(new org.airan.phy.dft.JTransformsDftProcessor(n));
                dfts.add(org.airan.phy.dft.StockhamDftProcessor.supports(n)
                        ? new org.airan.phy.dft.StockhamDftProcessor(n)
                        : new org.airan.phy.dft.Radix3DftProcessor(n, new org.airan.phy.dft.StockhamDftProcessor(n / 3)));
                if (org.airan.phy.dft.FftwDftProcessor.available()) {
                    dfts.add(new org.airan.phy.dft.FftwDftProcessor(n, false));
                }
                ResourceGrid tx = qpskGrid(c, 1, n);
                float[][] iq = slotBuffers(c, 1);
                Ofdm.modulator(cfg, Backend.CPU).modulate(tx, 1, iq, 0);
                ResourceGrid first = null;
                for (var dft : dfts) {
                    ResourceGrid rx = ResourceGrid.forSlot(c, 1);
                    new CpuOfdmDemodulator(cfg, dft).demodulate(iq, 0, 1, rx);
                    String what = Arrays.toString(cs) + " " + dft.backendName() + " " + cfg;
                    assertTrue(maxDiff(rx, tx) < RE_TOL, what + ": " + maxDiff(rx, tx));
                    if (first != null) {
                        assertTrue(maxDiff(rx, first) < RE_TOL, what + ": " + maxDiff(rx, first));
                    }
                    first = rx;
                }
            }
        }
    }

    @Test
    void badInputIsRefusedAtTheBoundary() {
        CarrierConfig c = CarrierConfig.of(30, 24);
        assertThrows(IllegalArgumentException.class, () -> new OfdmConfig(c, 1.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new OfdmConfig(c, Double.NaN, 0));
        assertThrows(IllegalArgumentException.class, () -> new OfdmConfig(c, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> new OfdmConfig(null, 0, 0));
        // k0 pushing the band past the DFT edge would alias.
        CarrierConfig edge = new CarrierConfig(30, CyclicPrefix.NORMAL, 24, 512, 200);
        var e = assertThrows(IllegalArgumentException.class, () -> OfdmConfig.of(edge));
        assertTrue(e.getMessage().contains("k0"), e.getMessage());
        OfdmDemodulator d = Ofdm.demodulator(OfdmConfig.of(c), Backend.CPU);
        float[] grid = new float[2 * 14 * c.numSubcarriers()];
        assertThrows(IndexOutOfBoundsException.class, () -> d.demodulate(new float[100], 0, 0, grid, 0));
        float[] iq = new float[2 * c.slotLengthSamples(0)];
        assertThrows(IndexOutOfBoundsException.class, () -> d.demodulate(iq, 0, 0, new float[10], 0));
        assertThrows(IllegalArgumentException.class, () -> d.demodulate(iq, 0, -1, grid, 0));
        ResourceGrid wrongShape = ResourceGrid.allocate(1, 12, c.numSubcarriers());
        assertThrows(IllegalArgumentException.class, () -> d.demodulate(new float[][] {iq}, 0, 0, wrongShape));
        ResourceGrid twoPorts = ResourceGrid.forSlot(c, 2);
        assertThrows(IllegalArgumentException.class, () -> d.demodulate(new float[][] {iq}, 0, 0, twoPorts));
        assertThrows(IllegalArgumentException.class, () -> Ofdm.demodulator(OfdmConfig.of(c), Backend.GPU));
    }
}
