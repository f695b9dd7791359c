package org.airan.phy.chest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.airan.phy.channel.AwgnChannel;
import org.airan.phy.channel.DelayProfile;
import org.airan.phy.channel.TdlChannel;
import org.airan.phy.channel.TdlConfig;
import org.airan.phy.channel.TdlModel;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
import org.junit.jupiter.api.Test;

class ChestTest {

    /** 30 kHz, 52 RB: a 20 MHz-class carrier; the allocation spans it. */
    private static final CarrierConfig CARRIER = CarrierConfig.of(30, 52);
    /** Tolerance of the task: LS NMSE at the DM-RS REs within 0.5 dB of 1/(g·N_avg·SNR). */
    private static final double LS_NMSE_TOL_DB = 0.5;

    /** One simulated slot: truth, received grid, DM-RS. */
    static final class Slot {
        final float[][] truth; // [r·P + j] over allocation, all symbols
        final ResourceGrid rx;
        final float[][] dmrs;

        Slot(PilotLayout lay, int numRx, TdlChannel ch, long slot, double snrDb, long seed) {
            int kk = CARRIER.numSubcarriers(), ns = CARRIER.symbolsPerSlot(), np = lay.numPorts();
            float[][] h = new float[numRx * np][2 * ns * kk];
            ch.frequencyResponse(slot, h, 0);
            truth = h;
            SplittableRandom rnd = new SplittableRandom(seed);
            dmrs = new float[lay.numDmrsSymbols()][2 * lay.sequenceLength()];
            double a = Math.sqrt(0.5);
            for (float[] s : dmrs) {
                for (int i = 0; i < s.length; i++) {
                    s[i] = (float) (rnd.nextBoolean() ? a : -a);
                }
            }
            // transmitted grid per port: DM-RS on their REs, QPSK data elsewhere (data REs are ignored by the estimator)
            float[][] tx = new float[np][2 * ns * kk];
            int type = lay.configType(), span = lay.symbolsPerOccasion();
            for (int j = 0; j < np; j++) {
                for (int i = 0; i < tx[j].length; i++) {
                    tx[j][i] = (float) (rnd.nextBoolean() ? a : -a);
                }
            }
            for (int o = 0; o < lay.numOccasions(); o++) {
                for (int lp = 0; lp < span; lp++) {
                    int l = lay.dmrsSymbols()[o] + lp;
                    float[] seq = dmrs[o * span + lp];
                    // clear all REs of every CDM group used, then add each port's DM-RS
                    for (int j = 0; j < np; j++) {
                        for (int k = 0; k < kk; k++) {
                            tx[j][2 * (l * kk + k)] = 0;
                            tx[j][2 * (l * kk + k) + 1] = 0;
                        }
                    }
                    for (int j = 0; j < np; j++) {
                        int p = lay.ports()[j];
                        int d = DmrsPortTable.delta(type, p);
                        for (int m = 0; m < lay.sequenceLength(); m++) {
                            int n = m / 2, kp = m % 2;
                            int k = type == 1 ? 4 * n + 2 * kp + d : 6 * n + kp + d;
                            float w = lay.amplitude() * DmrsPortTable.wf(type, p, kp) * DmrsPortTable.wt(type, p, lp);
                            tx[j][2 * (l * kk + k)] = w * seq[2 * m];
                            tx[j][2 * (l * kk + k) + 1] = w * seq[2 * m + 1];
                        }
                    }
                }
            }
            rx = ResourceGrid.allocate(numRx, ns, kk);
            for (int r = 0; r < numRx; r++) {
                float[] y = rx.data(r);
                for (int j = 0; j < np; j++) {
                    float[] hh = h[r * np + j], x = tx[j];
                    for (int i = 0; i < y.length; i += 2) {
                        y[i] += hh[i] * x[i] - hh[i + 1] * x[i + 1];
                        y[i + 1] += hh[i] * x[i + 1] + hh[i + 1] * x[i];
                    }
                }
                new AwgnChannel(seed * 31 + r).addNoiseForSnr(y, 0, y.length / 2, snrDb);
            }
        }
    }

