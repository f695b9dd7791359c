package org.airan.phy.mimo;

import jdk.incubator.vector.FloatVector;
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
}
