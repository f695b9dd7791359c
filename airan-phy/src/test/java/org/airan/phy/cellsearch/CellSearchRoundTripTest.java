package org.airan.phy.cellsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.airan.phy.ssb.SsbCase;
import org.junit.jupiter.api.Test;

/** SSB bursts → (impairments) → cell search: PCI, SSB index, half frame and MIB must come back with CRC ok. */
class CellSearchRoundTripTest {

    /** RSRP/RSRQ accuracy at 20 dB: SSS power over 127 REs with 1 % noise, ±0.3 dB with margin. */
    private static final double RSRP_TOL_DB = 0.3;
    /** SINR accuracy: 3σ of the 130-RE noise estimate (0.4 dB each) rounded up. */
    private static final double SINR_TOL_DB = 1.3;

    private final CellSearcher searcher = CellSearchers.create();

    @Test
    void manyPcisIndicesSfnsScsAndRatesAtHighSnr() {
        SplittableRandom rnd = new SplittableRandom(7);
        // (case, ssb frequency, centre, sample rate)
        Object[][] setups = {
            {SsbCase.A, 806.45e6, 806.45e6, 3.84e6},
            {SsbCase.A, 806.45e6, 806.0e6, 15.36e6},
            {SsbCase.A, 2113.25e6, 2115.0e6, 23.04e6},   // n1, SSB 1.75 MHz below centre
            {SsbCase.C, 3426.24e6, 3426.24e6, 7.68e6},
            {SsbCase.C, 3426.24e6, 3426.6e6, 46.08e6},
            {SsbCase.C, 3501.12e6, 3495.0e6, 30.72e6},
            {SsbCase.B, 2117.05e6, 2118.0e6, 15.36e6},   // n66 case B
            {SsbCase.C, 2593.25e6, 2593.25e6, 7.68e6},   // n41 unpaired ≥ 1.88 GHz: L_max 8
        };
        int trials = 0;
        int scans = 0;
        for (Object[] st : setups) {
            for (int rep = 0; rep < 2; rep++) {
                SyntheticRecording.Spec s = new SyntheticRecording.Spec();
                s.ssbCase = (SsbCase) st[0];
                s.ssbHz = (double) st[1];
                s.fc = (double) st[2];
                s.fs = (double) st[3];
                s.unpaired = s.ssbCase == SsbCase.C;
                s.pci = rnd.nextInt(1008);
                int lMax = org.airan.phy.ssb.SsbBurstPattern.of(s.ssbCase, s.ssbHz, s.unpaired).lMax();
                s.ssbIndex = rnd.nextInt(lMax);
                s.halfFrame = rnd.nextInt(2);
                s.sfn = rnd.nextInt(1024);
                s.cfoHz = (rnd.nextDouble() * 2 - 1) * 5e3;
                s.snrDb = 10;
                s.seed = rnd.nextLong();
                SyntheticRecording rec = SyntheticRecording.make(s);
                // The second repetition of every other setup scans the whole raster instead of one frequency.
                boolean scan = rep == 1 && trials % 4 == 1;
                scans += scan ? 1 : 0;
                CellSearchConfig cfg = scan ? CellSearchConfig.defaults()
                        : CellSearchConfig.defaults().withSsbFrequency(s.ssbHz);
                CellSearchResult r = rec.search(searcher, cfg);
                assertTrue(rec.foundIn(r), "case " + s.ssbCase + " fs " + s.fs + " pci " + s.pci + " idx "
                        + s.ssbIndex + " hf " + s.halfFrame + " sfn " + s.sfn + " cfo " + s.cfoHz + " → " + r.ssbs());
                DetectedSsb d = r.ssbs().stream().filter(x -> x.pci() == rec.pci).findFirst().orElseThrow();
                // CFO: the PSS-halves estimator at 10 dB is accurate to a few % of the SCS.
                assertEquals(s.cfoHz, d.cfoHz(), 0.05 * rec.scsKhz * 1e3, "cfo");
                assertEquals(s.ssbHz, d.ssbFrequencyHz(), 1e-3);
                trials++;
            }
        }
        assertEquals(16, trials);
        assertEquals(4, scans);
    }

