package org.airan.phy.ssb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class L1RsrpReportTest {

    private static SsbMeasurement m(int idx, double dbfs) {
        return new SsbMeasurement(7, idx, dbfs, -11, 10, 0, 0);
    }

    @Test
    void strongestAbsoluteOthersDifferential() {
        // calibration −40 dB: −50.3 dBFS → −90.3 dBm → RSRP_66 (floor(−90.3) + 157); −53.5 dBFS is Δ = −3.2 dB →
        // DIFFRSRP_1 (−4 < Δ ≤ −2); −80 dBFS is Δ = −29.7 → DIFFRSRP_14; −90 dBFS is not among the 3 best.
        List<SsbMeasurement> beams = List.of(m(0, -80), m(3, -50.3), m(5, -53.5), m(6, -90), m(3, -60));
        L1RsrpReport r = L1RsrpReport.of(beams, 3, -40);
        assertArrayEquals(new int[] {3, 5, 0}, r.ssbIndices());
        assertEquals(66, r.strongestReport());
        assertArrayEquals(new int[] {1, 14}, r.differentialReports());
        assertEquals(1, L1RsrpReport.of(beams, 1, -40).ssbIndices().length);
        assertThrows(IllegalArgumentException.class, () -> L1RsrpReport.of(beams, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> L1RsrpReport.of(List.of(m(-1, -50)), 1, 0));
    }
}
