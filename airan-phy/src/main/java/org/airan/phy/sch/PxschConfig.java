package org.airan.phy.sch;

import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.dmrs.DmrsType;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.modulation.Modulation;
import org.airan.phy.nr.McsEntry;
import org.airan.phy.nr.McsTable;
import org.airan.phy.nr.TbsCalculator;
import org.airan.phy.transformprecoding.TransformPrecoders;

/**
 * One PDSCH or PUSCH transmission (a single codeword, 1..4 layers, CP-OFDM; or a single-layer PUSCH with transform
 * precoding, TS 38.211 §6.3.1.4): allocation and DM-RS, MCS, scrambling identities. Everything else derives from it: the modulation and target rate (TS 38.214 §5.1.3.1), the TBS
 * (§5.1.3.2), the number of coded bits G = N_RE^data · Q_m · υ (TS 38.212 §7.2.7 / §6.2.7).
 *
 * @param dmrs      allocation (symbols, PRBs), DM-RS configuration and the DM-RS port of every layer; its channel
 *                  says PDSCH or PUSCH
 * @param mcsTable  MCS table; PUSCH may use tables 1-3 without transform precoding, and Tables 6.1.4.1-1/2 or
 *                  5.1.3.1-2 (mcs-TableTransformPrecoder qam256) with it (TS 38.214 §6.1.4.1)
 * @param mcs       I_MCS, a non-reserved row of the table (reserved rows only for retransmissions, not supported)
 * @param rnti      n_RNTI, 0..65535 (C-RNTI of the UE)
 * @param nId       data scrambling identity n_ID, 0..1023
 * @param codeword  q, 0 (a second codeword for 5..8 PDSCH layers is not supported by the chains)
 * @param xOverhead N_oh^PRB of TS 38.214 §5.1.3.2: 0, 6, 12 or 18
 * @param tbsLbrm   TBS_LBRM for limited-buffer rate matching (TS 38.212 §5.4.2.1), 0 = full circular buffer
 * @param transformPrecoding transform precoding of a PUSCH, or null for CP-OFDM. With it: PUSCH only, one layer
 *                  (§6.3.1.3), M_RB = 2^a·3^b·5^c (§6.3.1.4), DM-RS configuration type 1, single symbol, with both
 *                  CDM groups without data (TS 38.212 Tables 7.3.1.1.2-6/7: the DM-RS symbols carry no data)
 */
