package org.airan.vectors.sigmf;

/**
 * A read position in a {@link SigmfRecording} that steps through it in blocks (e.g. one slot at a time), filling a
 * caller-provided buffer. {@link #next} allocates nothing.
 *
 * <p>Block lengths may vary from call to call (NR slots that hold a long-CP symbol are longer, TS 38.211 §5.3.1).
 * A cursor is not thread-safe; each thread should use its own recording.
 */
public final class SigmfCursor {

    private final SigmfRecording recording;
    private long position;

    SigmfCursor(SigmfRecording recording) {
        this.recording = recording;
    }

    /** The index (per channel) of the next sample {@link #next} reads. */
    public long position() {
        return position;
    }

    /** Moves to sample {@code sampleIndex} (0 .. {@link SigmfRecording#numSamples()}). */
    public SigmfCursor seek(long sampleIndex) {
        if (sampleIndex < 0 || sampleIndex > recording.numSamples()) {
            throw new IndexOutOfBoundsException("sampleIndex must be in [0, " + recording.numSamples() + "], was "
                    + sampleIndex);
        }
        position = sampleIndex;
        return this;
    }

    /** Samples per channel left after {@link #position()}. */
    public long remaining() {
        return recording.numSamples() - position;
    }

    /** Whether samples are left. */
    public boolean hasRemaining() {
        return position < recording.numSamples();
    }

    /**
     * Reads the next {@code numSamples} samples per channel (fewer at the end) into {@code out[c][0 ..]} and
     * advances; see {@link SigmfRecording#read(long, int, float[][], int)}.
     *
     * @return samples read per channel, 0 at the end
     */
    public int next(int numSamples, float[][] out) throws SigmfException {
        return next(numSamples, out, 0);
    }

    /**
     * Reads the next {@code numSamples} samples per channel (fewer at the end) into {@code out[c]} from float index
     * {@code outOffset} and advances.
     *
     * @return samples read per channel, 0 at the end
     */
    public int next(int numSamples, float[][] out, int outOffset) throws SigmfException {
        int n = recording.read(position, numSamples, out, outOffset);
        position += n;
        return n;
    }
}
