package org.airan.phy.sch;

import org.airan.phy.coding.crc.CrcPolynomial;
import org.airan.phy.coding.ldpc.LdpcBaseGraph;
import org.airan.phy.coding.ldpc.LdpcCode;
import org.airan.phy.coding.ratematch.LdpcRateMatchConfig;
import org.airan.phy.coding.segmentation.CodeBlockSegmentation;

/**
 * Everything a TB encoder/decoder derives from a {@link PxschConfig}: TBS, TB CRC (TS 38.212 §7.2.1: CRC24A above
 * 3824 bits, else CRC16), base graph (§7.2.2), segmentation (§5.2.2), per-block E_r and the rate-matching
 * parameters of each redundancy version. Built once per configuration and cached by the chains.
 */
final class SchPlan {
    final PxschConfig cfg;
    final int tbs;
    final CrcPolynomial tbCrc;
    final int tbCrcLength;
    final LdpcBaseGraph bg;
    final CodeBlockSegmentation seg;
    final LdpcCode code;
    final int g;
    final int qm;
    final int numLayers;
    /** rateMatch[rv][r]. */
    final LdpcRateMatchConfig[][] rateMatch;
    /** Offset of block r's E bits in the codeword. */
    final int[] eOffset;

    SchPlan(PxschConfig cfg) {
        this.cfg = cfg;
        this.tbs = cfg.tbs();
        this.tbCrc = tbs > 3824 ? CrcPolynomial.CRC24A : CrcPolynomial.CRC16;
        this.tbCrcLength = tbCrc.length();
        this.bg = LdpcBaseGraph.select(tbs, cfg.mcsEntry().codeRate());
        this.seg = CodeBlockSegmentation.compute(tbs + tbCrcLength, bg);
        this.code = seg.code();
        this.g = cfg.g();
        this.qm = cfg.qm();
        this.numLayers = cfg.numLayers();
        int c = seg.numCodeBlocks();
        rateMatch = new LdpcRateMatchConfig[4][c];
        eOffset = new int[c + 1];
        for (int r = 0; r < c; r++) {
            int e = seg.rateMatchOutputSize(r, g, numLayers, qm);
            eOffset[r + 1] = eOffset[r] + e;
            for (int rv = 0; rv < 4; rv++) {
                rateMatch[rv][r] = LdpcRateMatchConfig.of(seg, rv, qm, e, cfg.tbsLbrm());
            }
        }
    }

    int numCodeBlocks() {
        return seg.numCodeBlocks();
    }

    static void checkRv(int rv) {
        if (rv < 0 || rv > 3) {
            throw new IllegalArgumentException("rv (redundancy version) must be in [0, 3] (TS 38.212 Table "
                    + "5.4.2.1-2), was " + rv);
        }
    }
}
