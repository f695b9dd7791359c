package org.airan.phy.chest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.airan.phy.channel.AwgnChannel;
import org.airan.phy.channel.DelayProfile;
import org.airan.phy.channel.TdlChannel;
import org.airan.phy.channel.TdlConfig;
import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.dmrs.PxschDmrsGenerator;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
import org.junit.jupiter.api.Test;

/** The estimator fed by the DM-RS block: layout and sequences from {@link DmrsConfig}, grid from its mapper. */
class DmrsIntegrationTest {

    private static final CarrierConfig CARRIER = CarrierConfig.of(30, 51);

    @Test
    void layoutMatchesConfig() {
        DmrsConfig cfg = DmrsConfig.typical(SharedChannel.PUSCH, 0, 14, 3, 40, 1, 2, 17);
        PilotLayout lay = DmrsPilots.layoutOf(cfg);
        assertArrayEquals(cfg.dmrsSymbols(), lay.dmrsSymbols());
        assertArrayEquals(cfg.ports(), lay.ports());
        assertEquals(cfg.dmrsRePerSymbol(), lay.sequenceLength());
        assertEquals(1.4125f, lay.amplitude(), 1e-4f); // 3 dB boost, 2 CDM groups without data (TS 38.214 Table 6.2.2-1)
    }

    @Test
    void lsAtDmrsOfRealConfigFollowsTheory() {
        // 2 layers on ports 0, 1 (one CDM group, FD-OCC): N_avg = 2; β² = 1.995: NMSE = 1/(β²·2·SNR)
        DmrsConfig cfg = DmrsConfig.typical(SharedChannel.PUSCH, 0, 14, 0, 51, 1, 2, 321);
        PilotLayout lay = DmrsPilots.layoutOf(cfg);
        int numRx = 2, slots = 6;
        double snrDb = 10;
        LsChannelEstimator est = new LsChannelEstimator(lay, numRx, CARRIER, TimeInterpolation.LINEAR);
        ChannelEstimate out = ChannelEstimate.allocate(lay, numRx, 14);
        float[][] seq = new float[cfg.numDmrsSymbols()][2 * cfg.dmrsRePerSymbol()];
        PxschDmrsGenerator gen = new PxschDmrsGenerator();
        double err = 0;
        long cnt = 0;
        for (int s = 0; s < slots; s++) {
            ResourceGrid tx = ResourceGrid.forSlot(CARRIER, 2);
            gen.map(cfg, s, tx);
            TdlChannel ch = new TdlChannel(TdlConfig.of(DelayProfile.flatRayleigh(), 0, 2, numRx, 40 + s), CARRIER);
            int kk = CARRIER.numSubcarriers();
            float[][] h = new float[numRx * 2][2 * 14 * kk];
            ch.frequencyResponse(s, h, 0);
            ResourceGrid rx = ResourceGrid.forSlot(CARRIER, numRx);
            for (int r = 0; r < numRx; r++) {
                float[] y = rx.data(r);
                for (int j = 0; j < 2; j++) {
                    float[] hh = h[r * 2 + j], x = tx.data(j);
                    for (int i = 0; i < y.length; i += 2) {
                        y[i] += hh[i] * x[i] - hh[i + 1] * x[i + 1];
                        y[i + 1] += hh[i] * x[i + 1] + hh[i + 1] * x[i];
                    }
                }
                new AwgnChannel(100 + 7L * s + r).addNoiseForSnr(y, 0, y.length / 2, snrDb);
            }
            DmrsPilots.sequences(cfg, s, seq);
            est.estimate(rx, seq, out);
            for (int o = 0; o < lay.numOccasions(); o++) {
                for (int r = 0; r < numRx; r++) {
                    for (int j = 0; j < 2; j++) {
                        float[] e = est.pilotEst[(o * numRx + r) * 2 + j];
                        float[] t = h[r * 2 + j];
                        for (int i = 0; i < est.numPilots[j]; i++) {
                            double dr = e[2 * i] - t[0], di = e[2 * i + 1] - t[1];
                            err += dr * dr + di * di;
                            cnt++;
                        }
                    }
                }
            }
        }
        double beta2 = lay.amplitude() * lay.amplitude();
        double want = 1 / (beta2 * 2 * Math.pow(10, snrDb / 10));
        // 0.5 dB: the task's bound; the statistical error of 7 000 exponential terms is ≈ 0.05 dB
        assertEquals(10 * Math.log10(want), 10 * Math.log10(err / cnt), 0.5);
    }
}
