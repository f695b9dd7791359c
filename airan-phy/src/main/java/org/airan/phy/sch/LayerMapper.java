package org.airan.phy.sch;

import java.util.Objects;

/**
 * Layer mapping of TS 38.211 §7.3.1.3 (PDSCH, Table 7.3.1.3-1) and §6.3.1.3 (PUSCH):
 * {@code x^(j)(i) = d(υ·i + j)} for one codeword on υ = 1..4 layers; with two codewords (5..8 layers, PDSCH only)
 * codeword 0 takes the first ⌊υ/2⌋ layers and codeword 1 the remaining ⌈υ/2⌉ (each mapped the same way).
 * Complex values are interleaved floats. The shared-channel chains fuse this with RE mapping (symbol υ·i + j goes
 * to layer j of data RE i) and do not call it; it is here as the reference and for other users.
 */
public final class LayerMapper {
    private LayerMapper() {
    }

    /** Layers carried by codeword {@code q} for a total of {@code numLayers} layers (TS 38.211 Table 7.3.1.3-1). */
    public static int layersOfCodeword(int numLayers, int q) {
        if (numLayers < 1 || numLayers > 8) {
            throw new IllegalArgumentException("numLayers must be in [1, 8] (TS 38.211 Table 7.3.1.3-1), was "
                    + numLayers);
        }
        if (numLayers <= 4) {
            if (q != 0) {
                throw new IllegalArgumentException("one codeword only for ≤ 4 layers (TS 38.211 Table 7.3.1.3-1), "
                        + "q was " + q);
            }
            return numLayers;
        }
        return q == 0 ? numLayers / 2 : numLayers - numLayers / 2;
    }

    /**
     * Maps {@code numLayers·symbolsPerLayer} codeword symbols to layers.
     *
     * @param d      codeword symbols (interleaved) from {@code dOffset}
     * @param layers Modified: {@code layers[firstLayer + j]} receives x^(j), 2·symbolsPerLayer floats from
     *               {@code layerOffset}
     */
    public static void map(float[] d, int dOffset, int numLayers, int symbolsPerLayer, float[][] layers,
                           int firstLayer, int layerOffset) {
        if (numLayers < 1 || numLayers > 4) {
            throw new IllegalArgumentException("a codeword has 1..4 layers (TS 38.211 Table 7.3.1.3-1), was "
                    + numLayers);
        }
        Objects.checkFromIndexSize(dOffset, 2 * numLayers * symbolsPerLayer, d.length);
        for (int j = 0; j < numLayers; j++) {
            float[] x = layers[firstLayer + j];
            Objects.checkFromIndexSize(layerOffset, 2 * symbolsPerLayer, x.length);
            for (int i = 0; i < symbolsPerLayer; i++) {
                int s = dOffset + 2 * (numLayers * i + j);
                x[layerOffset + 2 * i] = d[s];
                x[layerOffset + 2 * i + 1] = d[s + 1];
            }
        }
    }

    /** The inverse of {@link #map}: layer symbols back to codeword order. */
    public static void demap(float[][] layers, int firstLayer, int layerOffset, int numLayers, int symbolsPerLayer,
                             float[] d, int dOffset) {
        if (numLayers < 1 || numLayers > 4) {
            throw new IllegalArgumentException("a codeword has 1..4 layers (TS 38.211 Table 7.3.1.3-1), was "
                    + numLayers);
        }
        Objects.checkFromIndexSize(dOffset, 2 * numLayers * symbolsPerLayer, d.length);
        for (int j = 0; j < numLayers; j++) {
            float[] x = layers[firstLayer + j];
            for (int i = 0; i < symbolsPerLayer; i++) {
                int s = dOffset + 2 * (numLayers * i + j);
                d[s] = x[layerOffset + 2 * i];
                d[s + 1] = x[layerOffset + 2 * i + 1];
            }
        }
    }
}
