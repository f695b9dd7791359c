package org.airan.phy.frontend;

import java.util.Arrays;
import org.airan.phy.modulation.Modulation;
import org.airan.phy.ofdm.OfdmConfig;

/**
 * What one {@link UplinkFrontEnd} processes: the carrier (through its OFDM configuration), the receive antennas,
 * one PUSCH allocation (layers, resource blocks, symbols, DMRS symbols, modulation) shared by every item of a
 * batch, the frequency filter of the channel estimator and the largest batch.
 *
 * <p>DMRS: configuration type 1 (TS 38.211 §6.4.1.1.3, Table 6.4.1.1.3-1), single symbol, layer v on DMRS port
 * {@link #port(int) port(v)} = 0, 2, 1, 3 for v = 0..3: layers 0 and 1 occupy CDM groups 0 (Δ = 0) and 1 (Δ = 1),
 * layers 2 and 3 add the second frequency cover w_f(k') = (+1, −1) of those groups (ports 1 and 3). A layer alone
 * in its CDM group is estimated at every one of its pilots (every other subcarrier); a layer that shares its group
 * (layers 0 and 2 from 3 layers on, 1 and 3 with 4 layers) is de-spread over each pilot pair k' ∈ {0, 1}, one
 * estimate per pair at the pair centre ({@link PilotGrid#type1}). DMRS symbols carry no data (two CDM groups
 * without data, TS 38.214 §6.2.2). The PUSCH chain ({@code org.airan.phy.sch}) transmits the same signal with
 * {@code DmrsConfig} ports {@code {0, 2, 1, 3}} (first υ of them).
 * *
 * @param ofdm          carrier and DFT window
 * @param numRx         receive antennas, in [1, {@value #MAX_RX}]
 * @param numLayers     layers, in [1, {@value #MAX_LAYERS}], at most numRx
 * @param startRb       first resource block of the allocation (TS 38.214 §6.1.2.2), ≥ 0
 * @param numRb         resource blocks of the allocation, ≥ 1, with startRb + numRb ≤ N_RB of the carrier
 * @param startSymbol   first OFDM symbol of the allocation in the slot (TS 38.214 §6.1.2.1), in [0, 13]
 * @param numSymbols    symbols of the allocation, ≥ 1, with startSymbol + numSymbols ≤ 14
 * @param dmrsSymbols   slot symbol indices l of the DMRS (TS 38.211 §6.4.1.1.3), ascending, inside the allocation,
 *                      at least one, and at least one allocation symbol left for data
 * @param modulation    square QAM: QPSK to 1024QAM (TS 38.211 §5.1.4-5.1.8)
 * @param filter        frequency interpolation of the LS estimates ({@link FrequencyFilter#linear}); its
 *                      {@link PilotGrid} must match {@code PilotGrid.type1(numRb, numLayers)} on the first numLayers
 *                      layers, or {@code PilotGrid.type1PerRe(numRb, numLayers)} for a filter that
 *                      {@link FrequencyFilter#separatesCovers() separates the FD-OCC covers} itself
 *                      ({@link FrequencyFilter#jointLinear})
 * @param maxBatch      largest number of items (cell-slots) per call, ≥ 1
 * @param io            sample format in and LLR format out ({@link UplinkIoFormat#FLOAT} unless given)
 * @param noiseEstimation where N_0 comes from: {@link NoiseEstimation#GIVEN} by the caller, or estimated from the
 *                      DMRS ({@link NoiseEstimation#DMRS}, needs at least 2 DMRS symbols)
 */
