package org.airan.phy.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airan.phy.grid.CarrierConfig;
import org.junit.jupiter.api.Test;

class CdlChannelTest {

    private static final CarrierConfig SMALL = CarrierConfig.of(15, 25);
    /** See TdlChannelTest: a mean of R draws of unit-mean, variance ≤ 1 variables, checked at 4σ = 4/√R. */
    private static final double SIGMAS = 4.0;

    @Test
    void unitPowerAndClusterPowersMatchTable() {
        CdlModel.Clusters cl = CdlModel.CDL_C.clusters(100e-9);
        int n = cl.numClusters();
        int seeds = 1000;
        double[] acc = new double[n];
        float[] c = new float[2 * n];
        for (int s = 0; s < seeds; s++) {
            CdlChannel ch = new CdlChannel(CdlConfig.of(CdlModel.CDL_C, 100e-9, 3.5e9, 3, AntennaArray.single(),
                    AntennaArray.single(), s), SMALL);
            ch.pathCoefficientsAt(0, c);
            for (int p = 0; p < n; p++) {
                acc[p] += c[2 * p] * c[2 * p] + c[2 * p + 1] * c[2 * p + 1];
            }
        }
        double total = 0;
        for (int p = 0; p < n; p++) {
            double got = acc[p] / seeds;
            total += got;
            assertEquals(cl.powers()[p], got, SIGMAS * cl.powers()[p] / Math.sqrt(seeds), "cluster " + p);
        }
        // std of a sum ≤ sum of stds = Σ P_n · 1 = 1
        assertEquals(1.0, total, SIGMAS / Math.sqrt(seeds));
    }

    @Test
    void tablesLoadWithLosSplitAndSpreads() {
        CdlModel.Clusters d = CdlModel.CDL_D.clusters(30e-9);
        assertTrue(d.los()[0]);
        assertEquals(13.3, 10 * Math.log10(d.powers()[0] / d.powers()[1]), 1e-9, "K of Table 7.7.1-4");
        assertEquals(11, d.xprDb(), 0);
        assertEquals(5, d.cAsdDeg(), 0);
        assertEquals(24, CdlModel.CDL_C.clusters(30e-9).numClusters());
    }

    @Test
    void losRayRotatesWithItsDoppler() {
        double fc = 3.5e9, v = 30;
        // UE travels toward azimuth 180°, the LOS arrival azimuth of CDL-D (AOA −180°, ZOA 81.5°)
        CdlConfig cfg = new CdlConfig(CdlModel.CDL_D, 30e-9, fc, v, Math.PI, AntennaArray.single(),
                AntennaArray.single(), true, 5, 8, 0);
        CdlChannel ch = new CdlChannel(cfg, SMALL);
        int np = ch.numPaths();
        float[] a = new float[2 * np], b = new float[2 * np];
        double dt = 2e-5;
        ch.pathCoefficientsAt(0, a);
        ch.pathCoefficientsAt(dt, b);
        double dphi = Math.atan2(b[1] * a[0] - b[0] * a[1], b[0] * a[0] + b[1] * a[1]);
        double nu = cfg.maxDopplerHz() * Math.sin(Math.toRadians(81.5));
        assertEquals(2 * Math.PI * nu * dt, dphi, 1e-4);
        double pLos = CdlModel.CDL_D.clusters(30e-9).powers()[0];
        assertEquals(pLos, a[0] * a[0] + a[1] * a[1], 1e-6, "LOS ray power");
    }

