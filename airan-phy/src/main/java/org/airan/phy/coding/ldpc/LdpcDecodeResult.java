package org.airan.phy.coding.ldpc;

/**
 * Outcome of decoding one code block: a mutable holder that the caller allocates once and passes to
 * {@link LdpcDecoder#decode}, so that decoding allocates nothing. Not converging is an ordinary outcome.
 */
public final class LdpcDecodeResult {

    private int iterations;
    private boolean parityCheckPassed;

    /** Iterations run (1..maxIterations); fewer than the maximum only with early termination. */
    public int iterations() { return iterations; }

    /**
     * True if the final hard decision satisfies every active parity check of H (TS 38.212 §5.3.2), i.e. it is a
     * codeword. The code-block or transport-block CRC still decides whether it is the right one.
     */
    public boolean parityCheckPassed() { return parityCheckPassed; }

    /** Sets both fields; called by decoders. */
    public void set(int iterations, boolean parityCheckPassed) {
        this.iterations = iterations;
        this.parityCheckPassed = parityCheckPassed;
    }

    @Override
    public String toString() {
        return "LdpcDecodeResult[iterations=" + iterations + ", parityCheckPassed=" + parityCheckPassed + "]";
    }
}
