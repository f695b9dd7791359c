package org.airan.phy.coding.ldpc;

import java.util.Arrays;
import java.util.Objects;
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
 * and in the posterior array, so every access is an unaligned contiguous vector load or store; the ends of a run
 * that do not fill a vector are done in scalar code. Signs are kept as the XOR of the IEEE sign bits, the index of
 * the smallest |Q| as a float lane. Results are bit-identical to the scalar decoder except for the order of
 * float operations, which is the same, so the outputs agree exactly (tested).
 */
public final class VectorLayeredMinSumLdpcDecoder implements LdpcDecoder {

    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_PREFERRED;
    private static final int SIGN = 0x80000000;

    private final LdpcDecoderConfig config;
    private final int maxZ;
    private final float[] app;
    private final float[] msg;
    private final float[] q;
    private final float[] min1;
    private final float[] min2;
    private final float[] minEdge;
    private final int[] signs;
    private final byte[] hard;
    private final byte[] parity;

    /** A decoder sized for {@code config.maxZ()}. */
    public VectorLayeredMinSumLdpcDecoder(LdpcDecoderConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        if (F.length() != I.length()) {
            throw new IllegalStateException("float and int preferred species differ: " + F + ", " + I);
        }
        this.maxZ = config.maxZ();
        LdpcCode any = LdpcCode.of(LdpcBaseGraph.BG1, 2);
        this.app = new float[LdpcBaseGraph.BG1.numColumns() * maxZ];
        this.msg = new float[any.numEdges() * maxZ];
        this.q = new float[any.maxRowDegree() * maxZ];
        this.min1 = new float[maxZ];
        this.min2 = new float[maxZ];
        this.minEdge = new float[maxZ];
        this.signs = new int[maxZ];
        this.hard = new byte[LdpcBaseGraph.BG1.numColumns() * maxZ];
        this.parity = new byte[maxZ];
    }

    /** SIMD width in floats of this platform's preferred species. */
    public static int lanes() {
        return F.length();
    }

    @Override
    public LdpcDecoderConfig config() {
        return config;
    }

    @Override
    public void decode(LdpcCode code, float[] llr, int llrOffset, byte[] bits, int bitsOffset,
                       LdpcDecodeResult result) {
        int z = code.z();
        if (z > maxZ) {
            throw new IllegalArgumentException("code Z_c " + z + " exceeds this decoder's maxZ " + maxZ);
        }
        int n = code.n();
        int k = code.k();
        Objects.checkFromIndexSize(llrOffset, n, llr.length);
        Objects.checkFromIndexSize(bitsOffset, k, bits.length);
        Objects.requireNonNull(result, "result");
        int known = n;
        while (known > 0 && llr[llrOffset + known - 1] == 0f) {
            known--;
        }
        int rows = code.numActiveRows(known);
        int columns = code.baseGraph().numInfoColumns() + rows;
        int punctured = LdpcBaseGraph.NUM_PUNCTURED_COLUMNS * z;
        Arrays.fill(app, 0, punctured, 0f);
        System.arraycopy(llr, llrOffset, app, punctured, columns * z - punctured);
        Arrays.fill(msg, 0, code.rowEnd(rows - 1) * z, 0f);

        boolean normalized = config.checkNodeRule() == LdpcDecoderConfig.CheckNodeRule.NORMALIZED;
        boolean ok = false;
        int iteration = 0;
        while (iteration < config.maxIterations()) {
            iteration++;
            for (int i = 0; i < rows; i++) {
                layer(code, i, z, normalized, config.scale(), config.offset());
            }
            if (config.earlyTermination()) {
                ok = parityHolds(code, rows, columns, z);
                if (ok) {
                    break;
                }
            }
        }
        if (!config.earlyTermination()) {
            ok = parityHolds(code, rows, columns, z);
        }
        for (int j = 0; j < k; j++) {
            bits[bitsOffset + j] = (byte) (Float.floatToRawIntBits(app[j]) >>> 31);
        }
        result.set(iteration, ok);
    }

