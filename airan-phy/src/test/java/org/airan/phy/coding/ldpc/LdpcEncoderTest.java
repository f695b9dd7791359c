package org.airan.phy.coding.ldpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LdpcEncoderTest {

    private final LdpcEncoder encoder = LdpcEncoders.create(384);

    /** H·x = 0 for every lifting size of both base graphs, with random systematic bits and filler zeros. */
    @Test
    void everyCodewordSatisfiesEveryParityCheck() {
        SplittableRandom rnd = new SplittableRandom(1);
        for (LdpcBaseGraph bg : LdpcBaseGraph.values()) {
            for (int z : LiftingSizes.all()) {
                LdpcCode code = LdpcCode.of(bg, z);
                byte[] c = new byte[code.k()];
                int filler = rnd.nextInt(code.k() / 4);
                for (int j = 0; j < c.length - filler; j++) {
                    c[j] = (byte) rnd.nextInt(2);
                }
                byte[] d = new byte[code.n()];
                encoder.encode(code, c, 0, d, 0);
                byte[] full = full(code, c, d);
                assertTrue(code.satisfiesParity(full, 0, code.numRows()), code.toString());
                // systematic: d starts with c_{2Z}..c_{K-1}
                assertArrayEquals(Arrays.copyOfRange(c, 2 * z, code.k()),
                        Arrays.copyOfRange(d, 0, code.k() - 2 * z), code.toString());
                // the check can fail: one flipped parity bit breaks it
                full[code.fullLength() - 1 - rnd.nextInt(code.fullLength() - code.k())] ^= 1;
                assertFalse(code.satisfiesParity(full, 0, code.numRows()), code.toString());
            }
        }
    }

    @Test
    void allZeroBlockEncodesToAllZeroAndEncodingIsLinear() {
        LdpcCode code = LdpcCode.of(LdpcBaseGraph.BG2, 52);
        SplittableRandom rnd = new SplittableRandom(2);
        byte[] a = new byte[code.k()];
        byte[] b = new byte[code.k()];
        byte[] ab = new byte[code.k()];
        for (int j = 0; j < a.length; j++) {
            a[j] = (byte) rnd.nextInt(2);
            b[j] = (byte) rnd.nextInt(2);
            ab[j] = (byte) (a[j] ^ b[j]);
        }
        byte[] da = new byte[code.n()];
        byte[] db = new byte[code.n()];
        byte[] dab = new byte[code.n() + 3];
        encoder.encode(code, a, 0, da, 0);
        encoder.encode(code, b, 0, db, 0);
        encoder.encode(code, ab, 0, dab, 3);
        for (int j = 0; j < code.n(); j++) {
            assertTrue((da[j] ^ db[j]) == dab[3 + j]);
        }
        byte[] zero = new byte[code.n()];
        encoder.encode(code, new byte[code.k()], 0, zero, 0);
        assertArrayEquals(new byte[code.n()], zero);
    }

    static byte[] full(LdpcCode code, byte[] c, byte[] d) {
        int z = code.z();
        byte[] full = new byte[code.fullLength()];
        System.arraycopy(c, 0, full, 0, 2 * z);
        System.arraycopy(d, 0, full, 2 * z, code.n());
        return full;
    }
}
