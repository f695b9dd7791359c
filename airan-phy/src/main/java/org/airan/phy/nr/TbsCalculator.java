package org.airan.phy.nr;

import java.util.List;

/**
 * Transport block size determination of TS 38.214 §5.1.3.2 (PDSCH; PUSCH uses the same procedure, §6.1.4.2).
 *
 * <pre>
 * N'_RE  = 12·N_symb^sh − N_DMRS^PRB − N_oh^PRB          (REs per PRB available for data)
 * N_RE   = min(156, N'_RE) · n_PRB
 * N_info = N_RE · R · Q_m · υ
 * N_info ≤ 3824: n = max(3, ⌊log2 N_info⌋ − 6), N'_info = max(24, 2^n·⌊N_info/2^n⌋),
 *                TBS = smallest entry of Table 5.1.3.2-1 that is ≥ N'_info
 * N_info > 3824: n = ⌊log2(N_info − 24)⌋ − 5, N'_info = max(3840, 2^n·round((N_info − 24)/2^n))
 *                R ≤ 1/4:        C = ⌈(N'_info + 24)/3816⌉, TBS = 8C·⌈(N'_info + 24)/(8C)⌉ − 24
 *                N'_info > 8424: C = ⌈(N'_info + 24)/8424⌉, TBS = 8C·⌈(N'_info + 24)/(8C)⌉ − 24
 *                otherwise:      TBS = 8·⌈(N'_info + 24)/8⌉ − 24
 * </pre>
 * Stateless; the quantization arithmetic is exact (double N_info, integer powers of two).
 */
public final class TbsCalculator {

    /** Table 5.1.3.2-1: TBS for N_info ≤ 3824 (93 entries, 24 .. 3824). */
    private static final int[] TBS_TABLE;

    static {
        List<String[]> rows = org.airan.phy.BundledTables.rows(McsTable.class, "ts38214_table5.1.3.2-1_tbs.csv");
        TBS_TABLE = new int[rows.size()];
        for (int i = 0; i < TBS_TABLE.length; i++) {
            TBS_TABLE[i] = Integer.parseInt(rows.get(i)[1]);
        }
    }

    /** Largest N_info handled by Table 5.1.3.2-1. */
    public static final int TABLE_MAX_NINFO = 3824;
    /** Cap on data REs per PRB, 156 (TS 38.214 §5.1.3.2). */
    public static final int MAX_RE_PER_PRB = 156;

    private TbsCalculator() {
    }

    /** Table 5.1.3.2-1 entry {@code i} (0-based; the spec numbers them from 1). */
    public static int tableEntry(int i) {
        return TBS_TABLE[i];
    }

    /** Number of entries in Table 5.1.3.2-1 (93). */
    public static int tableSize() {
        return TBS_TABLE.length;
    }

    /**
     * N_RE of §5.1.3.2 step 1.
     *
     * @param numPrb          n_PRB, 1..275
     * @param numSymbols      N_symb^sh, 1..14
     * @param dmrsRePerPrb    N_DMRS^PRB: DM-RS REs per PRB over the allocation, CDM groups without data included
     * @param xOverhead       N_oh^PRB (xOverhead): 0, 6, 12 or 18
     */
    public static int numRe(int numPrb, int numSymbols, int dmrsRePerPrb, int xOverhead) {
        if (numPrb < 1 || numPrb > 275) {
            throw new IllegalArgumentException("numPrb must be in [1, 275] (TS 38.214 §5.1.3.2), was " + numPrb);
        }
        if (numSymbols < 1 || numSymbols > 14) {
            throw new IllegalArgumentException("numSymbols must be in [1, 14] (TS 38.214 §5.1.3.2), was "
                    + numSymbols);
        }
        if (xOverhead != 0 && xOverhead != 6 && xOverhead != 12 && xOverhead != 18) {
            throw new IllegalArgumentException("xOverhead must be 0, 6, 12 or 18 (TS 38.331 xOverhead, TS 38.214 "
                    + "§5.1.3.2), was " + xOverhead);
        }
        if (dmrsRePerPrb < 0) {
            throw new IllegalArgumentException("dmrsRePerPrb must be ≥ 0, was " + dmrsRePerPrb);
        }
        int nPrimeRe = 12 * numSymbols - dmrsRePerPrb - xOverhead;
        if (nPrimeRe <= 0) {
            throw new IllegalArgumentException("N'_RE = 12·" + numSymbols + " − " + dmrsRePerPrb + " − " + xOverhead
                    + " = " + nPrimeRe + " must be > 0 (TS 38.214 §5.1.3.2): no REs left for data");
        }
        return Math.min(MAX_RE_PER_PRB, nPrimeRe) * numPrb;
    }

