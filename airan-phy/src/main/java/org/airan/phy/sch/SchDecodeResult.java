package org.airan.phy.sch;

/**
 * Outcome of decoding one transport block; a mutable holder filled in place so that the receive chain allocates
 * nothing per slot (copy the values out if they must outlive the next call). A CRC failure is a result, not an
 * exception.
 */
public final class SchDecodeResult {
    private boolean crcOk;
    private int tbs;
    private int numCodeBlocks;
    private int numCodeBlocksOk;
    private int totalIterations;
    private int maxIterations;
    private int harqTransmissions;

    void set(boolean crcOk, int tbs, int numCodeBlocks, int numCodeBlocksOk, int totalIterations, int maxIterations,
             int harqTransmissions) {
        this.crcOk = crcOk;
        this.tbs = tbs;
        this.numCodeBlocks = numCodeBlocks;
        this.numCodeBlocksOk = numCodeBlocksOk;
        this.totalIterations = totalIterations;
        this.maxIterations = maxIterations;
        this.harqTransmissions = harqTransmissions;
    }

    /** True when the transport-block CRC (and every code-block CRC) passed. */
    public boolean crcOk() {
        return crcOk;
    }

    /** TBS in bits (the payload delivered when {@link #crcOk()}). */
    public int tbs() {
        return tbs;
    }

    /** Bits delivered: TBS when the CRC passed, else 0. */
    public int bits() {
        return crcOk ? tbs : 0;
    }

    /** C. */
    public int numCodeBlocks() {
        return numCodeBlocks;
    }

    /** Code blocks whose CRC (or, for C = 1, the TB CRC) passed. */
    public int numCodeBlocksOk() {
        return numCodeBlocksOk;
    }

    /** LDPC iterations summed over the code blocks decoded in this call. */
    public int totalIterations() {
        return totalIterations;
    }

    /** Mean LDPC iterations per decoded code block. */
    public double meanIterations() {
        return numCodeBlocks == 0 ? 0 : (double) totalIterations / numCodeBlocks;
    }

    /** Largest iteration count of a code block. */
    public int maxIterations() {
        return maxIterations;
    }

    /** Transmissions combined in the HARQ buffer, this one included. */
    public int harqTransmissions() {
        return harqTransmissions;
    }

    @Override
    public String toString() {
        return "SchDecodeResult[crcOk=" + crcOk + ", tbs=" + tbs + ", C=" + numCodeBlocks + ", cbOk=" + numCodeBlocksOk
                + ", meanIter=" + String.format("%.2f", meanIterations()) + ", tx=" + harqTransmissions + "]";
    }
}
