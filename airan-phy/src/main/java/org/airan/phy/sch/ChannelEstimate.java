package org.airan.phy.sch;

import java.util.Arrays;
import org.airan.phy.grid.ResourceGrid;

/**
 * A channel estimate for a shared-channel allocation: the complex gain H(rx, layer) at every RE of the slot that
 * carries data, as one {@link ResourceGrid} port per (receive antenna, layer) pair (port {@code rx·maxLayers +
 * layer}), plus the noise variance per receive antenna (E|n|² per RE, frequency domain). A channel estimator
 * ({@link SchChannelEstimator}) fills it from the DM-RS; a simulator with perfect CSI fills it with the true channel.
 * Sized once; not thread-safe.
 */
public final class ChannelEstimate {
    private final int maxRx;
    private final int maxLayers;
    private final ResourceGrid grid;
    private final float[] noiseVariance;
    private int numRx;
    private int numLayers;

    /**
     * @param maxRx          largest number of receive antennas
     * @param maxLayers      largest υ
     * @param numSubcarriers K of the grid (12·N_RB)
     */
    public ChannelEstimate(int maxRx, int maxLayers, int numSubcarriers) {
        if (maxRx < 1 || maxRx > 64 || maxLayers < 1 || maxLayers > 8) {
            throw new IllegalArgumentException("maxRx must be in [1, 64] and maxLayers in [1, 8], were " + maxRx
                    + ", " + maxLayers);
        }
        this.maxRx = maxRx;
        this.maxLayers = maxLayers;
        this.grid = ResourceGrid.allocate(maxRx * maxLayers, 14, numSubcarriers);
        this.noiseVariance = new float[maxRx];
        this.numRx = maxRx;
        this.numLayers = maxLayers;
    }

    /** Sets the dimensions in use (≤ the maxima). */
    public void configure(int rx, int layers) {
        if (rx < 1 || rx > maxRx || layers < 1 || layers > maxLayers) {
            throw new IllegalArgumentException("numRx must be in [1, " + maxRx + "] and numLayers in [1, " + maxLayers
                    + "], were " + rx + ", " + layers);
        }
        this.numRx = rx;
        this.numLayers = layers;
    }

    public int numRx() {
        return numRx;
    }

    public int numLayers() {
        return numLayers;
    }

    public int maxLayers() {
        return maxLayers;
    }

    /** The backing grid (ports rx·maxLayers + layer). */
    public ResourceGrid grid() {
        return grid;
    }

    /** Grid port of the pair (rx, layer). */
    public int port(int rx, int layer) {
        return rx * maxLayers + layer;
    }

    /** The array holding H(rx, layer) (index with {@code grid().offset(l, k)}). */
    public float[] data(int rx, int layer) {
        return grid.data(port(rx, layer));
    }

    public float noiseVariance(int rx) {
        return noiseVariance[rx];
    }

    public void setNoiseVariance(int rx, float value) {
        noiseVariance[rx] = value;
    }

    /** Sets every receive antenna's noise variance. */
    public void setNoiseVariance(float value) {
        Arrays.fill(noiseVariance, value);
    }

    /** Mean noise variance over the antennas in use. */
    public float meanNoiseVariance() {
        float s = 0;
        for (int i = 0; i < numRx; i++) {
            s += noiseVariance[i];
        }
        return s / numRx;
    }

    /** Copies dimensions, gains and noise variances of {@code src} (same maxima). */
    public void copyFrom(ChannelEstimate src) {
        grid.copyFrom(src.grid);
        System.arraycopy(src.noiseVariance, 0, noiseVariance, 0, noiseVariance.length);
        configure(src.numRx, src.numLayers);
    }
}
