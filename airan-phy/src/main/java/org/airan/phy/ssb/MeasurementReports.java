package org.airan.phy.ssb;

/**
 * Report mappings of TS 38.133 §10.1 for SSB measurements:
 * <ul>
 *   <li>L1-RSRP (Table 10.1.6.1-1, L1 column): -140..-44 dBm at 1 dB; RSRP_16 for RSRP &lt; −140 dBm,
 *       RSRP_n for n − 157 ≤ RSRP &lt; n − 156, RSRP_113 for RSRP ≥ −44 dBm;</li>
 *   <li>L3 SS-RSRP (same table, L3 column): RSRP_0 for &lt; −156 dBm .. RSRP_126 for ≥ −31 dBm;</li>
 *   <li>differential L1-RSRP (Table 10.1.6.1-2, 4 bits): Δ = RSRP − max RSRP ≤ 0 dB, DIFFRSRP_n for
 *       −2(n+1) &lt; Δ ≤ −2n, DIFFRSRP_15 for Δ ≤ −30 dB;</li>
 *   <li>SS-SINR (Table 10.1.16.1-1): SINR_0 for &lt; −23 dB, SINR_n for (n − 47)/2 ≤ SINR &lt; (n − 46)/2,
 *       SINR_127 for ≥ 40 dB.</li>
 * </ul>
 * The tests check every boundary against the table files. NaN inputs map to the lowest report.
 */
public final class MeasurementReports {

    /** Lowest valid L1-RSRP report value. */
    public static final int L1_RSRP_MIN = 16;
    /** Highest valid L1-RSRP report value. */
    public static final int L1_RSRP_MAX = 113;

    private MeasurementReports() {
    }

    private static int clamp(long v, int lo, int hi) {
        return (int) Math.max(lo, Math.min(hi, v));
    }

    /** L1-RSRP report value (16..113) of an RSRP in dBm. */
    public static int l1RsrpReport(double rsrpDbm) {
        if (Double.isNaN(rsrpDbm)) {
            return L1_RSRP_MIN;
        }
        return clamp((long) Math.floor(Math.max(-1e6, Math.min(1e6, rsrpDbm))) + 157, L1_RSRP_MIN, L1_RSRP_MAX);
    }

    /** L3 SS-RSRP report value (0..126) of an RSRP in dBm. */
    public static int l3RsrpReport(double rsrpDbm) {
        if (Double.isNaN(rsrpDbm)) {
            return 0;
        }
        return clamp((long) Math.floor(Math.max(-1e6, Math.min(1e6, rsrpDbm))) + 157, 0, 126);
    }

    /**
     * Differential L1-RSRP report (0..15) of an RSRP relative to the largest reported RSRP.
     *
     * @param rsrpDbm    this resource's RSRP
     * @param maxRsrpDbm the largest RSRP in the report (≥ rsrpDbm; a larger rsrpDbm is treated as Δ = 0)
     */
    public static int differentialRsrpReport(double rsrpDbm, double maxRsrpDbm) {
        double delta = rsrpDbm - maxRsrpDbm;
        if (Double.isNaN(delta)) {
            return 15;
        }
        if (delta >= 0) {
            return 0;
        }
        // −2(n+1) < Δ ≤ −2n  <=>  n = ⌊−Δ/2⌋
        return clamp((long) Math.floor(Math.min(1e6, -delta / 2)), 0, 15);
    }

    /** SS-SINR report value (0..127) of a SINR in dB. */
    public static int sinrReport(double sinrDb) {
        if (Double.isNaN(sinrDb)) {
            return 0;
        }
        return clamp((long) Math.floor(Math.max(-1e6, Math.min(1e6, sinrDb)) * 2) + 47, 0, 127);
    }
}
