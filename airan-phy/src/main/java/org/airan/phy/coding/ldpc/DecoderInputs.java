package org.airan.phy.coding.ldpc;

import java.util.Objects;

/** The checks and the input analysis that every {@link LdpcDecoder} does first. */
final class DecoderInputs {

    private DecoderInputs() {
    }

    /**
     * Checks the arguments of {@link LdpcDecoder#decode} and returns how many base-graph rows take part in decoding:
     * trailing LLRs that are exactly 0 were not received (rate matching stopped short of them), and the parity rows
     * that touch only such columns carry no information ({@link LdpcCode#numActiveRows}).
     */
    static int activeRows(LdpcCode code, int maxZ, float[] llr, int llrOffset, byte[] bits, int bitsOffset,
                          LdpcDecodeResult result) {
        int z = code.z();
        if (z > maxZ) {
            throw new IllegalArgumentException("code Z_c " + z + " exceeds this decoder's maxZ " + maxZ);
        }
        int n = code.n();
        Objects.checkFromIndexSize(llrOffset, n, llr.length);
        Objects.checkFromIndexSize(bitsOffset, code.k(), bits.length);
        Objects.requireNonNull(result, "result");
        int known = n;
        while (known > 0 && llr[llrOffset + known - 1] == 0f) {
            known--;
        }
        return code.numActiveRows(known);
    }

    /** Checks the CRC-aided early stop arguments: {@code crcBits} within [L, K] when a CRC is given. */
    static void checkCrc(LdpcCode code, org.airan.phy.coding.crc.CrcCalculator crc, int crcBits) {
        if (crc != null && (crcBits < crc.length() || crcBits > code.k())) {
            throw new IllegalArgumentException("crcBits must be in [" + crc.length() + ", K=" + code.k()
                    + "] (the CRC-covered bits of a code block, TS 38.212 §5.2.2), was " + crcBits);
        }
    }
}
