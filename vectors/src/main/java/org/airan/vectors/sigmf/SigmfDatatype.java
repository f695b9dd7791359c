package org.airan.vectors.sigmf;

import java.nio.ByteOrder;

/**
 * The complex sample formats of a SigMF dataset ({@code core:datatype}, SigMF 1.x "Dataset Format").
 *
 * <p>Every sample is one complex value (I then Q) per channel; with {@code core:num_channels = C}, samples are
 * interleaved across channels: {@code I0(ch0) Q0(ch0) I0(ch1) Q0(ch1) ... I1(ch0) ...}.
 *
 * <p><b>Scaling</b> (what a read returns; full scale is 1.0 and dBFS is relative to it):
 * <ul>
 *   <li>floating types ({@code cf32}, {@code cf64}): the stored value, unchanged (cf64 is rounded to float);</li>
 *   <li>signed integers ({@code ci8}, {@code ci16}, {@code ci32}) with {@code b} bits: {@code v / (2^(b-1) - 1)},
 *       so {@code ci16} 32767 → 1.0 and {@code ci8} 127 → 1.0 (the most negative code maps slightly below
 *       -1.0);</li>
 *   <li>unsigned (offset-binary) integers ({@code cu8}, {@code cu16}): {@code (v - 2^(b-1)) / (2^(b-1) - 1)},
 *       so {@code cu8} 128 → 0.0 and 255 → 1.0.</li>
 * </ul>
 * Writing to an integer type rounds {@code x · fullScale} to the nearest code and saturates at the code range
 * (those samples are counted as clipped); NaN is written as zero (counted).
 *
 * <p>Real-valued types ({@code r...}) are not supported: an IQ recording of a radio carrier is complex.
 */
public enum SigmfDatatype {
    /** Complex 64-bit IEEE floats, little endian. */
    CF64_LE("cf64_le", 8, true, true, ByteOrder.LITTLE_ENDIAN),
    /** Complex 64-bit IEEE floats, big endian. */
    CF64_BE("cf64_be", 8, true, true, ByteOrder.BIG_ENDIAN),
    /** Complex 32-bit IEEE floats, little endian (the native layout of the PHY's interleaved {@code float[]}). */
    CF32_LE("cf32_le", 4, true, true, ByteOrder.LITTLE_ENDIAN),
    /** Complex 32-bit IEEE floats, big endian. */
    CF32_BE("cf32_be", 4, true, true, ByteOrder.BIG_ENDIAN),
    /** Complex signed 32-bit integers, little endian; full scale 2147483647. */
    CI32_LE("ci32_le", 4, false, true, ByteOrder.LITTLE_ENDIAN),
    /** Complex signed 32-bit integers, big endian; full scale 2147483647. */
    CI32_BE("ci32_be", 4, false, true, ByteOrder.BIG_ENDIAN),
    /** Complex signed 16-bit integers, little endian; full scale 32767. */
    CI16_LE("ci16_le", 2, false, true, ByteOrder.LITTLE_ENDIAN),
    /** Complex signed 16-bit integers, big endian; full scale 32767. */
    CI16_BE("ci16_be", 2, false, true, ByteOrder.BIG_ENDIAN),
    /** Complex signed 8-bit integers; full scale 127. */
    CI8("ci8", 1, false, true, ByteOrder.LITTLE_ENDIAN),
    /** Complex unsigned (offset-binary) 16-bit integers, little endian; zero at 32768, full scale 32767. */
    CU16_LE("cu16_le", 2, false, false, ByteOrder.LITTLE_ENDIAN),
    /** Complex unsigned (offset-binary) 16-bit integers, big endian; zero at 32768, full scale 32767. */
    CU16_BE("cu16_be", 2, false, false, ByteOrder.BIG_ENDIAN),
    /** Complex unsigned (offset-binary) 8-bit integers; zero at 128, full scale 127. */
    CU8("cu8", 1, false, false, ByteOrder.LITTLE_ENDIAN);

    private final String sigmfName;
    private final int bytesPerComponent;
    private final boolean floating;
    private final boolean signed;
    private final ByteOrder byteOrder;

    SigmfDatatype(String sigmfName, int bytesPerComponent, boolean floating, boolean signed, ByteOrder byteOrder) {
        this.sigmfName = sigmfName;
        this.bytesPerComponent = bytesPerComponent;
        this.floating = floating;
        this.signed = signed;
        this.byteOrder = byteOrder;
    }

    /** The name used in {@code core:datatype}, e.g. {@code ci16_le}. */
    public String sigmfName() {
        return sigmfName;
    }

    /** Bytes of one real component (I or Q). */
    public int bytesPerComponent() {
        return bytesPerComponent;
    }

    /** Bytes of one complex sample of one channel (I and Q). */
    public int bytesPerSample() {
        return 2 * bytesPerComponent;
    }

    /** Whether the components are IEEE floats. */
    public boolean isFloating() {
        return floating;
    }

    /** Whether the components are signed (two's complement) integers or floats; false for offset binary. */
    public boolean isSigned() {
        return signed;
    }

    /** Byte order of multi-byte components (little endian for the one-byte types, where it does not matter). */
    public ByteOrder byteOrder() {
        return byteOrder;
    }

    /** The stored value that reads as 1.0: 1 for floats, {@code 2^(bits-1) - 1} for integers. */
    public double fullScale() {
        return floating ? 1.0 : (double) ((1L << (8 * bytesPerComponent - 1)) - 1);
    }

    /**
     * Magnitude of a read component at or above which the sample counts as clipped: 1.0 for floats, and for
     * integers the value of the largest code less half a code step (so the largest and the most negative code
     * both count).
     */
    public double clipLevel() {
        return floating ? 1.0 : (fullScale() - 0.5) / fullScale();
    }

    /**
     * The datatype named {@code name} (case-sensitive as in SigMF; the one-byte types also accept a redundant
     * {@code _le}/{@code _be} suffix), or {@code null} if this library does not know it.
     */
    public static SigmfDatatype fromSigmfName(String name) {
        if (name == null) {
            return null;
        }
        String n = name;
        if (n.equals("ci8_le") || n.equals("ci8_be") || n.equals("cu8_le") || n.equals("cu8_be")) {
            n = n.substring(0, 3);
        }
        for (SigmfDatatype t : values()) {
            if (t.sigmfName.equals(n)) {
                return t;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return sigmfName;
    }
}
