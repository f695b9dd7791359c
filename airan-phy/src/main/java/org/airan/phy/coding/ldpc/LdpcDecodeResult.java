package org.airan.phy.coding.ldpc;

/**
 * Outcome of decoding one code block: a mutable holder that the caller allocates once and passes to
 * {@link LdpcDecoder#decode}, so that decoding allocates nothing. Not converging is an ordinary outcome.
 */
public final class LdpcDecodeResult {

    private int iterations;
    private boolean parityCheckPassed;
    private boolean crcPassed;

    /** Iterations run (1..maxIterations); fewer than the maximum only with early termination. */
    public int iterations() { return iterations; }

    /**
     * True if the final hard decision satisfies every active parity check of H (TS 38.212 §5.3.2), i.e. it is a
     * codeword. The code-block or transport-block CRC still decides whether it is the right one.
     */
    public boolean parityCheckPassed() { return parityCheckPassed; }

    /**
     * True if decoding stopped because the hard decision passed the CRC given to the CRC-aided early stop
     * ({@link LdpcDecoder#decode(LdpcCode, float[], int, byte[], int, org.airan.phy.coding.crc.CrcCalculator, int,
     * LdpcDecodeResult)}); {@link #parityCheckPassed()} is then not evaluated.
     */
    public boolean crcPassed() { return crcPassed; }

    /**
     * True if the decoder accepted its hard decision: it passed the parity checks or, with the CRC-aided early
     * stop, the CRC. This is the flag to read for "decoded"; {@link #parityCheckPassed()} alone is false after a
     * CRC stop because the parity checks are then skipped.
     */
    public boolean converged() { return parityCheckPassed || crcPassed; }

    /** Sets the iterations and the parity-check outcome (no CRC stop); called by decoders. */
    public void set(int iterations, boolean parityCheckPassed) {
        set(iterations, parityCheckPassed, false);
    }

    /** Sets every field; called by decoders. */
    public void set(int iterations, boolean parityCheckPassed, boolean crcPassed) {
        this.iterations = iterations;
        this.parityCheckPassed = parityCheckPassed;
        this.crcPassed = crcPassed;
    }

    @Override
    public String toString() {
        return "LdpcDecodeResult[iterations=" + iterations + ", parityCheckPassed=" + parityCheckPassed
                + ", crcPassed=" + crcPassed + "]";
    }
}
