package org.airan.phy.channel;

import java.util.List;

/**
 * Tapped-delay-line models: TDL-A..E of TR 38.901 §7.7.2 (Tables 7.7.2-1..5, delays normalized to the delay
 * spread, §7.7.3 scaling) and the simplified demodulation-test profiles TDL-A30, TDL-B100, TDL-C300 of
 * TS 38.101-4 Annex B.2.1 / TS 38.104 Annex G.2.1 (absolute delays in ns; the delay-spread argument is ignored).
 */
public enum TdlModel {
    /** TR 38.901 Table 7.7.2-1 (NLOS). */
    TDL_A("tr38901_table7.7.2-1_tdl_A.csv", true),
    /** TR 38.901 Table 7.7.2-2 (NLOS). */
    TDL_B("tr38901_table7.7.2-2_tdl_B.csv", true),
    /** TR 38.901 Table 7.7.2-3 (NLOS). */
    TDL_C("tr38901_table7.7.2-3_tdl_C.csv", true),
    /** TR 38.901 Table 7.7.2-4 (LOS, K1 = 13.3 dB). */
    TDL_D("tr38901_table7.7.2-4_tdl_D.csv", true),
    /** TR 38.901 Table 7.7.2-5 (LOS, K1 = 22 dB). */
    TDL_E("tr38901_table7.7.2-5_tdl_E.csv", true),
    /** TS 38.101-4 Annex B.2.1 / TS 38.104 Annex G.2.1 TDL-A30 (DS 30 ns). */
    TDL_A30("ts38101-4_tdl_a30.csv", false),
    /** TS 38.101-4 Annex B.2.1 / TS 38.104 Annex G.2.1 TDL-B100 (DS 100 ns). */
    TDL_B100("ts38101-4_tdl_b100.csv", false),
    /** TS 38.101-4 Annex B.2.1 / TS 38.104 Annex G.2.1 TDL-C300 (DS 300 ns). */
    TDL_C300("ts38101-4_tdl_c300.csv", false);

    private final String resource;
    private final boolean normalizedDelays;

    TdlModel(String resource, boolean normalizedDelays) {
        this.resource = resource;
        this.normalizedDelays = normalizedDelays;
    }

    /** True for TR 38.901 models whose delays are scaled by a desired delay spread (§7.7.3). */
    public boolean scalesWithDelaySpread() {
        return normalizedDelays;
    }

    /**
     * The model's profile, normalized to unit total power.
     *
     * @param delaySpreadSeconds desired RMS delay spread DS (TR 38.901 §7.7.3, e.g. 30e-9, 100e-9, 300e-9); must
     *                           be &gt; 0 for TDL-A..E, ignored for the fixed-delay test profiles
     */
    public DelayProfile profile(double delaySpreadSeconds) {
        if (normalizedDelays && !(delaySpreadSeconds > 0 && delaySpreadSeconds < 1e-3)) {
            throw new IllegalArgumentException("delaySpreadSeconds must be in (0, 1e-3) for " + name()
                    + " (TR 38.901 §7.7.3 delay scaling), was " + delaySpreadSeconds);
        }
        List<String[]> rows = org.airan.phy.BundledTables.rows(TdlModel.class, resource);
        int n = rows.size();
        double[] d = new double[n];
        double[] p = new double[n];
        boolean[] los = new boolean[n];
        for (int i = 0; i < n; i++) {
            String[] r = rows.get(i);
            d[i] = normalizedDelays ? Double.parseDouble(r[1]) * delaySpreadSeconds : Double.parseDouble(r[1]) * 1e-9;
            p[i] = Math.pow(10, Double.parseDouble(r[2]) / 10);
            los[i] = r.length > 3 && r[3].startsWith("LOS");
        }
        String label = normalizedDelays ? name().replace('_', '-') + " DS=" + Math.round(delaySpreadSeconds * 1e9) + "ns"
                : name().replace('_', '-');
        return new DelayProfile(label, d, p, los).normalized();
    }
}
