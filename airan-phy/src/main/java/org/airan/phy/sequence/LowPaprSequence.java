package org.airan.phy.sequence;

import java.util.List;
import java.util.Objects;
import org.airan.phy.BundledTables;

/**
 * Low-PAPR sequences of type 1, TS 38.211 §5.2.2: r^(α,δ)_{u,v}(n) = e^{jαn} · r̄_{u,v}(n), 0 ≤ n &lt; M_ZC, with the
 * base sequence r̄_{u,v} of group u (0..29) and number v (0 or 1) given by
 * <ul>
 *   <li>M_ZC = 6, 12, 18, 24: r̄(n) = e^{jφ(n)π/4}, φ from Tables 5.2.2.2-1..4 (§5.2.2.2; bundled with provenance in
 *       {@code ts38211_table5.2.2.2_low_papr_phi.csv});</li>
 *   <li>M_ZC = 30: r̄(n) = e^{−jπ(u+1)(n+1)(n+2)/31} (§5.2.2.2);</li>
 *   <li>M_ZC ≥ 36: the cyclically extended Zadoff-Chu sequence r̄(n) = x_q(n mod N_ZC),
 *       x_q(m) = e^{−jπqm(m+1)/N_ZC}, q = ⌊q̄ + 1/2⌋ + v·(−1)^⌊2q̄⌋, q̄ = N_ZC(u+1)/31, N_ZC the largest prime below
 *       M_ZC (§5.2.2.1).</li>
 * </ul>
 * Two base sequences (v = 0, 1) exist only for M_ZC ≥ 6·N_sc^RB = 72; shorter lengths have v = 0 only (§5.2.2).
 * q is computed in exact integer arithmetic (q̄ is a rational number). The phase of the Zadoff-Chu term is reduced
 * modulo 2N_ZC in 64-bit integers before the trigonometric call, so long sequences keep full single precision.
 * Stateless; allocates nothing per call.
 */
public final class LowPaprSequence {

    /** Number of sequence groups u (TS 38.211 §5.2.2). */
    public static final int NUM_GROUPS = 30;
    /** Shortest M_ZC with two base sequences per group: 6·N_sc^RB (TS 38.211 §5.2.2). */
    public static final int MIN_LENGTH_TWO_BASE_SEQUENCES = 72;

    private static final int[] TABLE_LENGTHS = {6, 12, 18, 24};
    /** PHI[t][u][n] for TABLE_LENGTHS[t]. */
    private static final byte[][][] PHI = load();

    private LowPaprSequence() {
    }

    private static byte[][][] load() {
        byte[][][] phi = new byte[TABLE_LENGTHS.length][NUM_GROUPS][];
        List<String[]> rows = BundledTables.rows(LowPaprSequence.class, "ts38211_table5.2.2.2_low_papr_phi.csv");
        for (String[] r : rows) {
            int m = Integer.parseInt(r[0]);
            int u = Integer.parseInt(r[1]);
            String[] v = r[2].trim().split(" ");
            int t = tableIndex(m);
            if (t < 0 || v.length != m || phi[t][u] != null) {
                throw new IllegalStateException("bundled table 5.2.2.2 is malformed at M_ZC=" + m + ", u=" + u);
            }
            phi[t][u] = new byte[m];
            for (int n = 0; n < m; n++) {
                phi[t][u][n] = Byte.parseByte(v[n]);
            }
        }
        for (byte[][] t : phi) {
            for (byte[] row : t) {
                if (row == null) {
                    throw new IllegalStateException("bundled table 5.2.2.2 misses rows");
                }
            }
        }
        return phi;
    }

