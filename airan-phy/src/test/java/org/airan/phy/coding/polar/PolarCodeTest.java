package org.airan.phy.coding.polar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.airan.phy.coding.crc.CrcCalculator;
import org.airan.phy.coding.crc.CrcPolynomial;
import org.airan.phy.BundledTables;
import org.junit.jupiter.api.Test;

/** Code construction of TS 38.212 §5.3.1 and the rate-matching patterns of §5.4.1. */
class PolarCodeTest {

    @Test
    void pbchInformationSetMatchesTheDerivedTable() {
        PolarCode code = new PolarCode(PolarCodeConfig.pbch());
        assertEquals(512, code.motherLength());
        assertEquals(PolarCode.RateMatching.REPETITION, code.rateMatching());
        List<String[]> rows = BundledTables.rows(PolarCodeTest.class, "pbch_info_bit_positions.csv");
        int[] expected = rows.stream().mapToInt(r -> Integer.parseInt(r[1])).toArray();
        assertArrayEquals(expected, code.infoPositions());
        assertEquals(0, code.parityCheckPositions().length);
    }

    @Test
    void motherCodeLengthFollowsSection531() {
        // Hand-evaluated from the §5.3.1 formula (n1 with the 9/8 and 9/16 rule, n2 = ceil(log2 8K)).
        assertEquals(9, PolarCode.motherCodeLog2(56, 864, 9));    // PBCH: n1 = 10, n2 = 9
        assertEquals(7, PolarCode.motherCodeLog2(36, 108, 9));    // DCI A = 12, AL 1: n1 = 7, n2 = 9
        assertEquals(9, PolarCode.motherCodeLog2(164, 1728, 9));  // capped by n_max
        assertEquals(7, PolarCode.motherCodeLog2(20, 140, 10));   // 8E <= 9*2^7 and 16K < 9E: n1 = 7
        assertEquals(8, PolarCode.motherCodeLog2(80, 140, 10));   // 16K >= 9E: n1 = 8
        assertEquals(5, PolarCode.motherCodeLog2(13, 20, 10));    // n_min
        assertEquals(10, PolarCode.motherCodeLog2(500, 8192, 10));
    }

    @Test
    void inputInterleaverIsThePatternForKMaxAndAPermutationForEveryK() {
        assertArrayEquals(PolarTables.INTERLEAVING_PATTERN, PolarCode.inputInterleaver(164));
        for (int k = 1; k <= 164; k++) {
            assertPermutation(PolarCode.inputInterleaver(k));
        }
        // Resources loaded in order: Table 5.3.1.1-1 starts 0, 2, 4, 7, 9; Table 5.3.1.2-1 ends with Q = 1023.
        assertArrayEquals(new int[] {0, 2, 4, 7, 9}, Arrays.copyOf(PolarTables.INTERLEAVING_PATTERN, 5));
        assertEquals(1024, PolarTables.RELIABILITY_SEQUENCE.length);
        assertEquals(1023, PolarTables.RELIABILITY_SEQUENCE[1023]);
    }

    @Test
    void subBlockInterleaverUsesTable541() {
        assertArrayEquals(PolarTables.SUBBLOCK_PATTERN, PolarCode.subBlockInterleaver(32));
        for (int n = 32; n <= 1024; n <<= 1) {
            int[] j = PolarCode.subBlockInterleaver(n);
            assertPermutation(j);
            int sub = n / 32;
            for (int i = 0; i < n; i++) {
                assertEquals(PolarTables.SUBBLOCK_PATTERN[i / sub] * sub + i % sub, j[i]);
            }
        }
    }

    @Test
    void codedBitInterleaverReadsTheTriangleByColumns() {
        // E = 5 -> T = 3: rows (e0 e1 e2) (e3 e4) (-); columns read e0 e3 | e1 e4 | e2.
        assertArrayEquals(new int[] {0, 3, 1, 4, 2}, PolarCode.codedBitInterleaver(5));
        // E = 6 -> T = 3, full triangle: (e0 e1 e2) (e3 e4) (e5) -> e0 e3 e5 e1 e4 e2.
        assertArrayEquals(new int[] {0, 3, 5, 1, 4, 2}, PolarCode.codedBitInterleaver(6));
        for (int e : new int[] {1, 2, 100, 1000, 8192}) {
            assertPermutation(PolarCode.codedBitInterleaver(e));
        }
    }

