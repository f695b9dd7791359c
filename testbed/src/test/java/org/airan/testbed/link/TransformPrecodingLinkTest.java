package org.airan.testbed.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.nr.McsTable;
import org.airan.phy.sch.TransformPrecoding;
import org.junit.jupiter.api.Test;

/**
 * BLER evidence for PUSCH transform precoding on AWGN: the 10% BLER point of DFT-s-OFDM and CP-OFDM for the same
 * MCS row and TBS. On a flat channel with perfect CSI the DFT spreading is unitary, so the de-spread noise is white
 * with the same variance and the LLRs have the same distribution: the two curves are the same in theory and differ
 * only by Monte-Carlo noise.
 */
class TransformPrecodingLinkTest {

    /** 10 PRB (2·5), QPSK row 2 of Table 5.1.3.1-2 (allowed with and without transform precoding): same TBS. */
    private static final int PRB = 10;
    private static final int MCS = 2;
    private static final int TBS_PER_POINT = 300;
    /**
     * Allowed |Δ| of the 10% points. With 300 TBs per point the BLER near 10% has a standard deviation of
     * √(0.1·0.9/300) ≈ 1.7% absolute (17% relative); the waterfall falls about a decade per 0.8 dB here, so one
     * σ moves the interpolated crossing by ≈ 0.8·log10(1.17) ≈ 0.06 dB, and the difference of two independent
     * estimates by ≈ 0.08 dB: 0.25 dB is ≈ 3σ.
     */
    private static final double MARGIN_DB = 0.25;

    @Test
    void tenPercentPointsAgreeOnAwgn() {
        LinkConfig cp = LinkConfig.awgn(SharedChannel.PUSCH, McsTable.TABLE2_QAM256, MCS, PRB, 14, 1, 1, -1.5, 0.25, -0.5,
                TBS_PER_POINT, 0, 11);
        LinkConfig tp = cp.withTransformPrecoding(TransformPrecoding.of(0));
        LinkSimulator cpSim = new LinkSimulator(cp);
        LinkSimulator tpSim = new LinkSimulator(tp);
        assertEquals(cpSim.pxsch().tbs(), tpSim.pxsch().tbs(), "same TBS");
        double a = tenPercentPoint(cpSim.run(null));
        double b = tenPercentPoint(tpSim.run(null));
        String m = String.format("10%% BLER: CP-OFDM %.3f dB, DFT-s-OFDM %.3f dB", a, b);
        System.out.println(m);
        assertTrue(Double.isFinite(a) && Double.isFinite(b), m + " (the sweep must bracket 10%)");
        assertTrue(Math.abs(a - b) <= MARGIN_DB, m);
    }

    static double tenPercentPoint(List<LinkPointResult> pts) {
        return TransformPrecodingCurvesSupport.tenPercentPoint(pts);
    }
}
