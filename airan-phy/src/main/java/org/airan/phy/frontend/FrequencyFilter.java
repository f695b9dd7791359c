package org.airan.phy.frontend;

import java.util.Arrays;
import java.util.Objects;

/**
 * The channel estimator's frequency interpolation as a tap list: the estimate on subcarrier i of the allocation
 * for layer v is {@code h[i] = Σ_t w[v][i][t] · hLs[v][idx[v][i][t]]}, where hLs are the least-squares estimates
 * at that layer's DMRS pilots (pilot p on subcarrier 2p + Δ_v, TS 38.211 §6.4.1.1.3 type 1). Linear
 * interpolation has 2 taps per subcarrier; an LMMSE filter computed on the CPU has one tap per pilot of its RB
 * window. The same list drives the CPU and GPU front ends, so they compute the same estimate.
 */
public final class FrequencyFilter {

    private final String name;
    private final int numLayers;
    private final int numSubcarriers;
    private final int numTaps;
    private final int[] index;
    private final float[] weight;

    /**
     * @param name           short description
     * @param numLayers      layers covered
     * @param numSubcarriers subcarriers of the allocation (12·N_RB)
     * @param numTaps        taps per subcarrier
     * @param index          pilot index of tap t of subcarrier i of layer v at {@code (v·numSubcarriers + i)·numTaps
     *                       + t}, each in [0, numSubcarriers/2)
     * @param weight         complex weights, interleaved, same order (2 floats per tap)
     */
    public FrequencyFilter(String name, int numLayers, int numSubcarriers, int numTaps, int[] index, float[] weight) {
        this.name = Objects.requireNonNull(name, "name");
        if (numLayers < 1 || numSubcarriers < 12 || numSubcarriers % 12 != 0 || numTaps < 1) {
            throw new IllegalArgumentException("need numLayers ≥ 1, numSubcarriers a positive multiple of 12 and "
                    + "numTaps ≥ 1, were " + numLayers + ", " + numSubcarriers + ", " + numTaps);
        }
        int taps = numLayers * numSubcarriers * numTaps;
        if (index.length != taps || weight.length != 2 * taps) {
            throw new IllegalArgumentException("index must hold " + taps + " and weight " + 2 * taps
                    + " values, were " + index.length + " and " + weight.length);
        }
        int pilots = numSubcarriers / 2;
        for (int i = 0; i < taps; i++) {
            if (index[i] < 0 || index[i] >= pilots) {
                throw new IllegalArgumentException("tap " + i + " refers to pilot " + index[i] + ", outside [0, "
                        + pilots + ")");
            }
        }
        this.numLayers = numLayers;
        this.numSubcarriers = numSubcarriers;
        this.numTaps = numTaps;
        this.index = index.clone();
        this.weight = weight.clone();
    }

    /**
     * Linear interpolation between the two nearest pilots of each layer (pilot p of layer v on subcarrier 2p + v),
     * the edge pilot's value held outside the outermost pilots; 2 layers.
     */
    public static FrequencyFilter linear(int numRb) {
        int nsc = 12 * numRb;
        int pilots = 6 * numRb;
        int layers = 2;
        int[] idx = new int[layers * nsc * 2];
        float[] w = new float[2 * idx.length];
        for (int v = 0; v < layers; v++) {
            for (int i = 0; i < nsc; i++) {
                int t0 = (v * nsc + i) * 2;
                int rel = i - v;
                int p;
                double frac;
                if (rel <= 0) {
                    p = 0;
                    frac = 0;
                } else if (rel >= 2 * (pilots - 1)) {
                    p = pilots - 2;
                    frac = 1;
                } else {
                    p = rel / 2;
                    frac = (rel - 2 * p) / 2.0;
                }
                idx[t0] = p;
                idx[t0 + 1] = p + 1;
                w[2 * t0] = (float) (1 - frac);
                w[2 * (t0 + 1)] = (float) frac;
            }
        }
        return new FrequencyFilter("linear", layers, nsc, 2, idx, w);
    }

    /**
     * LMMSE interpolation per window of {@code windowRb} resource blocks: the estimate on subcarrier i of a window
     * is {@code W·hLs} over that window's pilots (6·windowRb per layer), {@code W = R_hp (R_pp + I/snr)⁻¹}, with the
     * frequency correlation of a uniform power-delay profile on [0, τ_max]:
     * {@code r(Δf) = (1 − e^{−j2πΔf·τ_max}) / (j2πΔf·τ_max)}, r(0) = 1. Computed in double (EJML) once, here;
     * a last window shorter than {@code windowRb} uses its own pilots and zero-weight padding taps. 2 layers.
     *
     * @param numRb              resource blocks of the allocation
     * @param windowRb           RBs per window, ≥ 1
     * @param subcarrierSpacingHz Δf of the numerology (TS 38.211 §4.2)
     * @param maxDelaySeconds    τ_max of the assumed channel, ≥ 0 (e.g. the CP length)
     * @param snr                linear SNR of one LS estimate (after averaging over the DMRS symbols), &gt; 0
     */
    public static FrequencyFilter lmmse(int numRb, int windowRb, double subcarrierSpacingHz, double maxDelaySeconds,
                                        double snr) {
        if (windowRb < 1 || numRb < 1 || !(snr > 0) || !(maxDelaySeconds >= 0) || !(subcarrierSpacingHz > 0)) {
            throw new IllegalArgumentException("need numRb ≥ 1, windowRb ≥ 1, subcarrierSpacingHz > 0, "
                    + "maxDelaySeconds ≥ 0 and snr > 0, were " + numRb + ", " + windowRb + ", "
                    + subcarrierSpacingHz + ", " + maxDelaySeconds + ", " + snr);
        }
        int nsc = 12 * numRb;
        int layers = 2;
        int taps = 6 * Math.min(windowRb, numRb);
        int[] idx = new int[layers * nsc * taps];
        float[] w = new float[2 * idx.length];
        double x = 2 * Math.PI * subcarrierSpacingHz * maxDelaySeconds;
        for (int v = 0; v < layers; v++) {
            for (int w0 = 0; w0 < numRb; w0 += windowRb) {
                int rbs = Math.min(windowRb, numRb - w0);
                int np = 6 * rbs;
                int p0 = 6 * w0;
                org.ejml.data.ZMatrixRMaj rpp = new org.ejml.data.ZMatrixRMaj(np, np);
                for (int a = 0; a < np; a++) {
                    for (int b = 0; b < np; b++) {
                        double[] c = correlation(2 * (a - b), x);
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
                        int pilotSc = 2 * (p0 + p) + v;
                        double[] c = correlation(i - pilotSc, x);
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
        return new FrequencyFilter("lmmse " + windowRb + " RB, tau " + maxDelaySeconds + " s, snr " + snr, layers, nsc,
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

    /** Applies the filter of layer {@code v} to {@code hLs} (pilots from hLsOffset) into {@code h} (Modified). */
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
        return o instanceof FrequencyFilter f && f.numLayers == numLayers && f.numSubcarriers == numSubcarriers
                && f.numTaps == numTaps && Arrays.equals(f.index, index) && Arrays.equals(f.weight, weight);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(index) * 31 + Arrays.hashCode(weight);
    }

    @Override
    public String toString() {
        return "FrequencyFilter[" + name + ", " + numLayers + " layers, " + numSubcarriers + " subcarriers, "
                + numTaps + " taps]";
    }
}
