package org.airan.phy.modulation;

/**
 * BICM capacity of the NR constellations on the complex AWGN channel (the Shannon limit of a bit-interleaved coded
 * modulation receiver with ideal per-bit LLRs):
 * <pre>
 * C_BICM(SNR) = Σ_i ( 1 − E_{b, y} [ log2(1 + exp(−(1 − 2b)·λ_i(y))) ] ),   λ_i = exact log-MAP LLR of bit i
 * </pre>
 * in bit per complex symbol, SNR = E_s/N_0 with unit-energy symbols. Square QAM is two independent Gray PAMs with
 * noise variance N_0/2 per dimension, so C_QAM = 2·C_PAM; the expectation over the Gaussian noise is a trapezoid
 * rule over ±10 σ (exponentially accurate for these smooth integrands), the LLRs are exact (log-sum-exp over the
 * levels). BPSK / π/2-BPSK are one PAM-2 on the (1+j)/√2 axis. Double precision; deterministic; allocates per call
 * (not a hot path).
 */
public final class BicmCapacity {

    /** Trapezoid points over the noise range (error far below 1e-6 bit at the SNRs of interest). */
    static final int POINTS = 801;
    /** Half-width of the noise range in standard deviations. */
    static final double RANGE_SIGMAS = 10.0;

    private BicmCapacity() {
    }

    /** BICM capacity in bit per complex symbol at {@code snrDb} = 10·log10(E_s/N_0). */
    public static double capacity(Modulation mod, double snrDb) {
        double n0 = Math.pow(10, -snrDb / 10);
        if (!mod.isSquareQam()) {
            // d = ±(1+j)/√2: the projection on (1+j)/√2 is a PAM-2 with amplitude 1 and noise variance N0/2.
            return pamCapacity(1, 1.0, n0 / 2);
        }
        int m = mod.bitsPerDimension();
        return 2 * pamCapacity(m, mod.scale(), n0 / 2);
    }

    /**
     * Smallest SNR in dB at which the BICM capacity reaches {@code bitsPerSymbol} (bisection to 1e-4 dB).
     *
     * @throws IllegalArgumentException if {@code bitsPerSymbol} is not in (0, Q_m)
     */
    public static double snrForRate(Modulation mod, double bitsPerSymbol) {
        if (!(bitsPerSymbol > 0 && bitsPerSymbol < mod.bitsPerSymbol())) {
            throw new IllegalArgumentException("bitsPerSymbol must be in (0, " + mod.bitsPerSymbol() + ") for " + mod
                    + ", was " + bitsPerSymbol);
        }
        double lo = -20;
        double hi = 60;
        while (hi - lo > 1e-4) {
            double mid = 0.5 * (lo + hi);
            if (capacity(mod, mid) >= bitsPerSymbol) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /** Σ over the m bits of a Gray PAM with levels a·(±1, ±3, ..) and real noise variance s2 (TS 38.211 labels). */
    static double pamCapacity(int m, double a, double s2) {
        int n = 1 << m;
        double[] level = new double[n];
        int[] label = new int[n];
        for (int v = 0; v < n; v++) {
            int lv = m == 0 ? 1 : ModulationMapper.pamLevel(v, m);
            level[v] = a * lv;
            label[v] = v;
        }
        double sigma = Math.sqrt(s2);
        double h = 2 * RANGE_SIGMAS * sigma / (POINTS - 1);
        double[] w = new double[POINTS];
        double wsum = 0;
        for (int p = 0; p < POINTS; p++) {
            double z = -RANGE_SIGMAS * sigma + p * h;
            w[p] = Math.exp(-z * z / (2 * s2)) * ((p == 0 || p == POINTS - 1) ? 0.5 : 1.0);
            wsum += w[p];
        }
        double[] metric = new double[n];
        double loss = 0;
        for (int t = 0; t < n; t++) {
            for (int p = 0; p < POINTS; p++) {
                double y = level[t] - RANGE_SIGMAS * sigma + p * h;
                for (int v = 0; v < n; v++) {
                    double d = y - level[v];
                    metric[v] = -d * d / (2 * s2);
                }
                for (int j = 0; j < m; j++) {
                    int shift = m - 1 - j;
                    double l0 = logSum(metric, label, shift, 0);
                    double l1 = logSum(metric, label, shift, 1);
                    int b = (label[t] >>> shift) & 1;
                    double lam = b == 0 ? l0 - l1 : l1 - l0;
                    // log2(1 + e^{−λ}) computed stably.
                    double term = lam > 0 ? Math.log1p(Math.exp(-lam)) : -lam + Math.log1p(Math.exp(lam));
                    loss += w[p] * term / Math.log(2);
                }
            }
        }
        return m - loss / (wsum * n);
    }

    private static double logSum(double[] metric, int[] label, int shift, int bit) {
        double max = Double.NEGATIVE_INFINITY;
        for (int v = 0; v < metric.length; v++) {
            if (((label[v] >>> shift) & 1) == bit) {
                max = Math.max(max, metric[v]);
            }
        }
        double s = 0;
        for (int v = 0; v < metric.length; v++) {
            if (((label[v] >>> shift) & 1) == bit) {
                s += Math.exp(metric[v] - max);
            }
        }
        return max + Math.log(s);
    }
}