public record UplinkFrontEndConfig(OfdmConfig ofdm, int numRx, int numLayers, int startRb, int numRb,
                                   int startSymbol, int numSymbols, int[] dmrsSymbols, Modulation modulation,
                                   FrequencyFilter filter, int maxBatch, UplinkIoFormat io,
                                   NoiseEstimation noiseEstimation) {

    /** Largest number of receive antennas. */
    public static final int MAX_RX = 8;
    /** Largest number of layers (type-1 single-symbol DMRS: two CDM groups × two frequency covers). */
    public static final int MAX_LAYERS = 4;

    /** DMRS port of layer v (TS 38.211 Table 6.4.1.1.3-1), v = 0..3. */
    private static final int[] PORTS = {0, 2, 1, 3};

    public UplinkFrontEndConfig {
        if (ofdm == null) {
            throw new IllegalArgumentException("ofdm must not be null");
        }
        if (numRx < 1 || numRx > MAX_RX) {
            throw new IllegalArgumentException("numRx must be in [1, " + MAX_RX + "], was " + numRx);
        }
        if (numLayers < 1 || numLayers > MAX_LAYERS) {
            throw new IllegalArgumentException("numLayers must be in [1, " + MAX_LAYERS + "] (single-symbol DMRS type "
                    + "1: ports 0-3, TS 38.211 Table 6.4.1.1.3-1), was " + numLayers);
        }
        if (numLayers > numRx) {
            throw new IllegalArgumentException("numLayers=" + numLayers + " must not exceed numRx=" + numRx
                    + " (the MMSE equalizer separates at most as many layers as receive antennas)");
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
        if (filter == null || filter.numSubcarriers() != 12 * numRb || filter.numLayers() < numLayers
                || !(filter.pilotGrid().sameLayers(PilotGrid.type1(numRb, numLayers), numLayers)
                || filter.separatesCovers()
                && filter.pilotGrid().sameLayers(PilotGrid.type1PerRe(numRb, numLayers), numLayers))) {
            throw new IllegalArgumentException("filter must cover 12·numRb = " + 12 * numRb + " subcarriers and "
                    + numLayers + " layers on the estimate grid " + PilotGrid.type1(numRb, numLayers)
                    + " (FD-OCC pairs de-spread from 3 layers on, TS 38.211 §6.4.1.1.3; use FrequencyFilter.linear("
                    + "numRb, numLayers)) or, for a filter that separates the covers, " + PilotGrid.type1PerRe(numRb,
                    numLayers) + ", was " + filter);
        }
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be ≥ 1, was " + maxBatch);
        }
        if (io == null) {
            throw new IllegalArgumentException("io must not be null (UplinkIoFormat.FLOAT for float32 in and out)");
        }
        if (noiseEstimation == null) {
            throw new IllegalArgumentException("noiseEstimation must not be null (GIVEN or DMRS)");
        }
        if (noiseEstimation == NoiseEstimation.DMRS && dmrsSymbols.length < 2) {
            throw new IllegalArgumentException("noiseEstimation DMRS needs at least 2 DMRS symbols (an additional "
                    + "DMRS position, TS 38.211 Table 6.4.1.1.3-3), was " + Arrays.toString(dmrsSymbols));
        }
    }

    /** A configuration with float32 samples in and float32 LLRs out ({@link UplinkIoFormat#FLOAT}), N_0 given. */
    public UplinkFrontEndConfig(OfdmConfig ofdm, int numRx, int numLayers, int startRb, int numRb, int startSymbol,
                                int numSymbols, int[] dmrsSymbols, Modulation modulation, FrequencyFilter filter,
                                int maxBatch) {
        this(ofdm, numRx, numLayers, startRb, numRb, startSymbol, numSymbols, dmrsSymbols, modulation, filter,
                maxBatch, UplinkIoFormat.FLOAT, NoiseEstimation.GIVEN);
    }

    /** A configuration with the formats {@code io} and N_0 {@link NoiseEstimation#GIVEN} by the caller. */
    public UplinkFrontEndConfig(OfdmConfig ofdm, int numRx, int numLayers, int startRb, int numRb, int startSymbol,
                                int numSymbols, int[] dmrsSymbols, Modulation modulation, FrequencyFilter filter,
                                int maxBatch, UplinkIoFormat io) {
        this(ofdm, numRx, numLayers, startRb, numRb, startSymbol, numSymbols, dmrsSymbols, modulation, filter,
                maxBatch, io, NoiseEstimation.GIVEN);
    }

    /** This configuration with the formats {@code io}. */
    public UplinkFrontEndConfig withIo(UplinkIoFormat io) {
        return new UplinkFrontEndConfig(ofdm, numRx, numLayers, startRb, numRb, startSymbol, numSymbols, dmrsSymbols,
                modulation, filter, maxBatch, io, noiseEstimation);
    }

    /** This configuration with {@code n} as the noise estimation. */
    public UplinkFrontEndConfig withNoiseEstimation(NoiseEstimation n) {
        return new UplinkFrontEndConfig(ofdm, numRx, numLayers, startRb, numRb, startSymbol, numSymbols, dmrsSymbols,
                modulation, filter, maxBatch, io, n);
    }

    /** A full-slot allocation (symbols 0-13), DMRS in symbols 2 and 11, linear interpolation for the layers. */
    public static UplinkFrontEndConfig fullSlot(OfdmConfig ofdm, int numRx, int numLayers, Modulation modulation,
                                                int maxBatch) {
        int nrb = ofdm.carrier().numResourceBlocks();
        return new UplinkFrontEndConfig(ofdm, numRx, numLayers, 0, nrb, 0, ofdm.carrier().symbolsPerSlot(),
                new int[] {2, 11}, modulation, FrequencyFilter.linear(nrb, numLayers), maxBatch);
    }

    @Override
    public int[] dmrsSymbols() {
        return dmrsSymbols.clone();
    }

    /** DMRS pilots (REs of its CDM group) per layer and DMRS symbol: 6 per RB (every other subcarrier). */
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

    /** DMRS port of layer v: 0, 2, 1, 3 for v = 0..3 (TS 38.211 Table 6.4.1.1.3-1). */
    public static int port(int layer) {
        return PORTS[layer];
    }

    /** CDM-group offset Δ of layer v: Δ of its port (0 for ports 0/1, 1 for ports 2/3; TS 38.211 Table 6.4.1.1.3-1). */
    public static int comb(int layer) {
        return (PORTS[layer] >>> 1) & 1;
    }

    /** Frequency cover w_f(1) of layer v's port: +1 (ports 0, 2) or −1 (ports 1, 3); w_f(0) = +1. */
    public static int occSign(int layer) {
        return (PORTS[layer] & 1) == 0 ? 1 : -1;
    }

    /**
     * True when layer v shares its CDM group with another of {@code numLayers} layers (layers v and v XOR 2), so that
     * its estimate is de-spread over pilot pairs.
     */
    public static boolean sharesCdmGroup(int layer, int numLayers) {
        return (layer ^ 2) < numLayers;
    }

    /**
     * Pilots de-spread into one LS estimate of layer v: 2 at FD-OCC pair centres (a layer sharing its CDM group,
     * filter on {@link PilotGrid#type1}), else 1 (also with a filter that {@link FrequencyFilter#separatesCovers()}).
     */
    public int pilotSpan(int layer) {
        return filter.pilotGrid().spacing(layer) / 2;
    }

    /** Where each layer's LS estimates sit: the filter's grid. */
    public PilotGrid pilotGrid() {
        return filter.pilotGrid();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UplinkFrontEndConfig c && ofdm.equals(c.ofdm) && numRx == c.numRx
                && numLayers == c.numLayers && startRb == c.startRb && numRb == c.numRb
                && startSymbol == c.startSymbol && numSymbols == c.numSymbols
                && Arrays.equals(dmrsSymbols, c.dmrsSymbols) && modulation == c.modulation && filter.equals(c.filter)
                && maxBatch == c.maxBatch && io.equals(c.io) && noiseEstimation == c.noiseEstimation;
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
                + (io.llrs() == LlrFormat.INT8 ? " (LLR scale " + io.llrScale() + ")" : "") + ", N0 " + noiseEstimation
                + "]";
    }
}
