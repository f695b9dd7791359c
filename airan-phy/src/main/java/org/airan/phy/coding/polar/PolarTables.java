package org.airan.phy.coding.polar;


/**
 * The constant tables of TS 38.212 polar coding, read once from the module's classpath resources (CSV with '#'
 * provenance lines and a header line).
 */
final class PolarTables {

    /** Q_0^{1023} of Table 5.3.1.2-1: bit indices in ascending reliability (TS 38.212 §5.3.1.2). */
    static final int[] RELIABILITY_SEQUENCE = column("polar_sequence.csv", 1024);
    /** Π_IL^max(m), m = 0..163, of Table 5.3.1.1-1 (TS 38.212 §5.3.1.1). */
    static final int[] INTERLEAVING_PATTERN = column("interleaving_pattern.csv", 164);
    /** P(i), i = 0..31, of Table 5.4.1.1-1 (TS 38.212 §5.4.1.1). */
    static final int[] SUBBLOCK_PATTERN = column("subblock_interleaver_pattern.csv", 32);

    /** K_IL^max: the largest K the input interleaver supports (TS 38.212 §5.3.1.1). */
    static final int K_IL_MAX = 164;

    private PolarTables() {
    }

    /** Second column of a two-column CSV whose first column must be 0, 1, 2, ... */
    private static int[] column(String name, int size) {
        int[] out = new int[size];
        int row = 0;
        for (String[] f : org.airan.phy.BundledTables.rows(PolarTables.class, name)) {
            int idx = Integer.parseInt(f[0].trim());
            if (idx != row || row >= size) {
                throw new IllegalStateException(name + ": row " + row + " has index " + idx);
            }
            out[row++] = Integer.parseInt(f[1].trim());
        }
        if (row != size) {
            throw new IllegalStateException(name + ": " + row + " rows, expected " + size);
        }
        return out;
    }
}
