package org.airan.phy.grid;

import java.util.Arrays;
import java.util.Objects;

/**
 * A resource grid: ports × OFDM symbols × subcarriers of complex values, stored as one interleaved
 * {@code float[]} (re, im) per port, symbol-major. Resource element (l, k) of port p lies at
 * {@code data(p)[offset(l, k)]} (real part) and {@code data(p)[offset(l, k) + 1]} (imaginary part), with
 * {@code offset(l, k) = baseOffset + 2·(l·K + k)}. Subcarrier k = 0 is the lowest subcarrier of the grid
 * (TS 38.211 §4.4.4.1 convention).
 *
 * <p>A grid owns its arrays or is a {@linkplain #view view} into a larger grid (a subset of ports and a
 * contiguous run of symbols) that shares the arrays: views cost one small object and no copying. Views are
 * meant to be made once per configuration, not per slot.
 *
 * <p>Not thread-safe; distinct ports or symbols may be written by different threads.
 */
public final class ResourceGrid {

    private final float[][] ports;
    private final int numPorts;
    private final int numSymbols;
    private final int numSubcarriers;
    private final int baseOffset;

    private ResourceGrid(float[][] ports, int numSymbols, int numSubcarriers, int baseOffset) {
        this.ports = ports;
        this.numPorts = ports.length;
        this.numSymbols = numSymbols;
        this.numSubcarriers = numSubcarriers;
        this.baseOffset = baseOffset;
    }

    /** A zeroed grid. */
    public static ResourceGrid allocate(int numPorts, int numSymbols, int numSubcarriers) {
        if (numPorts < 1 || numSymbols < 1 || numSubcarriers < 1) {
            throw new IllegalArgumentException("grid dimensions must be positive, were ports=" + numPorts
                    + " symbols=" + numSymbols + " subcarriers=" + numSubcarriers);
        }
        long len = 2L * numSymbols * numSubcarriers;
        if (len > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("grid of " + numSymbols + " symbols × " + numSubcarriers
                    + " subcarriers does not fit one array");
        }
        float[][] arrays = new float[numPorts][(int) len];
        return new ResourceGrid(arrays, numSymbols, numSubcarriers, 0);
    }

    /** A zeroed grid holding one slot of {@code carrier} for {@code numPorts} ports. */
    public static ResourceGrid forSlot(CarrierConfig carrier, int numPorts) {
        return allocate(numPorts, carrier.symbolsPerSlot(), carrier.numSubcarriers());
    }

    /**
     * Wraps existing arrays (not copied). Each array must hold at least {@code 2·numSymbols·numSubcarriers}
     * floats.
     */
    public static ResourceGrid wrap(float[][] portArrays, int numSymbols, int numSubcarriers) {
        Objects.requireNonNull(portArrays, "portArrays");
        for (int p = 0; p < portArrays.length; p++) {
            if (portArrays[p] == null || portArrays[p].length < 2L * numSymbols * numSubcarriers) {
                throw new IllegalArgumentException("port " + p + " array must hold 2·" + numSymbols + "·"
                        + numSubcarriers + " floats");
            }
        }
        return new ResourceGrid(portArrays.clone(), numSymbols, numSubcarriers, 0);
    }

    /**
     * A view of ports {@code [firstPort, firstPort+numPorts)} and symbols {@code [firstSymbol,
     * firstSymbol+numSymbols)} sharing this grid's arrays.
     */
    public ResourceGrid view(int firstPort, int numPortsInView, int firstSymbol, int numSymbolsInView) {
        Objects.checkFromIndexSize(firstPort, numPortsInView, numPorts);
        Objects.checkFromIndexSize(firstSymbol, numSymbolsInView, numSymbols);
        if (numPortsInView < 1 || numSymbolsInView < 1) {
            throw new IllegalArgumentException("a view needs at least one port and one symbol");
        }
        float[][] sub = Arrays.copyOfRange(ports, firstPort, firstPort + numPortsInView);
        return new ResourceGrid(sub, numSymbolsInView, numSubcarriers, baseOffset + 2 * firstSymbol * numSubcarriers);
    }

    /** A view of one port, all symbols. */
    public ResourceGrid port(int p) {
        return view(p, 1, 0, numSymbols);
    }

    public int numPorts() {
        return numPorts;
    }

    public int numSymbols() {
        return numSymbols;
    }

    /** K: subcarriers per symbol. */
    public int numSubcarriers() {
        return numSubcarriers;
    }

    /** The backing array of port {@code p} (shared, not copied). */
    public float[] data(int p) {
        return ports[p];
    }

    /** Float index of the real part of RE (l, k) in {@link #data(int)}. */
    public int offset(int l, int k) {
        return baseOffset + 2 * (l * numSubcarriers + k);
    }

    /** Float index of the first RE of symbol {@code l}. */
    public int symbolOffset(int l) {
        return baseOffset + 2 * l * numSubcarriers;
    }

    public float re(int p, int l, int k) {
        return ports[p][offset(l, k)];
    }

    public float im(int p, int l, int k) {
        return ports[p][offset(l, k) + 1];
    }

    public void set(int p, int l, int k, float re, float im) {
        int o = offset(l, k);
        ports[p][o] = re;
        ports[p][o + 1] = im;
    }

    /** Zeroes every RE in this grid (or view). */
    public void clear() {
        int len = 2 * numSymbols * numSubcarriers;
        for (float[] a : ports) {
            Arrays.fill(a, baseOffset, baseOffset + len, 0f);
        }
    }

    /** Copies every RE of {@code src} (same shape) into this grid. */
    public void copyFrom(ResourceGrid src) {
        if (src.numPorts != numPorts || src.numSymbols != numSymbols || src.numSubcarriers != numSubcarriers) {
            throw new IllegalArgumentException("grid shapes differ: " + src.shape() + " vs " + shape());
        }
        int len = 2 * numSymbols * numSubcarriers;
        for (int p = 0; p < numPorts; p++) {
            System.arraycopy(src.ports[p], src.baseOffset, ports[p], baseOffset, len);
        }
    }

    /** Mean energy per RE of port {@code p} over the whole grid (|x|² averaged). */
    public double meanEnergy(int p) {
        float[] a = ports[p];
        int len = 2 * numSymbols * numSubcarriers;
        double s = 0;
        for (int i = baseOffset; i < baseOffset + len; i++) {
            s += (double) a[i] * a[i];
        }
        return s / (numSymbols * (double) numSubcarriers);
    }

    /** "ports×symbols×subcarriers". */
    public String shape() {
        return numPorts + "×" + numSymbols + "×" + numSubcarriers;
    }

    @Override
    public String toString() {
        return "ResourceGrid[" + shape() + "]";
    }
}
