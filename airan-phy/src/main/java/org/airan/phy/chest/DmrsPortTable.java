package org.airan.phy.chest;


/**
 * DM-RS port parameters of TS 38.211 Tables 6.4.1.1.3-1/-2 (PUSCH) and 7.4.1.1.2-1/-2 (PDSCH): CDM group λ, Δ,
 * w_f(k'), w_t(l'), from the bundled resource (its header names the source).
 */
final class DmrsPortTable {

    // [type-1][port] -> {lambda, delta, wf0, wf1, wt0, wt1}
    private static final int[][][] TABLE = load();

    private DmrsPortTable() {
    }

    private static int[][][] load() {
        int[][][] t = new int[2][12][];
        for (String[] f : org.airan.phy.BundledTables.rows(DmrsPortTable.class,
                "ts38211_dmrs_pxsch_port_parameters.csv")) {
            int type = Integer.parseInt(f[0]), p = Integer.parseInt(f[1]);
            t[type - 1][p] = new int[] {Integer.parseInt(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5]),
                    Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8])};
        }
        return t;
    }

    static int cdmGroup(int type, int port) {
        return TABLE[type - 1][port][0];
    }

    static int delta(int type, int port) {
        return TABLE[type - 1][port][1];
    }

    static int wf(int type, int port, int kPrime) {
        return TABLE[type - 1][port][2 + kPrime];
    }

    static int wt(int type, int port, int lPrime) {
        return TABLE[type - 1][port][4 + lPrime];
    }
}
