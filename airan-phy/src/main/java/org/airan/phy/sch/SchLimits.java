package org.airan.phy.sch;

import org.airan.phy.coding.ldpc.LdpcBaseGraph;

/**
 * Largest transmission a chain instance must handle; buffers are sized from it once.
 *
 * @param maxPrb    largest allocation in PRBs, 1..275
 * @param maxLayers largest υ, 1..4
 * @param maxQm     largest Q_m, 2..10
 */
public record SchLimits(int maxPrb, int maxLayers, int maxQm) {

    public SchLimits {
        if (maxPrb < 1 || maxPrb > 275) {
            throw new IllegalArgumentException("maxPrb must be in [1, 275] (TS 38.211 §4.4.2), was " + maxPrb);
        }
        if (maxLayers < 1 || maxLayers > PxschConfig.MAX_LAYERS) {
            throw new IllegalArgumentException("maxLayers must be in [1, 4] (TS 38.211 Table 7.3.1.3-1), was "
                    + maxLayers);
        }
        if (maxQm < 2 || maxQm > 10 || (maxQm & 1) != 0) {
            throw new IllegalArgumentException("maxQm must be 2, 4, 6, 8 or 10 (TS 38.211 §5.1), was " + maxQm);
        }
    }

    /** The largest carrier: 275 PRBs, 4 layers, 1024QAM. */
    public static SchLimits max() {
        return new SchLimits(275, 4, 10);
    }

    /** Largest data REs per layer: 12 subcarriers × 14 symbols per PRB (an upper bound). */
    public int maxDataRe() {
        return maxPrb * 12 * 14;
    }

    /** Largest G. */
    public int maxG() {
        return maxDataRe() * maxQm * maxLayers;
    }

    /** Largest number of modulation symbols of a codeword. */
    public int maxSymbols() {
        return maxDataRe() * maxLayers;
    }

    /** Bound on TBS + CRC (code rate < 1 so B < G). */
    public int maxTbWithCrc() {
        return maxG();
    }

    /**
     * Bound on the number of code blocks: BG1 carries B ≤ G in blocks of 8424 bits; BG2 is chosen above 3824 bits
     * only when R ≤ 1/4 (TS 38.212 §7.2.2), so B ≤ G/4 in blocks of 3816 bits.
     */
    public int maxCodeBlocks() {
        return Math.max((maxTbWithCrc() + 8423) / 8424, (maxTbWithCrc() / 4 + 3815) / 3816) + 1;
    }

    /** Largest encoder output N (BG1 with Z_c = 384). */
    public int maxEncodedSize() {
        return LdpcBaseGraph.BG1.codewordColumns() * 384;
    }

    /** Largest code block K (BG1 with Z_c = 384). */
    public int maxCodeBlockSize() {
        return LdpcBaseGraph.BG1.numInfoColumns() * 384;
    }
}
