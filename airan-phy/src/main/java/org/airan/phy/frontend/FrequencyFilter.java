package org.airan.phy.frontend;

import java.util.Arrays;
import java.util.Objects;

/**
 * The channel estimator's frequency interpolation as a tap list: the estimate on subcarrier i of the allocation
 * for layer v is {@code h[i] = Σ_t w[v][i][t] · hLs[v][idx[v][i][t]]}, where hLs are the least-squares estimates
 * of that layer at the positions of its {@link PilotGrid} (estimate e on subcarrier first(v) + e·spacing(v):
 * every DMRS RE of the layer's CDM group, spacing 2, or every FD-OCC pair centre, spacing 4, TS 38.211
 * §6.4.1.1.3 type 1). Linear interpolation has 2 taps per subcarrier; an LMMSE filter computed on the CPU has one
 * tap per estimate of its RB window. The same list drives the CPU and GPU front ends, so they compute the same
 * estimate.
 */
public final class FrequencyFilter {

    private final String name;
    private final PilotGrid grid;
    private final int numLayers;
    private final int numSubcarriers;
    private final int numTaps;
    private final int[] index;
    private final float[] weight;
    private final boolean separatesCovers;

    /**
     * A filter over the estimates of {@link PilotGrid#type1 PilotGrid.type1(numSubcarriers / 12, numLayers)}.
     *
     * @see #FrequencyFilter(String, PilotGrid, int, int[], float[])
     */
    public FrequencyFilter(String name, int numLayers, int numSubcarriers, int numTaps, int[] index, float[] weight) {
        this(name, gridOf(numLayers, numSubcarriers), numTaps, index, weight);
    }

    private static PilotGrid gridOf(int numLayers, int numSubcarriers) {
        if (numSubcarriers < 12 || numSubcarriers % 12 != 0) {
            throw new IllegalArgumentException("numSubcarriers must be a positive multiple of 12, was "
                    + numSubcarriers);
        }
        return PilotGrid.type1(numSubcarriers / 12, numLayers);
    }

    /**
     * @param name     short description
     * @param grid     where each layer's LS estimates sit
     * @param numTaps  taps per subcarrier, ≥ 1
     * @param index    estimate index of tap t of subcarrier i of layer v at {@code (v·numSubcarriers + i)·numTaps
     *                 + t}, each in [0, grid.count(v))
     * @param weight   complex weights, interleaved, same order (2 floats per tap)
     */
    public FrequencyFilter(String name, PilotGrid grid, int numTaps, int[] index, float[] weight) {
        this(name, grid, numTaps, index, weight, false);
    }

    /**
     * @param separatesCovers true when the taps of a layer that shares its CDM group read per-RE LS values (not
     *                        de-spread) and cancel the other frequency cover themselves; such a filter may run on
     *                        {@link PilotGrid#type1PerRe}
     * @see #FrequencyFilter(String, PilotGrid, int, int[], float[])
     */
    public FrequencyFilter(String name, PilotGrid grid, int numTaps, int[] index, float[] weight,
                           boolean separatesCovers) {
        this.separatesCovers = separatesCovers;
        this.name = Objects.requireNonNull(name, "name");
        this.grid = Objects.requireNonNull(grid, "grid");
        this.numLayers = grid.numLayers();
        this.numSubcarriers = grid.numSubcarriers();
        if (numTaps < 1) {
            throw new IllegalArgumentException("numTaps must be ≥ 1, was " + numTaps);
        }
        int taps = numLayers * numSubcarriers * numTaps;
        if (index.length != taps || weight.length != 2 * taps) {
            throw new IllegalArgumentException("index must hold " + taps + " and weight " + 2 * taps
                    + " values, were " + index.length + " and " + weight.length);
        }
        for (int i = 0; i < taps; i++) {
            int v = i / (numSubcarriers * numTaps);
            if (index[i] < 0 || index[i] >= grid.count(v)) {
                throw new IllegalArgumentException("tap " + i + " of layer " + v + " refers to estimate " + index[i]
                        + ", outside [0, " + grid.count(v) + ")");
            }
        }
        this.numTaps = numTaps;
        this.index = index.clone();
        this.weight = weight.clone();
    }

    /**
     * Linear interpolation for 2 layers without FD-OCC (estimate p of layer v on subcarrier 2p + v):
     * {@code linear(PilotGrid.type1(numRb, 2))}.
     */
    public static FrequencyFilter linear(int numRb) {
        return linear(PilotGrid.type1(numRb, 2));
    }

