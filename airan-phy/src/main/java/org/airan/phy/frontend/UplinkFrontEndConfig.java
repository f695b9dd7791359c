package org.airan.phy.frontend;

import java.util.Arrays;
import org.airan.phy.modulation.Modulation;
import org.airan.phy.ofdm.OfdmConfig;

/**
 * What one {@link UplinkFrontEnd} processes: the carrier (through its OFDM configuration), the receive antennas,
 * one PUSCH allocation (layers, resource blocks, symbols, DMRS symbols, modulation) shared by every item of a
 * batch, the frequency filter of the channel estimator and the largest batch.
 *
 * <p>DMRS: configuration type 1 (TS 38.211 §6.4.1.1.3, Table 6.4.1.1.3-1), single symbol, layer 0 on DMRS port 0
 * (CDM group 0, Δ = 0) and layer 1 on port 2 (CDM group 1, Δ = 1), so each layer's pilots are every other
 * subcarrier and no FD-OCC de-spreading is needed. DMRS symbols carry no data (two CDM groups without data,
 * TS 38.214 §6.2.2). Layers 3-4 (which share CDM groups through the OCC) are not covered by this block.
 *
 * @param ofdm          carrier and DFT window
 * @param numRx         receive antennas, in [1, {@value #MAX_RX}]
 * @param numLayers     layers, in [1, {@value #MAX_LAYERS}]
 * @param startRb       first resource block of the allocation (TS 38.214 §6.1.2.2), ≥ 0
 * @param numRb         resource blocks of the allocation, ≥ 1, with startRb + numRb ≤ N_RB of the carrier
 * @param startSymbol   first OFDM symbol of the allocation in the slot (TS 38.214 §6.1.2.1), in [0, 13]
 * @param numSymbols    symbols of the allocation, ≥ 1, with startSymbol + numSymbols ≤ 14
 * @param dmrsSymbols   slot symbol indices l of the DMRS (TS 38.211 §6.4.1.1.3), ascending, inside the allocation,
 *                      at least one, and at least one allocation symbol left for data
 * @param modulation    square QAM: QPSK to 1024QAM (TS 38.211 §5.1.4-5.1.8)
 * @param filter        frequency interpolation of the LS estimates ({@link FrequencyFilter#linear})
 * @param maxBatch      largest number of items (cell-slots) per call, ≥ 1
 * @param io            sample format in and LLR format out ({@link UplinkIoFormat#FLOAT} unless given)
 */
