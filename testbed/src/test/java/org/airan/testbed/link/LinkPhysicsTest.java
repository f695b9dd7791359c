package org.airan.testbed.link;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.modulation.BicmCapacity;
import org.airan.phy.nr.McsTable;
import org.airan.phy.sch.PxschConfig;
import org.junit.jupiter.api.Test;

/**
 * Physics check of the whole chain: on AWGN with 1 layer and 1 antenna, the SNR at which the BLER crosses 10 % must lie
 * above the BICM capacity limit at the effective code rate (TBS + CRCs)/G — no code beats capacity — and within
 * {@link #MAX_GAP_DB} of it. Decoder: offset min-sum, at most {@link #ITERATIONS} iterations, early termination.
 */
class LinkPhysicsTest {

    /**
     * Largest accepted gap to the BICM limit. A 5G LDPC code of a few thousand bits at 10 % BLER with belief
     * propagation sits about 1 dB from capacity; offset min-sum with 10 iterations and a max-log demapper cost a
     * few tenths more. 2.5 dB is the bound asked of the chain; a bug (wrong LLR scale, sign, rate matching) moves
     * the curve far beyond it or never reaches 10 %.
     */
    static final double MAX_GAP_DB = 2.5;
    static final int ITERATIONS = 10;
    /** TBs per SNR point: the 10 % crossing is read off a BLER known to ±5 %, shifting the crossing ≲ 0.1 dB. */
    static final int TBS_PER_POINT = 40;
    static final double STEP_DB = 0.25;

    /** {table, mcs, numPrb}: QPSK R 0.37, 16QAM R 0.48, 64QAM R 0.75, 256QAM R 0.93, all TBS > 3000 bits. */
    private static final Object[][] CASES = {
        {McsTable.TABLE1_QAM64, 5, 32},
        {McsTable.TABLE1_QAM64, 13, 16},
        {McsTable.TABLE1_QAM64, 24, 8},
        {McsTable.TABLE2_QAM256, 27, 4},
    };

    @Test
    void bler10PercentLiesJustAboveTheBicmLimit() {
        for (Object[] c : CASES) {
            McsTable table = (McsTable) c[0];
            int mcs = (Integer) c[1];
            int prb = (Integer) c[2];
            LinkConfig probe = new LinkConfig(SharedChannel.PUSCH, table, mcs, prb, 14, 1, 1, 1, 0, 1, 0,
                    TBS_PER_POINT, 0, 7, ChannelModel.AWGN, 0, 0, ITERATIONS, 30, Estimation.PERFECT);
            PxschConfig px = probe.pxsch();
            double rate = px.effectiveCodeRate();
            assertTrue(px.tbs() > 3000 && rate > 0.2 && rate < 0.95, "case outside the checked range: " + px.tbs()
                    + " bits, rate " + rate);
            double limit = BicmCapacity.snrForRate(px.modulation(), rate * px.qm());
            double snr10 = crossing(table, mcs, prb, limit);
            String what = table + " MCS " + mcs + " (TBS " + px.tbs() + ", rate " + String.format("%.3f", rate)
                    + "): BICM limit " + String.format("%.2f", limit) + " dB, BLER 10 % at "
                    + String.format("%.2f", snr10) + " dB";
            System.out.println(what);
            assertTrue(snr10 > limit, "below capacity? " + what);
            assertTrue(snr10 < limit + MAX_GAP_DB, "too far from capacity: " + what);
        }
    }

    /** Steps up from the capacity limit until the BLER drops to ≤ 10 %; interpolates log BLER linearly. */
    private static double crossing(McsTable table, int mcs, int prb, double limit) {
        double prevSnr = Double.NaN;
        double prevBler = Double.NaN;
        for (int i = 0; i <= (int) ((MAX_GAP_DB + 0.5) / STEP_DB); i++) {
            double snr = limit + i * STEP_DB;
            LinkConfig cfg = new LinkConfig(SharedChannel.PUSCH, table, mcs, prb, 14, 1, 1, 1, snr, 1, snr,
                    TBS_PER_POINT, 0, 7, ChannelModel.AWGN, 0, 0, ITERATIONS, 30, Estimation.PERFECT);
            double bler = new LinkSimulator(cfg).run(null).get(0).bler()[0];
            if (bler <= 0.1) {
                if (i == 0) {
                    return snr; // already below 10 % at the limit: fails the "above capacity" check
                }
                double b0 = Math.log(Math.max(prevBler, 1e-3));
                double b1 = Math.log(Math.max(bler, 1e-3));
                double t = (b0 - Math.log(0.1)) / (b0 - b1);
                return prevSnr + t * (snr - prevSnr);
            }
            prevSnr = snr;
            prevBler = bler;
        }
        return Double.POSITIVE_INFINITY;
    }
}
