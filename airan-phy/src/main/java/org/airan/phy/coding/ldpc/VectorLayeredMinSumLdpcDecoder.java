package org.airan.phy.coding.ldpc;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Layered min-sum LDPC decoder on the Java Vector API (jdk.incubator.vector; run with
 * {@code --add-modules jdk.incubator.vector}): the algorithm, schedule and results of
 * {@link LayeredMinSumLdpcDecoder}, with the Z_c lanes of one circulant processed as SIMD lanes (one lane per
 * row of the circulant, {@link FloatVector#SPECIES_PREFERRED}: 8 floats with AVX2, 16 with AVX-512).
 *
 * <p>The cyclic shift of an edge splits its Z_c lanes into two runs that are contiguous both in the lane index
 * and in the posterior array; they are copied into lane order ({@code Q = L − R}), the check-node update runs
 * over vectors of lanes with the two minima, the index of the smallest and the sign product (XOR of IEEE sign
 * bits) held in registers across the edges of the row, and the updated posteriors are copied back. Lanes that
 * do not fill a vector are done in scalar code. The float operations are the same, in the same order, as in the
 * scalar decoder, so the outputs agree exactly (tested).
 */
public final class VectorLayeredMinSumLdpcDecoder extends FloatLayeredLdpcDecoder {

    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
    private static final int SIGN = 0x80000000;

    private final float[] q;

    /** A decoder sized for {@code config.maxZ()}. */
    public VectorLayeredMinSumLdpcDecoder(LdpcDecoderConfig config) {
        super(config, F.length());
        if (F.length() != I.length()) {
            throw new IllegalStateException("float and int preferred species differ: " + F + ", " + I);
        }
        LdpcCode any = LdpcCode.of(LdpcBaseGraph.BG1, 2);
        this.q = new float[(any.maxRowDegree() + 1) * maxZ + F.length()];
    }

    /** SIMD width in floats of this platform's preferred species. */
    public static int lanes() {
        return F.length();
    }

    /**
     * One layer in three steps so that the check-node arithmetic runs with its state in registers:
     * (a) per edge, copy {@code Q = L − R} from the shifted posterior into lane order (two contiguous runs);
     * (b) per vector of lanes, run over all edges of the row for the minima and sign product, then over them
     * again for the new messages, writing {@code R'} and {@code Q + R'} in lane order;
     * (c) per edge, copy {@code Q + R'} back into the shifted posterior.
     */
    @Override
    void layer(LdpcCode code, int row, int z, boolean normalized, float scale, float offset) {
        int first = code.rowStart(row);
        int degree = code.rowEnd(row) - first;
        float[] app = this.app;
        float[] msg = this.msg;
        float[] q = this.q;
        for (int t = 0; t < degree; t++) {
            int e = first + t;
            int base = code.edgeColumn(e) * z;
            int shift = code.edgeShift(e);
            int head = z - shift;
            subtract(app, base + shift, msg, e * z, q, t * z, head);
            subtract(app, base, msg, e * z + head, q, t * z + head, shift);
        }
        int msgBase = first * z;
        int r = 0;
        int bound = F.loopBound(z);
        FloatVector zero = FloatVector.zero(F);
        FloatVector big = FloatVector.broadcast(F, Float.MAX_VALUE);
        for (; r < bound; r += F.length()) {
            FloatVector m1 = big;
            FloatVector m2 = big;
            FloatVector idx = zero;
            IntVector sg = IntVector.zero(I);
            for (int t = 0; t < degree; t++) {
                FloatVector qv = FloatVector.fromArray(F, q, t * z + r);
                FloatVector a = qv.abs();
                VectorMask<Float> lower = a.lt(m1);
                m2 = m2.min(a).blend(m1, lower);
                m1 = m1.blend(a, lower);
                idx = idx.blend((float) t, lower);
                sg = sg.lanewise(VectorOperators.XOR, qv.reinterpretAsInts());
            }
            if (normalized) {
                m1 = m1.mul(scale);
                m2 = m2.mul(scale);
            } else {
                m1 = m1.sub(offset).max(zero);
                m2 = m2.sub(offset).max(zero);
            }
            for (int t = 0; t < degree; t++) {
                FloatVector qv = FloatVector.fromArray(F, q, t * z + r);
                FloatVector m = m1.blend(m2, idx.eq((float) t));
                IntVector sign = sg.lanewise(VectorOperators.XOR, qv.reinterpretAsInts()).and(SIGN);
                FloatVector rv = m.reinterpretAsInts().or(sign).reinterpretAsFloats();
                rv.intoArray(msg, msgBase + t * z + r);
                qv.add(rv).intoArray(q, t * z + r);
            }
        }
        for (; r < z; r++) {
            float m1 = Float.MAX_VALUE;
            float m2 = Float.MAX_VALUE;
            int idx = 0;
            int sg = 0;
            for (int t = 0; t < degree; t++) {
                float qv = q[t * z + r];
                float a = Math.abs(qv);
                boolean lower = a < m1;
                m2 = lower ? m1 : Math.min(m2, a);
                m1 = lower ? a : m1;
                idx = lower ? t : idx;
                sg ^= Float.floatToRawIntBits(qv);
            }
            if (normalized) {
                m1 *= scale;
                m2 *= scale;
            } else {
                m1 = Math.max(m1 - offset, 0f);
                m2 = Math.max(m2 - offset, 0f);
            }
            for (int t = 0; t < degree; t++) {
                float qv = q[t * z + r];
                float m = idx == t ? m2 : m1;
                int sign = (sg ^ Float.floatToRawIntBits(qv)) & SIGN;
                float rv = Float.intBitsToFloat(Float.floatToRawIntBits(m) | sign);
                msg[msgBase + t * z + r] = rv;
                q[t * z + r] = qv + rv;
            }
        }
        for (int t = 0; t < degree; t++) {
            int base = code.edgeColumn(first + t) * z;
            int shift = code.edgeShift(first + t);
            int head = z - shift;
            System.arraycopy(q, t * z, app, base + shift, head);
            System.arraycopy(q, t * z + head, app, base, shift);
        }
    }

    /**
     * {@code out[o + i] = a[ao + i] − b[bo + i]} for i in [0, n), in whole vectors: up to one vector past n is
     * read and written (the arrays carry that slack). The caller runs the two runs of an edge in lane order and
     * the edges in order, so anything written past a run is overwritten by the next run before it is read.
     */
    private static void subtract(float[] a, int ao, float[] b, int bo, float[] out, int o, int n) {
        for (int i = 0; i < n; i += F.length()) {
            FloatVector.fromArray(F, a, ao + i).sub(FloatVector.fromArray(F, b, bo + i)).intoArray(out, o + i);
        }
    }

}
