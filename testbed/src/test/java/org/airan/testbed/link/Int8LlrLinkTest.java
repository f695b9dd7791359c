package org.airan.testbed.link;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.modulation.LlrQuantizer;
import org.airan.phy.modulation.QuantizedSoftDemapper;
import org.airan.phy.modulation.SoftDemappers;
import org.airan.phy.nr.McsTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The BLER cost of int8 LLRs (the uplink front end's {@code INT8} output, decision 092) on the full link simulator:
 * PUSCH over TDLA30 (TS 38.104 Annex G.2.1) with 2 receive antennas, DM-RS LS estimation, MMSE, max-log demapping
 * with float LLRs and with the same LLRs through int8 at {@link LlrQuantizer#DEFAULT_SCALE}. Every SNR point of both
 * simulators runs with the same seed and point index, so payloads, fading (100 Hz Doppler, ~40 coherence times per
 * point) and unit noise are identical across points and formats: each curve is smooth in SNR and the two differ
 * only by the quantization. The SNR of 10% BLER is interpolated on a 0.25 dB grid. Long run only
 * ({@code -Dairan.long=true}).
 */
class Int8LlrLinkTest {

    /** As {@code Int8LlrBlerTest.MAX_INT8_COST_DB} in airan-phy: the budget decision 092 sets for int8 LLRs. */
    static final double MAX_INT8_COST_DB = 0.1;
    static final int TBS_PER_POINT = 400;
    /** Point index of every run: the same random streams at every SNR (common random numbers). */
    static final int POINT = 0;
    static final double STEP_DB = 0.25;

    @ParameterizedTest
    @CsvSource({"4", "16", "27"})
    void int8LlrsCostLittleOnTdl(int mcs) {
        Assumptions.assumeTrue(Boolean.getBoolean("airan.long"), "long sweep: run with -Dairan.long=true");
        // Coarse float sweep to place the fine grid.
        double guess = Double.NaN;
        LinkSimulator coarse = new LinkSimulator(config(mcs, 40));
        for (int i = 0; i < 20 && Double.isNaN(guess); i++) {
            double snr = -6 + 2 * i;
            if (coarse.runPoint(POINT, snr, null, 0).bler()[0] < 0.1) {
                guess = snr;
            }
        }
        assertTrue(!Double.isNaN(guess), "no SNR up to 32 dB reached 10% BLER at MCS " + mcs);
        LinkConfig cfg = config(mcs, TBS_PER_POINT);
        LinkSimulator f = new LinkSimulator(cfg);
        LinkSimulator q = new LinkSimulator(cfg, new QuantizedSoftDemapper(SoftDemappers.maxLog(),
                LlrQuantizer.DEFAULT_SCALE));
        int n = (int) Math.round(5 / STEP_DB) + 1;
        double[] snr = new double[n];
        double[] bf = new double[n];
        double[] bq = new double[n];
        for (int i = 0; i < n; i++) {
            snr[i] = guess - 4 + i * STEP_DB;
            bf[i] = f.runPoint(POINT, snr[i], null, 0).bler()[0];
            bq[i] = q.runPoint(POINT, snr[i], null, 0).bler()[0];
            System.out.printf(Locale.ROOT, "MCS %d TDLA30 %.2f dB: BLER float %.4f int8 %.4f%n", mcs, snr[i], bf[i],
                    bq[i]);
        }
        double sf = crossing(snr, bf);
        double sq = crossing(snr, bq);
        System.out.printf(Locale.ROOT, "| %d | TDLA30 100 Hz, 2 RX, LS | %.2f | %.2f | %+.3f |%n", mcs, sf, sq, sq - sf);
        assertTrue(!Double.isNaN(sf) && !Double.isNaN(sq), "10% BLER not crossed on the grid at MCS " + mcs);
        assertTrue(sq - sf <= MAX_INT8_COST_DB, "int8 LLRs cost " + (sq - sf) + " dB on TDLA30 at MCS " + mcs);
    }

    private static LinkConfig config(int mcs, int tbs) {
        return new LinkConfig(SharedChannel.PUSCH, McsTable.TABLE1_QAM64, mcs, 24, 14, 1, 1, 2, 0, 1, 0, tbs, 0, 11,
                ChannelModel.TDLA30, 30, 100, 10, 30, Estimation.LS);
    }

    /** First SNR at which the BLER falls to 10%, interpolated linearly between grid points; NaN if never. */
    static double crossing(double[] snr, double[] bler) {
        for (int i = 1; i < snr.length; i++) {
            if (bler[i - 1] >= 0.1 && bler[i] < 0.1) {
                return snr[i - 1] + (bler[i - 1] - 0.1) / (bler[i - 1] - bler[i]) * (snr[i] - snr[i - 1]);
            }
        }
        return Double.NaN;
    }
}
