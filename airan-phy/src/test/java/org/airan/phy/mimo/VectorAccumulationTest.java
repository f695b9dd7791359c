package org.airan.phy.mimo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Vector-API Gram/matched-filter accumulation of the 1- and 2-layer MMSE paths against the scalar loops it
 * replaced: same products, same order of addition, so symbols, noise variances and SINRs must be bit-identical,
 * for RE counts that do and do not fill whole vectors and whole 256-RE blocks, with offsets.
 */
class VectorAccumulationTest {

    @Test
    void vectorAndScalarAccumulationGiveIdenticalOutputs() {
        assumeTrue(LinearEqualizer.VECTOR_API, "jdk.incubator.vector not present");
        SplittableRandom rnd = new SplittableRandom(5);
        for (int nl = 1; nl <= 2; nl++) {
            for (int numRx : new int[] {2, 4}) {
                for (int numRe : new int[] {1, 7, 8, 9, 256, 300, 3276}) {
                    int ro = 2 * rnd.nextInt(4), ho = ro, so = 2 * rnd.nextInt(3), no = rnd.nextInt(3);
                    float[][] rx = new float[numRx][ro + 2 * numRe];
                    float[][] h = new float[numRx * nl][ho + 2 * numRe];
                    for (float[] a : rx) {
                        fill(a, rnd);
                    }
                    for (float[] a : h) {
                        fill(a, rnd);
                    }
                    h[0][ho] = 0; // a zero entry on one antenna
                    h[0][ho + 1] = 0;
                    float[][][] out = new float[2][][];
                    float[][][] nv = new float[2][][];
                    float[][][] sinr = new float[2][][];
                    for (int v = 0; v < 2; v++) {
                        out[v] = new float[nl][so + 2 * numRe];
                        nv[v] = new float[nl][no + numRe];
                        sinr[v] = new float[nl][no + numRe];
                        new MmseEqualizer(numRx, v == 1).equalize(rx, ro, h, ho, numRx, nl, numRe, 0.05f, out[v], so,
                                nv[v], sinr[v], no);
                    }
                    for (int l = 0; l < nl; l++) {
                        String what = nl + " layers, " + numRx + " rx, " + numRe + " REs, layer " + l;
                        assertArrayEquals(out[0][l], out[1][l], what + " symbols");
                        assertArrayEquals(nv[0][l], nv[1][l], what + " noise variance");
                        assertArrayEquals(sinr[0][l], sinr[1][l], what + " SINR");
                    }
                }
            }
        }
    }

    private static void fill(float[] a, SplittableRandom rnd) {
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) rnd.nextGaussian();
        }
    }
}