public record PxschConfig(DmrsConfig dmrs, McsTable mcsTable, int mcs, int rnti, int nId, int codeword,
                          int xOverhead, int tbsLbrm, TransformPrecoding transformPrecoding) {

    /** A CP-OFDM transmission (no transform precoding). */
    public PxschConfig(DmrsConfig dmrs, McsTable mcsTable, int mcs, int rnti, int nId, int codeword, int xOverhead,
                       int tbsLbrm) {
        this(dmrs, mcsTable, mcs, rnti, nId, codeword, xOverhead, tbsLbrm, null);
    }

    /** Layers of one codeword (TS 38.211 Table 7.3.1.3-1). */
    public static final int MAX_LAYERS = 4;

    public PxschConfig {
        if (dmrs == null || mcsTable == null) {
            throw new IllegalArgumentException("dmrs and mcsTable must not be null");
        }
        if (transformPrecoding == null && mcsTable.transformPrecoding()) {
            throw new IllegalArgumentException("mcsTable " + mcsTable + " applies to PUSCH with transform precoding "
                    + "(TS 38.214 §6.1.4.1); give a TransformPrecoding or use tables 1-3");
        }
        if (transformPrecoding != null) {
            checkTransformPrecoding(dmrs, mcsTable);
        }
        if (dmrs.channel() == SharedChannel.PUSCH && mcsTable == McsTable.TABLE4_QAM1024) {
            throw new IllegalArgumentException("mcsTable TABLE4_QAM1024 is defined for PDSCH only (TS 38.214 "
                    + "§5.1.3.1, §6.1.4.1)");
        }
        mcsTable.dataEntry(mcs);
        McsEntry e = mcsTable.entry(mcs, transformPrecoding != null && transformPrecoding.pi2Bpsk());
        if (dmrs.numLayers() > MAX_LAYERS) {
            throw new IllegalArgumentException("layers (DM-RS ports) must be 1..4 for one codeword (TS 38.211 Table "
                    + "7.3.1.3-1), was " + dmrs.numLayers());
        }
        if (rnti < 0 || rnti > 65535) {
            throw new IllegalArgumentException("rnti must be in [0, 65535] (TS 38.211 §7.3.1.1), was " + rnti);
        }
        if (nId < 0 || nId > 1023) {
            throw new IllegalArgumentException("nId must be in [0, 1023] (TS 38.211 §7.3.1.1), was " + nId);
        }
        if (codeword != 0) {
            throw new IllegalArgumentException("codeword must be 0 (one codeword, 1..4 layers), was " + codeword);
        }
        if (tbsLbrm < 0) {
            throw new IllegalArgumentException("tbsLbrm must be ≥ 0 (0 = no limited-buffer rate matching), was "
                    + tbsLbrm);
        }
        // Validates xOverhead and that data REs remain (throws with the field name).
        TbsCalculator.numRe(dmrs.numPrb(), dmrs.numSymbols(), dmrs.dmrsRePerPrb(), xOverhead);
        if (e.modulation() == Modulation.PI_2_BPSK && transformPrecoding == null) {
            throw new IllegalArgumentException("π/2-BPSK needs transform precoding (TS 38.211 §6.3.1.2)");
        }
    }

    private static void checkTransformPrecoding(DmrsConfig dmrs, McsTable mcsTable) {
        if (dmrs.channel() != SharedChannel.PUSCH) {
            throw new IllegalArgumentException("transform precoding applies to the PUSCH only (TS 38.211 §6.3.1.4), "
                    + "channel was " + dmrs.channel());
        }
        if (!mcsTable.transformPrecoding() && mcsTable != McsTable.TABLE2_QAM256) {
            throw new IllegalArgumentException("with transform precoding mcsTable must be PUSCH_TP_TABLE1, "
                    + "PUSCH_TP_TABLE2 or TABLE2_QAM256 (TS 38.214 §6.1.4.1), was " + mcsTable);
        }
        if (dmrs.numLayers() != 1) {
            throw new IllegalArgumentException("transform precoding supports a single layer only (TS 38.211 "
                    + "§6.3.1.3), layers were " + dmrs.numLayers());
        }
        TransformPrecoders.checkPrbCount(dmrs.numPrb());
        if (dmrs.type() != DmrsType.TYPE1) {
            throw new IllegalArgumentException("with transform precoding the DM-RS is configuration type 1 "
                    + "(TS 38.211 §6.4.1.1.3), was " + dmrs.type());
        }
        if (dmrs.maxLength() != 1) {
            throw new IllegalArgumentException("transform-precoded PUSCH with double-symbol DM-RS is not supported "
                    + "(maxLength must be 1), was " + dmrs.maxLength());
        }
        if (dmrs.numCdmGroupsWithoutData() != 2) {
            throw new IllegalArgumentException("with transform precoding numCdmGroupsWithoutData must be 2 (TS 38.212 "
                    + "Tables 7.3.1.1.2-6/7: DM-RS symbols carry no data), was " + dmrs.numCdmGroupsWithoutData());
        }
    }

    /** True when transform precoding is enabled (DFT-s-OFDM). */
    public boolean isTransformPrecoded() {
        return transformPrecoding != null;
    }

    /** PDSCH or PUSCH. */
    public SharedChannel channel() {
        return dmrs.channel();
    }

    /** The MCS row. */
    public McsEntry mcsEntry() {
        return mcsTable.entry(mcs, transformPrecoding != null && transformPrecoding.pi2Bpsk());
    }

    /** Modulation of the MCS. */
    public Modulation modulation() {
        return mcsEntry().modulation();
    }

    /** Q_m. */
    public int qm() {
        return mcsEntry().qm();
    }

    /** υ. */
    public int numLayers() {
        return dmrs.numLayers();
    }

    /** Transport block size in bits (TS 38.214 §5.1.3.2). */
    public int tbs() {
        return TbsCalculator.tbs(mcsEntry(), dmrs.numPrb(), dmrs.numSymbols(), dmrs.dmrsRePerPrb(), xOverhead,
                numLayers());
    }

    /** Data REs per layer of the allocation (DM-RS REs and CDM groups without data excluded). */
    public int numDataRe() {
        return dmrs.numDataRe();
    }

    /** G: coded bits of the codeword, N_RE^data · Q_m · υ (TS 38.212 §7.2.7 / §6.2.7). */
    public int g() {
        return numDataRe() * qm() * numLayers();
    }

    /** Modulation symbols of the codeword, G / Q_m. */
    public int numSymbolsTotal() {
        return numDataRe() * numLayers();
    }

    /** Scrambling c_init (TS 38.211 §7.3.1.1 or §6.3.1.1). */
    public int scramblingCinit() {
        return channel() == SharedChannel.PDSCH ? SchScrambling.cInitPdsch(rnti, codeword, nId)
                : SchScrambling.cInitPusch(rnti, nId);
    }

    /** Effective code rate (TBS + CRC bits) / G, CRC bits = TB CRC + C·24 code-block CRCs. */
    public double effectiveCodeRate() {
        SchPlan p = new SchPlan(this);
        return (double) (p.tbs + p.tbCrcLength + p.seg.numCodeBlocks() * p.seg.crcLength()) / g();
    }
}
