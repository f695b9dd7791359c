package org.airan.phy.coding.polar;

import java.util.Arrays;
import java.util.Objects;
import org.airan.phy.coding.crc.CrcCalculator;
import org.airan.phy.coding.crc.CrcPolynomial;

/**
 * A constructed NR polar code (TS 38.212 §5.3.1 and §5.4.1) for one {@link PolarCodeConfig}: the mother code
 * length N, the information, parity-check and frozen bit sets (including the bits frozen because rate matching
 * punctures or shortens them), the input bit interleaver and the complete rate-matching pattern (sub-block
 * interleaver, bit selection and coded-bit interleaver composed into one index map).
 *
 * <p>Construction does all the work (O(N + E)); instances are immutable and thread-safe, so build them once per
 * (K, E) and share them between encoders and decoders.
 */
public final class PolarCode {

    /** Kind of bit selection, TS 38.212 §5.4.1.2. */
    public enum RateMatching {
        /** E ≥ N: e_k = y_{k mod N}. */
        REPETITION,
        /** E &lt; N and K/E ≤ 7/16: the first N − E sub-block-interleaved bits are not sent. */
        PUNCTURING,
        /** E &lt; N and K/E &gt; 7/16: the last N − E sub-block-interleaved bits are not sent (known zeros). */
        SHORTENING
    }

    /** Bit type of u_n: frozen (0). */
    static final byte FROZEN = 0;
    /** Bit type of u_n: information bit. */
    static final byte INFO = 1;
    /** Bit type of u_n: parity-check bit (TS 38.212 §5.3.1.2). */
    static final byte PARITY = 2;

    /** n_min of TS 38.212 §5.3.1. */
    public static final int N_MIN_LOG2 = 5;

    private final PolarCodeConfig config;
    private final int log2N;
    private final int n;
    private final RateMatching rateMatching;
    private final byte[] bitType;
    private final int[] infoPositions;
    private final int[] parityPositions;
    private final int[] inputInterleaver;
    private final int[] subBlockInterleaver;
    private final int[] rateMatchMap;
    private final int crcPrefixTerm;
    /** Kinds of the nodes of the decoding tree in heap order (root 1, children 2i and 2i+1, leaf of u_n at N + n). */
    private final byte[] nodeKinds;

    /** Constructs the code of {@code config} (TS 38.212 §5.3.1.1, §5.3.1.2, §5.4.1). */
    public PolarCode(PolarCodeConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        int k = config.numInfoBits();
        int e = config.numCodedBits();
        this.log2N = motherCodeLog2(k, e, config.nMax());
        this.n = 1 << log2N;
        if (k + config.numParityCheckBits() > n) {
            throw new IllegalArgumentException("K + n_PC = " + (k + config.numParityCheckBits())
                    + " does not fit the mother code N = " + n + " (TS 38.212 §5.3.1.2)");
        }
        if (e >= n) {
            rateMatching = RateMatching.REPETITION;
        } else if (16L * k <= 7L * e) {
            rateMatching = RateMatching.PUNCTURING;
        } else {
            rateMatching = RateMatching.SHORTENING;
        }
        subBlockInterleaver = subBlockInterleaver(n);

        // Q_F,tmp: bits frozen because rate matching does not transmit them (TS 38.212 §5.3.1.2).
        boolean[] preFrozen = new boolean[n];
        if (rateMatching == RateMatching.PUNCTURING) {
            for (int i = 0; i < n - e; i++) {
                preFrozen[subBlockInterleaver[i]] = true;
            }
            int upTo = 4 * e >= 3 * n ? ceilDiv(3 * n - 2 * e, 4) : ceilDiv(9 * n - 4 * e, 16);
            for (int i = 0; i < upTo; i++) {
                preFrozen[i] = true;
            }
        } else if (rateMatching == RateMatching.SHORTENING) {
            for (int i = e; i < n; i++) {
                preFrozen[subBlockInterleaver[i]] = true;
            }
        }
        // Q_I: the K + n_PC most reliable of Q_0^{N-1} \ Q_F,tmp, taken here in descending reliability.
        int numI = k + config.numParityCheckBits();
        int[] chosen = new int[numI];
        int c = 0;
        int[] q = PolarTables.RELIABILITY_SEQUENCE;
        for (int i = q.length - 1; i >= 0 && c < numI; i--) {
            if (q[i] < n && !preFrozen[q[i]]) {
                chosen[c++] = q[i];
            }
        }
        if (c < numI) {
            throw new IllegalArgumentException("only " + c + " unfrozen bits remain for K + n_PC = " + numI
                    + " with E = " + e + ", N = " + n + " (TS 38.212 §5.3.1.2)");
        }
        bitType = new byte[n];
        for (int pos : chosen) {
            bitType[pos] = INFO;
        }
        int nPc = config.numParityCheckBits();
        int nWm = config.numParityCheckBitsMinWeight();
        parityPositions = new int[nPc];
        int p = 0;
        // (n_PC − n_PC^wm) PC bits at the least reliable indices of Q_I.
        for (int i = 0; i < nPc - nWm; i++) {
            parityPositions[p++] = chosen[numI - 1 - i];
        }
        if (nWm == 1) {
            // Minimum row weight (weight of row n of G_N = 2^popcount(n)) among the K most reliable; ties -> most
            // reliable, i.e. the first met in descending reliability.
            int best = -1;
            for (int i = 0; i < numI - nPc; i++) {
                if (best < 0 || Integer.bitCount(chosen[i]) < Integer.bitCount(best)) {
                    best = chosen[i];
                }
            }
            parityPositions[p++] = best;
        }
        for (int pos : parityPositions) {
            bitType[pos] = PARITY;
        }
        Arrays.sort(parityPositions);
        infoPositions = new int[k];
        int ii = 0;
        for (int i = 0; i < n; i++) {
            if (bitType[i] == INFO) {
                infoPositions[ii++] = i;
            }
        }
        inputInterleaver = config.inputInterleaving() ? inputInterleaver(k) : identity(k);
        rateMatchMap = rateMatchMap(e);
        crcPrefixTerm = config.dciCrc() ? dciPrefixTerm(config.payloadBits()) : 0;
        nodeKinds = new byte[2 * n];
        for (int i = 0; i < n; i++) {
            nodeKinds[n + i] = bitType[i] == FROZEN ? NODE_RATE0 : bitType[i] == INFO ? NODE_RATE1 : NODE_MIXED;
        }
        for (int i = n - 1; i >= 1; i--) {
            byte l = nodeKinds[2 * i];
            nodeKinds[i] = l == nodeKinds[2 * i + 1] ? l : NODE_MIXED;
        }
    }

