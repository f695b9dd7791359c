package org.airan.phy.cellsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.airan.phy.ssb.SsbBurstPattern;
import org.airan.phy.ssb.SsbCase;
import org.junit.jupiter.api.Test;

/**
 * FR2 cell search: SS bursts of case D (120 kHz) and case E (240 kHz), L_max = 64 (TS 38.213 §4.1), whose SSB index
 * needs the PBCH: the DM-RS gives its 3 LSBs, the PBCH payload bits abar_29..abar_31 its bits 5..3 (TS 38.212
 * §7.1.1). Every burst carries indices with equal LSBs (1, 9, 17 share the DM-RS), so a wrong MSB read shows.
 */
class CellSearchFr2Test {

    /**
     * SNR per RE of the burst tests. The searcher needs about −6 dB at 15/30 kHz for 90 % (decision 070); nothing in
     * the chain depends on the SCS once the signal is at 256·SCS, so −3 dB leaves every SSB of these bursts found
     * with a margin. Measured per SSB (12 bursts × 4 random indices ≥ 8, CFO ±10 kHz, cases D and E alike): 48/48 at
     * −3 dB, 47/48 at −6 dB, 28–29/48 at −8 dB (the FR1 sweep of decision 070: 0.99 at −6 dB, 0.59 at −8 dB).
     */
    private static final double SNR_DB = -3;
    /**
     * CFO accuracy at −3 dB, as a fraction of the SCS: the fine CFO is the phase between the two PSS halves, each a
     * correlator over 63.5 REs with SNR ρ = 63.5·10^(−0.3) = 31.8; the phase of their product has std √(1/ρ) = 0.18 rad,
     * i.e. 0.18/π = 0.056·SCS. Four standard deviations: 0.23·SCS.
     */
    private static final double CFO_TOL_FRACTION = 0.23;
    /** SSB indices transmitted: 1, 9 and 17 share ī_SSB = 1 (DM-RS) and differ in bits 5..3 only. */
    private static final long BITMAP = (1L << 1) | (1L << 9) | (1L << 17) | (1L << 42) | (1L << 63);
    /** GSCN 22400 = 24250.08 + 144·17.28 MHz = 26738.40 MHz: in n257 and n258, on their case D and case E rasters. */
    private static final int GSCN = 22400;

    private final CellSearcher searcher = CellSearchers.create();

    private static SyntheticRecording burst(SsbCase c, long seed, double cfoHz) {
        SyntheticRecording.Spec s = new SyntheticRecording.Spec();
        s.ssbCase = c;
        s.unpaired = true;
        s.ssbHz = SyncRaster.frequencyHz(GSCN);
        s.fc = s.ssbHz;
        s.fs = 256 * c.subcarrierSpacingKhz() * 1e3; // 30.72 or 61.44 Msps: the lowest rate that carries the SSB
        SplittableRandom rnd = new SplittableRandom(seed);
        s.pci = rnd.nextInt(1008);
        s.bitmap = BITMAP;
        s.ssbIndex = 9;
        s.halfFrame = rnd.nextInt(2);
        s.sfn = rnd.nextInt(1024);
        s.cfoHz = cfoHz;
        s.snrDb = SNR_DB;
        s.seed = rnd.nextLong();
        return SyntheticRecording.make(s);
    }

    /** Every transmitted index comes back with PCI, full 6-bit index, half frame, MIB and CFO. */
    private static void assertWholeBurst(SyntheticRecording rec, CellSearchResult r, double cfoHz) {
        int found = 0;
        for (int i = 0; i < 64; i++) {
            if ((BITMAP >>> i & 1) == 0) {
                continue;
            }
            DetectedSsb hit = null;
            for (DetectedSsb d : r.ssbs()) {
                if (d.ssbIndex() == i && d.crcOk()) {
                    hit = d;
                }
            }
            assertNotNull(hit, "SSB index " + i + " of pci " + rec.pci + " not found: " + r.ssbs());
            assertEquals(rec.pci, hit.pci(), "pci");
            assertEquals(64, hit.lMax());
            assertEquals(rec.halfFrame, hit.halfFrame(), "half frame");
            assertEquals(rec.mib, hit.mib(), "MIB");
            assertEquals(rec.scsKhz, hit.subcarrierSpacingKhz());
            assertEquals(GSCN, hit.gscn());
            assertEquals(cfoHz, hit.cfoHz(), CFO_TOL_FRACTION * rec.scsKhz * 1e3, "cfo");
            // Timing: candidate i starts at its TS 38.213 §4.1 symbol; one sample of 256·SCS is one sample here.
            SsbBurstPattern p = SsbBurstPattern.of(rec.scsKhz == 120 ? SsbCase.D : SsbCase.E, rec.ssbHz, true);
            long want = SsbBurstPattern.symbolStartSample(p.firstSymbol(i), p.ssbCase().numerology(), 256);
            assertEquals(want, hit.timingSample(), 1.0, "timing of SSB " + i);
            found++;
        }
        assertEquals(Long.bitCount(BITMAP), found);
        for (DetectedSsb d : r.ssbs()) {
            assertTrue(d.crcOk() && (BITMAP >>> d.ssbIndex() & 1) == 1, "unexpected report " + d);
        }
    }

