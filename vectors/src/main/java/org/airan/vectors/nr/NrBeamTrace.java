package org.airan.vectors.nr;

import java.util.List;

/**
 * The true RSRP of one beam over the recording, sampled every {@link NrBeamRsrp#periodSlots()} slots.
 *
 * @param beamIndex beam (e.g. SSB index or CSI-RS resource), {@code >= 0}
 * @param rsrpDbm   RSRP per sample in dBm (TS 38.215 §5.1.1), finite; sample {@code j} is at slot index
 *                  {@code j · periodSlots}
 */
public record NrBeamTrace(int beamIndex, List<Double> rsrpDbm) {

    public NrBeamTrace {
        if (beamIndex < 0) {
            throw new IllegalArgumentException("beamIndex must be >= 0, was " + beamIndex);
        }
        rsrpDbm = List.copyOf(rsrpDbm);
        for (int j = 0; j < rsrpDbm.size(); j++) {
            if (!Double.isFinite(rsrpDbm.get(j))) {
                throw new IllegalArgumentException("rsrpDbm[" + j + "] must be finite (TS 38.215 §5.1.1), was "
                        + rsrpDbm.get(j));
            }
        }
    }
}
