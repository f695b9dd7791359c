package org.airan.vectors.nr;

/**
 * Where the slot grid starts in a recording ({@code global.nr:first_slot}): the sample offset of the first slot
 * boundary in the dataset, and that slot's system frame number and slot number.
 *
 * @param frame        system frame number n_f of the first slot, 0..1023 (TS 38.211 §4.3.1, 38.331 SFN)
 * @param slot         slot number n_s,f^µ of the first slot within its frame, 0..(10·2^µ − 1) (TS 38.211 §4.3.2);
 *                     checked against the carrier by {@link NrMetadata}
 * @param sampleOffset index (per channel) of the first sample of that slot in the dataset, {@code >= 0}; samples
 *                     before it belong to a partial slot and are not described
 */
public record NrFirstSlot(int frame, int slot, long sampleOffset) {

    /** Frames per SFN cycle (TS 38.211 §4.3.1: SFN 0..1023). */
    public static final int FRAMES_PER_SFN_CYCLE = 1024;

    public NrFirstSlot {
        if (frame < 0 || frame >= FRAMES_PER_SFN_CYCLE) {
            throw new IllegalArgumentException("frame must be in [0, 1023] (TS 38.211 §4.3.1), was " + frame);
        }
        if (slot < 0) {
            throw new IllegalArgumentException("slot must be >= 0 (TS 38.211 §4.3.2), was " + slot);
        }
        if (sampleOffset < 0) {
            throw new IllegalArgumentException("sampleOffset must be >= 0, was " + sampleOffset);
        }
    }

    /** Frame 0, slot 0, at the first sample. */
    public static NrFirstSlot atStart() {
        return new NrFirstSlot(0, 0, 0);
    }
}
