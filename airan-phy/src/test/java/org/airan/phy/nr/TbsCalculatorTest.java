package org.airan.phy.nr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** TBS determination, TS 38.214 §5.1.3.2, against hand-computed cases (arithmetic in the comments). */
class TbsCalculatorTest {

    /** 12 symbols, one DM-RS symbol of type 1 with 2 CDM groups without data: N_DMRS^PRB = 12. */
    private static final int SYMBOLS = 12;
    private static final int DMRS_RE = 12;

    @Test
    void smallTbsFromTable() {
        // N'_RE = 12·12 − 12 − 0 = 132; n_PRB = 1 -> N_RE = 132.
        // MCS 0 of table 1: Q_m = 2, R = 120/1024. N_info = 132·120/1024·2 = 30.9375.
        // n = max(3, ⌊log2 30.9⌋ − 6) = 3; N'_info = max(24, 8·⌊30.9375/8⌋ = 24) = 24 -> TBS = 24 (first entry).
        assertEquals(24, TbsCalculator.tbs(McsTable.TABLE1_QAM64.entry(0), 1, SYMBOLS, DMRS_RE, 0, 1));

        // n_PRB = 10 -> N_RE = 1320. MCS 9 (QPSK, R = 679/1024): N_info = 1320·679/1024·2 = 1750.546875.
        // ⌊log2⌋ = 10 -> n = 4; N'_info = 16·⌊109.41⌋ = 1744; smallest table TBS ≥ 1744 is 1800 (… 1736, 1800 …).
        assertEquals(1800, TbsCalculator.tbs(McsTable.TABLE1_QAM64.entry(9), 10, SYMBOLS, DMRS_RE, 0, 1));
    }

    @Test
    void largeTbsOneCodeBlock() {
        // n_PRB = 20 -> N_RE = 2640. MCS 16 (16QAM, R = 658/1024): N_info = 2640·658/1024·4 = 6785.625 > 3824.
        // n = ⌊log2(6761.625)⌋ − 5 = 12 − 5 = 7; N'_info = max(3840, 128·round(52.825) = 128·53) = 6784.
        // R > 1/4 and N'_info ≤ 8424: TBS = 8·⌈(6784+24)/8⌉ − 24 = 8·851 − 24 = 6784.
        assertEquals(6784, TbsCalculator.tbs(McsTable.TABLE1_QAM64.entry(16), 20, SYMBOLS, DMRS_RE, 0, 1));
    }

    @Test
    void largeTbsSeveralCodeBlocks() {
        // n_PRB = 273 -> N_RE = 132·273 = 36036. MCS 27 of table 2 (256QAM, R = 948/1024):
        // N_info = 36036·948/1024·8 = 266891.625; n = ⌊log2(266867.625)⌋ − 5 = 18 − 5 = 13;
        // N'_info = 8192·round(32.5766) = 8192·33 = 270336 > 8424: C = ⌈270360/8424⌉ = 33;
        // TBS = 8·33·⌈270360/264⌉ − 24 = 264·1025 − 24 = 270576.
        assertEquals(270576, TbsCalculator.tbs(McsTable.TABLE2_QAM256.entry(27), 273, SYMBOLS, DMRS_RE, 0, 1));
        // Same with 4 layers: N_info = 1067566.5; n = ⌊log2(1067542.5)⌋ − 5 = 20 − 5 = 15;
        // N'_info = 32768·round(32.579) = 32768·33 = 1081344; C = ⌈1081368/8424⌉ = 129 (128.37 -> 129);
        // TBS = 8·129·⌈1081368/1032⌉ − 24 = 1032·1048 − 24 = 1081536 − 24 = 1081512.
        assertEquals(1081512, TbsCalculator.tbs(McsTable.TABLE2_QAM256.entry(27), 273, SYMBOLS, DMRS_RE, 0, 4));
    }

    @Test
    void lowRateUses3816CodeBlocks() {
        // N_RE = 36036, MCS 0 of table 1 (R = 120/1024 ≤ 1/4): N_info = 36036·240/1024 = 8445.9375;
        // n = ⌊log2(8421.9)⌋ − 5 = 13 − 5 = 8; N'_info = 256·round(32.898) = 8448;
        // C = ⌈8472/3816⌉ = 3; TBS = 24·⌈8472/24⌉ − 24 = 24·353 − 24 = 8448.
        assertEquals(8448, TbsCalculator.tbs(McsTable.TABLE1_QAM64.entry(0), 273, SYMBOLS, DMRS_RE, 0, 1));
    }

    @Test
    void reCapAndOverhead() {
        // 14 symbols, N_DMRS = 6, xOverhead 0: N'_RE = 168 − 6 = 162 -> capped at 156 per PRB.
        assertEquals(156 * 5, TbsCalculator.numRe(5, 14, 6, 0));
        assertEquals((168 - 12 - 18) * 5, TbsCalculator.numRe(5, 14, 12, 18));
    }

    @Test
    void everyTableTbsIsByteAlignedAndResultIsMonotone() {
        int prev = 0;
        for (int i = 0; i < TbsCalculator.tableSize(); i++) {
            assertEquals(0, TbsCalculator.tableEntry(i) % 8);
            assertTrue(TbsCalculator.tableEntry(i) > prev);
            prev = TbsCalculator.tableEntry(i);
        }
        prev = 0;
        for (int prb = 1; prb <= 273; prb += 8) {
            int t = TbsCalculator.tbs(McsTable.TABLE2_QAM256.entry(20), prb, SYMBOLS, DMRS_RE, 0, 1);
            assertTrue(t >= prev);
            // (TBS + 24) is divisible by 8·C for the large branch; TBS is always a multiple of 8.
            assertEquals(0, t % 8);
            prev = t;
        }
    }

    @Test
    void badInputIsRejectedNamingTheField() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TbsCalculator.numRe(0, 12, 12, 0)).getMessage().contains("numPrb"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TbsCalculator.numRe(1, 12, 12, 5)).getMessage().contains("xOverhead"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TbsCalculator.tbs(100, 0.5, 3, 1)).getMessage().contains("qm"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TbsCalculator.tbs(100, 0.5, 2, 9)).getMessage().contains("layers"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TbsCalculator.tbs(McsTable.TABLE1_QAM64.entry(29), 10, 12, 12, 0, 1)).getMessage()
                .contains("reserved"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> TbsCalculator.numRe(1, 1, 12, 0)).getMessage().contains("N'_RE"));
    }
}