    private static int tableIndex(int m) {
        for (int i = 0; i < TABLE_LENGTHS.length; i++) {
            if (TABLE_LENGTHS[i] == m) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Checks that a base sequence of length {@code mZc} exists: M_ZC ∈ {6, 12, 18, 24, 30} or M_ZC ≥ 36 and a
     * multiple of 6 (M_ZC = m·N_sc^RB/2^δ with δ ≤ 1 gives multiples of 6, TS 38.211 §5.2.2).
     *
     * @throws IllegalArgumentException naming the rule
     */
    public static void checkLength(int mZc) {
        if (mZc < 6 || mZc % 6 != 0) {
            throw new IllegalArgumentException("M_ZC must be a multiple of 6 and at least 6 (M_ZC = m·12/2^δ, "
                    + "TS 38.211 §5.2.2), was " + mZc);
        }
    }

    /** The largest prime N_ZC &lt; M_ZC (TS 38.211 §5.2.2.1); M_ZC ≥ 3. */
    public static int largestPrimeBelow(int mZc) {
        for (int n = mZc - 1; n >= 2; n--) {
            if (isPrime(n)) {
                return n;
            }
        }
        throw new IllegalArgumentException("no prime below " + mZc);
    }

    private static boolean isPrime(int n) {
        if (n < 4) {
            return n >= 2;
        }
        if ((n & 1) == 0) {
            return false;
        }
        for (int d = 3; (long) d * d <= n; d += 2) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The Zadoff-Chu root q of group u, base sequence v, prime length N_ZC (TS 38.211 §5.2.2.1):
     * q̄ = N_ZC(u+1)/31, q = ⌊q̄ + 1/2⌋ + v·(−1)^⌊2q̄⌋, exactly.
     */
    public static int zadoffChuRoot(int nZc, int u, int v) {
        long num = (long) nZc * (u + 1); // q̄ = num / 31
        long qRound = (2 * num + 31) / 62; // ⌊q̄ + 1/2⌋
        long twoQ = (2 * num) / 31; // ⌊2q̄⌋
        return (int) (qRound + ((twoQ & 1) == 0 ? v : -v));
    }

    /**
     * Writes r^(α,δ)_{u,v}(n), n = 0..M_ZC−1, unit modulus, interleaved.
     *
     * @param mZc   sequence length M_ZC (see {@link #checkLength})
     * @param u     sequence group 0..29
     * @param v     base sequence number 0 or 1 (1 only for M_ZC ≥ 72)
     * @param alpha cyclic shift α in radians (0 for the PUSCH DM-RS with transform precoding, §6.4.1.1.1.2)
     * @param out   Modified: 2·M_ZC floats from {@code outOffset}
     */
    public static void generate(int mZc, int u, int v, double alpha, float[] out, int outOffset) {
        checkLength(mZc);
        if (u < 0 || u >= NUM_GROUPS) {
            throw new IllegalArgumentException("sequence group u must be in [0, 29] (TS 38.211 §5.2.2), was " + u);
        }
        if (v < 0 || v > 1 || (v == 1 && mZc < MIN_LENGTH_TWO_BASE_SEQUENCES)) {
            throw new IllegalArgumentException("base sequence number v must be 0" + (mZc >= MIN_LENGTH_TWO_BASE_SEQUENCES
                    ? " or 1" : " for M_ZC < 72") + " (TS 38.211 §5.2.2), was " + v + " with M_ZC " + mZc);
        }
        Objects.checkFromIndexSize(outOffset, 2 * mZc, out.length);
        int t = tableIndex(mZc);
        if (t >= 0) {
            byte[] phi = PHI[t][u];
            for (int n = 0; n < mZc; n++) {
                put(out, outOffset, n, phi[n] * Math.PI / 4 + alpha * n);
            }
        } else if (mZc == 30) {
            for (int n = 0; n < mZc; n++) {
                long k = ((long) (u + 1) * (n + 1) * (n + 2)) % 62; // e^{−jπk/31} has period 62 in k
                put(out, outOffset, n, -Math.PI * k / 31 + alpha * n);
            }
        } else {
            int nZc = largestPrimeBelow(mZc);
            long q = zadoffChuRoot(nZc, u, v);
            long period = 2L * nZc;
            for (int n = 0; n < mZc; n++) {
                long m = n % nZc;
                long k = Math.floorMod(q * m % period * (m + 1), period); // e^{−jπk/N_ZC} has period 2N_ZC
                put(out, outOffset, n, -Math.PI * k / nZc + alpha * n);
            }
        }
    }

    private static void put(float[] out, int off, int n, double phase) {
        out[off + 2 * n] = (float) Math.cos(phase);
        out[off + 2 * n + 1] = (float) Math.sin(phase);
    }
}
