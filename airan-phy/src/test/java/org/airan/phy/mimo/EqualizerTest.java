package org.airan.phy.mimo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.ejml.data.Complex_F64;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import org.junit.jupiter.api.Test;

class EqualizerTest {

    /**
     * Agreement with the EJML double-precision reference: the kernels compute in double but read and write float,
     * so outputs match to float rounding (relative 1e-6) amplified by the conditioning of random channels; 1e-3
     * relative leaves room for ill-conditioned draws and still catches any algebra error (which is O(1)).
     */
    private static final double REL_TOL = 1e-3;
    /** 4σ statistical tolerance for means over R independent REs (variance of each term ≤ its mean², see below). */
    private static final double SIGMAS = 4.0;

    private static float[][] randomChannel(SplittableRandom rnd, int nr, int nl, int numRe) {
        float[][] h = new float[nr * nl][2 * numRe];
        for (float[] a : h) {
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) (gauss(rnd) * Math.sqrt(0.5));
            }
        }
        return h;
    }

    private static double gauss(SplittableRandom r) {
        double u = r.nextDouble(), v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    private static ZMatrixRMaj hAt(float[][] h, int nr, int nl, int i) {
        ZMatrixRMaj m = new ZMatrixRMaj(nr, nl);
        for (int r = 0; r < nr; r++) {
            for (int l = 0; l < nl; l++) {
                m.set(r, l, h[r * nl + l][2 * i], h[r * nl + l][2 * i + 1]);
            }
        }
        return m;
    }

    @Test
    void matchesEjmlReferenceForAllSizes() {
        SplittableRandom rnd = new SplittableRandom(5);
        int numRe = 50;
        float n0 = 0.2f;
        for (int nl = 1; nl <= 4; nl++) {
            for (int nr = nl; nr <= 8; nr++) {
                float[][] h = randomChannel(rnd, nr, nl, numRe);
                float[][] y = randomChannel(rnd, nr, 1, numRe);
                for (Equalizer eq : new Equalizer[] {new ZfEqualizer(8), new MmseEqualizer(8)}) {
                    boolean mmse = eq instanceof MmseEqualizer;
                    float[][] sym = new float[nl][2 * numRe], nv = new float[nl][numRe], sinr = new float[nl][numRe];
                    eq.equalize(y, 0, h, 0, nr, nl, numRe, n0, sym, 0, nv, sinr, 0);
                    for (int i = 0; i < numRe; i++) {
                        ZMatrixRMaj hm = hAt(h, nr, nl, i);
                        ZMatrixRMaj yv = new ZMatrixRMaj(nr, 1);
                        for (int r = 0; r < nr; r++) {
                            yv.set(r, 0, y[r][2 * i], y[r][2 * i + 1]);
                        }
                        ZMatrixRMaj hh = new ZMatrixRMaj(nl, nr);
                        CommonOps_ZDRM.transposeConjugate(hm, hh);
                        ZMatrixRMaj g = new ZMatrixRMaj(nl, nl);
                        CommonOps_ZDRM.mult(hh, hm, g);
                        ZMatrixRMaj a = g.copy();
                        if (mmse) {
                            for (int l = 0; l < nl; l++) {
                                a.set(l, l, a.getReal(l, l) + n0, a.getImag(l, l));
                            }
                        }
                        ZMatrixRMaj ai = new ZMatrixRMaj(nl, nl);
                        CommonOps_ZDRM.invert(a, ai);
                        ZMatrixRMaj z = new ZMatrixRMaj(nl, 1), x = new ZMatrixRMaj(nl, 1);
                        CommonOps_ZDRM.mult(hh, yv, z);
                        CommonOps_ZDRM.mult(ai, z, x);
                        ZMatrixRMaj aig = new ZMatrixRMaj(nl, nl);
                        CommonOps_ZDRM.mult(ai, g, aig);
                        for (int l = 0; l < nl; l++) {
                            double bias = mmse ? aig.getReal(l, l) : 1;
                            double wantRe = x.getReal(l, 0) / bias, wantIm = x.getImag(l, 0) / bias;
                            double wantNv = mmse ? (1 - bias) / bias : n0 * ai.getReal(l, l);
                            String ctx = eq.name() + " " + nr + "x" + nl + " RE " + i + " layer " + l;
                            double scale = Math.max(1, Math.hypot(wantRe, wantIm));
                            assertEquals(wantRe, sym[l][2 * i], REL_TOL * scale, ctx);
                            assertEquals(wantIm, sym[l][2 * i + 1], REL_TOL * scale, ctx);
                            assertEquals(wantNv, nv[l][i], REL_TOL * wantNv, ctx);
                            assertEquals(1 / wantNv, sinr[l][i], REL_TOL / wantNv, ctx);
                        }
                    }
                }
            }
        }
    }

    @Test
    void noiselessZfRecoversSymbolsAndMrcHasClosedForm() {
        SplittableRandom rnd = new SplittableRandom(9);
        int numRe = 20;
        for (int nl : new int[] {1, 2, 3, 4}) {
            int nr = 4;
            float[][] h = randomChannel(rnd, nr, nl, numRe);
            float[][] x = randomChannel(rnd, nl, 1, numRe);
            float[][] y = new float[nr][2 * numRe];
            for (int i = 0; i < numRe; i++) {
                for (int r = 0; r < nr; r++) {
                    for (int l = 0; l < nl; l++) {
                        float hr = h[r * nl + l][2 * i], hi = h[r * nl + l][2 * i + 1];
                        y[r][2 * i] += hr * x[l][2 * i] - hi * x[l][2 * i + 1];
                        y[r][2 * i + 1] += hr * x[l][2 * i + 1] + hi * x[l][2 * i];
                    }
                }
            }
            float[][] sym = new float[nl][2 * numRe], nv = new float[nl][numRe];
            new ZfEqualizer(4).equalize(y, 0, h, 0, nr, nl, numRe, 0.1f, sym, 0, nv, null, 0);
            for (int i = 0; i < numRe; i++) {
                for (int l = 0; l < nl; l++) {
                    assertEquals(x[l][2 * i], sym[l][2 * i], 1e-4);
                    assertEquals(x[l][2 * i + 1], sym[l][2 * i + 1], 1e-4);
                }
                if (nl == 1) {
                    double e = 0;
                    for (int r = 0; r < nr; r++) {
                        e += h[r][2 * i] * h[r][2 * i] + h[r][2 * i + 1] * h[r][2 * i + 1];
                    }
                    assertEquals(0.1 / e, nv[0][i], 1e-6 * nv[0][i] + 1e-9, "MRC noise variance N0/‖h‖²");
                }
            }
        }
    }

    @Test
    void mmseIsUnbiasedAndReportsItsErrorVariance() {
        // fixed 4x2 channel, random QPSK and noise on R REs: E[x̂ x*] = 1 and E|x̂ − x|² = reported σ²
        SplittableRandom rnd = new SplittableRandom(21);
        int nr = 4, nl = 2, numRe = 20000;
        float n0 = 0.3f;
        float[][] h1 = randomChannel(rnd, nr, nl, 1);
        float[][] h = new float[nr * nl][2 * numRe];
        for (int q = 0; q < nr * nl; q++) {
            for (int i = 0; i < numRe; i++) {
                h[q][2 * i] = h1[q][0];
                h[q][2 * i + 1] = h1[q][1];
            }
        }
        float[][] x = new float[nl][2 * numRe];
        float[][] y = new float[nr][2 * numRe];
        double s = Math.sqrt(0.5);
        for (int i = 0; i < numRe; i++) {
            for (int l = 0; l < nl; l++) {
                x[l][2 * i] = (float) (rnd.nextBoolean() ? s : -s);
                x[l][2 * i + 1] = (float) (rnd.nextBoolean() ? s : -s);
            }
            for (int r = 0; r < nr; r++) {
                double yr = gauss(rnd) * Math.sqrt(n0 / 2), yi = gauss(rnd) * Math.sqrt(n0 / 2);
                for (int l = 0; l < nl; l++) {
                    float hr = h[r * nl + l][2 * i], hi = h[r * nl + l][2 * i + 1];
                    yr += hr * x[l][2 * i] - hi * x[l][2 * i + 1];
                    yi += hr * x[l][2 * i + 1] + hi * x[l][2 * i];
                }
                y[r][2 * i] = (float) yr;
                y[r][2 * i + 1] = (float) yi;
            }
        }
        float[][] sym = new float[nl][2 * numRe], nv = new float[nl][numRe];
        new MmseEqualizer(4).equalize(y, 0, h, 0, nr, nl, numRe, n0, sym, 0, nv, null, 0);
        for (int l = 0; l < nl; l++) {
            double corr = 0, err = 0;
            for (int i = 0; i < numRe; i++) {
                corr += sym[l][2 * i] * x[l][2 * i] + sym[l][2 * i + 1] * x[l][2 * i + 1];
                double dr = sym[l][2 * i] - x[l][2 * i], di = sym[l][2 * i + 1] - x[l][2 * i + 1];
                err += dr * dr + di * di;
            }
            double sigma2 = nv[l][0];
            // Re(x̂ x*) = 1 + Re(e x*) with Var ≤ σ²/2 (|x| = 1); |e|² of Gaussian noise is exponential (variance
            // σ⁴) and the residual QPSK interference is bounded, so Var|e|² ≤ 2σ⁴ and its mean has std ≤ √2σ²/√R
            assertEquals(1.0, corr / numRe, SIGMAS * Math.sqrt(sigma2 / 2 / numRe), "bias of layer " + l);
            assertEquals(sigma2, err / numRe, SIGMAS * Math.sqrt(2) * sigma2 / Math.sqrt(numRe), "error variance of layer " + l);
        }
    }

    @Test
    void singularAndNanChannelsGiveErasures() {
        int nr = 2, numRe = 3;
        for (int nl : new int[] {2, 3, 4}) {
            int nrr = Math.max(nr, nl);
            float[][] h = new float[nrr * nl][2 * numRe];
            SplittableRandom rnd = new SplittableRandom(nl);
            for (int r = 0; r < nrr; r++) {
                for (int i = 0; i < numRe; i++) {
                    float a = (float) gauss(rnd), b = (float) gauss(rnd);
                    for (int l = 0; l < nl; l++) { // identical columns: rank 1
                        h[r * nl + l][2 * i] = a;
                        h[r * nl + l][2 * i + 1] = b;
                    }
                }
            }
            h[0][2 * 2] = Float.NaN; // RE 2 has a NaN
            float[][] y = randomChannel(rnd, nrr, 1, numRe);
            float[][] sym = new float[nl][2 * numRe], nv = new float[nl][numRe], sinr = new float[nl][numRe];
            new ZfEqualizer(4).equalize(y, 0, h, 0, nrr, nl, numRe, 0.1f, sym, 0, nv, sinr, 0);
            for (int i = 0; i < numRe; i++) {
                for (int l = 0; l < nl; l++) {
                    assertEquals(0f, sym[l][2 * i]);
                    assertEquals(Float.POSITIVE_INFINITY, nv[l][i]);
                    assertEquals(0f, sinr[l][i]);
                }
            }
            new MmseEqualizer(4).equalize(y, 0, h, 0, nrr, nl, numRe, 0.1f, sym, 0, nv, sinr, 0);
            for (int l = 0; l < nl; l++) {
                assertEquals(true, Float.isFinite(nv[l][0]), "MMSE regularizes a rank-deficient channel");
                assertEquals(Float.POSITIVE_INFINITY, nv[l][2], "NaN channel");
                assertEquals(0f, sym[l][4]);
            }
        }
        // an all-zero channel: no energy for the layer
        float[][] h0 = new float[2][2];
        float[][] y = {new float[] {1, 1}, new float[] {1, 1}};
        float[][] sym = new float[1][2], nv = new float[1][1];
        new MmseEqualizer(2).equalize(y, 0, h0, 0, 2, 1, 1, 0.1f, sym, 0, nv, null, 0);
        assertEquals(Float.POSITIVE_INFINITY, nv[0][0]);
    }
}