    /** Linear interpolation over the front end's estimate grid for {@code numLayers} layers. */
    public static FrequencyFilter linear(int numRb, int numLayers) {
        return linear(PilotGrid.type1(numRb, numLayers));
    }

    /**
     * Linear interpolation between the two nearest estimates of each layer, the edge estimate's value held outside
     * the outermost estimates.
     */
    public static FrequencyFilter linear(PilotGrid grid) {
        int nsc = grid.numSubcarriers();
        int layers = grid.numLayers();
        int[] idx = new int[layers * nsc * 2];
        float[] w = new float[2 * idx.length];
        for (int v = 0; v < layers; v++) {
            int sp = grid.spacing(v);
            int count = grid.count(v);
            for (int i = 0; i < nsc; i++) {
                int t0 = (v * nsc + i) * 2;
                int rel = i - grid.first(v);
                int p;
                double frac;
                if (rel <= 0) {
                    p = 0;
                    frac = 0;
                } else if (rel >= sp * (count - 1)) {
                    p = count - 2;
                    frac = 1;
                } else {
                    p = rel / sp;
                    frac = (rel - sp * p) / (double) sp;
                }
                idx[t0] = p;
                idx[t0 + 1] = p + 1;
                w[2 * t0] = (float) (1 - frac);
                w[2 * (t0 + 1)] = (float) frac;
            }
        }
        return new FrequencyFilter("linear", grid, 2, idx, w);
    }

    /**
     * Joint linear interpolation that separates the FD-OCC covers itself, on {@link PilotGrid#type1PerRe}: a layer
     * that shares its CDM group reads the per-RE LS values z = h_a + (w_b/w_a)(k')·h_b of 4 consecutive pilots (two
     * pairs, k' = 0, 1, 0, 1, 8 subcarriers) and fits both covers' channels as straight lines — z(t) = a_0 + a_1·t
     * ± (b_0 + b_1·t), least squares, exact for 4 pilots — returning a_0 + a_1·t at the subcarrier. A change of
     * h_b that is linear across the window (a mean delay, a slope) then cancels, where pair averaging leaks half its
     * change across the pair into h_a; the price is noise (variance 5/16 of one pilot's at the window centre vs 1/2
     * for a pair average, more when extrapolating to the window's ends) and a wider support. The window is the pair
     * of pairs whose centre is nearest to the subcarrier. A layer alone in its group is interpolated linearly, as
     * {@link #linear(PilotGrid)}. 4 taps per subcarrier (2 zero-weight for those layers).
     */
    public static FrequencyFilter jointLinear(int numRb, int numLayers) {
        PilotGrid grid = PilotGrid.type1PerRe(numRb, numLayers);
        FrequencyFilter lin = linear(grid);
        int nsc = grid.numSubcarriers();
        int taps = 4;
        int[] idx = new int[numLayers * nsc * taps];
        float[] w = new float[2 * idx.length];
        int pairs = 3 * numRb;
        // Rows: t' = t − 1.5 for t = 0..3, r = +1, −1, +1, −1; columns 1, t', r, r·t'. M = (AᵀA)⁻¹Aᵀ, rows 0 and 1.
        double[][] a = new double[4][4];
        for (int t = 0; t < 4; t++) {
            double tc = t - 1.5;
            double r = (t & 1) == 0 ? 1 : -1;
            a[t] = new double[] {1, tc, r, r * tc};
        }
        org.ejml.data.DMatrixRMaj am = new org.ejml.data.DMatrixRMaj(a);
        org.ejml.data.DMatrixRMaj pinv = new org.ejml.data.DMatrixRMaj(4, 4);
        if (!org.ejml.dense.row.CommonOps_DDRM.invert(am, pinv)) {
            throw new IllegalStateException("joint OCC design matrix is singular");
        }
        for (int v = 0; v < numLayers; v++) {
            boolean shared = UplinkFrontEndConfig.sharesCdmGroup(v, numLayers);
            int delta = grid.first(v);
            for (int i = 0; i < nsc; i++) {
                int t0 = (v * nsc + i) * taps;
                if (!shared) {
                    int l0 = (v * nsc + i) * 2;
                    for (int t = 0; t < 2; t++) {
                        idx[t0 + t] = lin.index[l0 + t];
                        w[2 * (t0 + t)] = lin.weight[2 * (l0 + t)];
                    }
                    idx[t0 + 2] = lin.index[l0];
                    idx[t0 + 3] = lin.index[l0];
                    continue;
                }
                // Window of pairs n, n + 1 (pilots 2n..2n+3 at 4n + Δ + 2t), centre 4n + 3 + Δ nearest to i.
                int n = (int) Math.round((i - delta - 3) / 4.0);
                n = Math.max(0, Math.min(pairs - 2, n));
                double tc = (i - (4 * n + delta)) / 2.0 - 1.5;
                for (int t = 0; t < 4; t++) {
                    idx[t0 + t] = 2 * n + t;
                    w[2 * (t0 + t)] = (float) (pinv.get(0, t) + tc * pinv.get(1, t));
                }
            }
        }
        return new FrequencyFilter("joint linear (FD-OCC separated)", grid, taps, idx, w, true);
    }

