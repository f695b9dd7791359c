package org.airan.phy.cellsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** NaN and infinite samples are a documented outcome (nothing detected where they fall), never an exception. */
class CellSearchNonFiniteTest {

    private static final double FS = 7.68e6;
    private static final double FC = 3426.24e6;
    /** One 5 ms half frame at 7.68 Msps: enough for one SSB burst. */
    private static final int NUM_SAMPLES = 38_400;

    private final CellSearcher searcher = CellSearchers.create();

    private static float[] noise(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = new float[2 * NUM_SAMPLES];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextGaussian();
        }
        return x;
    }

    @Test
    void sparseNanSamplesGiveNoCellAndNoException() {
        float[] x = noise(3);
        for (int i = 0; i < x.length; i += 97) {
            x[i] = Float.NaN;
        }
        x[11] = Float.POSITIVE_INFINITY;
        CellSearchResult r = searcher.search(x, 0, NUM_SAMPLES, FS, FC,
                CellSearchConfig.defaults().withSsbFrequency(FC));
        assertEquals(0, r.ssbs().size(), r.ssbs().toString());
    }

    @Test
    void allNanRecordingScansTheRasterAndFindsNothing() {
        float[] x = new float[2 * NUM_SAMPLES];
        Arrays.fill(x, Float.NaN);
        CellSearchResult r = searcher.search(x, 0, NUM_SAMPLES, FS, FC, CellSearchConfig.defaults());
        assertEquals(0, r.ssbs().size(), r.ssbs().toString());
    }
}
