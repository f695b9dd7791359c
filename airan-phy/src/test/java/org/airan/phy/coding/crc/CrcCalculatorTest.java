package org.airan.phy.coding.crc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.airan.phy.BundledTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CrcCalculatorTest {

    private static byte[] bits(String s) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (s.charAt(i) - '0');
        }
        return b;
    }

    /** Reference vectors of TS 38.212 §5.1 (cross-checked table, see the CSV header). */
    @Test
    void matchesReferenceVectors() {
        List<String[]> rows = BundledTables.rows(CrcCalculatorTest.class, "crc_test_vectors.csv");
        assertEquals(18, rows.size());
        for (String[] r : rows) {
            CrcCalculator crc = CrcCalculator.of(CrcPolynomial.valueOf(r[0]));
            byte[] in = bits(r[2]);
            int expected = Integer.decode(r[4]);
            assertEquals(expected, crc.computeBits(in, 0, in.length), r[0] + " " + r[1]);
            // Same via the packed path.
            byte[] packed = new byte[(in.length + 7) / 8];
            for (int i = 0; i < in.length; i++) {
                packed[i >> 3] |= (byte) (in[i] << (7 - (i & 7)));
            }
            assertEquals(expected, crc.computePacked(packed, 0, in.length), r[0] + " packed " + r[1]);
        }
    }

    /** The catalogue check values for CRC-24/LTE-A and LTE-B ("123456789"). */
    @Test
    void catalogueCheckValues() {
        byte[] ascii = "123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(0xCDE703, CrcCalculator.of(CrcPolynomial.CRC24A).computePacked(ascii, 0, 72));
        assertEquals(0x23EF52, CrcCalculator.of(CrcPolynomial.CRC24B).computePacked(ascii, 0, 72));
    }

    @ParameterizedTest
    @EnumSource(CrcPolynomial.class)
    void attachThenCheckAndDetectErrors(CrcPolynomial p) {
        CrcCalculator crc = CrcCalculator.of(p);
        Random rnd = new Random(7);
        for (int len : new int[] {1, 7, 8, 9, 100, 3824, 8448}) {
            byte[] b = new byte[len + p.length()];
            for (int i = 0; i < len; i++) {
                b[i] = (byte) rnd.nextInt(2);
            }
            crc.attach(b, 0, len);
            assertTrue(crc.check(b, 0, b.length), p + " len " + len);
            int flip = rnd.nextInt(b.length);
            b[flip] ^= 1;
            assertFalse(crc.check(b, 0, b.length), p + " single-bit error at " + flip + " of " + b.length);
        }
    }

    @Test
    void refusesBlockShorterThanCrc() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrcCalculator.of(CrcPolynomial.CRC24A).check(new byte[10], 0, 10));
        assertTrue(e.getMessage().contains("CRC24A"));
    }
}