    /** N_info = N_RE·R·Q_m·υ (§5.1.3.2 step 2). */
    public static double nInfo(int numRe, double codeRate, int qm, int layers) {
        check(numRe, codeRate, qm, layers);
        return numRe * codeRate * qm * layers;
    }

    /**
     * Transport block size in bits (§5.1.3.2 steps 2-4).
     *
     * @param numRe    N_RE from {@link #numRe}
     * @param codeRate target code rate R in (0, 1) (e.g. {@link McsEntry#codeRate()})
     * @param qm       Q_m ∈ {1, 2, 4, 6, 8, 10}
     * @param layers   υ, 1..8 (layers of this codeword; 1..4 per codeword)
     */
    public static int tbs(int numRe, double codeRate, int qm, int layers) {
        double nInfo = nInfo(numRe, codeRate, qm, layers);
        if (nInfo <= TABLE_MAX_NINFO) {
            int n = Math.max(3, floorLog2(nInfo) - 6);
            double p = Math.scalb(1.0, n);
            double nPrime = Math.max(24, p * Math.floor(nInfo / p));
            for (int t : TBS_TABLE) {
                if (t >= nPrime) {
                    return t;
                }
            }
            throw new IllegalStateException("unreachable: N'_info " + nPrime + " above Table 5.1.3.2-1");
        }
        int n = floorLog2(nInfo - 24) - 5;
        double p = Math.scalb(1.0, n);
        long nPrime = Math.max(3840L, (long) (p * Math.round((nInfo - 24) / p)));
        long c;
        if (codeRate <= 0.25) {
            c = ceilDiv(nPrime + 24, 3816);
        } else if (nPrime > 8424) {
            c = ceilDiv(nPrime + 24, 8424);
        } else {
            c = 1;
        }
        long tbs = 8 * c * ceilDiv(nPrime + 24, 8 * c) - 24;
        if (tbs > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("TBS " + tbs + " out of range");
        }
        return (int) tbs;
    }

    /**
     * Convenience: TBS for an allocation and an MCS row (initial transmission).
     *
     * @throws IllegalArgumentException for reserved rows or invalid sizes
     */
    public static int tbs(McsEntry mcs, int numPrb, int numSymbols, int dmrsRePerPrb, int xOverhead, int layers) {
        if (mcs.reserved()) {
            throw new IllegalArgumentException("mcs " + mcs.index() + " is reserved: no TBS for an initial "
                    + "transmission (TS 38.214 §5.1.3.2)");
        }
        return tbs(numRe(numPrb, numSymbols, dmrsRePerPrb, xOverhead), mcs.codeRate(), mcs.qm(), layers);
    }

    private static int floorLog2(double x) {
        return Math.getExponent(x);
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    private static void check(int numRe, double codeRate, int qm, int layers) {
        if (numRe < 1) {
            throw new IllegalArgumentException("numRe must be ≥ 1 (TS 38.214 §5.1.3.2), was " + numRe);
        }
        if (!(codeRate > 0 && codeRate < 1)) {
            throw new IllegalArgumentException("codeRate must be in (0, 1) (TS 38.214 §5.1.3.1), was " + codeRate);
        }
        if (qm != 1 && qm != 2 && qm != 4 && qm != 6 && qm != 8 && qm != 10) {
            throw new IllegalArgumentException("qm must be one of 1, 2, 4, 6, 8, 10 (TS 38.214 §5.1.3.1), was "
                    + qm);
        }
        if (layers < 1 || layers > 8) {
            throw new IllegalArgumentException("layers must be in [1, 8] (TS 38.211 §7.3.1.3), was " + layers);
        }
    }
}
