package org.airan.phy.coding.crc;

/**
 * The cyclic generator polynomials of TS 38.212 §5.1, in normal (MSB-first, non-reflected) form without the
 * leading D^L term. Parity bits p_0..p_{L−1} make a(D)·D^L + p(D) divisible by g(D); the register starts at
 * zero and there is no final XOR.
 */
public enum CrcPolynomial {
    /** g_CRC24A(D): transport-block CRC for TBS &gt; 3824 (TS 38.212 §7.2.1 / §6.2.1). */
    CRC24A(24, 0x864CFB),
    /** g_CRC24B(D): LDPC code-block CRC when C &gt; 1 (TS 38.212 §5.2.2). */
    CRC24B(24, 0x800063),
    /** g_CRC24C(D): BCH (PBCH) and DCI polar codes (TS 38.212 §7.1.3, §7.3.2). */
    CRC24C(24, 0xB2B117),
    /** g_CRC16(D): transport-block CRC for TBS ≤ 3824. */
    CRC16(16, 0x1021),
    /** g_CRC11(D): UCI polar code with A ≥ 20 (TS 38.212 §6.3.1.2.1). */
    CRC11(11, 0x621),
    /** g_CRC6(D): UCI polar code with 12 ≤ A ≤ 19. */
    CRC6(6, 0x21);

    private final int length;
    private final int poly;

    CrcPolynomial(int length, int poly) {
        this.length = length;
        this.poly = poly;
    }

    /** L: number of parity bits. */
    public int length() {
        return length;
    }

    /** The polynomial coefficients of D^{L−1}..D^0 as an integer (bit L−1 = coefficient of D^{L−1}). */
    public int polynomial() {
        return poly;
    }
}