    private void layer(LdpcCode code, int row, int z, boolean normalized, float scale, float offset) {
        int first = code.rowStart(row);
        int degree = code.rowEnd(row) - first;
        Arrays.fill(min1, 0, z, Float.MAX_VALUE);
        Arrays.fill(min2, 0, z, Float.MAX_VALUE);
        Arrays.fill(signs, 0, z, 0);
        for (int t = 0; t < degree; t++) {
            int e = first + t;
            int base = code.edgeColumn(e) * z;
            int shift = code.edgeShift(e);
            int head = z - shift;
            gather(0, head, base + shift, e * z, t * z, t);
            gather(head, z, base - head, e * z, t * z, t);
        }
        int r = 0;
        int bound = F.loopBound(z);
        FloatVector zero = FloatVector.zero(F);
        for (; r < bound; r += F.length()) {
            FloatVector m1 = FloatVector.fromArray(F, min1, r);
            FloatVector m2 = FloatVector.fromArray(F, min2, r);
            if (normalized) {
                m1 = m1.mul(scale);
                m2 = m2.mul(scale);
            } else {
                m1 = m1.sub(offset).max(zero);
                m2 = m2.sub(offset).max(zero);
            }
            m1.intoArray(min1, r);
            m2.intoArray(min2, r);
        }
        for (; r < z; r++) {
            if (normalized) {
                min1[r] *= scale;
                min2[r] *= scale;
            } else {
                min1[r] = Math.max(min1[r] - offset, 0f);
                min2[r] = Math.max(min2[r] - offset, 0f);
            }
        }
        for (int t = 0; t < degree; t++) {
            int e = first + t;
            int base = code.edgeColumn(e) * z;
            int shift = code.edgeShift(e);
            int head = z - shift;
            scatter(0, head, base + shift, e * z, t * z, t);
            scatter(head, z, base - head, e * z, t * z, t);
        }
    }

    /** Pass 1 over lanes [r0, r1) of edge t: Q = L − R, running minima, sign product. */
    private void gather(int r0, int r1, int appOffset, int msgBase, int qBase, int t) {
        float[] app = this.app;
        float[] msg = this.msg;
        float[] q = this.q;
        float[] min1 = this.min1;
        float[] min2 = this.min2;
        float[] minEdge = this.minEdge;
        int[] signs = this.signs;
        float tf = t;
        FloatVector tv = FloatVector.broadcast(F, tf);
        int r = r0;
        int bound = r0 + F.loopBound(r1 - r0);
        for (; r < bound; r += F.length()) {
            FloatVector qv = FloatVector.fromArray(F, app, appOffset + r)
                    .sub(FloatVector.fromArray(F, msg, msgBase + r));
            qv.intoArray(q, qBase + r);
            FloatVector a = qv.abs();
            FloatVector m1 = FloatVector.fromArray(F, min1, r);
            VectorMask<Float> lower = a.lt(m1);
            FloatVector.fromArray(F, min2, r).min(a).blend(m1, lower).intoArray(min2, r);
            m1.blend(a, lower).intoArray(min1, r);
            FloatVector.fromArray(F, minEdge, r).blend(tv, lower).intoArray(minEdge, r);
            IntVector.fromArray(I, signs, r).lanewise(VectorOperators.XOR, qv.reinterpretAsInts())
                    .intoArray(signs, r);
        }
        for (; r < r1; r++) {
            float qv = app[appOffset + r] - msg[msgBase + r];
            q[qBase + r] = qv;
            float a = Math.abs(qv);
            float m1 = min1[r];
            boolean lower = a < m1;
            min2[r] = lower ? m1 : Math.min(min2[r], a);
            min1[r] = lower ? a : m1;
            minEdge[r] = lower ? tf : minEdge[r];
            signs[r] ^= Float.floatToRawIntBits(qv);
        }
    }

    /** Pass 2 over lanes [r0, r1) of edge t: new R with the sign of the others, L = Q + R. */
    private void scatter(int r0, int r1, int appOffset, int msgBase, int qBase, int t) {
        float[] app = this.app;
        float[] msg = this.msg;
        float[] q = this.q;
        float[] min1 = this.min1;
        float[] min2 = this.min2;
        float[] minEdge = this.minEdge;
        int[] signs = this.signs;
        float tf = t;
        int r = r0;
        int bound = r0 + F.loopBound(r1 - r0);
        for (; r < bound; r += F.length()) {
            FloatVector qv = FloatVector.fromArray(F, q, qBase + r);
            VectorMask<Float> isMin = FloatVector.fromArray(F, minEdge, r).eq(tf);
            FloatVector m = FloatVector.fromArray(F, min1, r).blend(FloatVector.fromArray(F, min2, r), isMin);
            IntVector sign = IntVector.fromArray(I, signs, r).lanewise(VectorOperators.XOR, qv.reinterpretAsInts())
                    .and(SIGN);
            FloatVector rv = m.reinterpretAsInts().or(sign).reinterpretAsFloats();
            rv.intoArray(msg, msgBase + r);
            qv.add(rv).intoArray(app, appOffset + r);
        }
        for (; r < r1; r++) {
            float qv = q[qBase + r];
            float m = minEdge[r] == tf ? min2[r] : min1[r];
            int sign = (signs[r] ^ Float.floatToRawIntBits(qv)) & SIGN;
            float rv = Float.intBitsToFloat(Float.floatToRawIntBits(m) | sign);
            msg[msgBase + r] = rv;
            app[appOffset + r] = qv + rv;
        }
    }

    private boolean parityHolds(LdpcCode code, int rows, int columns, int z) {
        for (int j = 0; j < columns * z; j++) {
            hard[j] = (byte) (Float.floatToRawIntBits(app[j]) >>> 31);
        }
        return LdpcParity.holds(code, hard, rows, parity);
    }
}
