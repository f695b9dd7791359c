package org.airan.phy.coding.ldpc;

import java.util.List;
import java.util.Objects;

/**
 * One lifted NR LDPC code: a base graph and a lifting size Z_c (TS 38.212 §5.3.2).
 *
 * <p>The parity-check matrix H is the base graph with every non-null entry (i, j) replaced by the Z×Z identity
 * cyclically shifted right by {@code P_ij = V_ij mod Z_c}, with V_ij from Table 5.3.2-2 (BG1) or 5.3.2-3 (BG2)
 * for the set index iLS of Z_c: row {@code r} of block (i, j) has its one in column {@code (r + P_ij) mod Z_c}.
 * The check equation of row {@code i·Z + r} is therefore
 * {@code Σ_j x[j·Z + (r + P_ij) mod Z] = 0 (mod 2)} over the full codeword {@code x} of length
 * {@code numColumns·Z}.
 *
 * <p>Instances are immutable, shared and cached: {@link #of(LdpcBaseGraph, int)} returns the same object for the
 * same arguments. The edge lists are exposed as read-only accessors for encoders and decoders.
 */
public final class LdpcCode {

    private static final int[][][] BASE = new int[2][][]; // [bg][edge] = {row, col, V0..V7}
    private static final LdpcCode[][] CACHE = new LdpcCode[2][LiftingSizes.MAX_Z + 1];

    static {
        BASE[0] = load("ts38212_table5.3.2-2_bg1_shift_values.csv", LdpcBaseGraph.BG1, 316);
        BASE[1] = load("ts38212_table5.3.2-3_bg2_shift_values.csv", LdpcBaseGraph.BG2, 197);
    }

    private final LdpcBaseGraph baseGraph;
    private final int z;
    private final int setIndex;
    private final int[] rowStart;
    private final int[] edgeColumn;
    private final int[] edgeShift;
    private final int maxRowDegree;
    private final int coreShift;

    private LdpcCode(LdpcBaseGraph baseGraph, int z) {
        this.baseGraph = baseGraph;
        this.z = z;
        this.setIndex = LiftingSizes.setIndex(z);
        int[][] base = BASE[baseGraph.ordinal()];
        int numRows = baseGraph.numRows();
        rowStart = new int[numRows + 1];
        edgeColumn = new int[base.length];
        edgeShift = new int[base.length];
        for (int e = 0; e < base.length; e++) {
            rowStart[base[e][0] + 1]++;
            edgeColumn[e] = base[e][1];
            edgeShift[e] = base[e][2 + setIndex] % z;
        }
        int maxDeg = 0;
        for (int i = 0; i < numRows; i++) {
            maxDeg = Math.max(maxDeg, rowStart[i + 1]);
            rowStart[i + 1] += rowStart[i];
        }
        maxRowDegree = maxDeg;
        coreShift = checkStructure();
    }

    /**
     * The lifted code for a base graph and a lifting size.
     *
     * @param baseGraph BG1 or BG2
     * @param z         lifting size Z_c, one of the 51 values of TS 38.212 Table 5.3.2-1
     */
    public static LdpcCode of(LdpcBaseGraph baseGraph, int z) {
        Objects.requireNonNull(baseGraph, "baseGraph");
        LiftingSizes.setIndex(z); // validates z
        LdpcCode[] byZ = CACHE[baseGraph.ordinal()];
        synchronized (byZ) {
            LdpcCode code = byZ[z];
            if (code == null) {
                code = new LdpcCode(baseGraph, z);
                byZ[z] = code;
            }
            return code;
        }
    }

    /** The base graph. */
    public LdpcBaseGraph baseGraph() { return baseGraph; }

    /** The lifting size Z_c. */
    public int z() { return z; }

    /** The lifting-size set index iLS of Z_c (TS 38.212 Table 5.3.2-1). */
    public int setIndex() { return setIndex; }

    /** Code block size K = 22·Z_c (BG1) or 10·Z_c (BG2), filler bits included (TS 38.212 §5.2.2). */
    public int k() { return baseGraph.numInfoColumns() * z; }

    /** Encoder output length N = 66·Z_c (BG1) or 50·Z_c (BG2) (TS 38.212 §5.3.2). */
    public int n() { return baseGraph.codewordColumns() * z; }

    /** Full lifted codeword length, punctured bits included: 68·Z_c or 52·Z_c. */
    public int fullLength() { return baseGraph.numColumns() * z; }

    /** Number of rows of the base graph. */
    public int numRows() { return baseGraph.numRows(); }

    /** Number of non-null base-graph entries (316 for BG1, 197 for BG2). */
    public int numEdges() { return edgeColumn.length; }

    /** Largest number of non-null entries in one base-graph row (19 for BG1, 10 for BG2). */
    public int maxRowDegree() { return maxRowDegree; }

    /** Index of the first edge of base-graph row {@code row}; edges of a row are in ascending column order. */
    public int rowStart(int row) { return rowStart[row]; }

    /** One past the last edge of base-graph row {@code row}. */
    public int rowEnd(int row) { return rowStart[row + 1]; }

    /** Base-graph column of edge {@code edge}. */
    public int edgeColumn(int edge) { return edgeColumn[edge]; }

    /** Cyclic shift {@code P = V mod Z_c} of edge {@code edge}. */
    public int edgeShift(int edge) { return edgeShift[edge]; }

    /**
     * The shift that remains on the first core parity column after summing the 4 core rows (the other core parity
     * columns cancel pairwise). The encoder solves {@code I(coreShift)·p_0 = s_0 + s_1 + s_2 + s_3}.
     */
    public int coreShift() { return coreShift; }