public record UplinkFrontEndConfig(OfdmConfig ofdm, int numRx, int numLayers, int startRb, int numRb,
                                   int startSymbol, int numSymbols, int[] dmrsSymbols, Modulation modulation,
                                   FrequencyFilter filter, int maxBatch, UplinkIoFormat io) {

    /** Largest number of receive antennas. */
    public static final int MAX_RX = 8;
    /** Largest number of layers (type-1 DMRS without OCC: one layer per CDM group). */
    public static final int MAX_LAYERS = 2;

    public UplinkFrontEndConfig {
        if (ofdm == null) {
            throw new IllegalArgumentException("ofdm must not be null");
        }
        if (numRx < 1 || numRx > MAX_RX) {
            throw new IllegalArgumentException("numRx must be in [1, " + MAX_RX + "], was " + numRx);
        }
        if (numLayers < 1 || numLayers > MAX_LAYERS) {
            throw new IllegalArgumentException("numLayers must be in [1, " + MAX_LAYERS + "] (DMRS type 1, one layer "
                    + "per CDM group, TS 38.211 Table 6.4.1.1.3-1), was " + numLayers);
        }
        int nrb = ofdm.carrier().numResourceBlocks();
        if (startRb < 0 || numRb < 1 || startRb + numRb > nrb) {
            throw new IllegalArgumentException("startRb=" + startRb + ", numRb=" + numRb + " must lie in the carrier's "
                    + nrb + " RB (TS 38.214 §6.1.2.2)");
        }
        int syms = ofdm.carrier().symbolsPerSlot();
        if (startSymbol < 0 || numSymbols < 1 || startSymbol + numSymbols > syms) {
            throw new IllegalArgumentException("startSymbol=" + startSymbol + ", numSymbols=" + numSymbols
                    + " must lie in the slot's " + syms + " symbols (TS 38.214 §6.1.2.1)");
        }
        if (dmrsSymbols == null || dmrsSymbols.length < 1 || dmrsSymbols.length >= numSymbols) {
            throw new IllegalArgumentException("dmrsSymbols must hold 1 to numSymbols-1 = " + (numSymbols - 1)
                    + " symbols (TS 38.211 §6.4.1.1.3), was " + Arrays.toString(dmrsSymbols));
        }
        dmrsSymbols = dmrsSymbols.clone();
        for (int i = 0; i < dmrsSymbols.length; i++) {
            int l = dmrsSymbols[i];
            if (l < startSymbol || l >= startSymbol + numSymbols || (i > 0 && l <= dmrsSymbols[i - 1])) {
                throw new IllegalArgumentException("dmrsSymbols must be ascending and inside the allocation ["
                        + startSymbol + ", " + (startSymbol + numSymbols) + "), was " + Arrays.toString(dmrsSymbols));
            }
        }
        if (modulation == null || !modulation.isSquareQam()) {
            throw new IllegalArgumentException("modulation must be square QAM, QPSK to 1024QAM (TS 38.211 §5.1.4-"
                    + "5.1.8), was " + modulation);
        }
        if (filter == null || filter.numSubcarriers() != 12 * numRb || filter.numLayers() < numLayers) {
            throw new IllegalArgumentException("filter must cover 12·numRb = " + 12 * numRb + " subcarriers and "
                    + numLayers + " layers, was " + filter);
        }
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be ≥ 1, was " + maxBatch);
        }
        if (io == null) {
            throw new IllegalArgumentException("io must not be null (UplinkIoFormat.FLOAT for float32 in and out)");
        }
    }

    /** A configuration with float32 samples in and float32 LLRs out ({@link UplinkIoFormat#FLOAT}). */
    public UplinkFrontEndConfig(OfdmConfig ofdm, int numRx, int numLayers, int startRb, int numRb, int startSymbol,
                                int numSymbols, int[] dmrsSymbols, Modulation modulation, FrequencyFilter filter,
                                int maxBatch) {
        this(ofdm, numRx, numLayers, startRb, numRb, startSymbol, numSymbols, dmrsSymbols, modulation, filter,
                maxBatch, UplinkIoFormat.FLOAT);
    }

    /** This configuration with the formats {@code io}. */
    public UplinkFrontEndConfig withIo(UplinkIoFormat io) {
        return new UplinkFrontEndConfig(ofdm, numRx, numLayers, startRb, numRb, startSymbol, numSymbols, dmrsSymbols,
                modulation, filter, maxBatch, io);
    }

    /** A full-slot allocation (symbols 0-13), DMRS in symbols 2 and 11, linear interpolation. */
    public static UplinkFrontEndConfig fullSlot(OfdmConfig ofdm, int numRx, int numLayers, Modulation modulation,
                                                int maxBatch) {
        int nrb = ofdm.carrier().numResourceBlocks();
        return new UplinkFrontEndConfig(ofdm, numRx, numLayers, 0, nrb, 0, ofdm.carrier().symbolsPerSlot(),
                new int[] {2, 11}, modulation, FrequencyFilter.linear(nrb), maxBatch);
    }

    @Override
    public int[] dmrsSymbols() {
        return dmrsSymbols.clone();
    }

    /** DMRS pilots per layer and DMRS symbol: 6 per RB (every other subcarrier). */
    public int numPilots() {
        return 6 * numRb;
    }

    /** Subcarriers of the allocation, 12·numRb. */
    public int numSubcarriers() {
        return 12 * numRb;
    }

    /** Data symbols: the allocation's symbols that are not DMRS, ascending. */
    public int[] dataSymbols() {
        int[] d = new int[numSymbols - dmrsSymbols.length];
        int n = 0;
        for (int l = startSymbol; l < startSymbol + numSymbols; l++) {
            if (Arrays.binarySearch(dmrsSymbols, l) < 0) {
                d[n++] = l;
            }
        }
        return d;
    }

    /** Data resource elements per item: data symbols × 12·numRb. */
    public int numDataRe() {
        return (numSymbols - dmrsSymbols.length) * numSubcarriers();
    }

    /** LLRs per item: data REs × layers × Q_m. */
    public int numLlrs() {
        return numDataRe() * numLayers * modulation.bitsPerSymbol();
    }

    /** Floats of pilots per item: layers × DMRS symbols × pilots × 2. */
    public int numPilotFloats() {
        return 2 * numLayers * dmrsSymbols.length * numPilots();
    }

    /** CDM-group offset Δ of layer v (0 for port 0, 1 for port 2). */
    public static int comb(int layer) {
        return layer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UplinkFrontEndConfig c && ofdm.equals(c.ofdm) && numRx == c.numRx
                && numLayers == c.numLayers && startRb == c.startRb && numRb == c.numRb
                && startSymbol == c.startSymbol && numSymbols == c.numSymbols
                && Arrays.equals(dmrsSymbols, c.dmrsSymbols) && modulation == c.modulation && filter.equals(c.filter)
                && maxBatch == c.maxBatch && io.equals(c.io);
    }

    @Override
    public int hashCode() {
        return ofdm.hashCode() * 31 + Arrays.hashCode(dmrsSymbols) + 17 * numRb + numRx + 7 * io.hashCode();
    }

    @Override
    public String toString() {
        return "UplinkFrontEndConfig[" + ofdm.carrier() + ", " + numRx + " RX, " + numLayers + " layers, RB "
                + startRb + "+" + numRb + ", symbols " + startSymbol + "+" + numSymbols + ", DMRS "
                + Arrays.toString(dmrsSymbols) + ", " + modulation + ", " + filter + ", maxBatch " + maxBatch + ", " + io.label()
                + (io.llrs() == LlrFormat.INT8 ? " (LLR scale " + io.llrScale() + ")" : "") + "]";
    }
}
