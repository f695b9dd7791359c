package org.airan.vectors.nr;

import java.util.List;

/**
 * Ground-truth beam RSRP traces ({@code nr:ground_truth.beam_rsrp}).
 *
 * @param periodSlots slots between samples of every trace, {@code >= 1}
 * @param beams       one trace per beam, distinct beam indices
 */
public record NrBeamRsrp(int periodSlots, List<NrBeamTrace> beams) {

    public NrBeamRsrp {
        if (periodSlots < 1) {
            throw new IllegalArgumentException("periodSlots must be >= 1, was " + periodSlots);
        }
        beams = List.copyOf(beams);
        for (int i = 0; i < beams.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (beams.get(i).beamIndex() == beams.get(j).beamIndex()) {
                    throw new IllegalArgumentException("beams must have distinct beamIndex, " + beams.get(i)
                            .beamIndex() + " appears twice");
                }
            }
        }
    }
}
