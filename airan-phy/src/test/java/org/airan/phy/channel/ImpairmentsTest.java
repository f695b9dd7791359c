package org.airan.phy.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.airan.phy.dft.DftProcessor;
import org.airan.phy.dft.JTransformsDftProcessor;
import org.junit.jupiter.api.Test;

class ImpairmentsTest {

    /** 4σ statistical tolerance (see TdlChannelTest). */
    private static final double SIGMAS = 4.0;

    @Test
    void awgnVariancePerReAndThroughUnscaledDft() {
        AwgnChannel awgn = new AwgnChannel(1);
        int n = 200_000;
        float[] x = new float[2 * n];
        double n0 = AwgnChannel.reNoiseVariance(10);
        assertEquals(0.1, n0, 1e-15);
        awgn.addNoise(x, 0, n, n0);
        double p = 0;
        for (float v : x) {
            p += v * v;
        }
        // |n|² of complex Gaussian noise is exponential: relative std of the mean 1/√n
        assertEquals(n0, p / n, SIGMAS * n0 / Math.sqrt(n));

        // time domain: σ² = N0/(c²N) with an unscaled DFT (c = 1) gives N0 per bin
        int nfft = 512, blocks = 200;
        double sigma2 = AwgnChannel.sampleNoiseVariance(n0, nfft, 1.0);
        DftProcessor dft = new JTransformsDftProcessor(nfft);
        float[] y = new float[2 * nfft];
        double acc = 0;
        for (int b = 0; b < blocks; b++) {
            java.util.Arrays.fill(y, 0f);
            awgn.addNoise(y, 0, nfft, sigma2);
            dft.transform(DftProcessor.Direction.FORWARD, y, 0);
            for (float v : y) {
                acc += v * v;
            }
        }
        int m = nfft * blocks;
        assertEquals(n0, acc / m, SIGMAS * n0 / Math.sqrt(m));
    }

    @Test
    void frequencyOffsetRotatesContinuouslyAcrossCalls() {
        double fs = 30.72e6, df = 1234.5;
        int n = 1000;
        float[] a = new float[2 * n];
        for (int i = 0; i < n; i++) {
            a[2 * i] = 1;
        }
        float[] b = a.clone();
        new FrequencyOffset(df, fs, 0.3).apply(a, 0, n);
        FrequencyOffset split = new FrequencyOffset(df, fs, 0.3);
        split.apply(b, 0, 333);
        split.apply(b, 666, 667);
        for (int i = 0; i < n; i += 50) {
            double ph = 0.3 + 2 * Math.PI * df * i / fs;
            assertEquals(Math.cos(ph), a[2 * i], 1e-6);
            assertEquals(Math.sin(ph), a[2 * i + 1], 1e-6);
        }
        assertArrayEquals(a, b, 1e-6f);
    }

    @Test
    void phaseNoiseVarianceGrowsAsWienerProcess() {
        double fs = 1e6, beta = 100;
        int n = 1000, seeds = 2000;
        double acc = 0;
        float[] x = new float[2 * n];
        for (int s = 0; s < seeds; s++) {
            PhaseNoise pn = new PhaseNoise(beta, fs, s);
            pn.apply(x, 0, n);
            acc += pn.phase() * pn.phase();
        }
        double want = 2 * Math.PI * beta * n / fs;
        // sample variance of a zero-mean Gaussian: relative std √(2/R)
        assertEquals(want, acc / seeds, SIGMAS * want * Math.sqrt(2.0 / seeds));
    }

    @Test
    void clippingAndTimingOffset() {
        float[] x = {2f, -0.5f, 0.3f, -3f, 0.1f, 0.1f};
        float[] y = x.clone();
        assertEquals(2, IqClipper.clipComponents(x, 0, 3, 1f));
        assertArrayEquals(new float[] {1f, -0.5f, 0.3f, -1f, 0.1f, 0.1f}, x);
        assertEquals(2, IqClipper.clipMagnitude(y, 0, 3, 1f));
        assertEquals(1.0, Math.hypot(y[0], y[1]), 1e-6);
        assertEquals(-0.5 / 2, y[1] / y[0], 1e-6); // phase kept

        TimingOffset to = new TimingOffset(2, 4);
        float[] s1 = {1, 1, 2, 2, 3, 3};
        float[] s2 = {4, 4, 5, 5, 6, 6};
        to.apply(s1, 0, 3);
        to.apply(s2, 0, 3);
        assertArrayEquals(new float[] {0, 0, 0, 0, 1, 1}, s1);
        assertArrayEquals(new float[] {2, 2, 3, 3, 4, 4}, s2);
    }
}
