package org.airan.phy.coding.ldpc;

import java.util.Arrays;

/**
 * Layered (row-serial) min-sum LDPC decoder, normalized or offset (see {@link LdpcDecoderConfig.CheckNodeRule}),
 * scalar Java. The production CPU decoder; {@link SumProductLdpcDecoder} is its accuracy reference.
 *
 * <p>One layer is one base-graph row, i.e. Z_c independent check nodes ("lanes"). For every layer the decoder
 * <ol>
 *   <li>forms the variable-to-check messages {@code Q = L − R} for every edge, lane by lane (the cyclic shift
 *       becomes an offset into the posterior {@code L} of the column, split into two contiguous runs),</li>
 *   <li>tracks per lane the smallest and second-smallest |Q|, the edge of the smallest and the sign product,</li>
 *   <li>writes the new check-to-variable messages {@code R'} and updates {@code L = Q + R'}.</li>
 * </ol>
 * All inner loops run over the Z_c lanes of one circulant, which is the layout a Vector API or GPU kernel uses
 * (one lane per circulant row). Rows after the last extension parity column that holds a non-zero LLR are
 * skipped ({@link LdpcCode#numActiveRows(int)}); early termination checks H·ĉ = 0 on the active rows after each
 * iteration. Workspaces ({@code 68·maxZ} posteriors, {@code 316·maxZ} messages) are allocated at construction.
 */
public final class LayeredMinSumLdpcDecoder extends FloatLayeredLdpcDecoder {

    private final float[] q;
    private final float[] min1;
    private final float[] min2;
    private final int[] minEdge;
    private final int[] signs;

    /** A decoder sized for {@code config.maxZ()}. */
    public LayeredMinSumLdpcDecoder(LdpcDecoderConfig config) {
        super(config, 0);
        LdpcCode largest = LdpcCode.of(LdpcBaseGraph.BG1, 2); // edge and degree counts do not depend on Z
        this.q = new float[largest.maxRowDegree() * maxZ];
        this.min1 = new float[maxZ];
        this.min2 = new float[maxZ];
        this.minEdge = new int[maxZ];
        this.signs = new int[maxZ];
    }

    @Override
    void layer(LdpcCode code, int row, int z, boolean normalized, float scale, float offset) {
        final float[] app = this.app;
        final float[] msg = this.msg;
        final float[] q = this.q;
        final float[] min1 = this.min1;
        final float[] min2 = this.min2;
        final int[] minEdge = this.minEdge;
        final int[] signs = this.signs;
        int first = code.rowStart(row);
        int degree = code.rowEnd(row) - first;
        Arrays.fill(min1, 0, z, Float.MAX_VALUE);
        Arrays.fill(min2, 0, z, Float.MAX_VALUE);
        Arrays.fill(signs, 0, z, 0);
        for (int t = 0; t < degree; t++) {
            int e = first + t;
            int base = code.edgeColumn(e) * z;
            int shift = code.edgeShift(e);
            int mb = e * z;
            int qb = t * z;
            int head = z - shift;
            for (int r = 0; r < z; r++) {
                int v = r < head ? base + shift + r : base + r - head;
                float qv = app[v] - msg[mb + r];
                q[qb + r] = qv;
                float a = Math.abs(qv);
                float m1 = min1[r];
                boolean lower = a < m1;
                min2[r] = lower ? m1 : Math.min(min2[r], a);
                min1[r] = lower ? a : m1;
                minEdge[r] = lower ? t : minEdge[r];
                signs[r] ^= Float.floatToRawIntBits(qv);
            }
        }
        for (int r = 0; r < z; r++) {
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
            int mb = e * z;
            int qb = t * z;
            int head = z - shift;
            for (int r = 0; r < z; r++) {
                float qv = q[qb + r];
                float m = minEdge[r] == t ? min2[r] : min1[r];
                int sign = (signs[r] ^ Float.floatToRawIntBits(qv)) & 0x80000000;
                float rv = Float.intBitsToFloat(Float.floatToRawIntBits(m) | sign);
                msg[mb + r] = rv;
                int v = r < head ? base + shift + r : base + r - head;
                app[v] = qv + rv;
            }
        }
    }

}
