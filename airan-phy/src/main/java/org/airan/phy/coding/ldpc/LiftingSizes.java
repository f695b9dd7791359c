package org.airan.phy.coding.ldpc;

import java.util.Arrays;

/**
 * The 51 LDPC lifting sizes Z of TS 38.212 Table 5.3.2-1, grouped in 8 sets {@code Z = a·2^j ≤ 384} with
 * {@code a ∈ {2, 3, 5, 7, 9, 11, 13, 15}} for set index {@code iLS = 0..7}.
 *
 * <p>The table is loaded once from the bundled copy of Table 5.3.2-1 and checked against that formula.
 */
public final class LiftingSizes {

    /** Largest lifting size (TS 38.212 Table 5.3.2-1). */
    public static final int MAX_Z = 384;
    /** Number of lifting-size sets (TS 38.212 Table 5.3.2-1). */
    public static final int NUM_SETS = 8;

    private static final int[] ALL;
    private static final int[] SET_INDEX = new int[MAX_Z + 1];

    static {
        Arrays.fill(SET_INDEX, -1);
        int[] sorted = new int[64];
        int n = 0;
        for (String[] row : org.airan.phy.BundledTables.rows(LdpcBaseGraph.class, "ts38212_table5.3.2-1_lifting_size_sets.csv")) {
            int iLs = Integer.parseInt(row[0]);
            int a = Integer.parseInt(row[1]);
            String[] zs = row[2].trim().split(" +");
            int expected = a;
            for (String z : zs) {
                int zc = Integer.parseInt(z);
                if (zc != expected || SET_INDEX[zc] != -1) {
                    throw new IllegalStateException("Table 5.3.2-1 resource is inconsistent at iLS=" + iLs
                            + ", Z=" + zc);
                }
                SET_INDEX[zc] = iLs;
                sorted[n++] = zc;
                expected *= 2;
            }
        }
        ALL = Arrays.copyOf(sorted, n);
        Arrays.sort(ALL);
        if (ALL.length != 51) {
            throw new IllegalStateException("Table 5.3.2-1 must hold 51 lifting sizes, resource has " + ALL.length);
        }
    }

    private LiftingSizes() {
    }

    /** All 51 lifting sizes in ascending order (a fresh copy). */
    public static int[] all() {
        return ALL.clone();
    }

    /** True if {@code z} is one of the 51 lifting sizes of TS 38.212 Table 5.3.2-1. */
    public static boolean isValid(int z) {
        return z >= 2 && z <= MAX_Z && SET_INDEX[z] >= 0;
    }

    /**
     * The set index iLS (0..7) that contains {@code z} (TS 38.212 Table 5.3.2-1).
     *
     * @throws IllegalArgumentException if {@code z} is not a lifting size
     */
    public static int setIndex(int z) {
        if (!isValid(z)) {
            throw new IllegalArgumentException("z must be one of the 51 lifting sizes of TS 38.212 Table 5.3.2-1, "
                    + "was " + z);
        }
        return SET_INDEX[z];
    }

    /**
     * The minimum lifting size Z_c with {@code Z_c ≥ minimum} (TS 38.212 §5.2.2: minimum Z with K_b·Z ≥ K').
     *
     * @throws IllegalArgumentException if {@code minimum > 384}
     */
    public static int smallestAtLeast(int minimum) {
        for (int z : ALL) {
            if (z >= minimum) {
                return z;
            }
        }
        throw new IllegalArgumentException("minimum must be <= " + MAX_Z + " (TS 38.212 Table 5.3.2-1), was "
                + minimum);
    }
}
