package org.airan.phy.dmrs;

/**
 * DM-RS symbol positions l̄ of TS 38.211 Tables 7.4.1.1.2-3/-4 (PDSCH) and 6.4.1.1.3-3/-4 (PUSCH, intra-slot
 * frequency hopping disabled), as offsets: for mapping type A they are absolute symbol numbers in the slot with
 * the value {@link #L0} standing for l0 = dmrs-TypeA-Position; for type B they are relative to the first symbol of
 * the allocation (l0 = 0).
 *
 * <p>The single-symbol tables and the type A double-symbol tables were checked against an independent public
 * implementation; the type B double-symbol rows are transcribed from the specification only.
 */
final class DmrsPositions {
    private DmrsPositions() {
    }

    /** Marker for l0 in the tables. */
    static final int L0 = -1;


    private static int[] p(int... v) {
        return v;
    }

    // [ld][additionalPosition] -> positions; index ld = 0..14; null = not defined ("-").
    private static final int[][][] PDSCH_A_SINGLE = new int[15][][];
    private static final int[][][] PDSCH_B_SINGLE = new int[15][][];
    private static final int[][][] PUSCH_A_SINGLE = new int[15][][];
    private static final int[][][] PUSCH_B_SINGLE = new int[15][][];
    private static final int[][][] PDSCH_A_DOUBLE = new int[15][][];
    private static final int[][][] PDSCH_B_DOUBLE = new int[15][][];
    private static final int[][][] PUSCH_A_DOUBLE = new int[15][][];
    private static final int[][][] PUSCH_B_DOUBLE = new int[15][][];

    private static void row(int[][][] t, int ld, int[]... pos) {
        t[ld] = pos;
    }

    static {
        int[] l0 = p(L0);
        // Table 7.4.1.1.2-3, type A (ld 3..14; ld 3, 4 only with l0 = 2).
        for (int ld = 3; ld <= 7; ld++) {
            row(PDSCH_A_SINGLE, ld, l0, l0, l0, l0);
        }
        row(PDSCH_A_SINGLE, 8, l0, p(L0, 7), p(L0, 7), p(L0, 7));
        row(PDSCH_A_SINGLE, 9, l0, p(L0, 7), p(L0, 7), p(L0, 7));
        row(PDSCH_A_SINGLE, 10, l0, p(L0, 9), p(L0, 6, 9), p(L0, 6, 9));
        row(PDSCH_A_SINGLE, 11, l0, p(L0, 9), p(L0, 6, 9), p(L0, 6, 9));
        row(PDSCH_A_SINGLE, 12, l0, p(L0, 9), p(L0, 6, 9), p(L0, 5, 8, 11));
        row(PDSCH_A_SINGLE, 13, l0, p(L0, 11), p(L0, 7, 11), p(L0, 5, 8, 11));
        row(PDSCH_A_SINGLE, 14, l0, p(L0, 11), p(L0, 7, 11), p(L0, 5, 8, 11));
        // Table 7.4.1.1.2-3, type B (ld 2..13).
        for (int ld = 2; ld <= 4; ld++) {
            row(PDSCH_B_SINGLE, ld, p(0), p(0), p(0), p(0));
        }
        for (int ld = 5; ld <= 7; ld++) {
            row(PDSCH_B_SINGLE, ld, p(0), p(0, 4), p(0, 4), p(0, 4));
        }
        row(PDSCH_B_SINGLE, 8, p(0), p(0, 6), p(0, 3, 6), p(0, 3, 6));
        row(PDSCH_B_SINGLE, 9, p(0), p(0, 7), p(0, 4, 7), p(0, 4, 7));
        row(PDSCH_B_SINGLE, 10, p(0), p(0, 7), p(0, 4, 7), p(0, 4, 7));
        row(PDSCH_B_SINGLE, 11, p(0), p(0, 8), p(0, 4, 8), p(0, 3, 6, 9));
        row(PDSCH_B_SINGLE, 12, p(0), p(0, 9), p(0, 5, 9), p(0, 3, 6, 9));
        row(PDSCH_B_SINGLE, 13, p(0), p(0, 9), p(0, 5, 9), p(0, 3, 6, 9));
        // Table 6.4.1.1.3-3, type A (ld 4..14).
        for (int ld = 4; ld <= 7; ld++) {
            row(PUSCH_A_SINGLE, ld, l0, l0, l0, l0);
        }
        row(PUSCH_A_SINGLE, 8, l0, p(L0, 7), p(L0, 7), p(L0, 7));
        row(PUSCH_A_SINGLE, 9, l0, p(L0, 7), p(L0, 7), p(L0, 7));
        row(PUSCH_A_SINGLE, 10, l0, p(L0, 9), p(L0, 6, 9), p(L0, 6, 9));
        row(PUSCH_A_SINGLE, 11, l0, p(L0, 9), p(L0, 6, 9), p(L0, 6, 9));
        row(PUSCH_A_SINGLE, 12, l0, p(L0, 9), p(L0, 6, 9), p(L0, 5, 8, 11));
        row(PUSCH_A_SINGLE, 13, l0, p(L0, 11), p(L0, 7, 11), p(L0, 5, 8, 11));
        row(PUSCH_A_SINGLE, 14, l0, p(L0, 11), p(L0, 7, 11), p(L0, 5, 8, 11));
        // Table 6.4.1.1.3-3, type B (ld 1..14).
        for (int ld = 1; ld <= 4; ld++) {
            row(PUSCH_B_SINGLE, ld, p(0), p(0), p(0), p(0));
        }
        for (int ld = 5; ld <= 7; ld++) {
            row(PUSCH_B_SINGLE, ld, p(0), p(0, 4), p(0, 4), p(0, 4));
        }
        row(PUSCH_B_SINGLE, 8, p(0), p(0, 6), p(0, 3, 6), p(0, 3, 6));
        row(PUSCH_B_SINGLE, 9, p(0), p(0, 6), p(0, 3, 6), p(0, 3, 6));
        row(PUSCH_B_SINGLE, 10, p(0), p(0, 8), p(0, 4, 8), p(0, 3, 6, 9));
        row(PUSCH_B_SINGLE, 11, p(0), p(0, 8), p(0, 4, 8), p(0, 3, 6, 9));
        for (int ld = 12; ld <= 14; ld++) {
            row(PUSCH_B_SINGLE, ld, p(0), p(0, 10), p(0, 5, 10), p(0, 3, 6, 9));
        }
        // Tables 7.4.1.1.2-4 / 6.4.1.1.3-4 (double symbol; additional positions 0 and 1 only).
        for (int ld = 4; ld <= 9; ld++) {
            row(PDSCH_A_DOUBLE, ld, l0, l0);
            row(PUSCH_A_DOUBLE, ld, l0, l0);
        }
        for (int ld = 10; ld <= 12; ld++) {
            row(PDSCH_A_DOUBLE, ld, l0, p(L0, 8));
            row(PUSCH_A_DOUBLE, ld, l0, p(L0, 8));
        }
        for (int ld = 13; ld <= 14; ld++) {
            row(PDSCH_A_DOUBLE, ld, l0, p(L0, 10));
            row(PUSCH_A_DOUBLE, ld, l0, p(L0, 10));
        }
        for (int ld = 5; ld <= 7; ld++) {
            row(PDSCH_B_DOUBLE, ld, p(0), p(0));
            row(PUSCH_B_DOUBLE, ld, p(0), p(0));
        }
        row(PDSCH_B_DOUBLE, 8, p(0), p(0, 5));
        row(PDSCH_B_DOUBLE, 9, p(0), p(0, 5));
        row(PDSCH_B_DOUBLE, 10, p(0), p(0, 7));
        row(PDSCH_B_DOUBLE, 11, p(0), p(0, 7));
        row(PDSCH_B_DOUBLE, 12, p(0), p(0, 8));
        row(PDSCH_B_DOUBLE, 13, p(0), p(0, 8));
        row(PUSCH_B_DOUBLE, 8, p(0), p(0, 5));
        row(PUSCH_B_DOUBLE, 9, p(0), p(0, 5));
        row(PUSCH_B_DOUBLE, 10, p(0), p(0, 7));
        row(PUSCH_B_DOUBLE, 11, p(0), p(0, 7));
        for (int ld = 12; ld <= 14; ld++) {
            row(PUSCH_B_DOUBLE, ld, p(0), p(0, 9));
        }
    }