    /**
     * LMMSE for 2 layers without FD-OCC: {@code lmmse(PilotGrid.type1(numRb, 2), ...)}.
     *
     * @see #lmmse(PilotGrid, int, double, double, double)
     */
    public static FrequencyFilter lmmse(int numRb, int windowRb, double subcarrierSpacingHz, double maxDelaySeconds,
                                        double snr) {
        return lmmse(PilotGrid.type1(numRb, 2), windowRb, subcarrierSpacingHz, maxDelaySeconds, snr);
    }

    /**
     * LMMSE interpolation per window of {@code windowRb} resource blocks: the estimate on subcarrier i of a window
     * is {@code W·hLs} over that window's estimates of the layer (12/spacing per RB), {@code W = R_hp (R_pp +
     * I/snr)⁻¹}, with the frequency correlation of a uniform power-delay profile on [0, τ_max]:
     * {@code r(Δf) = (1 − e^{−j2πΔf·τ_max}) / (j2πΔf·τ_max)}, r(0) = 1. Computed in double (EJML) once, here.
     * The tap count is that of the densest layer's window; a layer with fewer estimates per window (FD-OCC pairs)
     * and a last window shorter than {@code windowRb} pad with zero-weight taps.
     *
     * @param grid               where each layer's LS estimates sit
     * @param windowRb           RBs per window, ≥ 1
     * @param subcarrierSpacingHz Δf of the numerology (TS 38.211 §4.2)
     * @param maxDelaySeconds    τ_max of the assumed channel, ≥ 0 (e.g. the CP length)
     * @param snr                linear SNR of one LS estimate (after averaging over the DMRS symbols and, for
     *                           FD-OCC pairs, over the pair), &gt; 0
     */
    public static FrequencyFilter lmmse(PilotGrid grid, int windowRb, double subcarrierSpacingHz,
                                        double maxDelaySeconds, double snr) {
        int numRb = grid.numSubcarriers() / 12;
        if (windowRb < 1 || !(snr > 0) || !(maxDelaySeconds >= 0) || !(subcarrierSpacingHz > 0)) {
            throw new IllegalArgumentException("need windowRb ≥ 1, subcarrierSpacingHz > 0, "
                    + "maxDelaySeconds ≥ 0 and snr > 0, were " + windowRb + ", "
                    + subcarrierSpacingHz + ", " + maxDelaySeconds + ", " + snr);
        }
        int nsc = grid.numSubcarriers();
        int layers = grid.numLayers();
        int minSpacing = 4;
        for (int v = 0; v < layers; v++) {
            minSpacing = Math.min(minSpacing, grid.spacing(v));
        }
        int taps = 12 / minSpacing * Math.min(windowRb, numRb);
        int[] idx = new int[layers * nsc * taps];
        float[] w = new float[2 * idx.length];
        double x = 2 * Math.PI * subcarrierSpacingHz * maxDelaySeconds;
        for (int v = 0; v < layers; v++) {
            int sp = grid.spacing(v);
            int perRb = 12 / sp;
            for (int w0 = 0; w0 < numRb; w0 += windowRb) {
                int rbs = Math.min(windowRb, numRb - w0);
                int np = perRb * rbs;
                int p0 = perRb * w0;
                org.ejml.data.ZMatrixRMaj rpp = new org.ejml.data.ZMatrixRMaj(np, np);
                for (int a = 0; a < np; a++) {
                    for (int b = 0; b < np; b++) {
                        double[] c = correlation(sp * (a - b), x);
                        rpp.set(a, b, c[0] + (a == b ? 1 / snr : 0), c[1]);
                    }
                }
                org.ejml.data.ZMatrixRMaj inv = new org.ejml.data.ZMatrixRMaj(np, np);
                if (!org.ejml.dense.row.CommonOps_ZDRM.invert(rpp, inv)) {
                    throw new IllegalArgumentException("pilot correlation matrix is singular (snr=" + snr + ")");
                }
                org.ejml.data.ZMatrixRMaj rhp = new org.ejml.data.ZMatrixRMaj(1, np);
                org.ejml.data.ZMatrixRMaj row = new org.ejml.data.ZMatrixRMaj(1, np);
                for (int i = 12 * w0; i < 12 * (w0 + rbs); i++) {
                    for (int p = 0; p < np; p++) {
                        double[] c = correlation(i - grid.position(v, p0 + p), x);
                        rhp.set(0, p, c[0], c[1]);
                    }
                    org.ejml.dense.row.CommonOps_ZDRM.mult(rhp, inv, row);
                    int t0 = (v * nsc + i) * taps;
                    for (int t = 0; t < taps; t++) {
                        idx[t0 + t] = t < np ? p0 + t : p0;
                        w[2 * (t0 + t)] = t < np ? (float) row.getReal(0, t) : 0f;
                        w[2 * (t0 + t) + 1] = t < np ? (float) row.getImag(0, t) : 0f;
                    }
                }
            }
        }
        return new FrequencyFilter("lmmse " + windowRb + " RB, tau " + maxDelaySeconds + " s, snr " + snr, grid,
                taps, idx, w);
    }

