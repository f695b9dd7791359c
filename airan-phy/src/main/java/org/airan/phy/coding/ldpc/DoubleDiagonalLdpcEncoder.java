package org.airan.phy.coding.ldpc;

import java.util.Objects;

/**
 * Systematic LDPC encoder that exploits the structure of the NR base graphs (TS 38.212 §5.3.2) instead of a dense
 * generator or inverse matrix.
 *
 * <ol>
 *   <li>Syndromes {@code s_i = Σ_j I(P_ij)·c_j} of the 4 core rows over the systematic columns.</li>
 *   <li>The sum of the 4 core rows cancels every core parity column but the first, leaving
 *       {@code I(P)·p_0 = s_0 + s_1 + s_2 + s_3} ({@link LdpcCode#coreShift()}), solved by one cyclic shift.</li>
 *   <li>The remaining core parity columns follow one row at a time down the double diagonal.</li>
 *   <li>Each extension row has one identity parity column of degree 1: {@code p_i = Σ_j I(P_ij)·x_j} over the
 *       systematic and core columns.</li>
 * </ol>
 * Cost: one pass over the edges of the graph, i.e. {@code O(numEdges·Z)} XORs of bytes; nothing is allocated per
 * call (the full lifted codeword is assembled in a scratch buffer sized for {@code maxZ}).
 */
public final class DoubleDiagonalLdpcEncoder implements LdpcEncoder {

    private final int maxZ;
    private final byte[] full;
    private final byte[] acc;

    /**
     * @param maxZ largest lifting size this encoder accepts, 2..384
     */
    public DoubleDiagonalLdpcEncoder(int maxZ) {
        if (maxZ < 2 || maxZ > LiftingSizes.MAX_Z) {
            throw new IllegalArgumentException("maxZ must be in [2, 384] (TS 38.212 Table 5.3.2-1), was " + maxZ);
        }
        this.maxZ = maxZ;
        this.full = new byte[LdpcBaseGraph.BG1.numColumns() * maxZ];
        this.acc = new byte[LdpcBaseGraph.NUM_CORE_PARITY_COLUMNS * maxZ];
    }

    @Override
    public void encode(LdpcCode code, byte[] c, int cOffset, byte[] d, int dOffset) {
        int z = code.z();
        if (z > maxZ) {
            throw new IllegalArgumentException("code Z_c " + z + " exceeds this encoder's maxZ " + maxZ);
        }
        int k = code.k();
        int n = code.n();
        Objects.checkFromIndexSize(cOffset, k, c.length);
        Objects.checkFromIndexSize(dOffset, n, d.length);
        int info = code.baseGraph().numInfoColumns();
        int core = LdpcBaseGraph.NUM_CORE_PARITY_COLUMNS;
        byte[] x = full;
        System.arraycopy(c, cOffset, x, 0, k);

        // 1. core-row syndromes over the systematic columns
        java.util.Arrays.fill(acc, 0, core * z, (byte) 0);
        for (int i = 0; i < core; i++) {
            for (int e = code.rowStart(i); e < code.rowEnd(i); e++) {
                int col = code.edgeColumn(e);
                if (col < info) {
                    accumulate(x, col * z, code.edgeShift(e), z, acc, i * z);
                }
            }
        }
        // 2. p0 from the sum of the core rows: I(P) p0 = S, i.e. p0[(r + P) mod Z] = S[r]
        int p0 = info * z;
        int shift = code.coreShift();
        for (int r = 0; r < z; r++) {
            int sum = acc[r] ^ acc[z + r] ^ acc[2 * z + r] ^ acc[3 * z + r];
            int col = r + shift;
            if (col >= z) {
                col -= z;
            }
            x[p0 + col] = (byte) sum;
        }
        // 3. remaining core parity columns, one row at a time: a row with exactly one unknown column is solved.
        int known = info + 1; // columns [0, known) are known
        while (known < info + core) {
            int target = known;
            int row = findCoreRow(code, info, target);
            // row holds s_row (systematic part); add the known core columns of this row
            int base = row * z;
            int targetShift = 0;
            for (int e = code.rowStart(row); e < code.rowEnd(row); e++) {
                int col = code.edgeColumn(e);
                if (col >= info && col < target) {
                    accumulate(x, col * z, code.edgeShift(e), z, acc, base);
                } else if (col == target) {
                    targetShift = code.edgeShift(e);
                }
            }
            int out = target * z;
            for (int r = 0; r < z; r++) {
                int col = r + targetShift;
                if (col >= z) {
                    col -= z;
                }
                x[out + col] = acc[base + r];
            }
            known++;
        }
        // 4. extension parity columns (identity, degree 1)
        int rows = code.numRows();
        for (int i = core; i < rows; i++) {
            int out = (info + i) * z;
            java.util.Arrays.fill(x, out, out + z, (byte) 0);
            for (int e = code.rowStart(i); e < code.rowEnd(i); e++) {
                int col = code.edgeColumn(e);
                if (col < info + core) {
                    accumulate(x, col * z, code.edgeShift(e), z, x, out);
                }
            }
        }
        System.arraycopy(x, LdpcBaseGraph.NUM_PUNCTURED_COLUMNS * z, d, dOffset, n);
    }

    /**
     * The core row whose only core parity column at or after {@code target} is {@code target} itself, i.e. the
     * row that determines column {@code target} once the columns before it are known.
     */
    private static int findCoreRow(LdpcCode code, int info, int target) {
        for (int i = 0; i < LdpcBaseGraph.NUM_CORE_PARITY_COLUMNS; i++) {
            boolean hasTarget = false;
            boolean hasLater = false;
            for (int e = code.rowStart(i); e < code.rowEnd(i); e++) {
                int col = code.edgeColumn(e);
                if (col == target) {
                    hasTarget = true;
                } else if (col > target && col < info + LdpcBaseGraph.NUM_CORE_PARITY_COLUMNS) {
                    hasLater = true;
                }
            }
            if (hasTarget && !hasLater) {
                return i;
            }
        }
        throw new IllegalStateException(code + ": no core row determines parity column " + target);
    }

    /** {@code out[outOff + r] ^= src[srcOff + (r + shift) mod z]} for r in [0, z). */
    private static void accumulate(byte[] src, int srcOff, int shift, int z, byte[] out, int outOff) {
        int head = z - shift;
        for (int r = 0; r < head; r++) {
            out[outOff + r] ^= src[srcOff + shift + r];
        }
        for (int r = head; r < z; r++) {
            out[outOff + r] ^= src[srcOff + r - head];
        }
    }
}
