package org.airan.phy.nr;

import java.util.List;
import org.airan.phy.modulation.Modulation;

/**
 * The MCS index tables of TS 38.214: {@code mcs-Table} for PDSCH (§5.1.3.1, also used by PUSCH without transform
 * precoding, §6.1.4.1) and the PUSCH transform-precoding tables (§6.1.4.1). Rows are loaded once from the bundled
 * verified copies of the tables.
 */
public enum McsTable {
    /** Table 5.1.3.1-1, up to 64QAM ("qam64"). */
    TABLE1_QAM64("ts38214_table5.1.3.1-1_mcs_index_table1.csv", false),
    /** Table 5.1.3.1-2, up to 256QAM ("qam256"). */
    TABLE2_QAM256("ts38214_table5.1.3.1-2_mcs_index_table2.csv", false),
    /** Table 5.1.3.1-3, 64QAM low spectral efficiency ("qam64LowSE"). */
    TABLE3_QAM64_LOW_SE("ts38214_table5.1.3.1-3_mcs_index_table3.csv", false),
    /** Table 5.1.3.1-4, up to 1024QAM ("qam1024", Rel-17). */
    TABLE4_QAM1024("ts38214_table5.1.3.1-4_mcs_index_table4_1024qam.csv", false),
    /** Table 6.1.4.1-1, PUSCH with transform precoding, 64QAM. */
    PUSCH_TP_TABLE1("ts38214_table6.1.4.1-1_pusch_tp_mcs_table1.csv", true),
    /** Table 6.1.4.1-2, PUSCH with transform precoding, 64QAM low SE. */
    PUSCH_TP_TABLE2("ts38214_table6.1.4.1-2_pusch_tp_mcs_table2.csv", true);

    private final McsEntry[] plain;
    private final McsEntry[] pi2Bpsk;
    private final boolean transformPrecoding;

    McsTable(String resource, boolean transformPrecoding) {
        this.transformPrecoding = transformPrecoding;
        List<String[]> rows = org.airan.phy.BundledTables.rows(McsTable.class, resource);
        plain = new McsEntry[rows.size()];
        pi2Bpsk = new McsEntry[rows.size()];
        for (String[] r : rows) {
            int i = Integer.parseInt(r[0]);
            if (transformPrecoding) {
                boolean reserved = Boolean.parseBoolean(r[6]);
                double se = r[5].isEmpty() ? Double.NaN : Double.parseDouble(r[5]);
                pi2Bpsk[i] = new McsEntry(i, qmToMod(Integer.parseInt(r[1]), true), rate(r[2]), se, reserved);
                plain[i] = new McsEntry(i, qmToMod(Integer.parseInt(r[3]), false), rate(r[4]), se, reserved);
            } else {
                boolean reserved = Boolean.parseBoolean(r[5]);
                double se = r[4].isEmpty() ? Double.NaN : Double.parseDouble(r[4]);
                plain[i] = new McsEntry(i, qmToMod(Integer.parseInt(r[1]), false), rate(r[3]), se, reserved);
                pi2Bpsk[i] = plain[i];
            }
        }
    }

    private static double rate(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static Modulation qmToMod(int qm, boolean pi2) {
        return qm == 1 ? (pi2 ? Modulation.PI_2_BPSK : Modulation.BPSK) : Modulation.ofOrder(qm);
    }

    /** True for the PUSCH transform-precoding tables of §6.1.4.1. */
    public boolean transformPrecoding() {
        return transformPrecoding;
    }

    /** Number of rows (32 for every table). */
    public int size() {
        return plain.length;
    }

    /** Largest I_MCS that is not reserved (28, 27, 28, 26, 27, 27). */
    public int maxDataMcs() {
        int m = 0;
        for (McsEntry e : plain) {
            if (!e.reserved()) {
                m = Math.max(m, e.index());
            }
        }
        return m;
    }

    /** Row {@code mcs} (with q = 2, i.e. tp-pi2BPSK not configured, for the transform-precoding tables). */
    public McsEntry entry(int mcs) {
        return entry(mcs, false);
    }

    /**
     * Row {@code mcs}; for the transform-precoding tables {@code tpPi2Bpsk} selects q = 1 (π/2-BPSK) for the rows
     * whose Q_m is q (TS 38.214 §6.1.4.1); ignored by the other tables.
     */
    public McsEntry entry(int mcs, boolean tpPi2Bpsk) {
        if (mcs < 0 || mcs >= plain.length) {
            throw new IllegalArgumentException("mcs must be in [0, " + (plain.length - 1) + "] for " + this
                    + " (TS 38.214 §5.1.3.1), was " + mcs);
        }
        return tpPi2Bpsk ? pi2Bpsk[mcs] : plain[mcs];
    }

    /** Row {@code mcs}, rejecting reserved rows (an initial transmission needs a code rate, TS 38.214 §5.1.3.1). */
    public McsEntry dataEntry(int mcs) {
        McsEntry e = entry(mcs);
        if (e.reserved()) {
            throw new IllegalArgumentException("mcs " + mcs + " of " + this + " is reserved (no target code rate; "
                    + "TS 38.214 §5.1.3.1 allows it only for retransmissions), use 0.." + maxDataMcs());
        }
        return e;
    }
}