    /** Node kind: every leaf below is frozen. */
    static final byte NODE_RATE0 = 0;
    /** Node kind: every leaf below is an information bit (no parity-check bit). */
    static final byte NODE_RATE1 = 1;
    /** Node kind: anything else. */
    static final byte NODE_MIXED = 2;

    byte[] nodeKindsView() {
        return nodeKinds;
    }

    /**
     * log2 of the mother code length (TS 38.212 §5.3.1): n = max(min(n1, n2, n_max), n_min) with
     * n1 = ⌈log2 E⌉ − 1 if E ≤ (9/8)·2^(⌈log2 E⌉−1) and K/E &lt; 9/16, else ⌈log2 E⌉; n2 = ⌈log2(K / R_min)⌉,
     * R_min = 1/8.
     */
    public static int motherCodeLog2(int k, int e, int nMax) {
        int ce = ceilLog2(e);
        int n1 = (8L * e <= 9L * (1L << (ce - 1)) && 16L * k < 9L * e) ? ce - 1 : ce;
        int n2 = ceilLog2(8 * k);
        return Math.max(Math.min(Math.min(n1, n2), nMax), N_MIN_LOG2);
    }

    /** J(n) of the sub-block interleaver, TS 38.212 §5.4.1.1: y_n = d_{J(n)}. */
    static int[] subBlockInterleaver(int n) {
        int[] j = new int[n];
        int sub = n / 32;
        for (int i = 0; i < n; i++) {
            j[i] = PolarTables.SUBBLOCK_PATTERN[i / sub] * sub + i % sub;
        }
        return j;
    }

    /** Π(k) of the input bit interleaver, TS 38.212 §5.3.1.1: c'_k = c_{Π(k)}. */
    static int[] inputInterleaver(int k) {
        int[] pi = new int[k];
        int c = 0;
        for (int m = 0; m < PolarTables.K_IL_MAX; m++) {
            int v = PolarTables.INTERLEAVING_PATTERN[m];
            if (v >= PolarTables.K_IL_MAX - k) {
                pi[c++] = v - (PolarTables.K_IL_MAX - k);
            }
        }
        return pi;
    }

    /** f_k = d_{map[k]}: bit selection (§5.4.1.2) of the sub-block-interleaved bits, then §5.4.1.3 if I_BIL. */
    private int[] rateMatchMap(int e) {
        int[] sel = new int[e];
        for (int i = 0; i < e; i++) {
            int y = switch (rateMatching) {
                case REPETITION -> i % n;
                case PUNCTURING -> i + n - e;
                case SHORTENING -> i;
            };
            sel[i] = subBlockInterleaver[y];
        }
        if (!config.codedBitInterleaving()) {
            return sel;
        }
        int[] perm = codedBitInterleaver(e);
        int[] map = new int[e];
        for (int i = 0; i < e; i++) {
            map[i] = sel[perm[i]];
        }
        return map;
    }

    /**
     * The coded-bit interleaver of TS 38.212 §5.4.1.3 as a permutation: f_k = e_{perm[k]}. T is the smallest
     * integer with T(T+1)/2 ≥ E; e is written row by row into the upper-left triangle (row i has T − i cells) and
     * read column by column, skipping the unused cells.
     */
    static int[] codedBitInterleaver(int e) {
        int t = 0;
        while (t * (t + 1) / 2 < e) {
            t++;
        }
        // Index of the first cell of row i in row-major write order: sum_{r<i} (T − r).
        int[] rowStart = new int[t];
        for (int i = 1; i < t; i++) {
            rowStart[i] = rowStart[i - 1] + (t - (i - 1));
        }
        int[] perm = new int[e];
        int kOut = 0;
        for (int j = 0; j < t; j++) {
            for (int i = 0; i < t - j; i++) {
                int kIn = rowStart[i] + j;
                if (kIn < e) {
                    perm[kOut++] = kIn;
                }
            }
        }
        return perm;
    }

