package org.airan.phy.ssb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.airan.phy.BundledTables;
import org.junit.jupiter.api.Test;

/** Every row boundary of the TS 38.133 tables, probed just inside each edge. */
class MeasurementReportsTest {

    /** Probe distance inside an interval edge, dB: smaller than the finest step (0.5 dB). */
    private static final double EPS = 1e-6;

    @Test
    void l1AndL3RsrpMatchTable10_1_6_1_1() {
        List<String[]> rows = BundledTables.rows(MeasurementReportsTest.class, "ts38133_table10.1.6.1-1_ss_rsrp_report_mapping.csv");
        int l1Rows = 0;
        for (String[] r : rows) {
            int value = Integer.parseInt(r[0]);
            if (value <= 126) {
                probe(value, r[2], r[3], false, MeasurementReports::l3RsrpReport);
            }
            if (r[5].equals("1")) {
                probe(value, r[6], r[7], false, MeasurementReports::l1RsrpReport);
                l1Rows++;
            }
        }
        assertEquals(98, l1Rows);
    }

    @Test
    void sinrMatchesTable10_1_16_1_1() {
        for (String[] r : BundledTables.rows(MeasurementReportsTest.class, "ts38133_table10.1.16.1-1_ss_sinr_report_mapping.csv")) {
            probe(Integer.parseInt(r[0]), r[2], r[3], false, MeasurementReports::sinrReport);
        }
    }

    @Test
    void differentialRsrpMatchesTable10_1_6_1_2() {
        for (String[] r : BundledTables.rows(MeasurementReportsTest.class, "ts38133_table10.1.6.1-2_diff_rsrp_report_mapping.csv")) {
            int value = Integer.parseInt(r[0]);
            // low < delta <= high
            double high = Double.parseDouble(r[3]);
            assertEquals(value, MeasurementReports.differentialRsrpReport(-80 + high, -80), "high edge " + value);
            assertEquals(value, MeasurementReports.differentialRsrpReport(-80 + high - 1, -80), "inside " + value);
            if (!r[2].isEmpty()) {
                double low = Double.parseDouble(r[2]);
                assertEquals(value, MeasurementReports.differentialRsrpReport(-80 + low + EPS, -80), "low " + value);
            }
        }
    }

    /** low <= x < high (empty = open). */
    private static void probe(int value, String lo, String hi, boolean unused,
                              java.util.function.DoubleToIntFunction f) {
        if (!lo.isEmpty()) {
            assertEquals(value, f.applyAsInt(Double.parseDouble(lo)), "low edge of " + value);
            assertEquals(value, f.applyAsInt(Double.parseDouble(lo) + 0.25), "inside " + value);
        }
        if (!hi.isEmpty()) {
            assertEquals(value, f.applyAsInt(Double.parseDouble(hi) - EPS), "high edge of " + value);
        }
        if (lo.isEmpty() && !hi.isEmpty()) {
            assertEquals(value, f.applyAsInt(Double.parseDouble(hi) - 10), "below " + value);
        }
    }
}
