package org.airan.vectors.nr;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * What is known to be true about a recording, for scoring receivers and ML ({@code global.nr:ground_truth}).
 * Transport-block truth is per allocation ({@link NrAllocation#payloadSha256()}, {@link NrAllocation#payloadCrc()}).
 *
 * @param cellId     physical cell identity N_ID^cell, 0..1007 (TS 38.211 §7.4.2.1), or {@code null}
 * @param ssbIndices indices of the SS/PBCH blocks transmitted, each 0..63 (TS 38.213 §4.1), distinct; may be
 *                   empty
 * @param beamRsrp   beam RSRP traces, or {@code null}
 * @param traffic    per-slot offered traffic, sorted by slot index; may be empty
 * @param extra      unknown keys of the {@code nr:ground_truth} object; never null, a private copy
 */
public record NrGroundTruth(Integer cellId, List<Integer> ssbIndices, NrBeamRsrp beamRsrp,
                            List<NrTrafficSample> traffic, ObjectNode extra) {

    /** Largest physical cell identity (TS 38.211 §7.4.2.1: 3·336 − 1). */
    public static final int MAX_CELL_ID = 1007;
    /** Largest SS/PBCH block index (TS 38.213 §4.1: L_max ≤ 64). */
    public static final int MAX_SSB_INDEX = 63;

    public NrGroundTruth {
        if (cellId != null && (cellId < 0 || cellId > MAX_CELL_ID)) {
            throw new IllegalArgumentException("cellId must be in [0, 1007] (TS 38.211 §7.4.2.1), was " + cellId);
        }
        ssbIndices = ssbIndices == null ? List.of() : List.copyOf(ssbIndices);
        for (int i = 0; i < ssbIndices.size(); i++) {
            int s = ssbIndices.get(i);
            if (s < 0 || s > MAX_SSB_INDEX) {
                throw new IllegalArgumentException("ssbIndices[" + i + "] must be in [0, 63] (TS 38.213 §4.1), was "
                        + s);
            }
            if (ssbIndices.subList(0, i).contains(s)) {
                throw new IllegalArgumentException("ssbIndices must be distinct, " + s + " appears twice");
            }
        }
        traffic = traffic == null ? List.of() : List.copyOf(traffic);
        for (int i = 1; i < traffic.size(); i++) {
            if (traffic.get(i).slotIndex() < traffic.get(i - 1).slotIndex()) {
                throw new IllegalArgumentException("traffic must be sorted by slotIndex, entry " + i + " ("
                        + traffic.get(i).slotIndex() + ") follows " + traffic.get(i - 1).slotIndex());
            }
        }
        extra = extra == null ? JsonNodeFactory.instance.objectNode() : extra.deepCopy();
    }

    /** Ground truth with a cell ID and SSB indices only. */
    public static NrGroundTruth ofCell(int cellId, List<Integer> ssbIndices) {
        return new NrGroundTruth(cellId, ssbIndices, null, null, null);
    }
}
