package org.airan.phy.coding.ldpc;

/**
 * Soft-input LDPC decoder for the NR codes of TS 38.212 §5.3.2.
 *
 * <p>Input: {@code N = }{@link LdpcCode#n()} LLRs for {@code d_0..d_{N-1}} (the encoder output, i.e. the codeword
 * without its first {@code 2·Z_c} punctured bits), sign convention {@code LLR = ln P(b=0)/P(b=1)} (positive means
 * 0). Bits not received (rate matching did not select them) have LLR 0; filler bits (known zeros) have LLR
 * {@link #KNOWN_BIT_LLR} or larger. This is the layout that rate recovery
 * ({@code org.airan.phy.coding.ratematch}) produces, positions beyond N_cb being 0. Implementations may skip the
 * extension rows whose parity columns hold only zero LLRs (they carry no information; see
 * {@link LdpcCode#numActiveRows(int)}), which makes high-rate blocks cheaper. A NaN LLR is read as 0 (no
 * information); infinities saturate (a float decoder keeps them, the fixed-point one clamps them).
 *
 * <p>Output: hard decisions on the K systematic bits {@code c_0..c_{K-1}} (filler positions included, decoded as
 * 0 when marked known), and a {@link LdpcDecodeResult} with the iterations used and whether the syndrome of the
 * final hard decision is zero. A failure to converge is a result, not an exception.
 *
 * <p>Implementations allocate nothing per call (workspaces are sized at construction for a maximum Z_c) and are
 * not thread-safe; use one per thread. The contract is the same for scalar, SIMD (Vector API) and GPU backends.
 * Create with {@link LdpcDecoders}.
 */
public interface LdpcDecoder {

    /** LLR magnitude that marks a known bit (e.g. filler bits, known 0: {@code +KNOWN_BIT_LLR}). */
    float KNOWN_BIT_LLR = 1.0e4f;

    /**
     * Decodes one code block.
     *
     * @param code      base graph and lifting size (Z_c at most the decoder's maximum)
     * @param llr       N LLRs from {@code llrOffset}; not modified
     * @param llrOffset start of the LLRs
     * @param bits      output: K hard bits (0/1) from {@code bitsOffset} (Modified)
     * @param bitsOffset start of the output
     * @param result    iterations used and parity-check outcome (Modified)
     */
    void decode(LdpcCode code, float[] llr, int llrOffset, byte[] bits, int bitsOffset, LdpcDecodeResult result);

    /**
     * Decodes one code block with a CRC-aided early stop: with {@link LdpcDecoderConfig#earlyTermination()}, after
     * every iteration the hard decisions of the first {@code crcBits} systematic bits are checked against
     * {@code crc} (the code block's CRC24B, TS 38.212 §5.2.2, or a single block's transport-block CRC24A, §7.2.1)
     * and decoding stops as soon as it passes, instead of when all parity checks hold. A CRC check costs a fraction
     * of a syndrome check and passes at the same iteration or earlier; the decoded bits are the same whenever the
     * block converges to the transmitted codeword. {@link LdpcDecodeResult#crcPassed()} tells whether the stop
     * fired; when it did, {@link LdpcDecodeResult#parityCheckPassed()} is not evaluated (false; read
     * {@link LdpcDecodeResult#converged()}). Without early termination, or with {@code crc == null}, this is
     * {@link #decode(LdpcCode, float[], int, byte[], int, LdpcDecodeResult)}.
     *
     * <p>The default implementation ignores the CRC (syndrome stop only); the layered min-sum decoders implement
     * it.
     *
     * @param crc     the CRC that ends the first {@code crcBits} bits of the block, or null for none
     * @param crcBits K' (code block with CRC24B) or B (TB with CRC24A): bits covered including the CRC, at least
     *                the CRC length and at most K
     */
    default void decode(LdpcCode code, float[] llr, int llrOffset, byte[] bits, int bitsOffset,
                        org.airan.phy.coding.crc.CrcCalculator crc, int crcBits, LdpcDecodeResult result) {
        decode(code, llr, llrOffset, bits, bitsOffset, result);
    }

    /** The configuration this decoder was built with. */
    LdpcDecoderConfig config();
}
