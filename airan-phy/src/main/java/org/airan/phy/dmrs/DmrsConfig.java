package org.airan.phy.dmrs;

import java.util.Arrays;

/**
 * DM-RS and time-frequency allocation of one PDSCH/PUSCH transmission (TS 38.211 §7.4.1.1, §6.4.1.1.3; CP-OFDM,
 * normal cyclic prefix, no transform precoding). Derives the DM-RS symbols (Tables 7.4.1.1.2-3/4, 6.4.1.1.3-3/4),
 * the DM-RS REs of each port and the REs left for data.
 *
 * <p>Frequency reference: subcarrier k = 0 of the resource grid is subcarrier 0 of common resource block 0 (the
 * DM-RS reference point of §7.4.1.1.2 for PDSCH not scheduled by DCI 1_0 in a common search space, and of
 * §6.4.1.1.3 for PUSCH), so the DM-RS sequence index counts from PRB 0 of the grid.
 *
 * @param channel                  PDSCH or PUSCH (the type B tables differ)
 * @param type                     dmrs-Type
 * @param mappingType              mapping type A or B
 * @param typeAPosition            l0 for mapping type A: dmrs-TypeA-Position 2 or 3 (ignored for type B)
 * @param additionalPosition       dmrs-AdditionalPosition 0..3 (0..1 for double-symbol DM-RS)
 * @param maxLength                1 (single-symbol) or 2 (double-symbol DM-RS, maxLength = len2 with DCI)
 * @param startSymbol              S, first symbol of the allocation in the slot
 * @param numSymbols               L, allocation length in symbols (S + L ≤ 14)
 * @param startPrb                 first PRB of the contiguous allocation (grid PRB index)
 * @param numPrb                   number of PRBs, 1..275
 * @param numCdmGroupsWithoutData  1..2 (type 1) or 1..3 (type 2): CDM groups 0..g−1 carry no data in DM-RS symbols
 * @param scramblingId             N_ID^{n_SCID}, 0..65535 (scramblingID0/1 or N_ID^cell)
 * @param nScid                    n_SCID, 0 or 1
 * @param ports                    DM-RS antenna port p per layer (PUSCH p; PDSCH port 1000 + p), distinct; layer
 *                                 i is transmitted on port {@code ports[i]}
 */
