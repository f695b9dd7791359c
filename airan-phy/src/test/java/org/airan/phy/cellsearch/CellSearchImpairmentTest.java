package org.airan.phy.cellsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airan.phy.channel.Channels;
import org.airan.phy.channel.TdlModel;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.ssb.SsbCase;
import org.junit.jupiter.api.Test;

/**
 * Synthetic recordings with the impairments of real captures: DC/LO leakage on the SSB centre, CFO of several kHz,
 * a strong adjacent-channel carrier, and TDL fading. The raster scan must find the cell and decode its MIB.
 */
class CellSearchImpairmentTest {

    /** CFO accuracy at 10 dB after the PSS-halves estimator: a few % of the SCS (measured ≈ 1 %). */
    private static final double CFO_TOLERANCE_FRACTION_OF_SCS = 0.05;

    private final CellSearcher searcher = CellSearchers.create();

    private static SyntheticRecording.Spec n78(double cfoHz, long seed) {
        SyntheticRecording.Spec s = new SyntheticRecording.Spec();
        s.ssbCase = SsbCase.C;
        s.unpaired = true;
        s.ssbHz = 3426.24e6;
        s.fc = 3426.24e6; // LO exactly on SS_REF: the leakage lands on the PSS centre subcarrier
        s.fs = 23.04e6;
        s.pci = 1;
        s.ssbIndex = 2;
        s.sfn = 436;
        s.cfoHz = cfoHz;
        s.snrDb = 10;
        s.seed = seed;
        return s;
    }

    @Test
    void dcLeakageAndCfoOfSeveralKhz() {
        for (double cfo : new double[] {-9e3, -4.5e3, 3e3, 8e3}) {
            SyntheticRecording.Spec s = n78(cfo, 3);
            s.dcDb = 30; // LO leakage 30 dB above an SSB RE
            SyntheticRecording rec = SyntheticRecording.make(s);
            // The two largest offsets go through the full raster scan, the others through the given frequency.
            CellSearchConfig cfg = Math.abs(cfo) > 7e3 ? CellSearchConfig.defaults()
                    : CellSearchConfig.defaults().withSsbFrequency(s.ssbHz);
            CellSearchResult r = rec.search(searcher, cfg);
            assertTrue(rec.foundIn(r), "cfo " + cfo + " → " + r.ssbs());
            DetectedSsb d = r.ssbs().stream().filter(x -> x.pci() == 1).findFirst().orElseThrow();
            assertEquals(cfo, d.cfoHz(), CFO_TOLERANCE_FRACTION_OF_SCS * 30e3);
            assertEquals(7795, d.gscn());
        }
    }

    @Test
    void strongAdjacentCarrier() {
        SyntheticRecording.Spec s = n78(2e3, 4);
        // A neighbour carrier 20 dB above the SSB per subcarrier, starting 150 kHz above the SSB's upper edge, 8 MHz wide.
        s.interfererDb = 20;
        s.interfererWidthHz = 8e6;
        s.interfererOffsetHz = 120 * 30e3 + 150e3 + 4e6;
        s.dcDb = 20;
        SyntheticRecording rec = SyntheticRecording.make(s);
        CellSearchResult r = rec.search(searcher, CellSearchConfig.defaults());
        assertTrue(rec.foundIn(r), r.ssbs().toString());
    }

    @Test
    void fifteenKhzWithDcAndCfoAtLowRate() {
        SyntheticRecording.Spec s = new SyntheticRecording.Spec();
        s.ssbCase = SsbCase.A;
        s.ssbHz = 806.45e6;
        s.fc = 806.45e6;
        s.fs = 3.84e6; // the lowest rate that holds a 15 kHz SSB
        s.pci = 500;
        s.ssbIndex = 1;
        s.halfFrame = 1;
        s.cfoHz = -6e3;
        s.dcDb = 30;
        s.snrDb = 5;
        SyntheticRecording rec = SyntheticRecording.make(s);
        CellSearchResult r = rec.search(searcher, CellSearchConfig.defaults());
        assertTrue(rec.foundIn(r), r.ssbs().toString());
    }

    @Test
    void tdlFadingChannel() {
        int ok = 0;
        int trials = 6;
        for (int t = 0; t < trials; t++) {
            SyntheticRecording.Spec s = n78(1e3, 100 + t);
            s.fs = 7.68e6;
            s.pci = 3 * t + 100;
            // TDL-C, 300 ns delay spread, 30 Hz Doppler (TR 38.901 §7.7.2).
            CarrierConfig carrier = CarrierConfig.of(30, 20, 256);
            s.channel = Channels.tdl(TdlModel.TDL_C, 300e-9, 30, 1, 1, 1000 + t, carrier);
            s.snrDb = 15;
            SyntheticRecording rec = SyntheticRecording.make(s);
            if (rec.foundIn(rec.search(searcher, CellSearchConfig.defaults().withSsbFrequency(s.ssbHz)))) {
                ok++;
            }
        }
        // A deep fade can sink one realization at 15 dB; five of six must decode.
        assertTrue(ok >= trials - 1, ok + "/" + trials);
    }
}
