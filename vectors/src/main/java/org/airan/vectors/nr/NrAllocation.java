package org.airan.vectors.nr;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.dmrs.MappingType;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.nr.McsTable;

import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * One PDSCH or PUSCH transmission in one slot of a recording ({@code annotations[i].nr:allocation}): where it is
 * in the resource grid, how it is coded, and the ground truth of its transport block.
 *
 * @param channel             PDSCH or PUSCH
 * @param slotIndex           slot counted from the recording's first slot boundary ({@link NrFirstSlot}), 0-based
 * @param rnti                RNTI scrambling the transmission, 0..65535 (TS 38.321 §7.1)
 * @param prbStart            first PRB within the carrier grid, {@code >= 0} (TS 38.214 §5.1.2.2)
 * @param prbCount            number of contiguous PRBs, {@code >= 1}; {@code prbStart + prbCount <= N_RB}
 * @param symbolStart         first OFDM symbol S in the slot, 0..13 (TS 38.214 §5.1.2.1)
 * @param symbolCount         number of symbols L, 1..14, {@code S + L <= } symbols per slot (TS 38.214
 *                            Table 5.1.2.1-1)
 * @param mappingType         PDSCH/PUSCH mapping type A or B (TS 38.214 §5.1.2.1)
 * @param dmrs                DMRS configuration (TS 38.211 §7.4.1.1)
 * @param mcsTable            MCS index table (TS 38.214 §5.1.3.1, §6.1.4.1)
 * @param mcsIndex            I_MCS, 0..31 (TS 38.214 §5.1.3.1)
 * @param numLayers           transmission layers υ: 1..8 for PDSCH, 1..4 for PUSCH (TS 38.211 §7.3.1.3, §6.3.1.3)
 * @param harqProcess         HARQ process number, 0..31 (TS 38.321 §5.3.1, §5.4.1; 32 processes from Rel-17)
 * @param redundancyVersion   rv_id, 0..3 (TS 38.212 §5.4.2.1)
 * @param tbsBits             transport block size in bits, {@code >= 0} (TS 38.214 §5.1.3.2)
 * @param payloadSha256       SHA-256 of the transport block payload bytes (MSB of the first bit first), 64 lower-case
 *                            hex digits, or {@code null}
 * @param payloadCrc          the transport block's CRC (CRC24A, TS 38.212 §7.2.1 / §6.2.1), 0..2^24−1, or
 *                            {@code null}
 * @param extra               unknown keys of the {@code nr:allocation} object; never null, a private copy
 */
