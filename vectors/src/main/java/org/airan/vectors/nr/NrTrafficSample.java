package org.airan.vectors.nr;

/**
 * Offered traffic in one slot ({@code nr:ground_truth.traffic[i]}): bytes that arrived for transmission, the
 * input of traffic-aware power saving.
 *
 * @param slotIndex slot counted from the recording's first slot boundary, {@code >= 0}
 * @param dlBytes   downlink bytes arriving in that slot, {@code >= 0}
 * @param ulBytes   uplink bytes arriving in that slot, {@code >= 0}
 */
public record NrTrafficSample(long slotIndex, long dlBytes, long ulBytes) {

    public NrTrafficSample {
        if (slotIndex < 0 || dlBytes < 0 || ulBytes < 0) {
            throw new IllegalArgumentException("slotIndex, dlBytes and ulBytes must be >= 0, were " + slotIndex
                    + ", " + dlBytes + ", " + ulBytes);
        }
    }
}
