package org.airan.phy.cellsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.airan.phy.ssb.SsbCase;
import org.junit.jupiter.api.Test;

/**
 * Detection performance in AWGN, 1 RX, one SSB per trial, SNR = SSB energy per RE over noise per RE.
 * Requirement: ≥ 90 % PCI + SSB index + MIB (CRC ok) at −6 dB; ≥ 99 % "no cell" on noise alone.
 */
class CellSearchPerformanceTest {

    /** Trials at −6 dB: with a true success rate of 97–99 % (measured), P(&lt; 90 of 100) is below 1e-3. */
    private static final int TRIALS = 100;
    /** Required successes at −6 dB (90 %). */
    private static final int REQUIRED = 90;
    /** Noise-only trials. */
    private static final int NOISE_TRIALS = 200;
    /** At most 1 % false cells. */
    private static final int MAX_FALSE = 2;

    private final CellSearcher searcher = CellSearchers.create();

    static SyntheticRecording.Spec spec(SplittableRandom rnd, double snrDb, boolean thirty) {
        SyntheticRecording.Spec s = new SyntheticRecording.Spec();
        if (thirty) {
            s.ssbCase = SsbCase.C;
            s.ssbHz = 3426.24e6;
            s.fc = 3426.24e6;
            s.fs = 7.68e6;
            s.unpaired = true;
        } else {
            s.ssbCase = SsbCase.A;
            s.ssbHz = 806.45e6;
            s.fc = 806.45e6;
            s.fs = 3.84e6;
        }
        s.pci = rnd.nextInt(1008);
        s.ssbIndex = rnd.nextInt(thirty ? 8 : 4);
        s.halfFrame = rnd.nextInt(2);
        s.sfn = rnd.nextInt(1024);
        s.cfoHz = (rnd.nextDouble() * 2 - 1) * 2e3;
        s.snrDb = snrDb;
        s.seed = rnd.nextLong();
        return s;
    }

    static int successes(CellSearcher searcher, int trials, double snrDb, boolean thirty, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int ok = 0;
        for (int t = 0; t < trials; t++) {
            SyntheticRecording.Spec s = spec(rnd, snrDb, thirty);
            SyntheticRecording rec = SyntheticRecording.make(s);
            if (rec.foundIn(rec.search(searcher, CellSearchConfig.defaults().withSsbFrequency(s.ssbHz)))) {
                ok++;
            }
        }
        return ok;
    }

    @Test
    void minus6DbFindsPciAndMibInAtLeast90Percent() {
        int ok = successes(searcher, TRIALS, -6, false, 11);
        System.out.println("-6 dB, 15 kHz: " + ok + "/" + TRIALS);
        assertTrue(ok >= REQUIRED, ok + "/" + TRIALS + " at -6 dB");
    }

    @Test
    void minus6DbAt30KhzToo() {
        // 60 trials (case C, 7.68 Msps); the sweep measured 99 % at −6 dB, so 54/60 (90 %) holds with P > 0.999.
        int ok = successes(searcher, 60, -6, true, 12);
        System.out.println("-6 dB, 30 kHz: " + ok + "/60");
        assertTrue(ok >= 54, ok + "/60 at -6 dB, 30 kHz");
    }

    @Test
    void noiseAloneGivesNoCell() {
        SplittableRandom rnd = new SplittableRandom(5);
        int falseCells = 0;
        for (int t = 0; t < NOISE_TRIALS; t++) {
            boolean thirty = (t & 1) == 1;
            double fs = thirty ? 7.68e6 : 3.84e6;
            float[] x = SyntheticRecording.noise(SsbTransmitterSamples.halfFrame(fs), fs, thirty ? 30 : 15, -6,
                    rnd.nextLong());
            double f = thirty ? 3426.24e6 : 806.45e6;
            CellSearchResult r = searcher.search(x, 0, x.length / 2, fs, f,
                    CellSearchConfig.defaults().withSsbFrequency(f));
            if (!r.isEmpty()) {
                falseCells++;
                System.out.println("false cell: " + r.ssbs());
            }
        }
        assertTrue(falseCells <= MAX_FALSE, falseCells + " false cells in " + NOISE_TRIALS);
    }

    @Test
    void noiseAloneGivesNoCellInARasterScan() {
        // 10 ms of noise at 15.36 Msps around 806 MHz: 30 GSCN candidates per trial, 8 trials = 240 candidate
        // searches with up to 16 PSS candidates each, every one verified down to the PBCH CRC. No report expected.
        SplittableRandom rnd = new SplittableRandom(9);
        int falseCells = 0;
        for (int t = 0; t < 8; t++) {
            float[] x = SyntheticRecording.noise(153_600, 15.36e6, 15, -6, rnd.nextLong());
            CellSearchResult r = searcher.search(x, 0, x.length / 2, 15.36e6, 806e6, CellSearchConfig.defaults());
            assertEquals(30, r.candidatesSearched());
            falseCells += r.ssbs().size();
        }
        assertEquals(0, falseCells);
    }

    /** Half-frame sample count helper. */
    static final class SsbTransmitterSamples {
        static int halfFrame(double fs) {
            return org.airan.phy.ssb.SsbTransmitter.halfFrameSamples(fs);
        }
    }
}