    /**
     * The l̄ values (first symbol of each DM-RS occasion) as absolute symbols of the slot, or null when the table
     * has no entry for this combination.
     */
    static int[] firstSymbols(SharedChannel ch, MappingType mt, int maxLength, int ld, int additionalPosition,
                              int typeAPosition, int startSymbol) {
        int[][][] t;
        if (ch == SharedChannel.PDSCH) {
            t = mt == MappingType.A ? (maxLength == 1 ? PDSCH_A_SINGLE : PDSCH_A_DOUBLE)
                    : (maxLength == 1 ? PDSCH_B_SINGLE : PDSCH_B_DOUBLE);
        } else {
            t = mt == MappingType.A ? (maxLength == 1 ? PUSCH_A_SINGLE : PUSCH_A_DOUBLE)
                    : (maxLength == 1 ? PUSCH_B_SINGLE : PUSCH_B_DOUBLE);
        }
        if (ld < 0 || ld >= t.length || t[ld] == null || additionalPosition >= t[ld].length) {
            return null;
        }
        int[] rel = t[ld][additionalPosition];
        int[] abs = new int[rel.length];
        for (int i = 0; i < rel.length; i++) {
            abs[i] = mt == MappingType.A ? (rel[i] == L0 ? typeAPosition : rel[i]) : startSymbol + rel[i];
        }
        return abs;
    }

    /**
     * Bit l set for every DM-RS symbol l of the slot (both symbols of a double-symbol occasion); 0 if undefined.
     * Allocation-free.
     */
    static int mask(SharedChannel ch, MappingType mt, int maxLength, int ld, int additionalPosition,
                    int typeAPosition, int startSymbol) {
        int[][][] t = table(ch, mt, maxLength);
        if (ld < 0 || ld >= t.length || t[ld] == null || additionalPosition >= t[ld].length) {
            return 0;
        }
        int m = 0;
        for (int rel : t[ld][additionalPosition]) {
            int l = mt == MappingType.A ? (rel == L0 ? typeAPosition : rel) : startSymbol + rel;
            m |= 1 << l;
            if (maxLength == 2) {
                m |= 1 << (l + 1);
            }
        }
        return m;
    }

    private static int[][][] table(SharedChannel ch, MappingType mt, int maxLength) {
        if (ch == SharedChannel.PDSCH) {
            return mt == MappingType.A ? (maxLength == 1 ? PDSCH_A_SINGLE : PDSCH_A_DOUBLE)
                    : (maxLength == 1 ? PDSCH_B_SINGLE : PDSCH_B_DOUBLE);
        }
        return mt == MappingType.A ? (maxLength == 1 ? PUSCH_A_SINGLE : PUSCH_A_DOUBLE)
                : (maxLength == 1 ? PUSCH_B_SINGLE : PUSCH_B_DOUBLE);
    }
}
