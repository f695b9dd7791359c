package org.airan.phy.ssb;

import java.util.Arrays;

/**
 * Candidate SS/PBCH block positions in a half frame, TS 38.213 §4.1: the case, L_max and the index of the first
 * OFDM symbol of every candidate SSB, counted in symbols of the SSB numerology from the start of the half frame.
 * <pre>
 * Case A (15 kHz):  {2, 8} + 14n;  n = 0, 1 for f ≤ 3 GHz (L_max 4); n = 0..3 for FR1 f > 3 GHz (L_max 8)
 * Case B (30 kHz):  {4, 8, 16, 20} + 28n;  n = 0 for f ≤ 3 GHz; n = 0, 1 for FR1 f > 3 GHz
 * Case C (30 kHz):  {2, 8} + 14n;  paired: n = 0, 1 for f ≤ 3 GHz, 0..3 above;
 *                   unpaired: n = 0, 1 for f &lt; 1.88 GHz, 0..3 for f ≥ 1.88 GHz
 * Case D (120 kHz): {4, 8, 16, 20} + 28n;  n = 0-3, 5-8, 10-13, 15-18 (L_max 64)
 * Case E (240 kHz): {8, 12, 16, 20, 32, 36, 40, 44} + 56n;  n = 0-3, 5-8 (L_max 64)
 * </pre>
 * Shared-spectrum variants are not modelled.
 *
 * @param ssbCase      the case
 * @param lMax         number of candidates L_max: 4, 8 or 64
 * @param firstSymbols first symbol of candidate i at index i (length lMax); copied
 */
public record SsbBurstPattern(SsbCase ssbCase, int lMax, int[] firstSymbols) {

    /** Frequency at and below which L_max is 4 for cases A, B and paired C (TS 38.213 §4.1). */
    public static final double F_3GHZ = 3.0e9;
    /** Threshold of unpaired case C (TS 38.213 §4.1, Rel-15 later versions: 1.88 GHz). */
    public static final double F_UNPAIRED_C = 1.88e9;

    public SsbBurstPattern {
        if (ssbCase == null) {
            throw new IllegalArgumentException("ssbCase must not be null (TS 38.213 §4.1)");
        }
        if (lMax != 4 && lMax != 8 && lMax != 64) {
            throw new IllegalArgumentException("lMax must be 4, 8 or 64 (TS 38.213 §4.1), was " + lMax);
        }
        if (firstSymbols == null || firstSymbols.length != lMax) {
            throw new IllegalArgumentException("firstSymbols must have lMax = " + lMax + " entries (TS 38.213 §4.1), had "
                    + (firstSymbols == null ? "null" : firstSymbols.length));
        }
        firstSymbols = firstSymbols.clone();
    }

    /**
     * The pattern of a case at a carrier frequency.
     *
     * @param ssbCase    case A..E
     * @param frequencyHz the SSB (or carrier) frequency, decides L_max for cases A-C
     * @param unpaired   true for unpaired (TDD) spectrum; only case C depends on it
     */
    public static SsbBurstPattern of(SsbCase ssbCase, double frequencyHz, boolean unpaired) {
        if (!(frequencyHz > 0)) {
            throw new IllegalArgumentException("frequencyHz must be positive, was " + frequencyHz);
        }
        int[] base;
        int period;
        int[] ns;
        switch (ssbCase) {
            case A -> {
                base = new int[] {2, 8};
                period = 14;
                ns = frequencyHz <= F_3GHZ ? range(0, 1) : range(0, 3);
            }
            case B -> {
                base = new int[] {4, 8, 16, 20};
                period = 28;
                ns = frequencyHz <= F_3GHZ ? range(0, 0) : range(0, 1);
            }
            case C -> {
                base = new int[] {2, 8};
                period = 14;
                boolean small = unpaired ? frequencyHz < F_UNPAIRED_C : frequencyHz <= F_3GHZ;
                ns = small ? range(0, 1) : range(0, 3);
            }
            case D -> {
                base = new int[] {4, 8, 16, 20};
                period = 28;
                ns = concat(range(0, 3), range(5, 8), range(10, 13), range(15, 18));
            }
            case E -> {
                base = new int[] {8, 12, 16, 20, 32, 36, 40, 44};
                period = 56;
                ns = concat(range(0, 3), range(5, 8));
            }
            default -> throw new IllegalArgumentException("unknown case " + ssbCase);
        }
        int[] first = new int[ns.length * base.length];
        int i = 0;
        for (int n : ns) {
            for (int b : base) {
                first[i++] = b + period * n;
            }
        }
        return new SsbBurstPattern(ssbCase, first.length, first);
    }

    private static int[] range(int a, int b) {
        int[] r = new int[b - a + 1];
        for (int i = 0; i < r.length; i++) {
            r[i] = a + i;
        }
        return r;
    }

    private static int[] concat(int[]... parts) {
        int n = 0;
        for (int[] p : parts) {
            n += p.length;
        }
        int[] r = new int[n];
        int i = 0;
        for (int[] p : parts) {
            System.arraycopy(p, 0, r, i, p.length);
            i += p.length;
        }
        return r;
    }

    /** A copy of the first-symbol list. */
    @Override
    public int[] firstSymbols() {
        return firstSymbols.clone();
    }

    /** First symbol (within the half frame) of candidate SSB {@code ssbIndex}. */
    public int firstSymbol(int ssbIndex) {
        if (ssbIndex < 0 || ssbIndex >= lMax) {
            throw new IllegalArgumentException("ssbIndex must be in [0, " + (lMax - 1) + "] (TS 38.213 §4.1), was "
                    + ssbIndex);
        }
        return firstSymbols[ssbIndex];
    }

    /** SSB subcarrier spacing in kHz. */
    public int subcarrierSpacingKhz() {
        return ssbCase.subcarrierSpacingKhz();
    }

    /** OFDM symbols per half frame at the SSB numerology (normal CP): 70·2^µ. */
    public int symbolsPerHalfFrame() {
        return 70 << ssbCase.numerology();
    }

    /**
     * Sample index, from the start of the half frame, at which symbol {@code symbol} (its cyclic prefix) starts,
     * at {@code dftSize} samples per useful symbol (sample rate dftSize·SCS), normal CP (TS 38.211 §5.3.1).
     *
     * @param dftSize a multiple of 128
     */
    public static long symbolStartSample(int symbol, int numerology, int dftSize) {
        if (dftSize % 128 != 0 || dftSize <= 0) {
            throw new IllegalArgumentException("dftSize must be a positive multiple of 128 (TS 38.211 §5.3.1), was "
                    + dftSize);
        }
        int perHalfSubframe = 7 << numerology;
        long normal = dftSize + 9L * dftSize / 128;
        long extra = ((long) dftSize << numerology) / 128;
        long longCps = (symbol + perHalfSubframe - 1) / perHalfSubframe; // half-subframe starts at or before symbol-1
        return symbol * normal + longCps * extra;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SsbBurstPattern p && p.ssbCase == ssbCase && p.lMax == lMax
                && Arrays.equals(p.firstSymbols, firstSymbols);
    }

    @Override
    public int hashCode() {
        return ssbCase.hashCode() * 31 + Arrays.hashCode(firstSymbols);
    }

    @Override
    public String toString() {
        return "SsbBurstPattern[case " + ssbCase + ", lMax " + lMax + ", first " + Arrays.toString(firstSymbols) + "]";
    }
}
