package org.airan.phy.coding.crc;

import java.util.Objects;

/**
 * Table-driven CRC of TS 38.212 §5.1 for one {@link CrcPolynomial}, on bits stored one per byte (0/1, the
 * layout of the coding chain) or packed MSB-first in bytes. The parity is returned as an int whose most
 * significant of the L bits is p_0 (the first parity bit transmitted).
 *
 * <p>Byte-at-a-time with a 256-entry table; instances are immutable and thread-safe; no allocation per call.
 */
public final class CrcCalculator {

    private static final CrcCalculator[] INSTANCES = new CrcCalculator[CrcPolynomial.values().length];

    static {
        for (CrcPolynomial p : CrcPolynomial.values()) {
            INSTANCES[p.ordinal()] = new CrcCalculator(p);
        }
    }

    private final CrcPolynomial polynomial;
    private final int length;
    /** Register aligned to the top of an int: the polynomial shifted left by 32 − L. */
    private final int[] table = new int[256];

    private CrcCalculator(CrcPolynomial polynomial) {
        this.polynomial = polynomial;
        this.length = polynomial.length();
        int shifted = polynomial.polynomial() << (32 - length);
        for (int i = 0; i < 256; i++) {
            int r = i << 24;
            for (int b = 0; b < 8; b++) {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ shifted : r << 1;
            }
            table[i] = r;
        }
    }

    /** The shared calculator for {@code polynomial}. */
    public static CrcCalculator of(CrcPolynomial polynomial) {
        return INSTANCES[polynomial.ordinal()];
    }

    public CrcPolynomial polynomial() {
        return polynomial;
    }

    /** L, the number of parity bits. */
    public int length() {
        return length;
    }

    /** CRC of {@code numBits} bits stored one per byte (each 0 or 1) starting at {@code offset}. */
    public int computeBits(byte[] bits, int offset, int numBits) {
        Objects.checkFromIndexSize(offset, numBits, bits.length);
        int reg = 0;
        int i = offset;
        int end = offset + numBits;
        int whole = end - ((end - offset) & 7);
        for (; i < whole; i += 8) {
            int b = (bits[i] << 7) | (bits[i + 1] << 6) | (bits[i + 2] << 5) | (bits[i + 3] << 4)
                    | (bits[i + 4] << 3) | (bits[i + 5] << 2) | (bits[i + 6] << 1) | bits[i + 7];
            reg = (reg << 8) ^ table[((reg >>> 24) ^ b) & 0xFF];
        }
        for (; i < end; i++) {
            reg = stepBit(reg, bits[i]);
        }
        return reg >>> (32 - length);
    }

    /** CRC of the first {@code numBits} bits of {@code data}, packed MSB-first from {@code data[offset]}. */
    public int computePacked(byte[] data, int offset, int numBits) {
        Objects.checkFromIndexSize(offset, (numBits + 7) >>> 3, data.length);
        int reg = 0;
        int nBytes = numBits >>> 3;
        for (int i = 0; i < nBytes; i++) {
            reg = (reg << 8) ^ table[((reg >>> 24) ^ data[offset + i]) & 0xFF];
        }
        int rem = numBits & 7;
        if (rem != 0) {
            int last = data[offset + nBytes];
            for (int b = 0; b < rem; b++) {
                reg = stepBit(reg, (last >>> (7 - b)) & 1);
            }
        }
        return reg >>> (32 - length);
    }

    private int stepBit(int reg, int bit) {
        int top = (reg >>> 31) ^ bit;
        reg <<= 1;
        return top != 0 ? reg ^ (polynomial.polynomial() << (32 - length)) : reg;
    }

    /**
     * Computes the CRC of {@code bits[offset .. offset+numBits)} (one bit per byte) and writes the L parity bits
     * right after them, p_0 first.
     *
     * @param bits Modified: positions {@code offset+numBits .. offset+numBits+L−1}
     */
    public void attach(byte[] bits, int offset, int numBits) {
        Objects.checkFromIndexSize(offset, numBits + length, bits.length);
        int crc = computeBits(bits, offset, numBits);
        int p = offset + numBits;
        for (int i = 0; i < length; i++) {
            bits[p + i] = (byte) ((crc >>> (length - 1 - i)) & 1);
        }
    }

    /**
     * True when the last L of {@code numBitsWithCrc} bits (one per byte) are the CRC of the bits before them
     * (equivalently, the whole block is divisible by g(D)). A failure is a result, not an exception.
     */
    public boolean check(byte[] bits, int offset, int numBitsWithCrc) {
        if (numBitsWithCrc < length) {
            throw new IllegalArgumentException("block of " + numBitsWithCrc + " bits is shorter than the "
                    + length + "-bit " + polynomial + " (TS 38.212 §5.1)");
        }
        return computeBits(bits, offset, numBitsWithCrc) == 0;
    }
}
