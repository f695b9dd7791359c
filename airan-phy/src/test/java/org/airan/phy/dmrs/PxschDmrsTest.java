package org.airan.phy.dmrs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.sequence.GoldSequence;
import org.airan.phy.BundledTables;
import org.junit.jupiter.api.Test;

class PxschDmrsTest {

    /** Float rounding of β·r products. */
    private static final double EPS = 1e-6;

    @Test
    void portParametersMatchTables7_4_1_1_2_1and2() {
        List<String[]> rows = BundledTables.rows(PxschDmrsTest.class, "ts38211_dmrs_pxsch_port_parameters.csv");
        assertEquals(20, rows.size());
        for (String[] r : rows) {
            DmrsType type = r[0].equals("1") ? DmrsType.TYPE1 : DmrsType.TYPE2;
            int p = Integer.parseInt(r[1]);
            assertEquals(Integer.parseInt(r[3]), DmrsConfig.cdmGroupOf(type, p), "lambda port " + p);
            assertEquals(Integer.parseInt(r[4]), DmrsConfig.deltaOf(type, p), "delta port " + p);
            assertEquals(Integer.parseInt(r[5]), DmrsConfig.wf(p, 0));
            assertEquals(Integer.parseInt(r[6]), DmrsConfig.wf(p, 1), "wf(1) port " + p);
            assertEquals(Integer.parseInt(r[7]), DmrsConfig.wt(type, p, 0));
            assertEquals(Integer.parseInt(r[8]), DmrsConfig.wt(type, p, 1), "wt(1) port " + p);
            // Subcarriers within a PRB of allocation PRB 0.
            DmrsConfig cfg = new DmrsConfig(SharedChannel.PDSCH, type, MappingType.A, 2, 0, 2, 0, 14, 0, 1,
                    type.numCdmGroups(), 0, 0, new int[] {p});
            String[] want = r[9].split(" ");
            for (int i = 0; i < want.length; i++) {
                assertEquals(Integer.parseInt(want[i]), cfg.dmrsSubcarrier(0, i), "type " + r[0] + " port " + p);
            }
        }
    }

    @Test
    void cInitMatchesExamples() {
        // Examples computed from the §7.4.1.1.1 formula (normal CP).
        assertEquals(393216, PxschDmrsGenerator.cInit(14, 0, 2, 0, 0));
        assertEquals(1179650, PxschDmrsGenerator.cInit(14, 0, 2, 1, 0));
        assertEquals(1119093737, PxschDmrsGenerator.cInit(14, 5, 3, 500, 1));
        assertEquals(2111176702, PxschDmrsGenerator.cInit(14, 19, 11, 65535, 0));
    }

    @Test
    void symbolPositions() {
        // PDSCH type A, l0 = 2, S = 0, L = 14: pos1 {2, 11}, pos2 {2, 7, 11}, pos3 {2, 5, 8, 11} (Table 7.4.1.1.2-3).
        assertArrayEquals(new int[] {2, 11}, DmrsConfig.typical(SharedChannel.PDSCH, 0, 14, 0, 10, 1, 1, 0)
                .dmrsSymbols());
        assertArrayEquals(new int[] {2, 7, 11}, DmrsConfig.typical(SharedChannel.PDSCH, 0, 14, 0, 10, 2, 1, 0)
                .dmrsSymbols());
        assertArrayEquals(new int[] {2, 5, 8, 11}, DmrsConfig.typical(SharedChannel.PDSCH, 0, 14, 0, 10, 3, 1, 0)
                .dmrsSymbols());
        // PUSCH type A, L = 12 (ld = 12), pos1 {2, 9}; ld = 9 pos2 -> {2, 7} (Table 6.4.1.1.3-3).
        assertArrayEquals(new int[] {2, 9}, DmrsConfig.typical(SharedChannel.PUSCH, 0, 12, 0, 10, 1, 1, 0)
                .dmrsSymbols());
        assertArrayEquals(new int[] {2, 7}, DmrsConfig.typical(SharedChannel.PUSCH, 0, 9, 0, 10, 2, 1, 0)
                .dmrsSymbols());
        // PUSCH type B, S = 2, L = 12, pos2: l̄ = {0, 5, 10} relative -> {2, 7, 12}.
        DmrsConfig b = new DmrsConfig(SharedChannel.PUSCH, DmrsType.TYPE1, MappingType.B, 2, 2, 1, 2, 12, 0, 4, 2,
                0, 0, new int[] {0});
        assertArrayEquals(new int[] {2, 7, 12}, b.dmrsSymbols());
        // PDSCH type B, S = 5, L = 7, pos1: {0, 4} relative -> {5, 9}.
        DmrsConfig pb = new DmrsConfig(SharedChannel.PDSCH, DmrsType.TYPE1, MappingType.B, 2, 1, 1, 5, 7, 0, 4, 2,
                0, 0, new int[] {0});
        assertArrayEquals(new int[] {5, 9}, pb.dmrsSymbols());
        // Double symbol, type A, ld = 14, pos1: l̄ = {2, 10} -> symbols {2, 3, 10, 11}; l' = 0, 1, 0, 1.
        DmrsConfig d = new DmrsConfig(SharedChannel.PDSCH, DmrsType.TYPE1, MappingType.A, 2, 1, 2, 0, 14, 0, 4, 2,
                0, 0, new int[] {0, 4});
        assertArrayEquals(new int[] {2, 3, 10, 11}, d.dmrsSymbols());
        assertEquals(0, d.lPrime(2));
        assertEquals(1, d.lPrime(3));
        assertEquals(0, d.lPrime(10));
        assertEquals(1, d.lPrime(11));
    }