    @Test
    void frequencyOutsideTheBandTableTriesBothScsAndBothLmax() {
        // 2949.65 MHz is on the raster but in no band of the table: 15 and 30 kHz are both searched, and L_max 4
        // (f ≤ 3 GHz) is tried before 8. The cell is case C with L_max 8 (unpaired ≥ 1.88 GHz), SSB index 6, so
        // ī_SSB = 6 reads as index 2 + half frame 1 under L_max 4 (wrong ν, CRC fails) and decodes under L_max 8.
        assertTrue(NrBand.containing(2949.65e6).isEmpty());
        SyntheticRecording.Spec s = new SyntheticRecording.Spec();
        s.ssbCase = SsbCase.C;
        s.unpaired = true;
        s.ssbHz = 2949.65e6;
        s.fc = 2949.65e6;
        s.fs = 7.68e6;
        s.pci = 808;
        s.ssbIndex = 6;
        s.halfFrame = 0;
        s.snrDb = 10;
        SyntheticRecording rec = SyntheticRecording.make(s);
        assertEquals(8, rec.lMax);
        CellSearchResult r = rec.search(searcher, CellSearchConfig.defaults().withSsbFrequency(s.ssbHz));
        assertEquals(2, r.candidatesSearched(), "15 and 30 kHz");
        assertTrue(rec.foundIn(r), r.ssbs().toString());
        assertEquals(8, r.ssbs().get(0).lMax());
    }

    @Test
    void timingPointsAtTheSsbStart() {
        SyntheticRecording.Spec s = new SyntheticRecording.Spec();
        s.ssbCase = SsbCase.C;
        s.ssbHz = 3426.24e6;
        s.fc = 3426.24e6;
        s.fs = 30.72e6;
        s.unpaired = true;
        s.pci = 17;
        s.ssbIndex = 5;
        s.leadSamples = 1234;
        SyntheticRecording rec = SyntheticRecording.make(s);
        CellSearchResult r = rec.search(searcher, CellSearchConfig.defaults().withSsbFrequency(s.ssbHz));
        assertTrue(rec.foundIn(r), r.ssbs().toString());
        // Candidate 5 of case C starts at symbol 2 + 14·2 + 6 = 36... first symbols {2,8,16,22,30,36,...}.
        long want = rec.leadSamples + org.airan.phy.ssb.SsbBurstPattern.symbolStartSample(36, 1, 1024);
        // One sample at the low rate (7.68 MHz) is 4 samples at 30.72 MHz.
        assertEquals(want, r.ssbs().get(0).timingSample(), 4.0);
    }

    @Test
    void fullBurstGivesEveryIndex() {
        SyntheticRecording.Spec s = new SyntheticRecording.Spec();
        s.ssbCase = SsbCase.A;
        s.ssbHz = 806.45e6;
        s.fc = 806.45e6;
        s.fs = 7.68e6;
        s.pci = 500;
        s.bitmap = 0xF;
        s.snrDb = 20;
        SyntheticRecording rec = SyntheticRecording.make(s);
        CellSearchResult r = rec.search(searcher, CellSearchConfig.defaults().withSsbFrequency(s.ssbHz));
        assertEquals(4, r.ssbs().size(), r.ssbs().toString());
        for (int i = 0; i < 4; i++) {
            DetectedSsb d = r.ssbs().get(i);
            assertEquals(500, d.pci());
            assertEquals(i, d.ssbIndex());
            assertTrue(d.crcOk());
            assertEquals(rec.mib, d.mib());
            // TS 38.215 measurements against the construction: unit-amplitude REs → 0 dBFS SS-RSRP; SINR = the
            // 20 dB SNR per RE, estimated on 130 empty REs (std ≈ 10·log10(1 + 1/√130) ≈ 0.4 dB); RSRQ =
            // 20 RB · RSRP / RSSI with 207.5 occupied REs per symbol on average plus 240 REs of noise at −20 dB:
            // 10·log10(20 / 209.9) = −10.2 dB.
            assertEquals(0.0, d.measurement().rsrpDbfs(), RSRP_TOL_DB, "RSRP");
            assertEquals(20.0, d.measurement().sinrDb(), SINR_TOL_DB, "SINR");
            assertEquals(-10.2, d.measurement().rsrqDb(), RSRP_TOL_DB, "RSRQ");
        }
    }
}
