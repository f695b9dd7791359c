package org.airan.phy.mimo;

import java.util.Objects;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_ZDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Shared kernel of ZF and MMSE: per RE it forms the Gram matrix {@code A = HᴴH + λI} (λ = 0 for ZF, N_0 for
 * MMSE) and the matched-filter output {@code z = Hᴴy} (accumulated in single precision, antenna by antenna over
 * blocks of 256 REs so the loops vectorize), then solves {@code x̃ = A⁻¹z} and takes {@code d_l = [A⁻¹]_ll} in
 * double precision. One layer is maximum-ratio combining over the antennas; two layers use the closed-form
 * 2×2 inverse; four layers a hand-written 4×4 Cholesky factorization; three layers EJML's complex LU solver
 * (preallocated). The subclass turns (x̃, d) into unbiased symbols and noise variances.
 */
abstract sealed class LinearEqualizer implements Equalizer permits ZfEqualizer, MmseEqualizer {

    /** Relative pivot threshold below which the Gram matrix is treated as singular. */
    static final double SINGULAR_RELATIVE = 1e-9;

    private final int maxRx;
    // scratch (double, row-major complex)
    private final double[] gram = new double[2 * 16];
    private final double[] z = new double[8];
    private final double[] x = new double[8];
    private final double[] d = new double[4];
    private final double[] l4 = new double[2 * 16];
    private final double[] li4 = new double[2 * 16];
    private final double[] w4 = new double[8];
    private final ZMatrixRMaj a3 = new ZMatrixRMaj(3, 3);
    private final ZMatrixRMaj inv3 = new ZMatrixRMaj(3, 3);
    private final LinearSolverDense<ZMatrixRMaj> solver3 = LinearSolverFactory_ZDRM.lu(3);

    /** The 1- and 2-layer accumulations run on the Vector API ({@link ConjMulKernel}) when its module is present. */
    static final boolean VECTOR_API = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private final boolean vector;

    LinearEqualizer(int maxRx) {
        this(maxRx, VECTOR_API);
    }

    /** @param vector use the Vector-API accumulation (tests compare it with the scalar loops) */
    LinearEqualizer(int maxRx, boolean vector) {
        this.vector = vector && VECTOR_API;
        if (maxRx < 1 || maxRx > 64) {
            throw new IllegalArgumentException("maxRxAntennas must be in [1, 64], was " + maxRx);
        }
        this.maxRx = maxRx;
    }

    @Override
    public final int maxLayers() {
        return 4;
    }

    @Override
    public final int maxRxAntennas() {
        return maxRx;
    }

    /** λ added to the Gram diagonal. */
    abstract double regularization(double n0);

    /**
     * Converts x̃ = A⁻¹z and d = diag(A⁻¹) of one layer into outputs: writes {re, im, noiseVar} into out[0..2].
     * Returns false when the result is degenerate.
     */
    abstract boolean finish(double xr, double xi, double dl, double n0, double[] out);

    private final double[] fin = new double[3];

