package org.airan.phy.ssb;

/**
 * PBCH transport-channel coding of TS 38.212 §7.1: payload generation (§7.1.1) and interleaving
 * (Table 7.1.1-1), payload scrambling (§7.1.2), CRC24C attachment (§7.1.3), polar encoding with K = 56,
 * N = 512 (§7.1.4, §5.3.1) and rate matching to E = 864 bits (§7.1.5, §5.4.1).
 *
 * <p>The output is the bit sequence b(0..863) that TS 38.211 §7.3.3.1 scrambles before QPSK; that scrambling is not
 * done here. Not thread-safe (holds scratch buffers); allocation-free after construction.
 */
public final class PbchEncoder {

    /** E: PBCH bits after rate matching (TS 38.212 §7.1.5). */
    public static final int NUM_CODED_BITS = 864;

    public PbchEncoder() {
    }

    /**
     * Encodes one PBCH transport block.
     *
     * @param mib       the MIB (ssbSubcarrierOffset ≤ 15 when lMax = 64)
     * @param halfFrame 0 or 1: half frame of the SS/PBCH block (TS 38.212 §7.1.1)
     * @param ssbIndex  SS/PBCH block index, 0..lMax−1 (only its bits 5..3 enter the payload, for L_max = 64)
     * @param lMax      4, 8 or 64: maximum number of SS/PBCH blocks in a half frame (TS 38.213 §4.1)
     * @param pci       N_ID^cell, 0..1007: c_init of the §7.1.2 scrambling
     * @param out864    Modified: 864 bits, one per byte (0/1)
     */
    public void encode(Mib mib, int halfFrame, int ssbIndex, int lMax, int pci, byte[] out864) {
        throw new UnsupportedOperationException("TODO");
    }
}