    /** NMSE over the allocation and all symbols (relative to E|h|² = 1) and the mean estimated N0. */
    private static double[] runNmse(PilotLayout lay, ChannelEstimator est, int numRx, DelayProfile prof, double snrDb,
                                    int slots) {
        double err = 0, ref = 0, n0 = 0;
        int kk = CARRIER.numSubcarriers();
        ChannelEstimate out = ChannelEstimate.allocate(lay, numRx, CARRIER.symbolsPerSlot());
        for (int s = 0; s < slots; s++) {
            TdlChannel ch = new TdlChannel(TdlConfig.of(prof, 0, lay.numPorts(), numRx, 100 + s), CARRIER);
            Slot sl = new Slot(lay, numRx, ch, 0, snrDb, 7 + s);
            est.estimate(sl.rx, sl.dmrs, out);
            n0 += out.noiseVariance();
            for (int q = 0; q < numRx * lay.numPorts(); q++) {
                float[] hh = out.h()[q], t = sl.truth[q];
                for (int o = 0; o < 2 * CARRIER.symbolsPerSlot() * kk; o += 2) {
                    double dr = hh[o] - t[o], di = hh[o + 1] - t[o + 1];
                    err += dr * dr + di * di;
                    // relative to the unit mean power of the normalized channel model (E|h|² = 1), so that the
                    // ratio does not carry the spread of a few Rayleigh draws of |h|²
                    ref += 1;
                }
            }
        }
        return new double[] {err / ref, n0 / slots};
    }

    /** NMSE of the LS pilot estimates themselves (flat channel: the truth is the same on every RE). */
    private static double pilotNmse(PilotLayout lay, DmrsChannelEstimator est, int numRx, double snrDb, int slots) {
        double err = 0, cnt = 0;
        int kk = CARRIER.numSubcarriers();
        ChannelEstimate out = ChannelEstimate.allocate(lay, numRx, CARRIER.symbolsPerSlot());
        for (int s = 0; s < slots; s++) {
            TdlChannel ch = new TdlChannel(TdlConfig.of(DelayProfile.flatRayleigh(), 0, lay.numPorts(), numRx, 100 + s),
                    CARRIER);
            Slot sl = new Slot(lay, numRx, ch, 0, snrDb, 7 + s);
            est.estimate(sl.rx, sl.dmrs, out);
            for (int o = 0; o < lay.numOccasions(); o++) {
                for (int r = 0; r < numRx; r++) {
                    for (int j = 0; j < lay.numPorts(); j++) {
                        float[] e = est.pilotEst[(o * numRx + r) * lay.numPorts() + j];
                        float[] t = sl.truth[r * lay.numPorts() + j];
                        for (int i = 0; i < est.numPilots[j]; i++) {
                            double dr = e[2 * i] - t[0], di = e[2 * i + 1] - t[1];
                            err += dr * dr + di * di;
                            cnt++;
                        }
                    }
                }
            }
        }
        return err / cnt;
    }

    private static void checkLsAtPilots(PilotLayout lay, double gNavg) {
        int numRx = 2;
        LsChannelEstimator ls = new LsChannelEstimator(lay, numRx, CARRIER, TimeInterpolation.LINEAR);
        for (double snr : new double[] {0, 10, 20}) {
            double nmse = pilotNmse(lay, ls, numRx, snr, 6);
            double want = 1 / (gNavg * Math.pow(10, snr / 10));
            assertEquals(10 * Math.log10(want), 10 * Math.log10(nmse), LS_NMSE_TOL_DB, lay + " at " + snr + " dB");
        }
    }

