package org.airan.phy.chest;

import java.util.Arrays;

/**
 * Result of a {@link ChannelEstimator}: the channel of every (receive antenna, DM-RS port) pair over the
 * allocation for every symbol of the slot, plus link measurements. Allocated once per configuration
 * ({@link #allocate}) and overwritten by each estimate.
 *
 * <p>{@code h(r·numPorts + j)} is symbol-major over the allocation: RE (l, k) (k relative to the allocation's
 * first subcarrier) at {@code 2·(l·K + k)}, K = 12·numPrb; the layout matches {@link org.airan.phy.mimo.Equalizer}
 * (pair index rx·numLayers + layer). The channel includes the DM-RS-to-data scaling: it is the channel a
 * unit-energy data symbol of that port sees.
 */
public final class ChannelEstimate {

    private final int numRx;
    private final int numPorts;
    private final int numSymbols;
    private final int numSubcarriers;
    private final float[][] h;
    private final float[] rsrp;
    private float noiseVariance;
    private float sinrDb;
    private double timingOffsetSeconds;

    private ChannelEstimate(int numRx, int numPorts, int numSymbols, int numSubcarriers) {
        this.numRx = numRx;
        this.numPorts = numPorts;
        this.numSymbols = numSymbols;
        this.numSubcarriers = numSubcarriers;
        this.h = new float[numRx * numPorts][2 * numSymbols * numSubcarriers];
        this.rsrp = new float[numPorts];
    }

    /** A result sized for {@code layout} with {@code numRx} receive antennas and a 14- (or 12-) symbol slot. */
    public static ChannelEstimate allocate(PilotLayout layout, int numRx, int numSymbols) {
        if (numRx < 1 || numRx > 64 || numSymbols < 1 || numSymbols > 14) {
            throw new IllegalArgumentException("numRx must be in [1, 64] and numSymbols in [1, 14], were " + numRx
                    + ", " + numSymbols);
        }
        return new ChannelEstimate(numRx, layout.numPorts(), numSymbols, layout.numSubcarriers());
    }

    /** Receive antennas. */
    public int numRx() {
        return numRx;
    }

    /** DM-RS ports (layers). */
    public int numPorts() {
        return numPorts;
    }

    /** Symbols per slot. */
    public int numSymbols() {
        return numSymbols;
    }

    /** Subcarriers of the allocation. */
    public int numSubcarriers() {
        return numSubcarriers;
    }

    /** The arrays of all pairs (index rx·numPorts + port), live (not copied). */
    public float[][] h() {
        return h;
    }

    /** The array of one pair, live. */
    public float[] h(int rx, int port) {
        return h[rx * numPorts + port];
    }

    /** Float index of RE (l, k) in an {@link #h(int, int)} array. */
    public int offset(int l, int k) {
        return 2 * (l * numSubcarriers + k);
    }

    /** Estimated complex noise variance N_0 per RE and receive antenna. */
    public float noiseVariance() {
        return noiseVariance;
    }

    /** Estimated DM-RS received power per RE (linear, averaged over receive antennas) of port j. */
    public float rsrp(int j) {
        return rsrp[j];
    }

    /** Estimated SINR in dB: mean RSRP over ports divided by the noise variance. */
    public float sinrDb() {
        return sinrDb;
    }

    /** Estimated timing offset in seconds (positive: the signal arrives late), from the phase slope over frequency. */
    public double timingOffsetSeconds() {
        return timingOffsetSeconds;
    }

    void setMeasurements(float n0, float sinr, double to) {
        this.noiseVariance = n0;
        this.sinrDb = sinr;
        this.timingOffsetSeconds = to;
    }

    void setRsrp(int j, float v) {
        rsrp[j] = v;
    }

    @Override
    public String toString() {
        return "ChannelEstimate[" + numRx + " rx × " + numPorts + " ports, N0=" + noiseVariance + ", SINR=" + sinrDb
                + " dB, TO=" + timingOffsetSeconds * 1e9 + " ns, RSRP=" + Arrays.toString(rsrp) + "]";
    }
}