    private static int[] identity(int k) {
        int[] p = new int[k];
        for (int i = 0; i < k; i++) {
            p[i] = i;
        }
        return p;
    }

    /** CRC24C parity of 24 ones followed by A zeros: the linear term the DCI prefix adds (TS 38.212 §7.3.2). */
    private static int dciPrefixTerm(int a) {
        byte[] bits = new byte[24 + a];
        Arrays.fill(bits, 0, 24, (byte) 1);
        return CrcCalculator.of(CrcPolynomial.CRC24C).computeBits(bits, 0, bits.length);
    }

    private static int ceilLog2(int x) {
        return x <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(x - 1);
    }

    private static int ceilDiv(int a, int b) {
        return Math.floorDiv(a + b - 1, b);
    }

    /** The configuration this code was built from. */
    public PolarCodeConfig config() {
        return config;
    }

    /** N, the mother code length (2^5 .. 2^n_max). */
    public int motherLength() {
        return n;
    }

    /** log2 N. */
    public int motherLengthLog2() {
        return log2N;
    }

    /** K. */
    public int numInfoBits() {
        return config.numInfoBits();
    }

    /** E. */
    public int numCodedBits() {
        return config.numCodedBits();
    }

    /** The bit-selection mode (TS 38.212 §5.4.1.2). */
    public RateMatching rateMatching() {
        return rateMatching;
    }

    /** Q_I without the PC bits: the K indices n of u_n that carry c'_0..c'_{K−1}, increasing (a copy). */
    public int[] infoPositions() {
        return infoPositions.clone();
    }

    /** The n_PC parity-check bit indices, increasing (a copy; empty when n_PC = 0). */
    public int[] parityCheckPositions() {
        return parityPositions.clone();
    }

    /** True when u_n is frozen (set to 0). */
    public boolean isFrozen(int index) {
        return bitType[index] == FROZEN;
    }

    /** Π of the input interleaver (identity when I_IL = 0): c'_k = c_{Π(k)} (a copy). */
    public int[] inputInterleaverPattern() {
        return inputInterleaver.clone();
    }

    /** J(n) of the sub-block interleaver for this N (a copy). */
    public int[] subBlockInterleaverPattern() {
        return subBlockInterleaver.clone();
    }

    /** The composed rate-matching map: output bit f_k = d_{map[k]}, k = 0..E−1 (a copy). */
    public int[] rateMatchPattern() {
        return rateMatchMap.clone();
    }

    // Package-private views for the encoders and decoders (no copies on hot paths).

    byte[] bitTypes() {
        return bitType;
    }

    int[] infoPositionsView() {
        return infoPositions;
    }

    int[] inputInterleaverView() {
        return inputInterleaver;
    }

    int[] rateMatchMapView() {
        return rateMatchMap;
    }

    int[] subBlockInterleaverView() {
        return subBlockInterleaver;
    }

    /**
     * Writes the CRC of the payload {@code bits[off .. off+A)} into {@code bits[off+A .. off+K)} (one bit per byte):
     * plain CRC attachment (TS 38.212 §5.1), or for DCI the §7.3.2 CRC (24-ones prefix, last 16 parity bits XORed
     * with the RNTI, MSB first).
     *
     * @param rnti 0..65535, used only when {@code config().dciCrc()}
     */
    public void attachCrc(byte[] bits, int off, int rnti) {
        int a = config.payloadBits();
        int len = config.crc().length();
        Objects.checkFromIndexSize(off, a + len, bits.length);
        int parity = CrcCalculator.of(config.crc()).computeBits(bits, off, a) ^ crcPrefixTerm
                ^ (config.dciCrc() ? (rnti & 0xFFFF) : 0);
        for (int i = 0; i < len; i++) {
            bits[off + a + i] = (byte) ((parity >>> (len - 1 - i)) & 1);
        }
    }

    /**
     * True when the last L of the K bits at {@code off} are the CRC of the first A ({@link #attachCrc} rule).
     * A mismatch is a result, not an exception. Allocation-free.
     */
    public boolean checkCrc(byte[] bits, int off, int rnti) {
        int a = config.payloadBits();
        int len = config.crc().length();
        int parity = CrcCalculator.of(config.crc()).computeBits(bits, off, a) ^ crcPrefixTerm
                ^ (config.dciCrc() ? (rnti & 0xFFFF) : 0);
        int got = 0;
        for (int i = 0; i < len; i++) {
            got = (got << 1) | (bits[off + a + i] & 1);
        }
        return got == parity;
    }

    @Override
    public String toString() {
        return "PolarCode[K=" + config.numInfoBits() + ", E=" + config.numCodedBits() + ", N=" + n + ", "
                + rateMatching + (parityPositions.length > 0 ? ", PC=" + Arrays.toString(parityPositions) : "") + "]";
    }
}
