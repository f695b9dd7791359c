package org.airan.phy.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airan.phy.Backend;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.modulation.Modulation;
import org.airan.phy.ofdm.OfdmConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The front-end contract against the CPU reference, plus the configuration's derived sizes and the tap-list
 * linear interpolator.
 */
class CpuUplinkFrontEndTest extends UplinkFrontEndContractTest {

    @Override
    protected UplinkFrontEnd create(UplinkFrontEndConfig config) {
        return UplinkFrontEnds.create(config, Backend.CPU);
    }


    @ParameterizedTest
    @CsvSource({"24", "1"})
    void linearFilterReproducesALinearChannelExactlyBetweenPilots(int nrb) {
        FrequencyFilter f = FrequencyFilter.linear(nrb);
        for (int v = 0; v < 2; v++) {
            float[] hLs = new float[2 * 6 * nrb];
            for (int p = 0; p < 6 * nrb; p++) {
                int sc = 2 * p + v;
                hLs[2 * p] = 1 + 0.01f * sc;
                hLs[2 * p + 1] = -0.02f * sc;
            }
            float[] h = new float[2 * 12 * nrb];
            f.apply(v, hLs, 0, h, 0);
            for (int i = v; i <= 2 * (6 * nrb - 1) + v; i++) {
                assertEquals(1 + 0.01f * i, h[2 * i], 1e-5, "re sc " + i);
                assertEquals(-0.02f * i, h[2 * i + 1], 1e-5, "im sc " + i);
            }
        }
    }

    /** Ports 0, 2, 1, 3 (TS 38.211 Table 6.4.1.1.3-1): Δ, w_f and which layers are de-spread over pilot pairs. */
    @org.junit.jupiter.api.Test
    void layersMapToType1PortsAndDespreadWhereTheyShareACdmGroup() {
        assertEquals(java.util.List.of(0, 2, 1, 3), java.util.List.of(UplinkFrontEndConfig.port(0),
                UplinkFrontEndConfig.port(1), UplinkFrontEndConfig.port(2), UplinkFrontEndConfig.port(3)));
        int[] delta = {0, 1, 0, 1};
        int[] wf = {1, 1, -1, -1};
        for (int v = 0; v < 4; v++) {
            assertEquals(delta[v], UplinkFrontEndConfig.comb(v), "Δ of layer " + v);
            assertEquals(wf[v], UplinkFrontEndConfig.occSign(v), "w_f(1) of layer " + v);
        }
        // spacing per layer for 1..4 layers: 2 = every pilot, 4 = pair centres
        int[][] spacing = {{2}, {2, 2}, {4, 2, 4}, {4, 4, 4, 4}};
        int[][] first = {{0}, {0, 1}, {1, 1, 1}, {1, 2, 1, 2}};
        for (int layers = 1; layers <= 4; layers++) {
            PilotGrid g = PilotGrid.type1(3, layers);
            assertTrue(java.util.Arrays.equals(spacing[layers - 1], g.spacing()), "spacing, " + layers + " layers");
            assertTrue(java.util.Arrays.equals(first[layers - 1], g.first()), "first, " + layers + " layers");
        }
        assertEquals(9, PilotGrid.type1(3, 4).count(0));
        assertEquals(18, PilotGrid.type1(3, 3).count(1));
    }

