package org.airan.vectors.nr;

import org.airan.phy.grid.CarrierConfig;
import org.airan.vectors.sigmf.SigmfException;
import org.airan.vectors.sigmf.SigmfRecording;

/**
 * Steps through a recording one NR slot at a time, from the first slot boundary ({@link NrFirstSlot}), filling a
 * caller-provided buffer with exactly one slot per call; knows each slot's index, frame and slot number.
 * {@link #next(float[][])} allocates nothing (slot lengths are tabulated at construction).
 *
 * <pre>{@code
 * try (SigmfRecording rec = SigmfReader.open(path)) {
 *     NrSlotCursor slots = new NrSlotCursor(rec, NrMetadata.read(rec).orElseThrow());
 *     float[][] iq = slots.newSlotBuffer();
 *     while (slots.next(iq)) {
 *         demodulate(iq, slots.slotLengthSamples(), slots.frame(), slots.slotInFrame());
 *     }
 * }
 * }</pre>
 *
 * Not thread-safe.
 */
public final class NrSlotCursor {

    private final SigmfRecording recording;
    private final NrMetadata nr;
    private final int[] lengthBySlotInSubframe;
    private final int slotsPerFrame;
    private final int slotsPerSubframe;
    private final long lastSlot;
    private long slotIndex = -1;
    private long nextStart;
    private int length;

    /** A cursor before the first slot of {@code recording}, whose slot grid {@code nr} describes. */
    public NrSlotCursor(SigmfRecording recording, NrMetadata nr) {
        this.recording = recording;
        this.nr = nr;
        CarrierConfig c = nr.carrier().config();
        this.slotsPerSubframe = c.slotsPerSubframe();
        this.slotsPerFrame = c.slotsPerFrame();
        this.lengthBySlotInSubframe = new int[slotsPerSubframe];
        for (int s = 0; s < slotsPerSubframe; s++) {
            lengthBySlotInSubframe[s] = c.slotLengthSamples(s);
        }
        this.lastSlot = nr.numSlots() == null ? Long.MAX_VALUE : nr.numSlots() - 1;
        this.nextStart = nr.firstSlot().sampleOffset();
    }

    /** A buffer that holds any slot of this carrier for every channel. */
    public float[][] newSlotBuffer() {
        return recording.newBuffer(nr.carrier().config().maxSlotLengthSamples());
    }

    /**
     * Reads the next whole slot into {@code out[c][0 .. 2·slotLengthSamples())}.
     *
     * @return {@code false} (reading nothing) when the declared slots are done or the dataset holds less than a
     *         whole next slot
     */
    public boolean next(float[][] out) throws SigmfException {
        if (slotIndex >= lastSlot) {
            return false;
        }
        long s = slotIndex + 1;
        int len = lengthBySlotInSubframe[(int) ((nr.firstSlot().slot() + s) % slotsPerSubframe)];
        if (nextStart + len > recording.numSamples()) {
            return false;
        }
        recording.read(nextStart, len, out, 0);
        slotIndex = s;
        length = len;
        nextStart += len;
        return true;
    }

    /** Index of the slot last read, counted from the first slot boundary; -1 before the first. */
    public long slotIndex() {
        return slotIndex;
    }

    /** Samples per channel of the slot last read. */
    public int slotLengthSamples() {
        return length;
    }

    /** Dataset sample index of the first sample of the slot last read. */
    public long slotStartSample() {
        return nextStart - length;
    }

    /** System frame number of the slot last read. */
    public int frame() {
        long a = nr.firstSlot().slot() + slotIndex;
        return (int) ((nr.firstSlot().frame() + a / slotsPerFrame) % NrFirstSlot.FRAMES_PER_SFN_CYCLE);
    }

    /** Slot number within its frame of the slot last read. */
    public int slotInFrame() {
        return (int) ((nr.firstSlot().slot() + slotIndex) % slotsPerFrame);
    }
}
