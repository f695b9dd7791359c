package org.airan.phy.cellsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jtransforms.fft.FloatFFT_1D;
import org.junit.jupiter.api.Test;

class FftChannelizerTest {

    /**
     * Amplitude tolerance of the recovered 0.5 tone: float32 DFTs of 10^5 points are accurate to ~1e-5; what remains
     * is leakage of the brick-wall band limit from the tones' non-integer bin positions, ≤ 1e-2 here.
     */
    private static final double AMPLITUDE_TOL = 1e-2;

    /** A tone at shift + 5 kHz, a DC term and a far tone; returns the low-rate output. */
    private static float[] run(long fs, double shift, long fsLow, int n) {
        float[] x = new float[2 * n];
        for (int i = 0; i < n; i++) {
            double ph = 2 * Math.PI * (shift + 5e3) * i / fs;
            double far = 2 * Math.PI * (shift + 3e6) * i / fs;
            x[2 * i] = (float) (0.5 * Math.cos(ph) + 2.0 + 0.7 * Math.cos(far));
            x[2 * i + 1] = (float) (0.5 * Math.sin(ph) + 0.7 * Math.sin(far));
        }
        FftChannelizer ch = new FftChannelizer(x, 0, n, fs);
        int mo = ch.outputLength(fsLow);
        float[] out = new float[2 * mo];
        ch.extract(shift, fsLow, 1e6, 1.2e6, new FloatFFT_1D(mo), out);
        return out;
    }

    @Test
    void exactShiftAndRateForNonStandardSampleRates() {
        for (long fs : new long[] {46_080_000L, 25_000_000L, 15_360_000L}) {
            long fsLow = 3_840_000L;
            int n = (int) (fs / 1000 * 4); // 4 ms
            double shift = 1.234567e6;
            float[] y = run(fs, shift, fsLow, n);
            int valid = (int) ((long) n * fsLow / fs);
            // Away from the edges the output is the 5 kHz tone at amplitude 0.5: DC (notched) and the 3 MHz tone
            // (outside the 1.2 MHz stopband) are gone.
            double maxErr = 0;
            for (int m = valid / 4; m < 3 * valid / 4; m++) {
                double ph = 2 * Math.PI * 5e3 * m / fsLow + Math.atan2(y[2 * (valid / 4) + 1], y[2 * (valid / 4)])
                        - 2 * Math.PI * 5e3 * (valid / 4) / fsLow;
                double er = y[2 * m] - 0.5 * Math.cos(ph);
                double ei = y[2 * m + 1] - 0.5 * Math.sin(ph);
                maxErr = Math.max(maxErr, Math.hypot(er, ei));
            }
            assertTrue(maxErr < AMPLITUDE_TOL, "fs " + fs + " max error " + maxErr);
            double mag = Math.hypot(y[valid], y[valid + 1]);
            assertEquals(0.5, mag, AMPLITUDE_TOL, "fs " + fs);
        }
    }

    @Test
    void dcLeakageIsNotched() {
        // SSB centred on the LO: the DC term (amplitude 2, 4× the tone) must vanish, the 5 kHz tone must stay.
        long fs = 7_680_000L;
        float[] y = run(fs, 0, fs, 7680 * 4);
        double mean0 = 0;
        double mean1 = 0;
        int n = 7680 * 4;
        for (int m = 0; m < n; m++) {
            mean0 += y[2 * m];
            mean1 += y[2 * m + 1];
        }
        assertEquals(0, Math.hypot(mean0, mean1) / n, AMPLITUDE_TOL, "residual DC");
        assertEquals(0.5, Math.hypot(y[2 * (n / 2)], y[2 * (n / 2) + 1]), AMPLITUDE_TOL, "tone kept");
    }
}
