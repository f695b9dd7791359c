package org.airan.phy.ssb;

/**
 * Resource layout of one SS/PBCH block, TS 38.211 §7.4.3.1 and Table 7.4.3.1-1: 4 OFDM symbols × 240
 * subcarriers, numbered l = 0..3 and k = 0..239 relative to the start of the block.
 * <pre>
 * l = 0: PSS on k = 56..182 (0..55 and 183..239 set to zero)
 * l = 1: PBCH and PBCH DM-RS on k = 0..239
 * l = 2: SSS on k = 56..182; zero on 48..55 and 183..191; PBCH and DM-RS on 0..47 and 192..239
 * l = 3: PBCH and PBCH DM-RS on k = 0..239
 * PBCH DM-RS on k = 4i + v, v = N_ID^cell mod 4; PBCH data on the other PBCH REs
 * </pre>
 * RE positions are encoded as {@code l·240 + k}. Data and DM-RS REs are listed in mapping order: increasing k
 * first, then l (§7.3.3.3 and §7.4.3.1.3). The subcarrier k = 120 is SS_REF, the SSB's reference frequency
 * (TS 38.104 §5.4.3.1).
 */
public final class SsbLayout {

    /** Subcarriers in one SSB (20 RB). */
    public static final int NUM_SUBCARRIERS = 240;
    /** OFDM symbols in one SSB. */
    public static final int NUM_SYMBOLS = 4;
    /** First subcarrier of PSS and SSS. */
    public static final int PSS_SSS_FIRST_SUBCARRIER = 56;
    /** Subcarrier of SS_REF, the SSB reference frequency (TS 38.104 §5.4.3.1). */
    public static final int SS_REF_SUBCARRIER = 120;
    /** Symbol of the PSS, relative to the SSB. */
    public static final int PSS_SYMBOL = 0;
    /** Symbol of the SSS, relative to the SSB. */
    public static final int SSS_SYMBOL = 2;
    /** PBCH data symbols per SSB (864 bits / 2, TS 38.211 §7.3.3.2). */
    public static final int PBCH_SYMBOLS = 432;
    /** Coded PBCH bits M_bit (TS 38.211 §7.3.3.1). */
    public static final int PBCH_BITS = 864;

    private static final int[][] DATA = new int[4][];
    private static final int[][] DMRS = new int[4][];

    static {
        for (int v = 0; v < 4; v++) {
            int[] data = new int[PBCH_SYMBOLS];
            int[] dmrs = new int[SsbSequences.PBCH_DMRS_LENGTH];
            int nd = 0;
            int nr = 0;
            for (int l = 1; l <= 3; l++) {
                for (int k = 0; k < NUM_SUBCARRIERS; k++) {
                    if (l == 2 && k >= 48 && k < 192) {
                        continue;
                    }
                    if (k % 4 == v) {
                        dmrs[nr++] = l * NUM_SUBCARRIERS + k;
                    } else {
                        data[nd++] = l * NUM_SUBCARRIERS + k;
                    }
                }
            }
            if (nd != PBCH_SYMBOLS || nr != SsbSequences.PBCH_DMRS_LENGTH) {
                throw new AssertionError("SSB layout counts " + nd + "/" + nr);
            }
            DATA[v] = data;
            DMRS[v] = dmrs;
        }
    }

    private SsbLayout() {
    }

    /** v = N_ID^cell mod 4, the PBCH DM-RS frequency shift. */
    public static int dmrsShift(int pci) {
        return pci & 3;
    }

    /**
     * The 432 PBCH data REs in mapping order, as {@code l·240 + k} (a fresh copy).
     *
     * @param v DM-RS shift N_ID^cell mod 4
     */
    public static int[] pbchDataRes(int v) {
        return DATA[v].clone();
    }

    /** The 144 PBCH DM-RS REs in mapping order, as {@code l·240 + k} (a fresh copy). */
    public static int[] pbchDmrsRes(int v) {
        return DMRS[v].clone();
    }

    /** Package-internal shared tables (not copied). */
    static int[] dataTable(int v) {
        return DATA[v];
    }

    static int[] dmrsTable(int v) {
        return DMRS[v];
    }
}
