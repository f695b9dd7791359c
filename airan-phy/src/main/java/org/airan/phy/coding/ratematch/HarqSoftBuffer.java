package org.airan.phy.coding.ratematch;

import java.util.Arrays;
import java.util.Objects;

/**
 * Soft buffer of one HARQ process: one LLR circular buffer per code block, kept across retransmissions so that
 * {@link LdpcRateRecoverer} can add the LLRs of every redundancy version (incremental-redundancy soft combining,
 * TS 38.212 §5.4.2 reversed; TS 38.321 §5.3.2.2 HARQ).
 *
 * <p>Code block r occupies {@code data()[offset(r) .. offset(r) + maxCodeBlockLength)}, laid out as the decoder
 * input of {@code org.airan.phy.coding.ldpc.LdpcDecoder} (N LLRs, positions not received are 0, filler bits are
 * known zeros). Clear it with {@link #reset()} when a new transport block starts (new-data indicator toggled).
 * Sized once; allocates nothing afterwards; not thread-safe.
 */
public final class HarqSoftBuffer {

    private final int maxCodeBlocks;
    private final int maxCodeBlockLength;
    private final float[] data;
    private int numTransmissions;

    /**
     * @param maxCodeBlocks      largest C of a transport block on this process, ≥ 1
     * @param maxCodeBlockLength largest N = 66·Z_c or 50·Z_c to hold, ≥ 1 (25344 for BG1 Z_c = 384)
     */
    public HarqSoftBuffer(int maxCodeBlocks, int maxCodeBlockLength) {
        if (maxCodeBlocks < 1) {
            throw new IllegalArgumentException("maxCodeBlocks must be >= 1, was " + maxCodeBlocks);
        }
        if (maxCodeBlockLength < 1) {
            throw new IllegalArgumentException("maxCodeBlockLength must be >= 1, was " + maxCodeBlockLength);
        }
        long size = (long) maxCodeBlocks * maxCodeBlockLength;
        if (size > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxCodeBlocks·maxCodeBlockLength = " + size + " is too large");
        }
        this.maxCodeBlocks = maxCodeBlocks;
        this.maxCodeBlockLength = maxCodeBlockLength;
        this.data = new float[(int) size];
    }

    /** Clears every code block (new transport block). */
    public void reset() {
        Arrays.fill(data, 0f);
        numTransmissions = 0;
    }

    /**
     * Starts a new transport block without clearing the data: the transmission count goes to 0 and the caller
     * clears each code block it will use with {@link #resetCodeBlock(int)} (so that several threads can clear their
     * own blocks). Blocks not cleared keep stale LLRs and must not be decoded.
     */
    public void restart() {
        numTransmissions = 0;
    }

    /** Clears code block r only (e.g. a code-block group that is retransmitted from scratch). */
    public void resetCodeBlock(int r) {
        Objects.checkIndex(r, maxCodeBlocks);
        Arrays.fill(data, r * maxCodeBlockLength, (r + 1) * maxCodeBlockLength, 0f);
    }

    /** The backing array (all code blocks). */
    public float[] data() {
        return data;
    }

    /** Offset of code block r in {@link #data()}. */
    public int offset(int r) {
        Objects.checkIndex(r, maxCodeBlocks);
        return r * maxCodeBlockLength;
    }

    /** Largest C. */
    public int maxCodeBlocks() {
        return maxCodeBlocks;
    }

    /** LLRs held per code block. */
    public int maxCodeBlockLength() {
        return maxCodeBlockLength;
    }

    /** Transmissions combined since the last {@link #reset()} (counted by {@link #markTransmission()}). */
    public int numTransmissions() {
        return numTransmissions;
    }

    /** Counts one more (re)transmission combined into this buffer. */
    public void markTransmission() {
        numTransmissions++;
    }
}