    /** r(Δk) of a uniform PDP on [0, τ]: (1 − e^{−jΔk·x}) / (jΔk·x), x = 2πΔf·τ; {re, im}. */
    private static double[] correlation(int dk, double x) {
        double a = dk * x;
        if (Math.abs(a) < 1e-12) {
            return new double[] {1, 0};
        }
        // (1 − cos a + j sin a) / (j a) = sin a / a + j (cos a − 1) / a
        return new double[] {Math.sin(a) / a, (Math.cos(a) - 1) / a};
    }

    /** True when the taps separate the two FD-OCC covers of a CDM group from per-RE LS values themselves. */
    public boolean separatesCovers() {
        return separatesCovers;
    }

    /** Where each layer's LS estimates sit. */
    public PilotGrid pilotGrid() {
        return grid;
    }

    /** Layers covered. */
    public int numLayers() {
        return numLayers;
    }

    /** Subcarriers of the allocation. */
    public int numSubcarriers() {
        return numSubcarriers;
    }

    /** Taps per subcarrier. */
    public int numTaps() {
        return numTaps;
    }

    /** Copy of the tap pilot indices. */
    public int[] index() {
        return index.clone();
    }

    /** Copy of the interleaved complex tap weights. */
    public float[] weight() {
        return weight.clone();
    }

    /** Applies the filter of layer {@code v} to {@code hLs} (the layer's estimates from hLsOffset) into {@code h} (Modified). */
    public void apply(int v, float[] hLs, int hLsOffset, float[] h, int hOffset) {
        for (int i = 0; i < numSubcarriers; i++) {
            int t0 = (v * numSubcarriers + i) * numTaps;
            float re = 0;
            float im = 0;
            for (int t = 0; t < numTaps; t++) {
                float wr = weight[2 * (t0 + t)];
                float wi = weight[2 * (t0 + t) + 1];
                int p = hLsOffset + 2 * index[t0 + t];
                re += wr * hLs[p] - wi * hLs[p + 1];
                im += wr * hLs[p + 1] + wi * hLs[p];
            }
            h[hOffset + 2 * i] = re;
            h[hOffset + 2 * i + 1] = im;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrequencyFilter f && f.grid.equals(grid) && f.separatesCovers == separatesCovers
                && f.numTaps == numTaps && Arrays.equals(f.index, index) && Arrays.equals(f.weight, weight);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(index) * 31 + Arrays.hashCode(weight);
    }

    @Override
    public String toString() {
        return "FrequencyFilter[" + name + ", " + numLayers + " layers, " + numSubcarriers + " subcarriers, "
                + numTaps + " taps, spacing " + Arrays.toString(grid.spacing()) + "]";
    }
}