    /**
     * The joint filter separates the covers: per-RE values z(k) = h_a(k) + r(k')·h_b(k) with both channels linear
     * in k (a common delay slope plus different gains) give h_a back exactly on every subcarrier, where pair
     * averaging leaves half of h_b's change across a pair (checked to be ≥ 1e-3 here, so the comparison can fail).
     */
    @ParameterizedTest
    @CsvSource({"24, 4", "1, 4", "5, 3"})
    void jointLinearFilterSeparatesTheCoversOfLinearChannels(int nrb, int layers) {
        FrequencyFilter joint = FrequencyFilter.jointLinear(nrb, layers);
        assertTrue(joint.separatesCovers());
        PilotGrid g = joint.pilotGrid();
        FrequencyFilter pairs = FrequencyFilter.linear(nrb, layers);
        for (int v = 0; v < layers; v++) {
            if (!UplinkFrontEndConfig.sharesCdmGroup(v, layers)) {
                continue;
            }
            float[] z = new float[2 * g.count(v)];
            float[] zPair = new float[2 * pairs.pilotGrid().count(v)];
            for (int p = 0; p < g.count(v); p++) {
                int sc = g.position(v, p);
                float r = (p & 1) == 0 ? 1 : -1;
                z[2 * p] = (0.8f + 0.004f * sc) + r * (0.5f - 0.006f * sc);
                z[2 * p + 1] = (-0.3f + 0.002f * sc) + r * (0.2f + 0.005f * sc);
                zPair[2 * (p / 2)] += z[2 * p] / 2;
                zPair[2 * (p / 2) + 1] += z[2 * p + 1] / 2;
            }
            float[] h = new float[2 * 12 * nrb];
            float[] hPair = new float[2 * 12 * nrb];
            joint.apply(v, z, 0, h, 0);
            pairs.apply(v, zPair, 0, hPair, 0);
            double worstPair = 0;
            for (int i = 0; i < 12 * nrb; i++) {
                assertEquals(0.8f + 0.004f * i, h[2 * i], 1e-4, "re sc " + i + " layer " + v);
                assertEquals(-0.3f + 0.002f * i, h[2 * i + 1], 1e-4, "im sc " + i + " layer " + v);
                worstPair = Math.max(worstPair, Math.abs(hPair[2 * i] - (0.8f + 0.004f * i)));
            }
            assertTrue(worstPair >= 1e-3, "pair averaging unexpectedly exact: " + worstPair);
        }
    }

