package org.airan.phy.coding.polar;

import java.util.Arrays;
import java.util.Objects;

/**
 * NR polar encoder, TS 38.212 §5.3.1 and §5.4.1: input bit interleaving (§5.3.1.1), information/parity-check/
 * frozen bit placement (§5.3.1.2), the polar transform d = u·G_N with G_N = F^{⊗n}, F = [[1,0],[1,1]] (§5.3.1.2),
 * then rate matching (sub-block interleaving, bit selection and coded-bit interleaving, §5.4.1).
 *
 * <p>Bits are one per byte (0/1). Sized for a maximum N at construction; {@link #encode} allocates nothing.
 * Not thread-safe (holds a scratch vector).
 */
public final class PolarEncoder {

    private final int maxN;
    private final byte[] u;

    /** An encoder for codes with N ≤ {@code maxMotherLength} (512 for downlink, 1024 for uplink). */
    public PolarEncoder(int maxMotherLength) {
        if (maxMotherLength < 32 || maxMotherLength > 1024 || Integer.bitCount(maxMotherLength) != 1) {
            throw new IllegalArgumentException("maxMotherLength must be a power of two in [32, 1024] "
                    + "(TS 38.212 §5.3.1), was " + maxMotherLength);
        }
        this.maxN = maxMotherLength;
        this.u = new byte[maxMotherLength];
    }

    /** An encoder for every NR polar code (N ≤ 1024). */
    public PolarEncoder() {
        this(1024);
    }

    /**
     * Encodes K bits (CRC already attached, see {@link PolarCode#attachCrc}) into E rate-matched bits.
     *
     * @param c   c_0..c_{K−1} at {@code cOff}
     * @param out Modified: f_0..f_{E−1} at {@code outOff}
     */
    public void encode(PolarCode code, byte[] c, int cOff, byte[] out, int outOff) {
        int n = code.motherLength();
        checkSize(n);
        Objects.checkFromIndexSize(cOff, code.numInfoBits(), c.length);
        Objects.checkFromIndexSize(outOff, code.numCodedBits(), out.length);
        placeBits(code, c, cOff, u);
        transform(u, 0, n);
        int[] map = code.rateMatchMapView();
        for (int k = 0; k < map.length; k++) {
            out[outOff + k] = u[map[k]];
        }
    }

    /**
     * Builds u_0..u_{N−1} (TS 38.212 §5.3.1.2): c'_k = c_{Π(k)} into the information positions in increasing
     * index, parity-check bits from the 5-bit cyclic register, zeros elsewhere.
     *
     * @param u Modified: the first N entries
     */
    static void placeBits(PolarCode code, byte[] c, int cOff, byte[] u) {
        int n = code.motherLength();
        byte[] type = code.bitTypes();
        int[] pi = code.inputInterleaverView();
        Arrays.fill(u, 0, n, (byte) 0);
        int k = 0;
        int y = 0; // y_i at bit i of a 5-bit cyclic register
        for (int i = 0; i < n; i++) {
            y = (y >>> 1) | ((y & 1) << 4);
            byte t = type[i];
            if (t == PolarCode.INFO) {
                byte b = (byte) (c[cOff + pi[k++]] & 1);
                u[i] = b;
                y ^= b;
            } else if (t == PolarCode.PARITY) {
                u[i] = (byte) (y & 1);
            }
        }
    }

    /** In-place polar transform x = x·F^{⊗n} over GF(2) for {@code n} (a power of two) bits at {@code off}. */
    public static void transform(byte[] x, int off, int n) {
        for (int h = 1; h < n; h <<= 1) {
            for (int blk = off; blk < off + n; blk += 2 * h) {
                for (int i = blk; i < blk + h; i++) {
                    x[i] ^= x[i + h];
                }
            }
        }
    }

    private void checkSize(int n) {
        if (n > maxN) {
            throw new IllegalArgumentException("code needs N = " + n + " but this encoder was sized for N ≤ " + maxN);
        }
    }
}