    @Override
    public final void equalize(float[][] rx, int rxOffset, float[][] h, int hOffset, int numRx, int numLayers,
                               int numRe, float noiseVariance, float[][] symbols, int symOffset,
                               float[][] noiseVarianceOut, float[][] sinrOut, int realOffset) {
        if (numLayers < 1 || numLayers > 4 || numRx < 1 || numRx > maxRx || numRx < numLayers) {
            throw new IllegalArgumentException("need 1 ≤ numLayers ≤ 4, numLayers ≤ numRx ≤ " + maxRx
                    + " (TS 38.211 §7.3.1.3: at most 4 layers per codeword), were numLayers=" + numLayers
                    + " numRx=" + numRx);
        }
        if (!(noiseVariance >= 0)) {
            throw new IllegalArgumentException("noiseVariance must be ≥ 0, was " + noiseVariance);
        }
        if (rx.length < numRx || h.length < numRx * numLayers || symbols.length < numLayers
                || noiseVarianceOut.length < numLayers || (sinrOut != null && sinrOut.length < numLayers)) {
            throw new IllegalArgumentException("array counts too small for numRx=" + numRx + ", numLayers=" + numLayers);
        }
        for (int r = 0; r < numRx; r++) {
            Objects.checkFromIndexSize(rxOffset, 2 * numRe, rx[r].length);
        }
        for (int q = 0; q < numRx * numLayers; q++) {
            Objects.checkFromIndexSize(hOffset, 2 * numRe, h[q].length);
        }
        for (int l = 0; l < numLayers; l++) {
            Objects.checkFromIndexSize(symOffset, 2 * numRe, symbols[l].length);
            Objects.checkFromIndexSize(realOffset, numRe, noiseVarianceOut[l].length);
            if (sinrOut != null) {
                Objects.checkFromIndexSize(realOffset, numRe, sinrOut[l].length);
            }
        }
        double n0 = noiseVariance;
        double lambda = regularization(n0);
        int n = numLayers;
        if (n == 1) {
            for (int c = 0; c < numRe; c += CHUNK) {
                oneLayer(rx, rxOffset + 2 * c, h, hOffset + 2 * c, numRx, Math.min(CHUNK, numRe - c), n0, lambda,
                        symbols[0], symOffset + 2 * c, noiseVarianceOut[0], sinrOut == null ? null : sinrOut[0],
                        realOffset + c);
            }
            return;
        }
        if (n == 2) {
            for (int c = 0; c < numRe; c += CHUNK) {
                twoLayers(rx, rxOffset + 2 * c, h, hOffset + 2 * c, numRx, Math.min(CHUNK, numRe - c), n0, lambda,
                        symbols, symOffset + 2 * c, noiseVarianceOut, sinrOut, realOffset + c);
            }
            return;
        }
        for (int c = 0; c < numRe; c += CHUNK) {
            manyLayers(rx, rxOffset + 2 * c, h, hOffset + 2 * c, numRx, n, Math.min(CHUNK, numRe - c), n0, lambda,
                    symbols, symOffset + 2 * c, noiseVarianceOut, sinrOut, realOffset + c);
        }
    }

    /**
     * Three or four layers: Gram matrix (upper triangle) and matched-filter outputs accumulated antenna by antenna
     * over a block of REs, then per RE the 4×4 Cholesky (4 layers) or EJML LU (3 layers) solve.
     */
    private void manyLayers(float[][] rx, int ro, float[][] h, int ho, int numRx, int n, int len, double n0,
                            double lambda, float[][] sym, int so, float[][] nv, float[][] sinr, int no) {
        for (int a = 0; a < n; a++) {
            java.util.Arrays.fill(bzr[a], 0, len, 0f);
            java.util.Arrays.fill(bzi[a], 0, len, 0f);
            for (int b = a; b < n; b++) {
                java.util.Arrays.fill(bgr[a * 4 + b], 0, len, 0f);
                java.util.Arrays.fill(bgi[a * 4 + b], 0, len, 0f);
            }
        }
        for (int r = 0; r < numRx; r++) {
            float[] y = rx[r];
            for (int a = 0; a < n; a++) {
                float[] ha = h[r * n + a];
                float[] zr = bzr[a], zi = bzi[a];
                for (int i = 0; i < len; i++) {
                    float ar = ha[ho + 2 * i], ai = ha[ho + 2 * i + 1];
                    float yr = y[ro + 2 * i], yi = y[ro + 2 * i + 1];
                    zr[i] += ar * yr + ai * yi;
                    zi[i] += ar * yi - ai * yr;
                }
                for (int b = a; b < n; b++) {
                    float[] hb = h[r * n + b];
                    float[] gr = bgr[a * 4 + b], gi = bgi[a * 4 + b];
                    for (int i = 0; i < len; i++) {
                        float ar = ha[ho + 2 * i], ai = ha[ho + 2 * i + 1];
                        float br = hb[ho + 2 * i], bi = hb[ho + 2 * i + 1];
                        gr[i] += ar * br + ai * bi;
                        gi[i] += ar * bi - ai * br;
                    }
                }
            }
        }
        for (int i = 0; i < len; i++) {
            double trace = 0;
            boolean finite = true;
            for (int a = 0; a < n; a++) {
                z[2 * a] = bzr[a][i];
                z[2 * a + 1] = bzi[a][i];
                finite &= Float.isFinite(bzr[a][i]) && Float.isFinite(bzi[a][i]);
                for (int b = a; b < n; b++) {
                    double gr = bgr[a * 4 + b][i], gi = bgi[a * 4 + b][i];
                    gram[2 * (a * n + b)] = gr;
                    gram[2 * (a * n + b) + 1] = gi;
                    gram[2 * (b * n + a)] = gr;
                    gram[2 * (b * n + a) + 1] = -gi;
                }
                trace += gram[2 * (a * n + a)];
                gram[2 * (a * n + a)] += lambda;
            }
            boolean ok = finite && Double.isFinite(trace) && solve(n, trace + n * lambda);
            for (int l = 0; l < n; l++) {
                if (ok) {
                    emit(x[2 * l], x[2 * l + 1], d[l], n0, sym[l], so + 2 * i, nv[l], sinr == null ? null : sinr[l],
                            no + i);
                } else {
                    erase(sym[l], so + 2 * i, nv[l], sinr == null ? null : sinr[l], no + i);
                }
            }
        }
    }

