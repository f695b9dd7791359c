package org.airan.phy.channel;

import java.util.Arrays;
import java.util.Objects;

/**
 * Timing offset: delays a stream by a whole number of samples (the receiver sees the frame start late by that
 * much), carrying the delayed samples across calls; the stream starts with zeros. Fractional delays belong to the
 * channel's paths ({@link MultipathChannel}). Allocates nothing after construction; not thread-safe.
 */
public final class TimingOffset {

    private final int delay;
    private final float[] hist;
    private final float[] tmp;

    /**
     * @param delaySamples delay D ≥ 0
     * @param maxBlock     largest block (samples) passed to {@link #apply}
     */
    public TimingOffset(int delaySamples, int maxBlock) {
        if (delaySamples < 0 || maxBlock < 1) {
            throw new IllegalArgumentException("delaySamples must be ≥ 0 and maxBlock ≥ 1, were " + delaySamples + ", "
                    + maxBlock);
        }
        this.delay = delaySamples;
        this.hist = new float[2 * delaySamples];
        this.tmp = new float[2 * (delaySamples + maxBlock)];
    }

    /** Delay in samples. */
    public int delaySamples() {
        return delay;
    }

    /** Delays {@code numSamples} interleaved samples in place. @param x Modified */
    public void apply(float[] x, int offset, int numSamples) {
        Objects.checkFromIndexSize(offset, 2 * numSamples, x.length);
        if (2 * (delay + numSamples) > tmp.length) {
            throw new IllegalArgumentException("numSamples " + numSamples + " exceeds maxBlock given at construction");
        }
        System.arraycopy(hist, 0, tmp, 0, 2 * delay);
        System.arraycopy(x, offset, tmp, 2 * delay, 2 * numSamples);
        System.arraycopy(tmp, 0, x, offset, 2 * numSamples);
        System.arraycopy(tmp, 2 * numSamples, hist, 0, 2 * delay);
    }

    /** Clears the carried samples. */
    public void reset() {
        Arrays.fill(hist, 0f);
    }
}