    @Test
    void overheadAndDataRe() {
        DmrsConfig c = DmrsConfig.typical(SharedChannel.PDSCH, 0, 14, 3, 10, 1, 2, 0);
        // 2 DM-RS symbols × 6 REs × 2 CDM groups = 24 REs per PRB (TS 38.214 §5.1.3.2 N_DMRS^PRB).
        assertEquals(24, c.dmrsRePerPrb());
        // Data: 12 full symbols × 12 + 2 DM-RS symbols × 0 (both groups without data) = 144 per PRB.
        assertEquals(1440, c.numDataRe());
        DmrsConfig g1 = new DmrsConfig(SharedChannel.PDSCH, DmrsType.TYPE1, MappingType.A, 2, 0, 1, 0, 14, 0, 1, 1,
                0, 0, new int[] {0});
        assertEquals(13 * 12 + 6, g1.numDataRe());
        assertTrue(g1.isDataRe(2, 1));
        assertTrue(!g1.isDataRe(2, 0));
        assertTrue(!c.isDataRe(5, 12 * 3 - 1));
        int count = 0;
        for (int l = 0; l < 14; l++) {
            for (int k = 0; k < 12 * 20; k++) {
                count += c.isDataRe(l, k) ? 1 : 0;
            }
        }
        assertEquals(c.numDataRe(), count);
    }

    @Test
    void mappedValuesFollowTheFormulaAndCdmPortsAreOrthogonal() {
        int slot = 7;
        DmrsConfig c = new DmrsConfig(SharedChannel.PUSCH, DmrsType.TYPE1, MappingType.A, 2, 1, 1, 0, 14, 2, 5, 2,
                321, 1, new int[] {0, 1, 2, 3});
        ResourceGrid grid = ResourceGrid.allocate(4, 14, 12 * 8);
        new PxschDmrsGenerator().map(c, slot, grid);
        double beta = Math.pow(10, 3.0 / 20); // −3 dB data-to-DM-RS EPRE, TS 38.214 Table 6.2.2-1
        int l = 11;
        int cInit = PxschDmrsGenerator.cInit(14, slot, l, 321, 1);
        // Port 1 (layer 1), RE i = 3 of the allocation: n = 1, k' = 1, k = 12·2 + 4·1 + 2 = 30, m = 6·2 + 3 = 15.
        int m = 15;
        double rRe = (1 - 2 * GoldSequence.bit(cInit, 2L * m)) / Math.sqrt(2);
        double rIm = (1 - 2 * GoldSequence.bit(cInit, 2L * m + 1)) / Math.sqrt(2);
        assertEquals(-beta * rRe, grid.re(1, l, 30), 1e-5);
        assertEquals(-beta * rIm, grid.im(1, l, 30), 1e-5);
        assertEquals(beta * rRe, grid.re(0, l, 30), 1e-5);
        // Ports 0 and 1 share REs (CDM group 0) and are orthogonal over each k' pair.
        for (int k = 24; k < 24 + 60; k += 4) {
            double re = 0;
            double im = 0;
            for (int kp = 0; kp < 2; kp++) {
                int kk = k + 2 * kp;
                re += grid.re(0, l, kk) * grid.re(1, l, kk) + grid.im(0, l, kk) * grid.im(1, l, kk);
                im += grid.im(0, l, kk) * grid.re(1, l, kk) - grid.re(0, l, kk) * grid.im(1, l, kk);
            }
            assertEquals(0, re, EPS);
            assertEquals(0, im, EPS);
        }
        // Energy per DM-RS RE is β² = 10^(3/10) ≈ 2 (−3 dB data-to-DM-RS EPRE with 2 CDM groups without data).
        assertEquals(Math.pow(10, 0.3), grid.re(2, 2, 25) * grid.re(2, 2, 25) + grid.im(2, 2, 25) * grid.im(2, 2, 25),
                1e-5);
        // Nothing outside the DM-RS symbols.
        assertEquals(0f, grid.re(0, 3, 30));
        int[] sym = new int[2 * 30];
        int[] sc = new int[2 * 30];
        assertEquals(60, PxschDmrsGenerator.dmrsResourceElements(c, 2, sym, sc));
        assertEquals(2, sym[0]);
        assertEquals(25, sc[0]);
        assertEquals(11, sym[59]);
    }

    @Test
    void invalidConfigurationsAreRejected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DmrsConfig(SharedChannel.PDSCH,
                DmrsType.TYPE1, MappingType.A, 2, 0, 1, 0, 14, 0, 10, 1, 0, 0, new int[] {2}))
                .getMessage().contains("CDM group"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DmrsConfig(SharedChannel.PDSCH,
                DmrsType.TYPE1, MappingType.A, 3, 3, 1, 0, 14, 0, 10, 2, 0, 0, new int[] {0}))
                .getMessage().contains("additionalPosition"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DmrsConfig(SharedChannel.PDSCH,
                DmrsType.TYPE1, MappingType.A, 2, 0, 1, 0, 14, 0, 10, 2, 0, 0, new int[] {4}))
                .getMessage().contains("ports[0]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new DmrsConfig(SharedChannel.PDSCH,
                DmrsType.TYPE1, MappingType.A, 2, 0, 1, 4, 10, 0, 10, 2, 0, 0, new int[] {0}))
                .getMessage().contains("outside"));
        assertThrows(IllegalArgumentException.class, () -> DmrsConfig.typical(SharedChannel.PDSCH, 0, 14, 270, 10, 0,
                1, 0));
    }
}
