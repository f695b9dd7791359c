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

    /** The recording resampled to {@code fsOut} (band-limited to 0.45·fsOut), CFO and DC leakage added. */
    private static float[] impair(float[] iq, long fs, long fsOut, double cfoHz, double dcAmplitude) {
        FftChannelizer ch = new FftChannelizer(iq, 0, iq.length / 2, fs);
        int n = ch.validOutputLength(fsOut);
        int mo = ch.outputLength(fsOut);
        float[] y = new float[2 * mo];
        ch.extract(0, fsOut, 0.45 * fsOut, 0.5 * fsOut, new org.jtransforms.fft.FloatFFT_1D(mo), y);
        float[] out = new float[2 * n];
        for (int i = 0; i < n; i++) {
            double ph = 2 * Math.PI * cfoHz * i / fsOut;
            double c = Math.cos(ph);
            double s = Math.sin(ph);
            out[2 * i] = (float) (y[2 * i] * c - y[2 * i + 1] * s + dcAmplitude);
            out[2 * i + 1] = (float) (y[2 * i] * s + y[2 * i + 1] * c + 0.3 * dcAmplitude);
        }
        return out;
    }

    @Test
    void n78ResampledWithCfoAndDcStillDecodes() throws Exception {
        float[] iq = Recordings.readCf32(Recordings.data("n78-lab-gnb-pci1"));
        // 46.08 → 23.04 Msps, +7 kHz CFO, LO leakage of amplitude 0.05 (RMS of the capture is 0.081, so the DC
        // tone is of the order of the capture's own power: 0.0027 against 0.0066 before band-limiting).
        float[] x = impair(iq, 46_080_000L, 23_040_000L, 7e3, 0.05);
        CellSearchResult r = CellSearchers.create().search(x, 0, x.length / 2, 23.04e6, 3426.60e6,
                CellSearchConfig.defaults());
        DetectedSsb d = only(r);
        assertEquals(1, d.pci());
        assertEquals(7795, d.gscn());
        assertTrue(d.crcOk());
        assertEquals(436, d.mib().systemFrameNumber());
        assertEquals(7e3, d.cfoHz(), MAX_CFO_HZ);
    }

    @Test
    void n20DownsampledTo768WithCfoStillDecodes() throws Exception {
        float[] iq = Recordings.readCf32(Recordings.data("n20-lab-gnb-pci500"));
        float[] x = impair(iq, 15_360_000L, 7_680_000L, -5e3, 0.0);
        DetectedSsb d = only(CellSearchers.create().search(x, 0, x.length / 2, 7.68e6, 806.0e6,
                CellSearchConfig.defaults()));
        assertEquals(500, d.pci());
        assertEquals(2015, d.gscn());
        assertTrue(d.crcOk());
        assertEquals(-5e3, d.cfoHz(), MAX_CFO_HZ);
    }

    @Test
    void wrongFrequencyFindsNothing() throws Exception {
        // One raster step away (1.44 MHz) is 48 subcarriers off: no PSS there.
        CellSearchConfig cfg = CellSearchConfig.defaults().withSsbFrequency(3427.68e6);
        assertTrue(run("n78-lab-gnb-pci1", 46.08e6, 3426.60e6, cfg).isEmpty());
    }
}
