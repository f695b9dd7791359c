package org.airan.phy.cellsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airan.phy.ssb.Mib;
import org.junit.jupiter.api.Test;

/**
 * Cell search on captures of real gNBs (skipped when the shared recordings are absent). The truth is the one
 * published with the recordings: PCI, SSB frequency/GSCN and the MIB fields.
 */
class RealRecordingCellSearchTest {

    /** CFO bound for these lab captures, Hz: the gNBs and receivers were locked well within 1 ppm. */
    private static final double MAX_CFO_HZ = 500;
    /** A real capture at high SNR must give a near-perfect SSS correlation. */
    private static final double MIN_SSS_METRIC = 0.9;

    static CellSearchResult run(String name, double fs, double fc, CellSearchConfig cfg) throws Exception {
        float[] iq = Recordings.readCf32(Recordings.data(name));
        CellSearcher s = CellSearchers.create();
        return s.search(iq, 0, iq.length / 2, fs, fc, cfg);
    }

    private static DetectedSsb only(CellSearchResult r) {
        assertFalse(r.isEmpty(), "no cell found");
        assertEquals(1, r.ssbs().size(), "exactly one SSB expected: " + r.ssbs());
        return r.ssbs().get(0);
    }

    @Test
    void n78RasterScanFindsPci1WithItsMib() throws Exception {
        DetectedSsb d = only(run("n78-lab-gnb-pci1", 46.08e6, 3426.60e6, CellSearchConfig.defaults()));
        assertEquals(1, d.pci());
        assertEquals(7795, d.gscn());
        assertEquals(3426.24e6, d.ssbFrequencyHz(), 1e-3);
        assertEquals(30, d.subcarrierSpacingKhz());
        assertTrue(d.crcOk());
        assertEquals(0, d.ssbIndex());
        assertEquals(0, d.halfFrame());
        Mib m = d.mib();
        assertEquals(436, m.systemFrameNumber());
        assertEquals(30, m.subCarrierSpacingCommon());
        assertEquals(0, m.ssbSubcarrierOffset());
        assertEquals(2, m.dmrsTypeAPosition());
        assertEquals(12, m.controlResourceSetZero());
        assertEquals(4, m.searchSpaceZero());
        assertFalse(m.cellBarred());
        assertTrue(m.intraFreqReselectionAllowed());
        assertTrue(Math.abs(d.cfoHz()) < MAX_CFO_HZ, "cfo " + d.cfoHz());
        assertTrue(d.sssMetric() > MIN_SSS_METRIC);
        assertTrue(d.measurement().sinrDb() > 20, "sinr " + d.measurement().sinrDb());
    }

    @Test
    void n20RasterScanFindsPci500() throws Exception {
        DetectedSsb d = only(run("n20-lab-gnb-pci500", 15.36e6, 806.0e6, CellSearchConfig.defaults()));
        assertEquals(500, d.pci());
        assertEquals(2015, d.gscn());
        assertEquals(806.45e6, d.ssbFrequencyHz(), 1e-3);
        assertEquals(15, d.subcarrierSpacingKhz());
        assertTrue(d.crcOk());
        assertEquals(4, d.lMax());
        assertEquals(7, d.mib().controlResourceSetZero());
        assertTrue(Math.abs(d.cfoHz()) < MAX_CFO_HZ, "cfo " + d.cfoHz());
    }

    @Test
    void givenFrequencyAndScsGiveTheSameCell() throws Exception {
        CellSearchConfig cfg = CellSearchConfig.defaults().withSsbFrequency(3426.24e6).withSubcarrierSpacing(30);
        DetectedSsb d = only(run("n78-lab-gnb-pci1", 46.08e6, 3426.60e6, cfg));
        assertEquals(1, d.pci());
        assertEquals(436, d.mib().systemFrameNumber());
    }

    @Test
    void wrongFrequencyFindsNothing() throws Exception {
        // One raster step away (1.44 MHz) is 48 subcarriers off: no PSS there.
        CellSearchConfig cfg = CellSearchConfig.defaults().withSsbFrequency(3427.68e6);
        assertTrue(run("n78-lab-gnb-pci1", 46.08e6, 3426.60e6, cfg).isEmpty());
    }
}
