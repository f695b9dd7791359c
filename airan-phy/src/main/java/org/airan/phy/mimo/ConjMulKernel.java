package org.airan.phy.mimo;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * Accumulates {@code acc += conj(a)·b} over runs of interleaved complex floats on the Vector API, without
 * de-interleaving: with {@code q = a·b} and {@code p = a·swap(b)} lane by lane (swap exchanges re and im of each
 * pair), the even lane of {@code q + swap(q)} is {@code a_r·b_r + a_i·b_i} and the odd lane of {@code swap(p) − p}
 * is {@code a_r·b_i − a_i·b_r}: the same products, added in the same order as the scalar loops of
 * {@link LinearEqualizer}, so the sums are identical floats. Loaded only when {@code jdk.incubator.vector} is
 * present.
 */
final class ConjMulKernel {

    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = F.length();
    private static final VectorShuffle<Float> SWAP = VectorShuffle.fromOp(F, i -> i ^ 1);
    private static final VectorMask<Float> ODD = VectorMask.fromLong(F, 0xAAAA_AAAA_AAAA_AAAAL);

    private static final VectorSpecies<Float> F8 = FloatVector.SPECIES_256;
    private static final VectorSpecies<Double> D8 = DoubleVector.SPECIES_512;
    private static final VectorShuffle<Double> DSWAP = VectorShuffle.fromOp(D8, i -> i ^ 1);
    private static final VectorMask<Double> DODD = VectorMask.fromLong(D8, 0xAAL);

    private ConjMulKernel() {
    }

    /**
     * {@code acc[ac + 2i] += Re(conj(a_i)·b_i)}, {@code acc[ac + 2i + 1] += Im(conj(a_i)·b_i)} for i in [0, n).
     *
     * @param acc Modified
     */
    static void accumulate(float[] a, int ao, float[] b, int bo, float[] acc, int ac, int n) {
        int len = 2 * n;
        int t = 0;
        for (; t <= len - LANES; t += LANES) {
            FloatVector va = FloatVector.fromArray(F, a, ao + t);
            FloatVector vb = FloatVector.fromArray(F, b, bo + t);
            FloatVector q = va.mul(vb);
            FloatVector p = va.mul(vb.rearrange(SWAP));
            FloatVector re = q.add(q.rearrange(SWAP));
            FloatVector im = p.rearrange(SWAP).sub(p);
            FloatVector.fromArray(F, acc, ac + t).add(re.blend(im, ODD)).intoArray(acc, ac + t);
        }
        for (; t < len; t += 2) {
            float ar = a[ao + t], ai = a[ao + t + 1], br = b[bo + t], bi = b[bo + t + 1];
            acc[ac + t] += ar * br + ai * bi;
            acc[ac + t + 1] += ar * bi - ai * br;
        }
    }

    /**
     * The unbiased one-layer MMSE finish of {@link LinearEqualizer} and {@link MmseEqualizer} (N_0 > 0) for 4 REs
     * per step in double precision, lanes interleaved (re, im): {@code a = |h|² + N_0}, {@code x̃ = z/a},
     * {@code e = N_0/a}, {@code g = 1 − e}, output {@code x̃/g} and noise variance {@code e/g}; the same double
     * operations as the scalar path (so the same floats), with its erasure rules (a singular Gram entry, g or e out
     * of range, a non-finite x̃: zeros and infinite noise variance). Handles {@code n − n mod 4} REs and returns that
     * count; {@code nvPairs} receives the noise variance in both lanes of each RE, {@code sinrPairs} (when not
     * null) the SINR 1/(e/g) likewise.
     *
     * @param sym     Modified: interleaved symbols from {@code so}
     * @param nvPairs Modified: 2 floats per RE from 0
     */
    static int mmseOneLayer(float[] g00, float[] mf0, int n, double n0, double singular, float[] sym, int so,
                            float[] nvPairs, float[] sinrPairs) {
        DoubleVector lambda = DoubleVector.broadcast(D8, n0);
        int i = 0;
        for (; i + 4 <= n; i += 4) {
            DoubleVector c = (DoubleVector) FloatVector.fromArray(F8, g00, 2 * i).convertShape(VectorOperators.F2D,
                    D8, 0);
            c = c.blend(c.rearrange(DSWAP), DODD);
            DoubleVector z = (DoubleVector) FloatVector.fromArray(F8, mf0, 2 * i).convertShape(VectorOperators.F2D,
                    D8, 0);
            DoubleVector a = c.add(lambda);
            VectorMask<Double> ok = c.compare(VectorOperators.GT, a.mul(singular));
            DoubleVector inv = DoubleVector.broadcast(D8, 1.0).div(a);
            DoubleVector x = z.mul(inv);
            VectorMask<Double> finite = x.abs().compare(VectorOperators.LT, Double.POSITIVE_INFINITY);
            DoubleVector fv = DoubleVector.zero(D8).blend(1.0, finite);
            ok = ok.and(fv.mul(fv.rearrange(DSWAP)).compare(VectorOperators.EQ, 1.0));
            DoubleVector e = lambda.mul(inv);
            DoubleVector g = DoubleVector.broadcast(D8, 1.0).sub(e);
            ok = ok.and(g.compare(VectorOperators.GT, singular)).and(e.compare(VectorOperators.GT, 0.0));
            DoubleVector out = x.div(g).blend(0.0, ok.not());
            DoubleVector nvd = e.div(g);
            DoubleVector nv = nvd.blend(Double.POSITIVE_INFINITY, ok.not());
            if (sinrPairs != null) {
                DoubleVector.broadcast(D8, 1.0).div(nvd).blend(0.0, ok.not()).convertShape(VectorOperators.D2F, F8, 0)
                        .reinterpretAsFloats().intoArray(sinrPairs, 2 * i);
            }
            out.convertShape(VectorOperators.D2F, F8, 0).reinterpretAsFloats().intoArray(sym, so + 2 * i);
            nv.convertShape(VectorOperators.D2F, F8, 0).reinterpretAsFloats().intoArray(nvPairs, 2 * i);
        }
        return i;
    }
}