    @Test
    void lsNmseAtDmrsFollowsTheory() {
        int[] syms = {2, 11};
        checkLsAtPilots(PilotLayout.type1(0, 52, syms, 0), 1); // one port: N_avg = 1
        checkLsAtPilots(PilotLayout.type1(0, 52, syms, 0, 1), 2); // two FD-OCC ports: N_avg = 2
        checkLsAtPilots(new PilotLayout(1, 0, 52, syms, false, new int[] {0}, (float) Math.sqrt(2)), 2); // g = 2
        checkLsAtPilots(new PilotLayout(1, 0, 52, new int[] {2, 9}, true, new int[] {0, 4}, 1f), 2); // TD-OCC
        checkLsAtPilots(new PilotLayout(2, 0, 52, syms, false, new int[] {0, 1, 2}, 1f), 2); // type 2
    }

    @Test
    void lmmseBeatsLinearOverTheAllocationAtEverySnr() {
        PilotLayout one = PilotLayout.type1(0, 52, new int[] {2, 11}, 0);
        PilotLayout two = PilotLayout.type1(0, 52, new int[] {2, 7, 11}, 0, 1);
        // the FD-OCC pair (ports 0, 1) at 300 ns is the hard case: de-spreading LS floors near −24 dB from CDM
        // leakage, the joint LMMSE (no de-spreading) does not (decision 042)
        Object[][] cases = {{one, 300e-9}, {one, 100e-9}, {two, 100e-9}, {two, 300e-9}};
        for (Object[] c : cases) {
            PilotLayout lay = (PilotLayout) c[0];
            double ds = (Double) c[1];
            DelayProfile prof = TdlModel.TDL_C.profile(ds);
            ChannelEstimator ls = new LsChannelEstimator(lay, 1, CARRIER, TimeInterpolation.LINEAR);
            ChannelEstimator lm = new LmmseChannelEstimator(lay, 1, CARRIER, TimeInterpolation.LINEAR, ds);
            for (double snr : new double[] {-5, 0, 10, 20, 30}) {
                double a = runNmse(lay, ls, 1, prof, snr, 4)[0];
                double b = runNmse(lay, lm, 1, prof, snr, 4)[0];
                assertTrue(b <= a, lay + " at " + snr + " dB: LMMSE " + 10 * Math.log10(b) + " dB vs LS "
                        + 10 * Math.log10(a) + " dB");
            }
        }
    }

    @Test
    void noiseRsrpSinrAndTimingEstimates() {
        PilotLayout lay = PilotLayout.type1(0, 52, new int[] {2, 11}, 0);
        int numRx = 2;
        ChannelEstimator ls = new LsChannelEstimator(lay, numRx, CARRIER, TimeInterpolation.LINEAR);
        ChannelEstimate out = ChannelEstimate.allocate(lay, numRx, 14);
        double snr = 10, n0 = Math.pow(10, -snr / 10);
        double tau = 0.4e-6;
        DelayProfile delayed = new DelayProfile("delayed", new double[] {tau}, new double[] {1}, new boolean[] {false});
        TdlChannel ch = new TdlChannel(TdlConfig.of(delayed, 0, 1, numRx, 3), CARRIER);
        Slot sl = new Slot(lay, numRx, ch, 0, snr, 5);
        ls.estimate(sl.rx, sl.dmrs, out);
        // noise: 2·(312−2)·2 second differences, each |d|² ~ exponential: relative std 1/√1240 (×√(35/18) for
        // the overlap of neighbouring differences) ≈ 4 %; 15 % is > 3σ
        assertEquals(n0, out.noiseVariance(), 0.15 * n0, "noise variance");
        double hp = 0;
        for (int r = 0; r < numRx; r++) {
            hp += sl.truth[r][0] * sl.truth[r][0] + sl.truth[r][1] * sl.truth[r][1];
        }
        hp /= numRx;
        // RSRP of a flat channel: mean over 1248 pilot estimates with noise σ² = N0; bias removed
        assertEquals(hp, out.rsrp(0), 0.1 * hp, "RSRP");
        assertEquals(10 * Math.log10(hp / n0), out.sinrDb(), 1.0, "SINR dB");
        // timing: phase slope of a pure delay; the estimate averages 1240 phase steps at 10 dB
        assertEquals(tau, out.timingOffsetSeconds(), 10e-9, "timing offset");
    }
}
