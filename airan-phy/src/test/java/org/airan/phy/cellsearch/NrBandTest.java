package org.airan.phy.cellsearch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.airan.phy.ssb.SsbCase;
import org.junit.jupiter.api.Test;

/** The bundled band table (TS 38.104 Tables 5.2-1/5.2-2 and 5.4.3.3-1/-2) against the raster formula and itself. */
class NrBandTest {

    /** SS_REF is the centre of SSB subcarrier 120; the block spans subcarriers 0..239 (TS 38.211 §7.4.3.1). */
    private static final int SUBCARRIERS_BELOW_SS_REF = 120;
    private static final int SUBCARRIERS_ABOVE_SS_REF = 119;

    @Test
    void everyGscnOfEveryBandPutsItsWholeSsbInsideTheBand() {
        int checked = 0;
        for (NrBand b : NrBand.all()) {
            for (NrBand.SsbEntry e : b.ssbEntries()) {
                double scs = e.subcarrierSpacingKhz() * 1e3;
                for (int g : e.gscns()) {
                    double f = SyncRaster.frequencyHz(g);
                    // lower edge of subcarrier 0 and upper edge of subcarrier 239
                    double low = f - (SUBCARRIERS_BELOW_SS_REF + 0.5) * scs;
                    double high = f + (SUBCARRIERS_ABOVE_SS_REF + 0.5) * scs;
                    assertTrue(low >= b.dlLowHz() && high <= b.dlHighHz(), b + " " + e + ": GSCN " + g + " puts the SSB at "
                            + low / 1e6 + ".." + high / 1e6 + " MHz");
                    assertEquals(g, SyncRaster.gscn(f), "raster round trip");
                    checked++;
                }
            }
        }
        assertTrue(checked > 5000, "checked " + checked + " GSCNs");
    }

    @Test
    void casesMatchTheFrequencyRange() {
        for (NrBand b : NrBand.all()) {
            assertFalse(b.ssbEntries().isEmpty(), b.toString());
            for (NrBand.SsbEntry e : b.ssbEntries()) {
                boolean fr2Case = e.ssbCase() == SsbCase.D || e.ssbCase() == SsbCase.E;
                assertEquals(b.fr2(), fr2Case, b + " " + e);
                // Case C only in TDD bands, case B only in FDD bands (TS 38.104 Table 5.4.3.3-1)
                if (e.ssbCase() == SsbCase.C) {
                    assertEquals(NrBand.Duplex.TDD, b.duplex(), b.toString());
                }
                if (e.ssbCase() == SsbCase.B) {
                    assertEquals(NrBand.Duplex.FDD, b.duplex(), b.toString());
                }
            }
        }
    }

    @Test
    void correctedEntriesAndFr2Bands() {
        // n40: 30 kHz case C only, 5762 - <1> - 5989 (the former table had a case A entry and 5768..5983 for C).
        NrBand n40 = NrBand.byNumber(40);
        assertEquals(List.of(NrBand.SsbEntry.range(SsbCase.C, 5762, 1, 5989)), n40.ssbEntries());
        // n41: every third GSCN; n79: every 16th for channels of 40 MHz and more, all of 8475..8884 below.
        NrBand.SsbEntry n41a = NrBand.byNumber(41).ssbEntries().get(0);
        assertTrue(n41a.contains(6249));
        assertFalse(n41a.contains(6247));
        assertTrue(NrBand.byNumber(79).ssbEntries().get(0).contains(8496));
        assertFalse(NrBand.byNumber(79).ssbEntries().get(0).contains(8481));
        // n38 case A: the NOTE set of Rel-17 instead of a range.
        NrBand.SsbEntry n38a = NrBand.byNumber(38).ssbEntries().get(0);
        assertArrayEquals(new int[] {6432, 6443, 6457, 6468, 6479, 6493, 6507, 6518, 6532, 6543}, n38a.gscnList());
        assertFalse(n38a.contains(6433));
        // FR2-1: n257 case D 22388 - <1> - 22558, case E 22390 - <2> - 22556 (TS 38.104 Table 5.4.3.3-2).
        NrBand n257 = NrBand.byNumber(257);
        assertEquals(NrBand.Duplex.TDD, n257.duplex());
        assertEquals(26500e6, n257.dlLowHz());
        assertEquals(29500e6, n257.dlHighHz());
        assertEquals(List.of(NrBand.SsbEntry.range(SsbCase.D, 22388, 1, 22558),
                NrBand.SsbEntry.range(SsbCase.E, 22390, 2, 22556)), n257.ssbEntries());
        assertTrue(NrBand.containing(28e9).contains(n257));
        assertTrue(NrBand.containing(28e9).contains(NrBand.byNumber(261)));
        assertNull(NrBand.byNumber(263), "n263 (cases F/G) is not modelled");
    }

    @Test
    void knownFr1EntriesStayAsTheyWere() {
        // Entries used by the recorded captures (decision 070): n20 and n78.
        assertEquals(List.of(NrBand.SsbEntry.range(SsbCase.A, 1982, 1, 2047)), NrBand.byNumber(20).ssbEntries());
        assertEquals(List.of(NrBand.SsbEntry.range(SsbCase.C, 7711, 1, 8051)), NrBand.byNumber(78).ssbEntries());
        assertTrue(NrBand.byNumber(78).ssbEntries().get(0).contains(7795));
    }
}