    /** REs per block of the structure-of-arrays 1- and 2-layer paths. */
    private static final int CHUNK = 256;
    private final float[][] bgr = new float[16][CHUNK];
    private final float[][] bgi = new float[16][CHUNK];
    private final float[][] bzr = new float[4][CHUNK];
    private final float[][] bzi = new float[4][CHUNK];

    private void erase(float[] sym, int so, float[] nv, float[] sinr, int ro) {
        sym[so] = 0;
        sym[so + 1] = 0;
        nv[ro] = Float.POSITIVE_INFINITY;
        if (sinr != null) {
            sinr[ro] = 0;
        }
    }

    private void emit(double xr, double xi, double dl, double n0, float[] sym, int so, float[] nv, float[] sinr,
                      int ro) {
        if (Double.isFinite(xr) && Double.isFinite(xi) && finish(xr, xi, dl, n0, fin)) {
            sym[so] = (float) fin[0];
            sym[so + 1] = (float) fin[1];
            nv[ro] = (float) fin[2];
            if (sinr != null) {
                sinr[ro] = (float) (1 / fin[2]);
            }
        } else {
            erase(sym, so, nv, sinr, ro);
        }
    }

    /**
     * Interleaved per-block accumulators of the 1- and 2-layer paths: {@code (Re, Im)} of {@code Σ_r conj(a)·b}
     * at {@code [2i, 2i + 1]} (the Gram diagonals use only their real part).
     */
    private final float[] g00 = new float[2 * CHUNK];
    private final float[] g11 = new float[2 * CHUNK];
    private final float[] g01 = new float[2 * CHUNK];
    private final float[] mf0 = new float[2 * CHUNK];
    private final float[] mf1 = new float[2 * CHUNK];
    private final float[] nvPairs = new float[2 * CHUNK];
    private final float[] sinrPairs = new float[2 * CHUNK];

    /** {@code acc += conj(a)·b} over n REs: the Vector-API kernel or the scalar loop (identical floats). */
    private void conjMulAdd(float[] a, int ao, float[] b, int bo, float[] acc, int n) {
        if (vector) {
            ConjMulKernel.accumulate(a, ao, b, bo, acc, 0, n);
            return;
        }
        for (int i = 0; i < n; i++) {
            float ar = a[ao + 2 * i], ai = a[ao + 2 * i + 1], br = b[bo + 2 * i], bi = b[bo + 2 * i + 1];
            acc[2 * i] += ar * br + ai * bi;
            acc[2 * i + 1] += ar * bi - ai * br;
        }
    }

    /** MRC over the antennas: antenna-outer loops over a block of REs (vectorized), then a scalar finish. */
    private void oneLayer(float[][] rx, int ro, float[][] h, int ho, int numRx, int len, double n0, double lambda,
                          float[] sym, int so, float[] nv, float[] sinr, int no) {
        java.util.Arrays.fill(g00, 0, 2 * len, 0f);
        java.util.Arrays.fill(mf0, 0, 2 * len, 0f);
        for (int r = 0; r < numRx; r++) {
            conjMulAdd(h[r], ho, h[r], ho, g00, len);
            conjMulAdd(h[r], ho, rx[r], ro, mf0, len);
        }
        int start = 0;
        if (vector && n0 > 0 && this instanceof MmseEqualizer) {
            start = ConjMulKernel.mmseOneLayer(g00, mf0, len, n0, SINGULAR_RELATIVE, sym, so, nvPairs,
                    sinr == null ? null : sinrPairs);
            for (int i = 0; i < start; i++) {
                nv[no + i] = nvPairs[2 * i];
            }
            if (sinr != null) {
                for (int i = 0; i < start; i++) {
                    sinr[no + i] = sinrPairs[2 * i];
                }
            }
        }
        for (int i = start; i < len; i++) {
            float c = g00[2 * i];
            double a = c + lambda;
            if (!(c > SINGULAR_RELATIVE * a)) {
                erase(sym, so + 2 * i, nv, sinr, no + i);
                continue;
            }
            double inv = 1 / a;
            emit(mf0[2 * i] * inv, mf0[2 * i + 1] * inv, inv, n0, sym, so + 2 * i, nv, sinr, no + i);
        }
    }

