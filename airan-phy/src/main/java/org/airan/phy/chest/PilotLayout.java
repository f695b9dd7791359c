package org.airan.phy.chest;

import java.util.Arrays;

/**
 * Where the PDSCH/PUSCH DM-RS of one allocation sit in a slot and which antenna ports they carry (TS 38.211
 * §7.4.1.1.2 / §6.4.1.1.3, CP-OFDM): type 1 at {@code k = 4n + 2k' + Δ}, type 2 at {@code k = 6n + k' + Δ}
 * (k counted from the first subcarrier of the allocation, which starts on a PRB boundary), on symbols
 * {@code l = l̄ + l'} with l' ∈ {0} (single-symbol) or {0, 1} (double-symbol), carrying
 * {@code β·w_f(k')·w_t(l')·r(2n + k')}. Port parameters (CDM group λ, Δ, w_f, w_t) are those of TS 38.211 Tables
 * 6.4.1.1.3-1/-2 and 7.4.1.1.2-1/-2 (port p here is the PUSCH port, PDSCH port 1000 + p).
 *
 * @param configType     DM-RS configuration type, 1 or 2 (dmrs-Type)
 * @param startPrb       first PRB of the allocation within the grid, 0..274
 * @param numPrb         PRBs in the allocation, 1..275
 * @param dmrsSymbols    first symbol l̄ of each DM-RS occasion in the slot (incl. additional positions), ascending,
 *                       0..13
 * @param doubleSymbol   true for double-symbol DM-RS (maxLength = len2): each occasion is l̄ and l̄ + 1
 * @param ports          DM-RS ports p, distinct, 0..7 (type 1) or 0..11 (type 2); ports with w_t = −1 need
 *                       double-symbol DM-RS
 * @param amplitude      β, the DM-RS amplitude relative to unit-energy data (e.g. √2 for 3 dB boosting,
 *                       TS 38.214 Table 4.1-1 / 6.2.2-1), &gt; 0
 */
public record PilotLayout(int configType, int startPrb, int numPrb, int[] dmrsSymbols, boolean doubleSymbol,
                          int[] ports, float amplitude) {

    public PilotLayout {
        if (configType != 1 && configType != 2) {
            throw new IllegalArgumentException("configType must be 1 or 2 (TS 38.211 §7.4.1.1.2), was " + configType);
        }
        if (numPrb < 1 || numPrb > 275 || startPrb < 0 || startPrb + numPrb > 275) {
            throw new IllegalArgumentException("allocation PRBs [startPrb, startPrb + numPrb) must lie in [0, 275) "
                    + "(TS 38.211 §4.4.2), were startPrb=" + startPrb + " numPrb=" + numPrb);
        }
        if (dmrsSymbols == null || dmrsSymbols.length < 1 || dmrsSymbols.length > 4) {
            throw new IllegalArgumentException("dmrsSymbols must hold 1..4 occasions (TS 38.211 Tables 7.4.1.1.2-3/4), was "
                    + Arrays.toString(dmrsSymbols));
        }
        int span = doubleSymbol ? 2 : 1;
        for (int i = 0; i < dmrsSymbols.length; i++) {
            if (dmrsSymbols[i] < 0 || dmrsSymbols[i] + span > 14 || (i > 0 && dmrsSymbols[i] < dmrsSymbols[i - 1] + span)) {
                throw new IllegalArgumentException("dmrsSymbols must be ascending, non-overlapping and inside symbols "
                        + "0..13 (TS 38.211 §7.4.1.1.2), were " + Arrays.toString(dmrsSymbols) + " doubleSymbol="
                        + doubleSymbol);
            }
        }
        int maxPort = configType == 1 ? 7 : 11;
        if (ports == null || ports.length < 1 || ports.length > 8) {
            throw new IllegalArgumentException("ports must hold 1..8 DM-RS ports, was " + Arrays.toString(ports));
        }
        for (int i = 0; i < ports.length; i++) {
            if (ports[i] < 0 || ports[i] > maxPort) {
                throw new IllegalArgumentException("ports[" + i + "] must be in [0, " + maxPort + "] for configuration type "
                        + configType + " (TS 38.211 Table 6.4.1.1.3-" + configType + "), was " + ports[i]);
            }
            for (int j = 0; j < i; j++) {
                if (ports[j] == ports[i]) {
                    throw new IllegalArgumentException("ports must be distinct, " + ports[i] + " appears twice");
                }
            }
            if (!doubleSymbol && DmrsPortTable.wt(configType, ports[i], 1) < 0) {
                throw new IllegalArgumentException("port " + ports[i] + " uses the time OCC w_t = [1, −1] and needs "
                        + "double-symbol DM-RS (TS 38.211 Table 6.4.1.1.3-" + configType + ")");
            }
        }
        if (!(amplitude > 0) || Float.isInfinite(amplitude)) {
            throw new IllegalArgumentException("amplitude β must be finite and > 0, was " + amplitude);
        }
        dmrsSymbols = dmrsSymbols.clone();
        ports = ports.clone();
    }

    /** Single-symbol type-1 layout with β = 1. */
    public static PilotLayout type1(int startPrb, int numPrb, int[] dmrsSymbols, int... ports) {
        return new PilotLayout(1, startPrb, numPrb, dmrsSymbols, false, ports, 1f);
    }

    @Override
    public int[] dmrsSymbols() {
        return dmrsSymbols.clone();
    }

    @Override
    public int[] ports() {
        return ports.clone();
    }

    int dmrsSymbol(int occasion) {
        return dmrsSymbols[occasion];
    }

    int port(int j) {
        return ports[j];
    }

    /** Number of ports (layers). */
    public int numPorts() {
        return ports.length;
    }

    /** Number of DM-RS occasions. */
    public int numOccasions() {
        return dmrsSymbols.length;
    }

    /** OFDM symbols per occasion (1 or 2). */
    public int symbolsPerOccasion() {
        return doubleSymbol ? 2 : 1;
    }

    /** DM-RS symbols in the slot (occasions × symbols per occasion): the number of sequence arrays expected. */
    public int numDmrsSymbols() {
        return dmrsSymbols.length * symbolsPerOccasion();
    }

    /** Sequence values r(m) per DM-RS symbol: 6 (type 1) or 4 (type 2) per PRB. */
    public int sequenceLength() {
        return (configType == 1 ? 6 : 4) * numPrb;
    }

    /** Subcarriers in the allocation, 12·numPrb. */
    public int numSubcarriers() {
        return 12 * numPrb;
    }

    /** True if symbol l of the slot carries DM-RS of this layout. */
    public boolean isDmrsSymbol(int l) {
        for (int s : dmrsSymbols) {
            if (l >= s && l < s + symbolsPerOccasion()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PilotLayout p && p.configType == configType && p.startPrb == startPrb
                && p.numPrb == numPrb && Arrays.equals(p.dmrsSymbols, dmrsSymbols) && p.doubleSymbol == doubleSymbol
                && Arrays.equals(p.ports, ports) && Float.compare(p.amplitude, amplitude) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ports) * 31 + Arrays.hashCode(dmrsSymbols) + numPrb;
    }

    @Override
    public String toString() {
        return "PilotLayout[type " + configType + ", PRB " + startPrb + "+" + numPrb + ", symbols "
                + Arrays.toString(dmrsSymbols) + (doubleSymbol ? " double" : "") + ", ports " + Arrays.toString(ports)
                + ", β=" + amplitude + "]";
    }
}
