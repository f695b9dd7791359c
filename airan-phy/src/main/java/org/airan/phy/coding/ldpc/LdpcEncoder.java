package org.airan.phy.coding.ldpc;

/**
 * LDPC encoder of TS 38.212 §5.3.2.
 *
 * <p>Input: the code block {@code c_0..c_{K-1}} (K = {@link LdpcCode#k()}), one bit per byte, with filler bits
 * given as 0. Output: {@code d_0..d_{N-1}} (N = {@link LdpcCode#n()}), the systematic bits {@code c_{2Z}..c_{K-1}}
 * followed by the {@code N + 2Z − K} parity bits {@code w} that satisfy {@code H·[c; w] = 0}; the first
 * {@code 2·Z_c} systematic bits are punctured. Filler positions of {@code d} (the NULL bits of §5.3.2) are written
 * as 0; rate matching skips them by position (see {@code org.airan.phy.coding.ratematch}).
 *
 * <p>Implementations allocate nothing per call; one instance is not thread-safe (it owns scratch state).
 * Create with {@link LdpcEncoders}.
 */
public interface LdpcEncoder {

    /**
     * Encodes one code block.
     *
     * @param code   base graph and lifting size; Z_c must not exceed the maximum this encoder was created for
     * @param c      code block bits, K entries from {@code cOffset}, each 0 or 1
     * @param cOffset start of the code block in {@code c}
     * @param d      output, N entries from {@code dOffset} (Modified)
     * @param dOffset start of the output in {@code d}
     */
    void encode(LdpcCode code, byte[] c, int cOffset, byte[] d, int dOffset);
}