    /** Two layers: Gram entries and matched-filter outputs per block, then the closed-form 2×2 inverse. */
    private void twoLayers(float[][] rx, int ro, float[][] h, int ho, int numRx, int len, double n0, double lambda,
                           float[][] sym, int so, float[][] nv, float[][] sinr, int no) {
        java.util.Arrays.fill(g00, 0, 2 * len, 0f);
        java.util.Arrays.fill(g11, 0, 2 * len, 0f);
        java.util.Arrays.fill(g01, 0, 2 * len, 0f);
        java.util.Arrays.fill(mf0, 0, 2 * len, 0f);
        java.util.Arrays.fill(mf1, 0, 2 * len, 0f);
        for (int r = 0; r < numRx; r++) {
            float[] ha = h[2 * r], hb = h[2 * r + 1], y = rx[r];
            conjMulAdd(ha, ho, ha, ho, g00, len);
            conjMulAdd(hb, ho, hb, ho, g11, len);
            conjMulAdd(ha, ho, hb, ho, g01, len);
            conjMulAdd(ha, ho, y, ro, mf0, len);
            conjMulAdd(hb, ho, y, ro, mf1, len);
        }
        float[] s0 = sym[0], s1 = sym[1], v0 = nv[0], v1 = nv[1];
        float[] q0 = sinr == null ? null : sinr[0], q1 = sinr == null ? null : sinr[1];
        for (int i = 0; i < len; i++) {
            double a = g00[2 * i] + lambda, dd = g11[2 * i] + lambda, br = g01[2 * i], bi = g01[2 * i + 1];
            double scale = a + dd;
            double det = a * dd - (br * br + bi * bi);
            if (!(det > SINGULAR_RELATIVE * scale * scale) || !Double.isFinite(det)) {
                erase(s0, so + 2 * i, v0, q0, no + i);
                erase(s1, so + 2 * i, v1, q1, no + i);
                continue;
            }
            float z0r = mf0[2 * i], z0i = mf0[2 * i + 1], z1r = mf1[2 * i], z1i = mf1[2 * i + 1];
            double inv = 1 / det;
            double x0r = inv * (dd * z0r - (br * z1r - bi * z1i));
            double x0i = inv * (dd * z0i - (br * z1i + bi * z1r));
            double x1r = inv * (a * z1r - (br * z0r + bi * z0i));
            double x1i = inv * (a * z1i - (br * z0i - bi * z0r));
            emit(x0r, x0i, dd * inv, n0, s0, so + 2 * i, v0, q0, no + i);
            emit(x1r, x1i, a * inv, n0, s1, so + 2 * i, v1, q1, no + i);
        }
    }

    /** Solves A x = z and d = diag(A⁻¹) for the current RE; false if singular. */
    private boolean solve(int n, double scale) {
        double eps = SINGULAR_RELATIVE * scale;
        if (!(scale > 0)) {
            return false;
        }
        switch (n) {
            case 1 -> {
                double a = gram[0];
                if (!(a > eps)) {
                    return false;
                }
                double inv = 1 / a;
                x[0] = z[0] * inv;
                x[1] = z[1] * inv;
                d[0] = inv;
                return true;
            }
            case 2 -> {
                double a = gram[0], br = gram[2], bi = gram[3], dd = gram[6];
                double det = a * dd - (br * br + bi * bi);
                if (!(det > eps * scale)) {
                    return false;
                }
                double inv = 1 / det;
                // A⁻¹ = (1/det)[[d, −b], [−b*, a]]
                x[0] = inv * (dd * z[0] - (br * z[2] - bi * z[3]));
                x[1] = inv * (dd * z[1] - (br * z[3] + bi * z[2]));
                x[2] = inv * (a * z[2] - (br * z[0] + bi * z[1]));
                x[3] = inv * (a * z[3] - (br * z[1] - bi * z[0]));
                d[0] = dd * inv;
                d[1] = a * inv;
                return true;
            }
            case 4 -> {
                return cholesky4(eps);
            }
            default -> {
                return solveEjml(n);
            }
        }
    }