public record NrAllocation(SharedChannel channel, long slotIndex, int rnti, int prbStart, int prbCount, int symbolStart,
                           int symbolCount, MappingType mappingType, NrDmrsConfig dmrs, McsTable mcsTable,
                           int mcsIndex, int numLayers, int harqProcess, int redundancyVersion, long tbsBits,
                           String payloadSha256, Integer payloadCrc, ObjectNode extra) {

    /** Largest RNTI value (16 bits, TS 38.321 §7.1). */
    public static final int MAX_RNTI = 0xFFFF;
    /** Most PRBs of a carrier (TS 38.211 §4.4.2). */
    public static final int MAX_PRB = 275;
    /** Symbols of a normal-CP slot (TS 38.211 Table 4.3.2-1). */
    public static final int MAX_SYMBOLS = 14;
    /** Largest I_MCS (TS 38.214 §5.1.3.1). */
    public static final int MAX_MCS_INDEX = 31;
    /** Largest HARQ process number (32 processes, TS 38.321 §5.3.1 from Rel-17). */
    public static final int MAX_HARQ_PROCESS = 31;
    /** Largest redundancy version (TS 38.212 §5.4.2.1). */
    public static final int MAX_RV = 3;
    /** Largest CRC24A value. */
    public static final int MAX_CRC24 = (1 << 24) - 1;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public NrAllocation {
        if (channel == null || mappingType == null || dmrs == null || mcsTable == null) {
            throw new IllegalArgumentException("channel, mappingType, dmrs and mcsTable must not be null");
        }
        check("slotIndex", slotIndex, 0, Long.MAX_VALUE, "");
        check("rnti", rnti, 0, MAX_RNTI, "TS 38.321 §7.1");
        check("prbStart", prbStart, 0, MAX_PRB - 1, "TS 38.214 §5.1.2.2");
        check("prbCount", prbCount, 1, MAX_PRB - prbStart, "TS 38.214 §5.1.2.2, prbStart + prbCount <= 275");
        check("symbolStart", symbolStart, 0, MAX_SYMBOLS - 1, "TS 38.214 §5.1.2.1");
        check("symbolCount", symbolCount, 1, MAX_SYMBOLS - symbolStart,
                "TS 38.214 Table 5.1.2.1-1, symbolStart + symbolCount <= 14");
        check("mcsIndex", mcsIndex, 0, MAX_MCS_INDEX, "TS 38.214 §5.1.3.1");
        check("numLayers", numLayers, 1, maxLayers(channel),
                channel == SharedChannel.PDSCH ? "TS 38.211 §7.3.1.3" : "TS 38.211 §6.3.1.3");
        check("harqProcess", harqProcess, 0, MAX_HARQ_PROCESS, "TS 38.321 §5.3.1");
        check("redundancyVersion", redundancyVersion, 0, MAX_RV, "TS 38.212 §5.4.2.1");
        check("tbsBits", tbsBits, 0, Long.MAX_VALUE, "TS 38.214 §5.1.3.2");
        if (payloadSha256 != null && !SHA256.matcher(payloadSha256).matches()) {
            throw new IllegalArgumentException("payloadSha256 must be 64 lower-case hex digits, was " + payloadSha256);
        }
        if (payloadCrc != null) {
            check("payloadCrc", payloadCrc, 0, MAX_CRC24, "TS 38.212 §7.2.1, CRC24A");
        }
        extra = extra == null ? JsonNodeFactory.instance.objectNode() : extra.deepCopy();
    }

    /** Most transmission layers: 8 for PDSCH (TS 38.211 §7.3.1.3), 4 for PUSCH (TS 38.211 §6.3.1.3). */
    public static int maxLayers(SharedChannel channel) {
        return channel == SharedChannel.PDSCH ? 8 : 4;
    }

    /**
     * The PHY's DMRS and allocation configuration of this transmission ({@link DmrsConfig}), with layer {@code i}
     * on DMRS port {@code i} and the scrambling identity {@code dmrs().scramblingId()}, or {@code cellId} when that
     * is absent (TS 38.211 §7.4.1.1.1), n_SCID = 0.
     *
     * @throws IllegalArgumentException when the PHY rejects the combination (e.g. no DMRS position is defined for
     *                                  it, TS 38.211 Tables 7.4.1.1.2-3/4)
     */
    public DmrsConfig toDmrsConfig(int cellId) {
        int[] ports = new int[numLayers];
        for (int i = 0; i < numLayers; i++) {
            ports[i] = i;
        }
        int id = dmrs.scramblingId() != null ? dmrs.scramblingId() : cellId;
        return new DmrsConfig(channel, dmrs.type(), mappingType, dmrs.typeAPosition(), dmrs.additionalPositions(),
                dmrs.maxLength(), symbolStart, symbolCount, prbStart, prbCount, dmrs.cdmGroupsWithoutData(), id, 0,
                ports);
    }

    private static void check(String field, long v, long min, long max, String clause) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(field + " must be in [" + min + ", "
                    + (max == Long.MAX_VALUE ? "∞" : Long.toString(max)) + "]"
                    + (clause.isEmpty() ? "" : " (" + clause + ")") + ", was " + v);
        }
    }

    /**
     * A single-layer allocation with default DMRS ({@link NrDmrsConfig#defaults()}), mapping type A, the 64QAM
     * table, HARQ process 0, RV 0 and no payload ground truth; refine with the {@code with...} methods.
     */
    public static NrAllocation of(SharedChannel channel, long slotIndex, int rnti, int prbStart, int prbCount,
                                  int symbolStart, int symbolCount, int mcsIndex, long tbsBits) {
        return new NrAllocation(channel, slotIndex, rnti, prbStart, prbCount, symbolStart, symbolCount,
                MappingType.A, NrDmrsConfig.defaults(), McsTable.TABLE1_QAM64, mcsIndex, 1, 0, 0, tbsBits, null, null,
                null);
    }

    /** This allocation with its transport block's ground truth: SHA-256 of the payload bytes and its CRC24A. */
    public NrAllocation withPayload(byte[] sha256, Integer crc) {
        return new NrAllocation(channel, slotIndex, rnti, prbStart, prbCount, symbolStart, symbolCount, mappingType,
                dmrs, mcsTable, mcsIndex, numLayers, harqProcess, redundancyVersion, tbsBits,
                sha256 == null ? null : HexFormat.of().formatHex(sha256), crc, extra);
    }

    /** This allocation with another HARQ process, RV and layer count. */
    public NrAllocation withHarq(int process, int rv, int layers) {
        return new NrAllocation(channel, slotIndex, rnti, prbStart, prbCount, symbolStart, symbolCount, mappingType,
                dmrs, mcsTable, mcsIndex, layers, process, rv, tbsBits, payloadSha256, payloadCrc, extra);
    }

    /** This allocation with another MCS table and DMRS configuration. */
    public NrAllocation withCoding(McsTable table, NrDmrsConfig dmrsConfig, MappingType type) {
        return new NrAllocation(channel, slotIndex, rnti, prbStart, prbCount, symbolStart, symbolCount, type,
                dmrsConfig, table, mcsIndex, numLayers, harqProcess, redundancyVersion, tbsBits, payloadSha256,
                payloadCrc, extra);
    }
}
