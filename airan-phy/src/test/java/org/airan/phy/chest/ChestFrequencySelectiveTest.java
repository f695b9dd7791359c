package org.airan.phy.chest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airan.phy.channel.TdlChannel;
import org.airan.phy.channel.TdlConfig;
import org.airan.phy.channel.TdlModel;
import org.airan.phy.grid.CarrierConfig;
import org.junit.jupiter.api.Test;

/**
 * Extends {@link ChestTest} (flat channel for the pilot-NMSE theory, TDL-C for LMMSE vs LS) to frequency-selective
 * TDL-A and TDL-C: at the DM-RS REs of a port alone on its CDM group the LS estimate is unbiased whatever the
 * selectivity, so its NMSE must follow 1/(g·N_avg·SNR) (g = β² the DM-RS power boost of TS 38.214 Table 4.1-1,
 * N_avg = 1) within 0.5 dB; over the allocation LMMSE must not be worse than LS + linear at any SNR.
 */
class ChestFrequencySelectiveTest {

    private static final CarrierConfig CARRIER = CarrierConfig.of(30, 52);
    /** The task's tolerance on the LS pilot NMSE against 1/(g·N_avg·SNR). */
    private static final double LS_NMSE_TOL_DB = 0.5;

    /** NMSE of the LS pilot estimates against the true channel at the same REs (NMSE relative to E|h|² = 1). */
    private static double pilotNmse(PilotLayout lay, TdlModel model, double ds, double snrDb, int slots) {
        int numRx = 2;
        LsChannelEstimator est = new LsChannelEstimator(lay, numRx, CARRIER, TimeInterpolation.LINEAR);
        ChannelEstimate out = ChannelEstimate.allocate(lay, numRx, 14);
        int kk = CARRIER.numSubcarriers();
        double err = 0;
        long cnt = 0;
        for (int s = 0; s < slots; s++) {
            TdlChannel ch = new TdlChannel(TdlConfig.of(model.profile(ds), 0, 1, numRx, 200 + s), CARRIER);
            ChestTest.Slot sl = new ChestTest.Slot(lay, numRx, ch, 0, snrDb, 17 + s);
            est.estimate(sl.rx, sl.dmrs, out);
            for (int o = 0; o < lay.numOccasions(); o++) {
                int l = lay.dmrsSymbols()[o];
                for (int r = 0; r < numRx; r++) {
                    float[] e = est.pilotEst[o * numRx + r];
                    float[] t = sl.truth[r];
                    for (int i = 0; i < est.numPilots[0]; i++) {
                        int k = (int) est.pilotOffset[0] + est.spacing[0] * i;
                        int to = 2 * (l * kk + k);
                        double dr = e[2 * i] - t[to];
                        double di = e[2 * i + 1] - t[to + 1];
                        err += dr * dr + di * di;
                        cnt++;
                    }
                }
            }
        }
        return err / cnt;
    }

    @Test
    void lsAtTheDmrsFollowsTheoryOnFrequencySelectiveChannels() {
        int[] syms = {2, 11};
        for (float beta : new float[] {1f, (float) Math.sqrt(2)}) {
            PilotLayout lay = new PilotLayout(1, 0, 52, syms, false, new int[] {0}, beta);
            for (Object[] m : new Object[][] {{TdlModel.TDL_A, 100e-9}, {TdlModel.TDL_C, 300e-9}}) {
                for (double snr : new double[] {0, 10, 20, 30}) {
                    double nmse = pilotNmse(lay, (TdlModel) m[0], (Double) m[1], snr, 4);
                    double want = 1 / (beta * beta * 1 * Math.pow(10, snr / 10));
                    assertEquals(10 * Math.log10(want), 10 * Math.log10(nmse), LS_NMSE_TOL_DB,
                            m[0] + " β²=" + beta * beta + " at " + snr + " dB");
                }
            }
        }
    }

    @Test
    void lmmseBeatsLinearOnTdlA() {
        PilotLayout lay = PilotLayout.type1(0, 52, new int[] {2, 11}, 0);
        for (double ds : new double[] {30e-9, 100e-9}) {
            ChannelEstimator ls = new LsChannelEstimator(lay, 1, CARRIER, TimeInterpolation.LINEAR);
            ChannelEstimator lm = new LmmseChannelEstimator(lay, 1, CARRIER, TimeInterpolation.LINEAR, ds);
            ChannelEstimate a = ChannelEstimate.allocate(lay, 1, 14);
            ChannelEstimate b = ChannelEstimate.allocate(lay, 1, 14);
            for (double snr : new double[] {-5, 0, 10, 20, 30, 40}) {
                double ea = 0;
                double eb = 0;
                for (int s = 0; s < 4; s++) {
                    TdlChannel ch = new TdlChannel(TdlConfig.of(TdlModel.TDL_A.profile(ds), 0, 1, 1, 300 + s),
                            CARRIER);
                    ChestTest.Slot sl = new ChestTest.Slot(lay, 1, ch, 0, snr, 9 + s);
                    ls.estimate(sl.rx, sl.dmrs, a);
                    lm.estimate(sl.rx, sl.dmrs, b);
                    for (int o = 0; o < a.h()[0].length; o += 2) {
                        float[] t = sl.truth[0];
                        ea += sq(a.h()[0][o] - t[o]) + sq(a.h()[0][o + 1] - t[o + 1]);
                        eb += sq(b.h()[0][o] - t[o]) + sq(b.h()[0][o + 1] - t[o + 1]);
                    }
                }
                assertTrue(eb <= ea, "TDL-A " + ds * 1e9 + " ns at " + snr + " dB: LMMSE " + 10 * Math.log10(eb / ea)
                        + " dB relative to LS");
            }
        }
    }

    private static double sq(double v) {
        return v * v;
    }
}