    /** A = L·Lᴴ (L lower, real diagonal), L⁻¹ by forward substitution, x = L⁻ᴴ L⁻¹ z, d_i = Σ_k |L⁻¹_{ki}|². */
    private boolean cholesky4(double eps) {
        final int n = 4;
        double[] g = gram, l = l4, li = li4;
        for (int j = 0; j < n; j++) {
            double s = g[2 * (j * n + j)];
            for (int k = 0; k < j; k++) {
                double lr = l[2 * (j * n + k)], lim = l[2 * (j * n + k) + 1];
                s -= lr * lr + lim * lim;
            }
            if (!(s > eps)) {
                return false;
            }
            double ljj = Math.sqrt(s);
            l[2 * (j * n + j)] = ljj;
            l[2 * (j * n + j) + 1] = 0;
            double invL = 1 / ljj;
            for (int i = j + 1; i < n; i++) {
                // L_ij = (A_ij − Σ_k L_ik conj(L_jk)) / L_jj
                double sr = g[2 * (i * n + j)], si = g[2 * (i * n + j) + 1];
                for (int k = 0; k < j; k++) {
                    double ar = l[2 * (i * n + k)], ai = l[2 * (i * n + k) + 1];
                    double br = l[2 * (j * n + k)], bi = l[2 * (j * n + k) + 1];
                    sr -= ar * br + ai * bi;
                    si -= ai * br - ar * bi;
                }
                l[2 * (i * n + j)] = sr * invL;
                l[2 * (i * n + j) + 1] = si * invL;
                l[2 * (j * n + i)] = 0;
                l[2 * (j * n + i) + 1] = 0;
            }
        }
        // M = L⁻¹ (lower)
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                if (i < j) {
                    li[2 * (i * n + j)] = 0;
                    li[2 * (i * n + j) + 1] = 0;
                    continue;
                }
                double sr = i == j ? 1 : 0, si = 0;
                for (int k = j; k < i; k++) {
                    double ar = l[2 * (i * n + k)], ai = l[2 * (i * n + k) + 1];
                    double br = li[2 * (k * n + j)], bi = li[2 * (k * n + j) + 1];
                    sr -= ar * br - ai * bi;
                    si -= ar * bi + ai * br;
                }
                double inv = 1 / l[2 * (i * n + i)];
                li[2 * (i * n + j)] = sr * inv;
                li[2 * (i * n + j) + 1] = si * inv;
            }
        }
        // w = M z ; x = Mᴴ w ; d_i = Σ_k |M_ki|²
        double[] w = w4;
        for (int i = 0; i < n; i++) {
            double sr = 0, si = 0;
            for (int k = 0; k <= i; k++) {
                double ar = li[2 * (i * n + k)], ai = li[2 * (i * n + k) + 1];
                sr += ar * z[2 * k] - ai * z[2 * k + 1];
                si += ar * z[2 * k + 1] + ai * z[2 * k];
            }
            w[2 * i] = sr;
            w[2 * i + 1] = si;
        }
        for (int i = 0; i < n; i++) {
            double sr = 0, si = 0, dd = 0;
            for (int k = i; k < n; k++) {
                double ar = li[2 * (k * n + i)], ai = li[2 * (k * n + i) + 1]; // conj(M_ki)
                sr += ar * w[2 * k] + ai * w[2 * k + 1];
                si += ar * w[2 * k + 1] - ai * w[2 * k];
                dd += ar * ar + ai * ai;
            }
            x[2 * i] = sr;
            x[2 * i + 1] = si;
            d[i] = dd;
        }
        return true;
    }

    private boolean solveEjml(int n) {
        a3.reshape(n, n);
        inv3.reshape(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a3.set(i, j, gram[2 * (i * n + j)], gram[2 * (i * n + j) + 1]);
            }
        }
        if (!solver3.setA(a3) || !(solver3.quality() > SINGULAR_RELATIVE)) {
            return false;
        }
        solver3.invert(inv3);
        for (int i = 0; i < n; i++) {
            double sr = 0, si = 0;
            for (int k = 0; k < n; k++) {
                double ar = inv3.getReal(i, k), ai = inv3.getImag(i, k);
                sr += ar * z[2 * k] - ai * z[2 * k + 1];
                si += ar * z[2 * k + 1] + ai * z[2 * k];
            }
            x[2 * i] = sr;
            x[2 * i + 1] = si;
            d[i] = inv3.getReal(i, i);
        }
        return true;
    }
}
