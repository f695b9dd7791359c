package org.airan.phy.coding.ldpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LdpcCodeTest {

    @Test
    void liftingSizesMatchTable532_1() {
        int[] all = LiftingSizes.all();
        assertEquals(51, all.length);
        int[] a = {2, 3, 5, 7, 9, 11, 13, 15};
        int count = 0;
        for (int set = 0; set < 8; set++) {
            for (int zc = a[set]; zc <= 384; zc *= 2) {
                assertEquals(set, LiftingSizes.setIndex(zc), "Z=" + zc);
                count++;
            }
        }
        assertEquals(51, count);
        assertFalse(LiftingSizes.isValid(17));
        assertEquals(384, LiftingSizes.smallestAtLeast(353));
        assertEquals(352, LiftingSizes.smallestAtLeast(321));
        assertEquals(2, LiftingSizes.smallestAtLeast(1));
        assertThrows(IllegalArgumentException.class, () -> LiftingSizes.setIndex(17));
        assertThrows(IllegalArgumentException.class, () -> LiftingSizes.smallestAtLeast(385));
    }

    @Test
    void baseGraphShapesMatchTs38212() {
        LdpcCode bg1 = LdpcCode.of(LdpcBaseGraph.BG1, 384);
        LdpcCode bg2 = LdpcCode.of(LdpcBaseGraph.BG2, 384);
        assertEquals(316, bg1.numEdges());
        assertEquals(197, bg2.numEdges());
        assertEquals(19, bg1.maxRowDegree());
        assertEquals(10, bg2.maxRowDegree());
        assertEquals(8448, bg1.k());
        assertEquals(66 * 384, bg1.n());
        assertEquals(3840, bg2.k());
        assertEquals(50 * 384, bg2.n());
        assertSame(bg1, LdpcCode.of(LdpcBaseGraph.BG1, 384));
        // BG1 row 1 column 22 has V = 105 for iLS 6 (Table 5.3.2-2); 105 mod 208 = 105 is the core shift there.
        assertEquals(105, LdpcCode.of(LdpcBaseGraph.BG1, 208).coreShift());
        // BG1 rows 0, 1, 3 column 22: V = (1, 0, 1) for the other sets, so the two shifts of 1 cancel.
        assertEquals(0, LdpcCode.of(LdpcBaseGraph.BG1, 384).coreShift());
        // BG2 rows 0, 2, 3 column 10: (0, 1, 0) except iLS 3 and 7 (1, 0, 1) (Table 5.3.2-3).
        assertEquals(1, LdpcCode.of(LdpcBaseGraph.BG2, 384).coreShift());
        assertEquals(0, LdpcCode.of(LdpcBaseGraph.BG2, 7).coreShift());
        // first entry of Table 5.3.2-2 is V(0,0) = 250 for iLS 0, so P = 250 mod 256
        assertEquals(250, LdpcCode.of(LdpcBaseGraph.BG1, 256).edgeShift(0));
        assertEquals(250 % 128, LdpcCode.of(LdpcBaseGraph.BG1, 128).edgeShift(0));
    }

    @Test
    void activeRowsFollowTheKnownLength() {
        LdpcCode code = LdpcCode.of(LdpcBaseGraph.BG1, 10);
        assertEquals(4, code.numActiveRows(0));
        assertEquals(4, code.numActiveRows(24 * 10)); // 26 columns minus 2 punctured: systematic + core only
        assertEquals(5, code.numActiveRows(24 * 10 + 1));
        assertEquals(46, code.numActiveRows(code.n()));
    }

    @Test
    void baseGraphSelectionFollows7_2_2() {
        assertEquals(LdpcBaseGraph.BG2, LdpcBaseGraph.select(292, 0.9));
        assertEquals(LdpcBaseGraph.BG1, LdpcBaseGraph.select(293, 0.9));
        assertEquals(LdpcBaseGraph.BG2, LdpcBaseGraph.select(3824, 0.67));
        assertEquals(LdpcBaseGraph.BG1, LdpcBaseGraph.select(3824, 0.68));
        assertEquals(LdpcBaseGraph.BG1, LdpcBaseGraph.select(3825, 0.5));
        assertEquals(LdpcBaseGraph.BG2, LdpcBaseGraph.select(100000, 0.25));
        assertEquals(LdpcBaseGraph.BG1, LdpcBaseGraph.select(100000, 0.26));
        assertThrows(IllegalArgumentException.class, () -> LdpcBaseGraph.select(0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> LdpcBaseGraph.select(100, 0));
    }
}