    @Test
    void rateMatchingModesAndPreFrozenBits() {
        PolarCode punct = new PolarCode(PolarCodeConfig.dci(12, 1)); // K 36, E 108, N 128, K/E = 1/3 <= 7/16
        assertEquals(PolarCode.RateMatching.PUNCTURING, punct.rateMatching());
        int[] j = punct.subBlockInterleaverPattern();
        for (int i = 0; i < 128 - 108; i++) {
            assertTrue(punct.isFrozen(j[i]), "punctured d_J(" + i + ") must be frozen");
        }
        // E = 108 >= 3N/4 = 96: also u_0 .. u_{ceil(96 - 54) - 1} = u_0..u_41 frozen.
        for (int i = 0; i < 42; i++) {
            assertTrue(punct.isFrozen(i));
        }
        PolarCode shortened = new PolarCode(PolarCodeConfig.uci(100, 200)); // K 111, E 200, N 256
        assertEquals(PolarCode.RateMatching.SHORTENING, shortened.rateMatching());
        int[] js = shortened.subBlockInterleaverPattern();
        for (int i = 200; i < 256; i++) {
            assertTrue(shortened.isFrozen(js[i]));
        }
        assertEquals(111, shortened.infoPositions().length);
    }

    @Test
    void parityCheckBitPositionsOfUci() {
        // n_PC^wm = 1 when E - K + 3 > 192. For N = 256 the minimum-weight PC bit sits at index 252 for K <= 21 and
        // at 248 for K = 22..25 (published constants of an independent implementation; see the shared polar facts).
        int checked = 0;
        for (int a = 12; a <= 19; a++) {
            int k = a + 6;
            for (int e = k + 190; e <= 300; e += 7) {
                PolarCode code = new PolarCode(PolarCodeConfig.uci(a, e));
                if (code.motherLength() != 256) {
                    continue;
                }
                int[] pc = code.parityCheckPositions();
                assertEquals(3, pc.length);
                int expectedWm = k <= 21 ? 252 : 248;
                assertTrue(Arrays.stream(pc).anyMatch(p -> p == expectedWm), code + " K=" + k);
                checked++;
            }
        }
        assertTrue(checked >= 8, "only " + checked + " (K, E) pairs with N = 256 were checked");
        PolarCode small = new PolarCode(PolarCodeConfig.uci(12, 60)); // E - K + 3 = 45: n_PC^wm = 0
        int[] pc = small.parityCheckPositions();
        assertEquals(3, pc.length);
        // They are the 3 least reliable of the K + 3 most reliable usable indices: every info bit is more reliable.
        int[] rank = new int[1024];
        for (int w = 0; w < 1024; w++) {
            rank[PolarTables.RELIABILITY_SEQUENCE[w]] = w;
        }
        int maxPcRank = Arrays.stream(pc).map(p -> rank[p]).max().orElseThrow();
        for (int info : small.infoPositions()) {
            assertTrue(rank[info] > maxPcRank);
        }
    }

    @Test
    void dciCrcEqualsTheDefinitionWithTwentyFourOnesAndRntiMask() {
        Random rnd = new Random(7);
        CrcCalculator crc24c = CrcCalculator.of(CrcPolynomial.CRC24C);
        for (int a : new int[] {12, 39, 57, 140}) {
            PolarCode code = new PolarCode(PolarCodeConfig.dci(a, 16));
            byte[] bits = new byte[a + 24];
            for (int i = 0; i < a; i++) {
                bits[i] = (byte) rnd.nextInt(2);
            }
            int rnti = 0xFFFF & rnd.nextInt();
            code.attachCrc(bits, 0, rnti);
            // Definition (TS 38.212 §7.3.2): CRC24C of 24 ones followed by a, last 16 parity bits XOR RNTI.
            byte[] ext = new byte[24 + a];
            Arrays.fill(ext, 0, 24, (byte) 1);
            System.arraycopy(bits, 0, ext, 24, a);
            int p = crc24c.computeBits(ext, 0, ext.length) ^ rnti;
            for (int i = 0; i < 24; i++) {
                assertEquals((p >>> (23 - i)) & 1, bits[a + i], "parity bit " + i + " of A = " + a);
            }
            assertTrue(code.checkCrc(bits, 0, rnti));
            assertFalse(code.checkCrc(bits, 0, rnti ^ 1));
        }
    }

    @Test
    void badConfigurationsAreRejectedWithTheClause() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolarCodeConfig.dci(141, 1));
        assertTrue(e.getMessage().contains("payloadBits") && e.getMessage().contains("141"));
        assertThrows(IllegalArgumentException.class, () -> PolarCodeConfig.dci(40, 3));
        assertThrows(IllegalArgumentException.class, () -> PolarCodeConfig.uci(400, 2000));
        e = assertThrows(IllegalArgumentException.class,
                () -> new PolarCodeConfig(200, 100, 9, false, 0, 0, false, CrcPolynomial.CRC11, false));
        assertTrue(e.getMessage().contains("§5.3.1"));
    }

    static void assertPermutation(int[] p) {
        boolean[] seen = new boolean[p.length];
        for (int v : p) {
            assertTrue(v >= 0 && v < p.length && !seen[v], "not a permutation at " + v);
            seen[v] = true;
        }
    }
}