    @Test
    void beamTowardLosDepartureCollectsArrayGain() {
        int nt = 8;
        AntennaArray gnb = AntennaArray.ula(nt);
        CdlConfig cfg = CdlConfig.of(CdlModel.CDL_D, 30e-9, 3.5e9, 0, gnb, AntennaArray.single(), 9);
        CdlChannel ch = new CdlChannel(cfg, SMALL);
        float[] wLos = new float[2 * nt], wOff = new float[2 * nt];
        gnb.steeringVector(Math.toRadians(98.5), 0, wLos, 0); // LOS ZOD/AOD of Table 7.7.1-4
        gnb.steeringVector(Math.toRadians(98.5), Math.toRadians(50), wOff, 0);
        double pLos = CdlModel.CDL_D.clusters(30e-9).powers()[0];
        double gLos = ch.beamPower(0, 0, wLos, 0);
        double gOff = ch.beamPower(0, 0, wOff, 0);
        // coherent LOS: N·P_LOS = 7.6; the NLOS clusters (4.5 % of the power) add or subtract up to ≈ 2√(8·7.6·0.045)
        assertEquals(nt * pLos, gLos, 2 * Math.sqrt(nt * nt * pLos * 0.05) + 0.5);
        assertTrue(gOff < 0.2 * gLos, "off-beam " + gOff + " vs LOS beam " + gLos);

        // the beamformed response equals Σ_tx H[rx][tx]·w[tx] from the per-pair response
        int k = SMALL.numSubcarriers();
        float[][] h = new float[nt][2 * 14 * k];
        ch.frequencyResponse(0, h, 0);
        float[][] hb = {new float[2 * k]};
        ch.beamformedResponse(0, 3, wLos, 0, hb, 0);
        for (int sc = 0; sc < k; sc += 7) {
            double re = 0, im = 0;
            for (int s = 0; s < nt; s++) {
                int o = 2 * (3 * k + sc);
                re += h[s][o] * wLos[2 * s] - h[s][o + 1] * wLos[2 * s + 1];
                im += h[s][o] * wLos[2 * s + 1] + h[s][o + 1] * wLos[2 * s];
            }
            assertEquals(re, hb[0][2 * sc], 1e-4);
            assertEquals(im, hb[0][2 * sc + 1], 1e-4);
        }
    }

    @Test
    void elementPatternOfTable731() {
        AntennaArray a = new AntennaArray(1, 1, 1, 0.5, 0.5, AntennaArray.ElementPattern.TR38901, 0);
        assertEquals(8, 10 * Math.log10(a.gain(Math.PI / 2, 0)), 1e-9, "boresight 8 dBi");
        assertEquals(8 - 12, 10 * Math.log10(a.gain(Math.PI / 2, Math.toRadians(65))), 1e-9, "3 dB beamwidth 65°: −12 dB");
        assertEquals(8 - 30, 10 * Math.log10(a.gain(Math.PI / 2, Math.PI)), 1e-9, "front-back ratio 30 dB");
    }

    @Test
    void slantedReceiveElementsSeeTheCrossPolarRatio() {
        // TX vertical (ζ = 0), RX ±45° slants: each RX element gets cos²ζ + sin²ζ/κ = (1 + 1/κ)/2 of the power
        // (TR 38.901 eq. 7.5-28 with the model's XPR κ); CDL-A has XPR 10 dB
        AntennaArray rx = new AntennaArray(1, 1, 2, 0.5, 0.5, AntennaArray.ElementPattern.ISOTROPIC, 0);
        int seeds = 1000;
        double[] acc = new double[2];
        for (int s = 0; s < seeds; s++) {
            CdlChannel ch = new CdlChannel(CdlConfig.of(CdlModel.CDL_A, 100e-9, 3.5e9, 0, AntennaArray.single(), rx, s),
                    SMALL);
            float[] c = new float[2 * 2 * ch.numPaths()];
            ch.pathCoefficientsAt(0, c);
            for (int u = 0; u < 2; u++) {
                for (int p = 0; p < ch.numPaths(); p++) {
                    int o = 2 * (u * ch.numPaths() + p);
                    acc[u] += c[o] * c[o] + c[o + 1] * c[o + 1];
                }
            }
        }
        double want = 0.5 * (1 + 1 / Math.pow(10, 1.0));
        for (int u = 0; u < 2; u++) {
            assertEquals(want, acc[u] / seeds, SIGMAS * want / Math.sqrt(seeds), "RX element " + u);
        }
    }
}
