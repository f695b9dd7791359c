package org.airan.phy.channel;

/**
 * Antenna correlation levels of the multi-antenna TDL conditions of TS 38.101-4 Annex B.2.3 and TS 38.104
 * Annex G.2.3 (same construction as TS 36.101 Annex B.2.3 / TS 36.141 Annex B.5): per-end correlation matrices of
 * a uniform linear array, {@code R[i][j] = c^{((i-j)/(n-1))^2}} for n = 2 or 4 elements (for n = 2: [[1,c],[c,1]];
 * for n = 4 the exponents are 0, 1/9, 4/9, 1), and the spatial correlation {@code R_spat = R_gNB ⊗ R_UE}.
 *
 * <p>Values: low α = β = 0; medium gNB 0.3 / UE 0.9 (38.101-4: α = 0.3, β = 0.9; 38.104 lists the same physical
 * pair as α(UE) = 0.9, β(gNB) = 0.3); medium-A gNB 0.3 / UE 0.3874; high 0.9 / 0.9. The annexes round the 4×4
 * high-correlation matrix and add a small diagonal loading a (R + aI)/(1 + a) to keep it positive semidefinite;
 * this implementation uses the exact (unrounded) matrices, which are positive semidefinite, and takes their
 * symmetric square root by eigen-decomposition.
 */
public enum MimoCorrelation {
    /** No correlation (α = β = 0). */
    LOW(0, 0),
    /** gNB 0.3, UE 0.9. */
    MEDIUM(0.3, 0.9),
    /** gNB 0.3, UE 0.3874 (TS 38.101-4 "medium correlation A"). */
    MEDIUM_A(0.3, 0.3874),
    /** gNB 0.9, UE 0.9. */
    HIGH(0.9, 0.9);

    private final double gnb;
    private final double ue;

    MimoCorrelation(double gnb, double ue) {
        this.gnb = gnb;
        this.ue = ue;
    }

    /** Correlation coefficient between the outermost gNB antennas. */
    public double gnbCoefficient() {
        return gnb;
    }

    /** Correlation coefficient between the outermost UE antennas. */
    public double ueCoefficient() {
        return ue;
    }

    /**
     * The n×n correlation matrix of a uniform linear array with outermost correlation c:
     * {@code R[i][j] = c^{((i-j)/(n-1))^2}} (TS 38.101-4 Table B.2.3.1-1 form; n = 1 gives [1]).
     */
    public static double[][] arrayMatrix(int n, double c) {
        if (n < 1 || n > 64) {
            throw new IllegalArgumentException("number of antennas must be in [1, 64], was " + n);
        }
        if (!(c >= 0 && c <= 1)) {
            throw new IllegalArgumentException("correlation coefficient must be in [0, 1], was " + c);
        }
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    r[i][j] = 1;
                } else {
                    double e = (double) (i - j) / (n - 1);
                    r[i][j] = c == 0 ? 0 : Math.pow(c, e * e);
                }
            }
        }
        return r;
    }

    /**
     * Spatial correlation of vec(H) for an Nr×Nt channel with the pair index {@code q = rx·numTx + tx}:
     * {@code R[(r1,t1),(r2,t2)] = R_rx[r1][r2]·R_tx[t1][t2]}, where the gNB end uses {@link #gnbCoefficient()}
     * and the UE end {@link #ueCoefficient()}.
     *
     * @param downlink true when the transmitter is the gNB
     */
    public double[][] spatialMatrix(int numTx, int numRx, boolean downlink) {
        double[][] rt = arrayMatrix(numTx, downlink ? gnb : ue);
        double[][] rr = arrayMatrix(numRx, downlink ? ue : gnb);
        int n = numTx * numRx;
        double[][] r = new double[n][n];
        for (int r1 = 0; r1 < numRx; r1++) {
            for (int t1 = 0; t1 < numTx; t1++) {
                for (int r2 = 0; r2 < numRx; r2++) {
                    for (int t2 = 0; t2 < numTx; t2++) {
                        r[r1 * numTx + t1][r2 * numTx + t2] = rr[r1][r2] * rt[t1][t2];
                    }
                }
            }
        }
        return r;
    }
}
