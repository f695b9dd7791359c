package org.airan.phy.frontend;

import java.util.Arrays;

/**
 * Where each layer's least-squares channel estimates sit in frequency, the input geometry of a
 * {@link FrequencyFilter}: estimate e of layer v lies on allocation subcarrier {@code first(v) + e·spacing(v)}
 * (counted from the allocation's first subcarrier), e in [0, numSubcarriers/spacing(v)).
 *
 * <p>For the uplink front end's DMRS (configuration type 1, single symbol, TS 38.211 §6.4.1.1.3, pilots at
 * {@code k = 4n + 2k' + Δ}), {@link #type1} gives: a layer alone in its CDM group keeps one estimate per pilot
 * (spacing 2, first = Δ); a layer sharing its CDM group with the other frequency cover w_f(k') (ports 0+1 or 2+3)
 * gets one de-spread estimate per pilot pair k' ∈ {0, 1}, placed at the pair centre (spacing 4, first = Δ + 1).
 *
 * @param numSubcarriers subcarriers of the allocation, a positive multiple of 12 (12·N_RB)
 * @param first          per layer: subcarrier of estimate 0, in [0, spacing)
 * @param spacing        per layer: subcarriers between estimates, 2 or 4 (a divisor of 12)
 */
public record PilotGrid(int numSubcarriers, int[] first, int[] spacing) {

    public PilotGrid {
        if (numSubcarriers < 12 || numSubcarriers % 12 != 0) {
            throw new IllegalArgumentException("numSubcarriers must be a positive multiple of 12 (12·N_RB, TS 38.211 "
                    + "§4.4.4.1), was " + numSubcarriers);
        }
        if (first == null || spacing == null || first.length < 1 || first.length != spacing.length) {
            throw new IllegalArgumentException("first and spacing must hold one value per layer (≥ 1), were "
                    + Arrays.toString(first) + " and " + Arrays.toString(spacing));
        }
        first = first.clone();
        spacing = spacing.clone();
        for (int v = 0; v < first.length; v++) {
            if (spacing[v] != 2 && spacing[v] != 4) {
                throw new IllegalArgumentException("spacing[" + v + "] must be 2 (one estimate per type-1 DMRS RE) or"
                        + " 4 (one per FD-OCC pair, TS 38.211 §6.4.1.1.3), was " + spacing[v]);
            }
            if (first[v] < 0 || first[v] >= spacing[v]) {
                throw new IllegalArgumentException("first[" + v + "] must be in [0, spacing=" + spacing[v] + "), was "
                        + first[v]);
            }
        }
    }

    /**
     * The estimate grid of the uplink front end's DMRS for {@code numLayers} layers on ports {@link
     * UplinkFrontEndConfig#port(int)} (0, 2, 1, 3), configuration type 1, single symbol (TS 38.211 Table
     * 6.4.1.1.3-1).
     *
     * @param numRb     resource blocks of the allocation, ≥ 1
     * @param numLayers layers, in [1, {@value UplinkFrontEndConfig#MAX_LAYERS}]
     */
    public static PilotGrid type1(int numRb, int numLayers) {
        if (numRb < 1 || numLayers < 1 || numLayers > UplinkFrontEndConfig.MAX_LAYERS) {
            throw new IllegalArgumentException("need numRb ≥ 1 and numLayers in [1, " + UplinkFrontEndConfig.MAX_LAYERS
                    + "] (type-1 single-symbol DMRS, TS 38.211 Table 6.4.1.1.3-1), were " + numRb + ", " + numLayers);
        }
        int[] f = new int[numLayers];
        int[] s = new int[numLayers];
        for (int v = 0; v < numLayers; v++) {
            int delta = UplinkFrontEndConfig.comb(v);
            boolean despread = UplinkFrontEndConfig.sharesCdmGroup(v, numLayers);
            f[v] = despread ? delta + 1 : delta;
            s[v] = despread ? 4 : 2;
        }
        return new PilotGrid(12 * numRb, f, s);
    }

    /**
     * Every layer's estimates on every DMRS RE of its CDM group (spacing 2, first = Δ), FD-OCC not de-spread: the
     * input of a filter that separates the two covers itself ({@link FrequencyFilter#jointLinear}).
     */
    public static PilotGrid type1PerRe(int numRb, int numLayers) {
        PilotGrid g = type1(numRb, numLayers);
        int[] f = new int[numLayers];
        int[] s = new int[numLayers];
        for (int v = 0; v < numLayers; v++) {
            f[v] = UplinkFrontEndConfig.comb(v);
            s[v] = 2;
        }
        return new PilotGrid(g.numSubcarriers, f, s);
    }

    /** Layers described. */
    public int numLayers() {
        return first.length;
    }

    @Override
    public int[] first() {
        return first.clone();
    }

    @Override
    public int[] spacing() {
        return spacing.clone();
    }

    /** Subcarrier of estimate 0 of layer v. */
    public int first(int v) {
        return first[v];
    }

    /** Subcarriers between the estimates of layer v (2 or 4). */
    public int spacing(int v) {
        return spacing[v];
    }

    /** Estimates of layer v: numSubcarriers / spacing(v). */
    public int count(int v) {
        return numSubcarriers / spacing[v];
    }

    /** Allocation subcarrier of estimate e of layer v. */
    public int position(int v, int e) {
        return first[v] + e * spacing[v];
    }

    /** True when layers [0, layers) of both grids sit on the same subcarriers. */
    public boolean sameLayers(PilotGrid o, int layers) {
        if (o.numSubcarriers != numSubcarriers || layers > numLayers() || layers > o.numLayers()) {
            return false;
        }
        for (int v = 0; v < layers; v++) {
            if (o.first[v] != first[v] || o.spacing[v] != spacing[v]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PilotGrid g && g.numSubcarriers == numSubcarriers && Arrays.equals(g.first, first)
                && Arrays.equals(g.spacing, spacing);
    }

    @Override
    public int hashCode() {
        return numSubcarriers * 31 + Arrays.hashCode(first) * 17 + Arrays.hashCode(spacing);
    }

    @Override
    public String toString() {
        return "PilotGrid[" + numSubcarriers + " subcarriers, first " + Arrays.toString(first) + ", spacing "
                + Arrays.toString(spacing) + "]";
    }
}
