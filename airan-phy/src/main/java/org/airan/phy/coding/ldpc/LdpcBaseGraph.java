package org.airan.phy.coding.ldpc;

/**
 * The two LDPC base graphs of TS 38.212 §5.3.2 (Tables 5.3.2-2 and 5.3.2-3) and the base-graph selection rule of
 * TS 38.212 §7.2.2 (PDSCH) and §6.2.2 (PUSCH).
 *
 * <p>Column layout of both graphs: {@link #numInfoColumns()} systematic columns, then 4 core parity columns with
 * a double-diagonal structure, then one extension parity column per extension row (rows 4 and up), each of
 * degree one.
 */
public enum LdpcBaseGraph {
    /** Base graph 1: 46 × 68, 22 systematic columns, K_cb = 8448 (TS 38.212 §5.2.2, Table 5.3.2-2). */
    BG1(46, 68, 22, 8448, 66),
    /** Base graph 2: 42 × 52, 10 systematic columns, K_cb = 3840 (TS 38.212 §5.2.2, Table 5.3.2-3). */
    BG2(42, 52, 10, 3840, 50);

    /** Number of core parity columns (the double-diagonal part) in both base graphs. */
    public static final int NUM_CORE_PARITY_COLUMNS = 4;
    /** Number of punctured systematic columns: the first 2·Z_c bits are never transmitted (TS 38.212 §5.3.2). */
    public static final int NUM_PUNCTURED_COLUMNS = 2;

    private final int numRows;
    private final int numColumns;
    private final int numInfoColumns;
    private final int maxCodeBlockSize;
    private final int codewordColumns;

    LdpcBaseGraph(int numRows, int numColumns, int numInfoColumns, int maxCodeBlockSize, int codewordColumns) {
        this.numRows = numRows;
        this.numColumns = numColumns;
        this.numInfoColumns = numInfoColumns;
        this.maxCodeBlockSize = maxCodeBlockSize;
        this.codewordColumns = codewordColumns;
    }

    /** Rows of H_BG (46 or 42). */
    public int numRows() { return numRows; }

    /** Columns of H_BG (68 or 52). */
    public int numColumns() { return numColumns; }

    /** Systematic columns: K = numInfoColumns·Z_c (22 or 10, TS 38.212 §5.2.2). */
    public int numInfoColumns() { return numInfoColumns; }

    /** Maximum code block size K_cb (8448 or 3840, TS 38.212 §5.2.2). */
    public int maxCodeBlockSize() { return maxCodeBlockSize; }

    /** Encoder output length in units of Z_c: N = 66·Z_c or 50·Z_c (TS 38.212 §5.3.2). */
    public int codewordColumns() { return codewordColumns; }

    /** Lowest code rate, K/N = 22/66 = 1/3 (BG1) or 10/50 = 1/5 (BG2). */
    public double mothercodeRate() { return (double) numInfoColumns / codewordColumns; }

    /**
     * Base-graph selection for a transport block (TS 38.212 §7.2.2 for PDSCH, identical in §6.2.2 for PUSCH):
     * BG2 if {@code A ≤ 292}, or {@code A ≤ 3824} and {@code R ≤ 0.67}, or {@code R ≤ 0.25}; otherwise BG1.
     *
     * @param transportBlockSize A, the payload size in bits before the transport-block CRC, ≥ 1
     * @param codeRate           R, the target code rate (e.g. R_x1024 / 1024 of TS 38.214 Table 5.1.3.1-x), in (0, 1]
     */
    public static LdpcBaseGraph select(int transportBlockSize, double codeRate) {
        if (transportBlockSize < 1) {
            throw new IllegalArgumentException("transportBlockSize must be >= 1 (TS 38.212 §7.2.2), was "
                    + transportBlockSize);
        }
        if (!(codeRate > 0 && codeRate <= 1)) {
            throw new IllegalArgumentException("codeRate must be in (0, 1] (TS 38.212 §7.2.2), was " + codeRate);
        }
        if (transportBlockSize <= 292 || (transportBlockSize <= 3824 && codeRate <= 0.67) || codeRate <= 0.25) {
            return BG2;
        }
        return BG1;
    }
}
