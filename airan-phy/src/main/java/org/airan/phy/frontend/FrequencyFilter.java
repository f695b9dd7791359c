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
