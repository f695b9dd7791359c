package org.airan.phy.nr;

import java.util.List;
import org.airan.phy.modulation.Modulation;

/** The 4-bit CQI tables of TS 38.214 §5.2.2.1 (Tables 5.2.2.1-2, -3, -4), loaded from bundled verified copies. */
public enum CqiTable {
    /** Table 5.2.2.1-2 (up to 64QAM). */
    TABLE1("ts38214_table5.2.2.1-2_cqi_table1.csv"),
    /** Table 5.2.2.1-3 (up to 256QAM). */
    TABLE2("ts38214_table5.2.2.1-3_cqi_table2.csv"),
    /** Table 5.2.2.1-4 (64QAM, low spectral efficiency). */
    TABLE3("ts38214_table5.2.2.1-4_cqi_table3.csv");

    private final CqiEntry[] rows = new CqiEntry[16];

    CqiTable(String resource) {
        List<String[]> rs = org.airan.phy.BundledTables.rows(McsTable.class, resource);
        for (String[] r : rs) {
            int i = Integer.parseInt(r[0]);
            if (r[2].isEmpty()) {
                rows[i] = new CqiEntry(i, null, Double.NaN, Double.NaN);
            } else {
                rows[i] = new CqiEntry(i, Modulation.ofOrder(Integer.parseInt(r[2])), Double.parseDouble(r[3]),
                        Double.parseDouble(r[4]));
            }
        }
    }

    /** Row {@code cqi} (0..15). */
    public CqiEntry entry(int cqi) {
        if (cqi < 0 || cqi > 15) {
            throw new IllegalArgumentException("cqi must be in [0, 15] (TS 38.214 §5.2.2.1), was " + cqi);
        }
        return rows[cqi];
    }
}
