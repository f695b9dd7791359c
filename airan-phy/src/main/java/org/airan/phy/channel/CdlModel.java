package org.airan.phy.channel;

import java.util.List;

/**
 * Clustered-delay-line models CDL-A..E of TR 38.901 §7.7.1 (Tables 7.7.1-1..5 with their per-cluster angular
 * spreads and XPR). Delays are normalized (multiply by the desired delay spread, §7.7.3); cluster angles are in
 * degrees, AOD/ZOD at the base station and AOA/ZOA at the UE. CDL-D/E list their first cluster twice: a LOS
 * specular ray and a Laplacian cluster (K = 13.3 dB and 22 dB).
 */
public enum CdlModel {
    /** Table 7.7.1-1 (NLOS). */
    CDL_A("tr38901_table7.7.1-1_cdl_A.csv"),
    /** Table 7.7.1-2 (NLOS). */
    CDL_B("tr38901_table7.7.1-2_cdl_B.csv"),
    /** Table 7.7.1-3 (NLOS). */
    CDL_C("tr38901_table7.7.1-3_cdl_C.csv"),
    /** Table 7.7.1-4 (LOS). */
    CDL_D("tr38901_table7.7.1-4_cdl_D.csv"),
    /** Table 7.7.1-5 (LOS). */
    CDL_E("tr38901_table7.7.1-5_cdl_E.csv");

    private final String resource;

    CdlModel(String resource) {
        this.resource = resource;
    }

    /**
     * The model's clusters with delays scaled by {@code delaySpreadSeconds} and powers normalized to unit total.
     */
    public Clusters clusters(double delaySpreadSeconds) {
        if (!(delaySpreadSeconds > 0 && delaySpreadSeconds < 1e-3)) {
            throw new IllegalArgumentException("delaySpreadSeconds must be in (0, 1e-3) (TR 38.901 §7.7.3), was "
                    + delaySpreadSeconds);
        }
        List<String[]> rows = org.airan.phy.BundledTables.rows(TdlModel.class, resource);
        int n = rows.size();
        double[] d = new double[n], p = new double[n], aod = new double[n], aoa = new double[n], zod = new double[n],
                zoa = new double[n];
        boolean[] los = new boolean[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            String[] r = rows.get(i);
            d[i] = Double.parseDouble(r[1]) * delaySpreadSeconds;
            p[i] = Math.pow(10, Double.parseDouble(r[2]) / 10);
            total += p[i];
            aod[i] = Double.parseDouble(r[3]);
            aoa[i] = Double.parseDouble(r[4]);
            zod[i] = Double.parseDouble(r[5]);
            zoa[i] = Double.parseDouble(r[6]);
            los[i] = r.length > 7 && r[7].startsWith("LOS");
        }
        for (int i = 0; i < n; i++) {
            p[i] /= total;
        }
        String key = name().replace('_', '-');
        double[] spreads = null;
        for (String[] r : org.airan.phy.BundledTables.rows(TdlModel.class, "tr38901_cdl_per_cluster_parameters.csv")) {
            if (r[0].equals(key)) {
                spreads = new double[] {Double.parseDouble(r[1]), Double.parseDouble(r[2]), Double.parseDouble(r[3]),
                        Double.parseDouble(r[4]), Double.parseDouble(r[5])};
            }
        }
        if (spreads == null) {
            throw new IllegalStateException("per-cluster parameters of " + key + " missing from the bundled table");
        }
        return new Clusters(d, p, aod, aoa, zod, zoa, los, spreads[0], spreads[1], spreads[2], spreads[3], spreads[4]);
    }

    /**
     * Cluster parameters of a CDL model (angles in degrees, delays in seconds, powers linear and normalized).
     *
     * @param cAsdDeg per-cluster azimuth spread of departure c_ASD
     * @param cAsaDeg c_ASA
     * @param cZsdDeg c_ZSD
     * @param cZsaDeg c_ZSA
     * @param xprDb   cross-polarization power ratio
     */
    public record Clusters(double[] delaysSeconds, double[] powers, double[] aodDeg, double[] aoaDeg,
                           double[] zodDeg, double[] zoaDeg, boolean[] los, double cAsdDeg, double cAsaDeg,
                           double cZsdDeg, double cZsaDeg, double xprDb) {

        /** Number of clusters (rows, a LOS ray counted as one). */
        public int numClusters() {
            return powers.length;
        }

        /** Cluster angles of dimension d: 0 AOD, 1 AOA, 2 ZOD, 3 ZOA (the arrays themselves). */
        double[] angles(int d) {
            return switch (d) {
                case 0 -> aodDeg;
                case 1 -> aoaDeg;
                case 2 -> zodDeg;
                default -> zoaDeg;
            };
        }

        /**
         * These clusters with their angles scaled per TR 38.901 §7.7.5.1 (eq. 7.7-5): for every dimension with a
         * desired spread, φ_n ↦ (AS_desired/AS_model)·(φ_n − μ_model) + μ_desired with the RMS spread and mean of
         * {@link AngularSpread#rms} over the cluster powers; μ_desired defaults to μ_model. Delays, powers, the
         * per-cluster spreads c_AS and the XPR are unchanged. Returns this object when nothing is scaled.
         */
        public Clusters scaled(CdlAngleScaling scaling) {
            if (scaling == null) {
                return this;
            }
            double[][] out = new double[4][];
            boolean any = false;
            for (int d = 0; d < 4; d++) {
                double[] a = angles(d);
                double want = scaling.spread(d);
                if (Double.isNaN(want)) {
                    out[d] = a;
                    continue;
                }
                any = true;
                AngularSpread.Result r = AngularSpread.rms(a, powers);
                double mean = Double.isNaN(scaling.mean(d)) ? r.meanDeg() : scaling.mean(d);
                double k = r.spreadDeg() > 0 ? want / r.spreadDeg() : 0;
                double[] b = new double[a.length];
                for (int i = 0; i < a.length; i++) {
                    b[i] = k * r.deviations()[i] + mean;
                }
                out[d] = b;
            }
            if (!any) {
                return this;
            }
            return new Clusters(delaysSeconds, powers, out[0], out[1], out[2], out[3], los, cAsdDeg, cAsaDeg, cZsdDeg,
                    cZsaDeg, xprDb);
        }
    }
}
