package org.airan.phy.cellsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SyncRasterTest {

    @Test
    void knownGscns() {
        // TS 38.104 §5.4.3.1: 806.45 MHz = 672·1.2 MHz + 1·50 kHz → GSCN 3·672 − 1 = 2015
        assertEquals(806.45e6, SyncRaster.frequencyHz(2015), 1e-3);
        assertEquals(2015, SyncRaster.gscn(806.45e6));
        // 3426.24 MHz = 3000 + 296·1.44 → 7795
        assertEquals(3426.24e6, SyncRaster.frequencyHz(7795), 1e-3);
        assertEquals(7795, SyncRaster.gscn(3426.24e6));
        assertEquals(-1, SyncRaster.gscn(806.5e6));
        assertEquals(22256, SyncRaster.gscn(24250.08e6));
        for (int g = 2; g <= SyncRaster.MAX_GSCN; g += 7) {
            assertEquals(g, SyncRaster.gscn(SyncRaster.frequencyHz(g)), "round trip " + g);
        }
        int[] between = SyncRaster.gscnsBetween(800e6, 812e6);
        assertEquals(30, between.length);
        for (int i = 1; i < between.length; i++) {
            assertTrue(SyncRaster.frequencyHz(between[i]) > SyncRaster.frequencyHz(between[i - 1]));
        }
    }

    @Test
    void bandsCoverTheRecordings() {
        assertTrue(NrBand.containing(806.45e6).contains(NrBand.byNumber(20)));
        assertTrue(NrBand.containing(3426.24e6).contains(NrBand.byNumber(78)));
        assertEquals(41, NrBand.byNumber(41).number());
    }
}