public record DmrsConfig(SharedChannel channel, DmrsType type, MappingType mappingType, int typeAPosition,
                         int additionalPosition, int maxLength, int startSymbol, int numSymbols, int startPrb,
                         int numPrb, int numCdmGroupsWithoutData, int scramblingId, int nScid, int[] ports) {

    /** Symbols per slot (normal cyclic prefix). */
    public static final int SYMBOLS_PER_SLOT = 14;
    /** Largest number of PRBs of a grid (TS 38.211 §4.4.2). */
    public static final int MAX_PRB = 275;

    public DmrsConfig {
        if (channel == null || type == null || mappingType == null) {
            throw new IllegalArgumentException("channel, type and mappingType must not be null");
        }
        if (typeAPosition != 2 && typeAPosition != 3) {
            throw new IllegalArgumentException("typeAPosition (dmrs-TypeA-Position) must be 2 or 3 (TS 38.211 "
                    + "§7.4.1.1.2), was " + typeAPosition);
        }
        if (maxLength != 1 && maxLength != 2) {
            throw new IllegalArgumentException("maxLength must be 1 or 2 (TS 38.211 §7.4.1.1.2), was " + maxLength);
        }
        if (additionalPosition < 0 || additionalPosition > (maxLength == 1 ? 3 : 1)) {
            throw new IllegalArgumentException("additionalPosition must be in [0, " + (maxLength == 1 ? 3 : 1)
                    + "] for maxLength " + maxLength + " (TS 38.211 Tables 7.4.1.1.2-3/4), was " + additionalPosition);
        }
        if (mappingType == MappingType.A && additionalPosition == 3 && typeAPosition != 2) {
            throw new IllegalArgumentException("additionalPosition 3 requires typeAPosition 2 (TS 38.211 §7.4.1.1.2), "
                    + "typeAPosition was " + typeAPosition);
        }
        if (startSymbol < 0 || numSymbols < 1 || startSymbol + numSymbols > SYMBOLS_PER_SLOT) {
            throw new IllegalArgumentException("startSymbol S=" + startSymbol + " and numSymbols L=" + numSymbols
                    + " must satisfy S ≥ 0, L ≥ 1, S + L ≤ 14 (TS 38.214 §5.1.2.1)");
        }
        if (numPrb < 1 || startPrb < 0 || startPrb + numPrb > MAX_PRB) {
            throw new IllegalArgumentException("startPrb=" + startPrb + ", numPrb=" + numPrb + " must satisfy "
                    + "numPrb ≥ 1, startPrb ≥ 0, startPrb + numPrb ≤ 275 (TS 38.211 §4.4.2)");
        }
        if (numCdmGroupsWithoutData < 1 || numCdmGroupsWithoutData > type.numCdmGroups()) {
            throw new IllegalArgumentException("numCdmGroupsWithoutData must be in [1, " + type.numCdmGroups()
                    + "] for " + type + " (TS 38.212 Tables 7.3.1.2.2-1..4), was " + numCdmGroupsWithoutData);
        }
        if (scramblingId < 0 || scramblingId > 65535) {
            throw new IllegalArgumentException("scramblingId N_ID must be in [0, 65535] (TS 38.211 §7.4.1.1.1), was "
                    + scramblingId);
        }
        if (nScid != 0 && nScid != 1) {
            throw new IllegalArgumentException("nScid must be 0 or 1 (TS 38.211 §7.4.1.1.1), was " + nScid);
        }
        if (ports == null || ports.length < 1 || ports.length > 8) {
            throw new IllegalArgumentException("ports must list 1..8 DM-RS ports, one per layer (TS 38.211 "
                    + "§7.3.1.4), was " + (ports == null ? "null" : Arrays.toString(ports)));
        }
        ports = ports.clone();
        int maxPort = (maxLength == 1 ? type.numPorts() / 2 : type.numPorts()) - 1;
        for (int i = 0; i < ports.length; i++) {
            int p = ports[i];
            if (p < 0 || p > maxPort) {
                throw new IllegalArgumentException("ports[" + i + "] must be in [0, " + maxPort + "] for " + type
                        + " with maxLength " + maxLength + " (TS 38.211 Tables 7.4.1.1.2-1/2), was " + p);
            }
            if (cdmGroupOf(type, p) >= numCdmGroupsWithoutData) {
                throw new IllegalArgumentException("ports[" + i + "]=" + p + " is in CDM group " + cdmGroupOf(type, p)
                        + ", which must be below numCdmGroupsWithoutData=" + numCdmGroupsWithoutData
                        + " (DM-RS ports never share REs with data, TS 38.211 §7.4.1.1.2)");
            }
            for (int j = 0; j < i; j++) {
                if (ports[j] == p) {
                    throw new IllegalArgumentException("ports must be distinct, port " + p + " repeats");
                }
            }
        }
        int ld = mappingType == MappingType.A ? startSymbol + numSymbols : numSymbols;
        if (mappingType == MappingType.A && (ld == 3 || ld == 4) && typeAPosition != 2
                && channel == SharedChannel.PDSCH) {
            throw new IllegalArgumentException("PDSCH mapping type A with ld = " + ld + " requires typeAPosition 2 "
                    + "(TS 38.211 §7.4.1.1.2)");
        }
        int mask = DmrsPositions.mask(channel, mappingType, maxLength, ld, additionalPosition, typeAPosition,
                startSymbol);
        if (mask == 0) {
            throw new IllegalArgumentException("no DM-RS position is defined for " + channel + " mapping type "
                    + mappingType + ", maxLength " + maxLength + ", duration ld=" + ld + " (TS 38.211 Tables "
                    + (channel == SharedChannel.PDSCH ? "7.4.1.1.2-3/4" : "6.4.1.1.3-3/4") + ")");
        }
        int alloc = ((1 << numSymbols) - 1) << startSymbol;
        if ((mask & ~alloc) != 0) {
            throw new IllegalArgumentException("DM-RS symbols " + Integer.toBinaryString(mask) + " fall outside the "
                    + "allocation S=" + startSymbol + ", L=" + numSymbols + " (TS 38.214 §5.1.2.1: for mapping "
                    + "type A, S must not exceed dmrs-TypeA-Position)");
        }
    }

    /**
     * A single-symbol, 1..4-layer configuration with common defaults: type 1, mapping type A, l0 = 2, ports 0..υ−1,
     * 2 CDM groups without data, n_SCID = 0.
     */
    public static DmrsConfig typical(SharedChannel channel, int startSymbol, int numSymbols, int startPrb, int numPrb,
                                     int additionalPosition, int numLayers, int scramblingId) {
        if (numLayers < 1 || numLayers > 4) {
            throw new IllegalArgumentException("numLayers must be in [1, 4] for single-symbol type 1 DM-RS "
                    + "(TS 38.211 Table 7.4.1.1.2-1), was " + numLayers);
        }
        int[] ports = new int[numLayers];
        for (int i = 0; i < numLayers; i++) {
            ports[i] = i;
        }
        return new DmrsConfig(channel, DmrsType.TYPE1, MappingType.A, 2, additionalPosition, 1, startSymbol,
                numSymbols, startPrb, numPrb, 2, scramblingId, 0, ports);
    }

    @Override
    public int[] ports() {
        return ports.clone();
    }

    /** DM-RS port of layer {@code layer}. */
    public int port(int layer) {
        return ports[layer];
    }

    /** υ: number of layers (= number of DM-RS ports). */
    public int numLayers() {
        return ports.length;
    }

    /** CDM group λ of port p (TS 38.211 Tables 7.4.1.1.2-1/2). */
    public static int cdmGroupOf(DmrsType type, int p) {
        return type == DmrsType.TYPE1 ? (p >>> 1) & 1 : (p >>> 1) % 3;
    }

    /** Frequency offset Δ of port p: λ (type 1) or 2λ (type 2). */
    public static int deltaOf(DmrsType type, int p) {
        return type == DmrsType.TYPE1 ? cdmGroupOf(type, p) : 2 * cdmGroupOf(type, p);
    }

    /** Frequency cover w_f(k') of port p: +1 for k' = 0; −1 for k' = 1 on odd ports. */
    public static int wf(int p, int kPrime) {
        return kPrime == 1 && (p & 1) == 1 ? -1 : 1;
    }

    /** Time cover w_t(l') of port p: −1 for l' = 1 on ports 4..7 (type 1) / 6..11 (type 2). */
    public static int wt(DmrsType type, int p, int lPrime) {
        return lPrime == 1 && p >= type.numPorts() / 2 ? -1 : 1;
    }

    /** ld of the position tables: S + L for mapping type A, L for type B. */
    public int ld() {
        return mappingType == MappingType.A ? startSymbol + numSymbols : numSymbols;
    }

    /** Bit l set for each DM-RS symbol l of the slot. Allocation-free. */
    public int dmrsSymbolMask() {
        return DmrsPositions.mask(channel, mappingType, maxLength, ld(), additionalPosition, typeAPosition,
                startSymbol);
    }

    /** True when symbol l (of the slot) carries DM-RS. */
    public boolean isDmrsSymbol(int l) {
        return l >= 0 && l < SYMBOLS_PER_SLOT && (dmrsSymbolMask() & (1 << l)) != 0;
    }

    /** The DM-RS symbols l of the slot in increasing order. */
    public int[] dmrsSymbols() {
        int m = dmrsSymbolMask();
        int[] out = new int[Integer.bitCount(m)];
        for (int i = 0; m != 0; i++) {
            out[i] = Integer.numberOfTrailingZeros(m);
            m &= m - 1;
        }
        return out;
    }

    /**
     * l' of DM-RS symbol l: 1 for the second symbol of a double-symbol occasion, else 0 (occasions are never
     * adjacent in Tables 7.4.1.1.2-4 / 6.4.1.1.3-4, so a DM-RS symbol that follows another one is a second symbol).
     */
    public int lPrime(int l) {
        return maxLength == 2 && isDmrsSymbol(l - 1) ? 1 : 0;
    }

    /** Number of DM-RS symbols in the slot. */
    public int numDmrsSymbols() {
        return Integer.bitCount(dmrsSymbolMask());
    }

    /** N_DMRS^PRB of TS 38.214 §5.1.3.2: DM-RS REs per PRB over the allocation, CDM groups without data included. */
    public int dmrsRePerPrb() {
        return numDmrsSymbols() * type.rePerPrbPerCdmGroup() * numCdmGroupsWithoutData;
    }

    /** DM-RS REs of one port per DM-RS symbol: numPrb × (6 or 4). */
    public int dmrsRePerSymbol() {
        return numPrb * type.rePerPrbPerCdmGroup();
    }

    /** Data REs per PRB in a DM-RS symbol: 12 − (6 or 4)·g. */
    public int dataRePerPrbInDmrsSymbol() {
        return 12 - type.rePerPrbPerCdmGroup() * numCdmGroupsWithoutData;
    }

    /** Total data REs of the allocation (per layer): the G/(Q_m·υ) of TS 38.212 §6.2.7 / §7.2.7. */
    public int numDataRe() {
        int d = numDmrsSymbols();
        return numPrb * ((numSymbols - d) * 12 + d * dataRePerPrbInDmrsSymbol());
    }

    /** True when grid subcarrier k of a DM-RS symbol belongs to a CDM group without data. */
    public boolean isReservedInDmrsSymbol(int k) {
        int group = type == DmrsType.TYPE1 ? k & 1 : (k % 6) >>> 1;
        return group < numCdmGroupsWithoutData;
    }

    /** True when RE (l, k) of the slot carries data. */
    public boolean isDataRe(int l, int k) {
        if (l < startSymbol || l >= startSymbol + numSymbols || k < 12 * startPrb || k >= 12 * (startPrb + numPrb)) {
            return false;
        }
        return !isDmrsSymbol(l) || !isReservedInDmrsSymbol(k);
    }

    /**
     * Grid subcarrier of the i-th DM-RS RE (0 ≤ i < {@link #dmrsRePerSymbol()}) of layer {@code layer} in a DM-RS
     * symbol: type 1 k = 4n + 2k' + Δ, type 2 k = 6n + k' + Δ, with i = 2n' + k' counted from the allocation start.
     */
    public int dmrsSubcarrier(int layer, int i) {
        int p = ports[layer];
        int kPrime = i & 1;
        int n = i >>> 1;
        int base = 12 * startPrb;
        return type == DmrsType.TYPE1 ? base + 4 * n + 2 * kPrime + deltaOf(type, p)
                : base + 6 * n + kPrime + deltaOf(type, p);
    }

    /** Index m = 2n + k' into r(m) of the i-th DM-RS RE of the allocation (counted from the reference point). */
    public int sequenceIndex(int i) {
        return type.rePerPrbPerCdmGroup() * startPrb + i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DmrsConfig c && channel == c.channel && type == c.type && mappingType == c.mappingType
                && typeAPosition == c.typeAPosition && additionalPosition == c.additionalPosition
                && maxLength == c.maxLength && startSymbol == c.startSymbol && numSymbols == c.numSymbols
                && startPrb == c.startPrb && numPrb == c.numPrb && numCdmGroupsWithoutData == c.numCdmGroupsWithoutData
                && scramblingId == c.scramblingId && nScid == c.nScid && Arrays.equals(ports, c.ports);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ports) * 31 + java.util.Objects.hash(channel, type, mappingType, typeAPosition,
                additionalPosition, maxLength, startSymbol, numSymbols, startPrb, numPrb, numCdmGroupsWithoutData,
                scramblingId, nScid);
    }

    @Override
    public String toString() {
        return "DmrsConfig[" + channel + ", " + type + ", mapping " + mappingType + ", l0=" + typeAPosition
                + ", addPos=" + additionalPosition + ", maxLength=" + maxLength + ", S=" + startSymbol + ", L="
                + numSymbols + ", PRB " + startPrb + "+" + numPrb + ", cdmNoData=" + numCdmGroupsWithoutData
                + ", nId=" + scramblingId + ", nScid=" + nScid + ", ports=" + Arrays.toString(ports) + "]";
    }
}
