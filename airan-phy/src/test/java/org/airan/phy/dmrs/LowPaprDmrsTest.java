package org.airan.phy.dmrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.nr.Epre;
import org.airan.phy.sequence.GoldSequence;
import org.airan.phy.sequence.LowPaprSequence;
import org.junit.jupiter.api.Test;

/** The transform-precoded PUSCH DM-RS of TS 38.211 §6.4.1.1.1.2: group/sequence numbers, sequence and mapping. */
class LowPaprDmrsTest {

    @Test
    void withoutHoppingTheGroupIsNIdModulo30() {
        LowPaprDmrs d = LowPaprDmrs.noHopping(517);
        for (int slot = 0; slot < 20; slot++) {
            assertEquals(517 % 30, d.groupNumber(slot, 2));
            assertEquals(0, d.baseSequenceNumber(slot, 2, 600));
        }
    }

    @Test
    void groupHoppingFollowsTheEightBitPattern() {
        int nId = 301;
        LowPaprDmrs d = new LowPaprDmrs(LowPaprHopping.GROUP, nId);
        byte[] c = new byte[8 * 14 * 20];
        GoldSequence.generateBits(nId / 30, 0, c, 0, c.length);
        Set<Integer> seen = new HashSet<>();
        for (int slot = 0; slot < 20; slot++) {
            for (int l : new int[] {2, 11}) {
                int fgh = 0;
                for (int m = 0; m < 8; m++) {
                    fgh += c[8 * (14 * slot + l) + m] << m;
                }
                int u = (fgh % 30 + nId) % 30;
                assertEquals(u, d.groupNumber(slot, l), "slot " + slot + " l " + l);
                assertEquals(0, d.baseSequenceNumber(slot, l, 600));
                seen.add(u);
            }
        }
        assertTrue(seen.size() > 10, "group hopping visits many groups over a frame, saw " + seen);
    }

    @Test
    void sequenceHoppingOnlyFromSeventyTwo() {
        int nId = 77;
        LowPaprDmrs d = new LowPaprDmrs(LowPaprHopping.SEQUENCE, nId);
        int ones = 0;
        for (int slot = 0; slot < 20; slot++) {
            assertEquals(nId % 30, d.groupNumber(slot, 2));
            assertEquals(0, d.baseSequenceNumber(slot, 2, 66));
            int v = d.baseSequenceNumber(slot, 2, 72);
            assertEquals(GoldSequence.bit(nId, 14L * slot + 2), v);
            ones += v;
        }
        assertTrue(ones > 0 && ones < 20, "v hops between 0 and 1, ones=" + ones);
    }

    @Test
    void generatorMapsTheSequenceOnTheEvenCombWithBeta() {
        int prb = 5;
        DmrsConfig cfg = new DmrsConfig(SharedChannel.PUSCH, DmrsType.TYPE1, MappingType.A, 2, 1, 1, 0, 14, 3, prb, 2,
                0, 0, new int[] {0});
        LowPaprDmrs lp = new LowPaprDmrs(LowPaprHopping.GROUP, 12);
        ResourceGrid g = ResourceGrid.allocate(1, 14, 12 * 10);
        new PxschDmrsGenerator().map(cfg, lp, 6, g);
        float beta = (float) Epre.dmrsAmplitude(2);
        float[] r = new float[2 * 6 * prb];
        for (int l : cfg.dmrsSymbols()) {
            LowPaprSequence.generate(6 * prb, lp.groupNumber(6, l), 0, 0, r, 0);
            for (int k = 0; k < 12 * prb; k++) {
                int o = g.offset(l, 36 + k);
                if ((k & 1) == 0) {
                    assertEquals(beta * r[k], g.data(0)[o], 1e-6);
                    assertEquals(beta * r[k + 1], g.data(0)[o + 1], 1e-6);
                } else {
                    assertEquals(0f, g.data(0)[o]);
                }
            }
        }
    }

    @Test
    void nIdOutOfRangeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LowPaprDmrs(LowPaprHopping.NEITHER, 1008));
        assertTrue(e.getMessage().contains("§6.4.1.1.1.2"), e.getMessage());
    }
}