    /**
     * Through a static TDL-C300 channel (delays to 2.6 µs) at 40 dB, 4 layers of 64QAM on 8 RX: the joint filter's
     * LLR sign errors are at least 5× fewer than with pair averaging and linear interpolation (measured 5.1e-5 vs
     * 1.22e-3 of the bits, decision 095), whose floor is the CDM leakage.
     */
    @org.junit.jupiter.api.Test
    void jointFilterLowersTheCdmLeakageFloorInTdlC300() {
        OfdmConfig ofdm = new OfdmConfig(CarrierConfig.of(30, 24), 0.5, 0);
        long[] wrong = new long[2];
        long total = 0;
        for (int f = 0; f < 2; f++) {
            FrequencyFilter filter = f == 0 ? FrequencyFilter.jointLinear(20, 4) : FrequencyFilter.linear(20, 4);
            UplinkFrontEndConfig c = new UplinkFrontEndConfig(ofdm, 8, 4, 2, 20, 0, 14, new int[] {2, 11},
                    Modulation.QAM64, filter, 4);
            var ch = new org.airan.phy.channel.TdlChannel(org.airan.phy.channel.TdlConfig.of(
                    org.airan.phy.channel.TdlModel.TDL_C300.profile(0), 0.0, 4, 8, 21), ofdm.carrier());
            UplinkSlotFixture fx = new UplinkSlotFixture(c, 4, 40.0, 1, 9, ch);
            float[][] llr = new float[4][c.numLlrs()];
            try (UplinkFrontEnd fe = create(c)) {
                fe.process(fx.in, 6, fx.slot, fx.pilots, fx.noiseVariance, llr, 4);
            }
            total = 0;
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < c.numLlrs(); j++) {
                    total++;
                    if ((llr[i][j] > 0) != (fx.bits[i][j] == 0)) {
                        wrong[f]++;
                    }
                }
            }
        }
        assertTrue(wrong[1] >= 100, "pair averaging shows its floor: " + wrong[1] + " of " + total);
        assertTrue(5 * wrong[0] <= wrong[1], "joint " + wrong[0] + " vs pairs " + wrong[1] + " of " + total);
    }

    /** With FD-OCC pairs the linear filter interpolates from the pair centres 4q + 1 + Δ. */
    @ParameterizedTest
    @CsvSource({"24, 4", "1, 4", "5, 3"})
    void linearFilterOnPairCentresReproducesALinearChannel(int nrb, int layers) {
        PilotGrid g = PilotGrid.type1(nrb, layers);
        FrequencyFilter f = FrequencyFilter.linear(g);
        for (int v = 0; v < layers; v++) {
            float[] hLs = new float[2 * g.count(v)];
            for (int e = 0; e < g.count(v); e++) {
                int sc = g.position(v, e);
                hLs[2 * e] = 1 + 0.01f * sc;
                hLs[2 * e + 1] = -0.02f * sc;
            }
            float[] h = new float[2 * 12 * nrb];
            f.apply(v, hLs, 0, h, 0);
            for (int i = g.position(v, 0); i <= g.position(v, g.count(v) - 1); i++) {
                assertEquals(1 + 0.01f * i, h[2 * i], 1e-5, "re sc " + i + " layer " + v);
                assertEquals(-0.02f * i, h[2 * i + 1], 1e-5, "im sc " + i + " layer " + v);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void configDerivesSizesAndRefusesBadValues() {
        OfdmConfig ofdm = OfdmConfig.of(CarrierConfig.of(30, 273));
        UplinkFrontEndConfig c = UplinkFrontEndConfig.fullSlot(ofdm, 4, 2, Modulation.QAM64, 16);
        assertEquals(12 * 273, c.numSubcarriers());
        assertEquals(12 * 12 * 273, c.numDataRe());
        assertEquals(12 * 12 * 273 * 2 * 6, c.numLlrs());
        assertEquals(2 * 2 * 2 * 6 * 273, c.numPilotFloats());
        // 3 layers need the FD-OCC estimate grid (layers 0 and 2 de-spread): the 2-layer filter is refused.
        var grid = assertThrows(IllegalArgumentException.class, () -> new UplinkFrontEndConfig(ofdm, 4, 3, 0, 273, 0,
                14, new int[] {2}, Modulation.QPSK, FrequencyFilter.linear(273), 1));
        assertTrue(grid.getMessage().contains("estimate grid"), grid.getMessage());
        assertEquals(3, new UplinkFrontEndConfig(ofdm, 4, 3, 0, 273, 0, 14, new int[] {2}, Modulation.QPSK,
                FrequencyFilter.linear(273, 3), 1).numLayers());
        // The 4-layer filter also serves 1 and 2 layers only where the grids agree: not for 2 layers (no OCC).
        assertThrows(IllegalArgumentException.class, () -> new UplinkFrontEndConfig(ofdm, 4, 2, 0, 273, 0, 14,
                new int[] {2}, Modulation.QPSK, FrequencyFilter.linear(273, 4), 1));
        assertThrows(IllegalArgumentException.class, () -> new UplinkFrontEndConfig(ofdm, 4, 5, 0, 273, 0, 14,
                new int[] {2}, Modulation.QPSK, FrequencyFilter.linear(273, 4), 1));
        assertThrows(IllegalArgumentException.class, () -> new UplinkFrontEndConfig(ofdm, 2, 3, 0, 273, 0, 14,
                new int[] {2}, Modulation.QPSK, FrequencyFilter.linear(273, 3), 1));
        assertThrows(IllegalArgumentException.class, () -> new UplinkFrontEndConfig(ofdm, 4, 1, 0, 273, 0, 14,
                new int[] {14}, Modulation.QPSK, FrequencyFilter.linear(273), 1));
        assertThrows(IllegalArgumentException.class, () -> new UplinkFrontEndConfig(ofdm, 4, 1, 0, 273, 0, 14,
                new int[] {2}, Modulation.BPSK, FrequencyFilter.linear(273), 1));
        assertThrows(IllegalArgumentException.class, () -> new UplinkFrontEndConfig(ofdm, 4, 1, 1, 273, 0, 14,
                new int[] {2}, Modulation.QPSK, FrequencyFilter.linear(273), 1));
        var e = assertThrows(IllegalArgumentException.class, () -> new UplinkFrontEndConfig(ofdm, 0, 1, 0, 273, 0,
                14, new int[] {2}, Modulation.QPSK, FrequencyFilter.linear(273), 1));
        assertTrue(e.getMessage().contains("numRx"), e.getMessage());
    }

    /**
     * On a noisy frequency-selective channel (paths at 0 and {@code delay}, within τ_max) the LMMSE tap list
     * estimates the channel better than linear interpolation: mean squared error at least 3 dB lower at an LS SNR
     * of 10 dB. On the 2-layer grid with 1 µs / 2.3 µs the LMMSE over a 4-RB window averages ~24 pilots (linear
     * uses 2). On the FD-OCC pair-centre grids (spacing 4, 12 estimates per 4-RB window) half the pilot density
     * leaves less to average at that delay spread (measured 0.6 dB gain, decision 095), so they are checked at
     * 0.3 µs / 0.5 µs, where the gain is 4.4 dB.
     */
    @ParameterizedTest
    @CsvSource({"2, 4, 24, 1e-6, 2.3e-6", "4, 4, 12, 0.3e-6, 0.5e-6", "3, 4, 24, 0.3e-6, 0.5e-6"})
    void lmmseFilterBeatsLinearOnANoisyChannel(int layers, int windowRb, int expectedTaps, double delay, double tau) {
        int nrb = 24;
        double scs = 30e3;
        PilotGrid g = PilotGrid.type1(nrb, layers);
        FrequencyFilter lin = FrequencyFilter.linear(g);
        FrequencyFilter mmse = FrequencyFilter.lmmse(g, windowRb, scs, tau, 10.0);
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        double errLin = 0;
        double errMmse = 0;
        for (int trial = 0; trial < 20; trial++) {
            double g0r = r.nextGaussian() * 0.6, g0i = r.nextGaussian() * 0.6;
            double g1r = r.nextGaussian() * 0.4, g1i = r.nextGaussian() * 0.4;
            double[] h = new double[2 * 12 * nrb];
            for (int i = 0; i < 12 * nrb; i++) {
                double ph = -2 * Math.PI * scs * i * delay;
                h[2 * i] = g0r + g1r * Math.cos(ph) - g1i * Math.sin(ph);
                h[2 * i + 1] = g0i + g1r * Math.sin(ph) + g1i * Math.cos(ph);
            }
            for (int v = 0; v < layers; v++) {
                float[] hLs = new float[2 * g.count(v)];
                double sigma = Math.sqrt(0.1 / 2); // LS SNR 10 dB for a unit-power channel
                for (int p = 0; p < g.count(v); p++) {
                    int sc = g.position(v, p);
                    hLs[2 * p] = (float) (h[2 * sc] + sigma * r.nextGaussian());
                    hLs[2 * p + 1] = (float) (h[2 * sc + 1] + sigma * r.nextGaussian());
                }
                float[] a = new float[2 * 12 * nrb];
                float[] b = new float[2 * 12 * nrb];
                lin.apply(v, hLs, 0, a, 0);
                mmse.apply(v, hLs, 0, b, 0);
                for (int i = 0; i < 2 * 12 * nrb; i++) {
                    errLin += (a[i] - h[i]) * (a[i] - h[i]);
                    errMmse += (b[i] - h[i]) * (b[i] - h[i]);
                }
            }
        }
        assertTrue(errMmse * 2 < errLin, "LMMSE error " + errMmse + " vs linear " + errLin);
        assertEquals(expectedTaps, mmse.numTaps());
    }
}
