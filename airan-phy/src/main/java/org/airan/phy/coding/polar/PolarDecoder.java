package org.airan.phy.coding.polar;

/**
 * Decodes NR polar codes (TS 38.212 §5.3.1, §5.4.1) from the E rate-matched LLRs to the K bits c_0..c_{K−1}
 * (CRC included, input interleaving undone), and reports whether the CRC checked.
 *
 * <p>LLR convention: ln P(b = 0) / P(b = 1) (positive means 0). Implementations are sized for a maximum N at
 * construction (see {@link PolarDecoders}) and allocate nothing per call; they are not thread-safe.
 * A CRC failure is a result ({@code false}), not an exception. NaN LLRs count as erasures (0), infinite ones are
 * clamped ({@link PolarRateMatcher#MAX_CHANNEL_LLR}); an input without any information (all 0 or NaN) returns
 * {@code false} with zero bits rather than the all-zero codeword, which would pass a zero-initialized CRC.
 */
public interface PolarDecoder {

    /**
     * Decodes one code block.
     *
     * @param code      the code (K, E, N, bit sets)
     * @param llr       E LLRs at {@code llrOffset}
     * @param rnti      0..65535, the RNTI that masks a DCI CRC (TS 38.212 §7.3.2); ignored for other codes
     * @param out       Modified: c_0..c_{K−1} at {@code outOffset}, one bit per byte (the best candidate's bits
     *                  even when no CRC checked)
     * @return true when the CRC of the output checks
     */
    boolean decode(PolarCode code, float[] llr, int llrOffset, int rnti, byte[] out, int outOffset);

    /** {@link #decode(PolarCode, float[], int, int, byte[], int)} for codes without an RNTI-masked CRC. */
    default boolean decode(PolarCode code, float[] llr, int llrOffset, byte[] out, int outOffset) {
        return decode(code, llr, llrOffset, 0, out, outOffset);
    }

    /**
     * Path metric of the output of the last {@code decode}: the sum of |LLR| over the decisions (frozen, parity and
     * information bits) that disagree with the sign of their LLR, with min-sum LLRs. 0 when every decision agrees.
     */
    float lastPathMetric();

    /** The list size L (1 for successive cancellation). */
    int listSize();
}