    @Test
    void caseDAt120KhzFindsEveryIndexWithItsPbchMsbs() {
        double[] cfos = {7.5e3, -11e3, 2e3};
        for (int t = 0; t < cfos.length; t++) {
            SyntheticRecording rec = burst(SsbCase.D, 100 + t, cfos[t]);
            assertEquals(64, rec.lMax);
            CellSearchResult r = rec.search(searcher, CellSearchConfig.defaults().withSsbFrequency(rec.ssbHz));
            assertEquals(1, r.candidatesSearched(), "FR2 frequency in n257/n258 with 30.72 Msps: 120 kHz only");
            assertWholeBurst(rec, r, cfos[t]);
        }
    }

    @Test
    void caseEAt240KhzFindsEveryIndexWithItsPbchMsbs() {
        double[] cfos = {-9e3, 4e3};
        for (int t = 0; t < cfos.length; t++) {
            SyntheticRecording rec = burst(SsbCase.E, 200 + t, cfos[t]);
            CellSearchResult r = rec.search(searcher, CellSearchConfig.defaults().withSsbFrequency(rec.ssbHz));
            assertEquals(2, r.candidatesSearched(), "61.44 Msps carries both FR2 numerologies");
            assertWholeBurst(rec, r, cfos[t]);
        }
    }

    @Test
    void rasterScanInFr2TriesCasesDAndE() {
        // No frequency given: the GSCNs whose SSB fits in ±30.72 MHz around 26738.40 MHz; only GSCN 22400 (the
        // raster step is 17.28 MHz and the SSB margin at 240 kHz is ±29 MHz), with 120 and 240 kHz.
        SyntheticRecording rec = burst(SsbCase.E, 300, 5e3);
        CellSearchResult r = rec.search(searcher, CellSearchConfig.defaults());
        assertEquals(2, r.candidatesSearched());
        assertWholeBurst(rec, r, 5e3);
    }

    @Test
    void largeFr2OffsetNeedsAWiderCfoRange() {
        // 150 kHz is 5.6 ppm at 26.7 GHz, more than one 120 kHz subcarrier: found when the range covers it.
        SyntheticRecording rec = burst(SsbCase.D, 400, 150e3);
        CellSearchResult r = rec.search(searcher, CellSearchConfig.defaults().withSsbFrequency(rec.ssbHz)
                .withMaxCfo(200e3));
        assertWholeBurst(rec, r, 150e3);
    }

    @Test
    void aFullBurstOf64GivesEveryIndexOnce() {
        // All 64 candidates of case D transmitted (ssb-PositionsInBurst all ones) at 0 dB: every 6-bit index once,
        // with the default (automatic) number of PSS candidates, 128 in FR2.
        SyntheticRecording.Spec s = new SyntheticRecording.Spec();
        s.ssbCase = SsbCase.D;
        s.ssbHz = SyncRaster.frequencyHz(GSCN);
        s.fc = s.ssbHz;
        s.fs = 30.72e6;
        s.pci = 777;
        s.bitmap = -1L;
        s.halfFrame = 0;
        s.sfn = 512;
        s.cfoHz = 3e3;
        s.snrDb = 0;
        s.seed = 64;
        SyntheticRecording rec = SyntheticRecording.make(s);
        CellSearchResult r = rec.search(searcher, CellSearchConfig.defaults().withSsbFrequency(rec.ssbHz));
        boolean[] seen = new boolean[64];
        for (DetectedSsb d : r.ssbs()) {
            assertEquals(777, d.pci());
            assertTrue(d.crcOk(), d.toString());
            assertEquals(rec.mib, d.mib());
            assertTrue(!seen[d.ssbIndex()], "index " + d.ssbIndex() + " twice");
            seen[d.ssbIndex()] = true;
        }
        assertEquals(64, r.ssbs().size());
        // With the FR1 default of 16 candidates only 16 of them are verified.
        assertEquals(16, rec.search(searcher, CellSearchConfig.defaults().withSsbFrequency(rec.ssbHz)
                .withMaxPeaks(16)).ssbs().size());
    }

    @Test
    void noiseAloneGivesNoFr2Cell() {
        SplittableRandom rnd = new SplittableRandom(77);
        double f = SyncRaster.frequencyHz(GSCN);
        for (int t = 0; t < 6; t++) {
            boolean e = (t & 1) == 1;
            double fs = e ? 61.44e6 : 30.72e6;
            float[] x = SyntheticRecording.noise((int) Math.round(fs * 5e-3), fs, e ? 240 : 120, SNR_DB,
                    rnd.nextLong());
            CellSearchResult r = searcher.search(x, 0, x.length / 2, fs, f,
                    CellSearchConfig.defaults().withSsbFrequency(f));
            assertTrue(r.isEmpty(), "false FR2 cell in noise: " + r.ssbs());
        }
    }

    @Test
    void fr2NeedsTheRateOfItsNumerology() {
        double f = SyncRaster.frequencyHz(GSCN);
        float[] x = new float[2 * 100_000];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> searcher.search(x, 0,
                100_000, 15.36e6, f, CellSearchConfig.defaults().withSsbFrequency(f)));
        assertTrue(e.getMessage().contains("30.72"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CellSearchConfig.defaults().withSubcarrierSpacing(120)
                .withLMax(8));
    }
}