    /**
     * Number of base-graph rows that carry information when only the first {@code numKnownBits} bits
     * {@code d_0..d_{numKnownBits-1}} of the encoder output are known: the 4 core rows plus one row per extension
     * parity column that holds at least one known bit. Rows beyond that have a degree-1 parity column with no
     * information, so they send zero messages and a decoder may skip them exactly.
     *
     * @param numKnownBits 0..N
     */
    public int numActiveRows(int numKnownBits) {
        Objects.checkIndex(numKnownBits, n() + 1);
        int columns = (numKnownBits + z - 1) / z + LdpcBaseGraph.NUM_PUNCTURED_COLUMNS; // columns touched
        int rows = columns - baseGraph.numInfoColumns();
        return Math.max(LdpcBaseGraph.NUM_CORE_PARITY_COLUMNS, Math.min(rows, baseGraph.numRows()));
    }

    /**
     * Checks H·x = 0 over the first {@code numRows} base-graph rows.
     *
     * @param x      full codeword, {@link #fullLength()} bits (one bit per byte) from {@code offset}
     * @param offset start of x
     * @param numRows how many base-graph rows to check (all: {@link #numRows()})
     * @return true if every checked parity equation holds
     */
    public boolean satisfiesParity(byte[] x, int offset, int numRows) {
        Objects.checkFromIndexSize(offset, fullLength(), x.length);
        Objects.checkIndex(numRows - 1, baseGraph.numRows());
        for (int i = 0; i < numRows; i++) {
            for (int r = 0; r < z; r++) {
                int parity = 0;
                for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                    int col = r + edgeShift[e];
                    if (col >= z) {
                        col -= z;
                    }
                    parity ^= x[offset + edgeColumn[e] * z + col];
                }
                if ((parity & 1) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Checks the double-diagonal core and the identity extension columns; returns the residual core shift. */
    private int checkStructure() {
        int info = baseGraph.numInfoColumns();
        int core = LdpcBaseGraph.NUM_CORE_PARITY_COLUMNS;
        // Sum of the 4 core rows: every core parity column except the first must cancel (even count, equal shift).
        int[] firstColumnShifts = new int[core];
        int numFirst = 0;
        for (int c = info; c < info + core; c++) {
            int[] shifts = new int[core];
            int count = 0;
            for (int i = 0; i < core; i++) {
                for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                    if (edgeColumn[e] == c) {
                        shifts[count++] = edgeShift[e];
                    }
                }
            }
            if (c == info) {
                System.arraycopy(shifts, 0, firstColumnShifts, 0, count);
                numFirst = count;
            } else if (count != 2 || shifts[0] != shifts[1] || shifts[0] != 0) {
                throw new IllegalStateException(baseGraph + " core parity column " + c
                        + " is not double-diagonal with identity shifts");
            }
        }
        // Cancel equal shifts pairwise; exactly one must remain.
        int remaining = -1;
        for (int a = 0; a < numFirst; a++) {
            int same = 0;
            for (int b = 0; b < numFirst; b++) {
                if (firstColumnShifts[a] == firstColumnShifts[b]) {
                    same++;
                }
            }
            if ((same & 1) == 1) {
                if (remaining >= 0 && remaining != firstColumnShifts[a]) {
                    throw new IllegalStateException(baseGraph + " core rows leave more than one shift");
                }
                remaining = firstColumnShifts[a];
            }
        }
        if (remaining < 0) {
            throw new IllegalStateException(baseGraph + " core rows do not determine the first parity column");
        }
        // Extension rows: parity column info+row with shift 0, and no other extension column.
        for (int i = core; i < baseGraph.numRows(); i++) {
            boolean found = false;
            for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
                int c = edgeColumn[e];
                if (c >= info + core) {
                    if (c != info + i || edgeShift[e] != 0 || found) {
                        throw new IllegalStateException(baseGraph + " row " + i + " is not an identity extension row");
                    }
                    found = true;
                }
            }
            if (!found) {
                throw new IllegalStateException(baseGraph + " row " + i + " has no extension parity column");
            }
        }
        return remaining;
    }

    private static int[][] load(String name, LdpcBaseGraph bg, int expectedEdges) {
        List<String[]> rows = org.airan.phy.BundledTables.rows(LdpcBaseGraph.class, name);
        if (rows.size() != expectedEdges) {
            throw new IllegalStateException(name + " must have " + expectedEdges + " entries, has " + rows.size());
        }
        int[][] edges = new int[rows.size()][];
        int prevRow = -1;
        int prevCol = -1;
        for (int e = 0; e < edges.length; e++) {
            String[] f = rows.get(e);
            int[] v = new int[2 + LiftingSizes.NUM_SETS];
            for (int k = 0; k < v.length; k++) {
                v[k] = Integer.parseInt(f[k].trim());
            }
            if (v[0] < prevRow || (v[0] == prevRow && v[1] <= prevCol) || v[0] >= bg.numRows()
                    || v[1] >= bg.numColumns()) {
                throw new IllegalStateException(name + " entries must be sorted by (row, column) and inside "
                        + bg + ", entry " + e + " is (" + v[0] + ", " + v[1] + ")");
            }
            prevRow = v[0];
            prevCol = v[1];
            edges[e] = v;
        }
        return edges;
    }

    @Override
    public String toString() {
        return "LdpcCode[" + baseGraph + ", Z=" + z + "]";
    }
}
