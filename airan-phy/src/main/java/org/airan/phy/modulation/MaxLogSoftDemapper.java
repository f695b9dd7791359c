package org.airan.phy.modulation;

import java.util.Objects;

/**
 * Max-log soft demapper: {@code LLR(b) = (min_{d: b=1}|y−d|² − min_{d: b=0}|y−d|²) / σ²}, exact to the max-log
 * approximation (not the piecewise-linear shortcut that approximates it).
 *
 * <p>Square QAM is separable: the in-phase bits b(2i) depend only on Re y and the quadrature bits b(2i+1) only on
 * Im y (TS 38.211 §5.1.4-5.1.8). Per dimension the nearest PAM level is found by rounding, and for each bit the
 * nearest level with the opposite bit value is read from precomputed left/right neighbour tables (with Gray
 * labelling it is the first flip to either side), so the cost is O(Q_m) per symbol with no search and no
 * allocation.
 */
public final class MaxLogSoftDemapper implements SoftDemapper {

    /** Per bits-per-dimension m: levels in ascending order, their bit labels, and the flip neighbours. */
    private static final int[][] LABEL = new int[6][];
    private static final int[][][] FLIP_LEFT = new int[6][][];
    private static final int[][][] FLIP_RIGHT = new int[6][][];
    /**
     * Flattened per m: for level p and bit j at {@code (p·m + j)·2}: the integer level (2q − (n−1)) of the nearest
     * flip to the left and to the right, {@link #NO_LEVEL} when there is none; the sign of the LLR (+1 for a label
     * bit 0) at {@code SIGN[m][p·m + j]}.
     */
    private static final int[][] FLIP_LEVELS = new int[6][];
    private static final float[][] SIGN = new float[6][];
    /** A level so far away that its distance never wins (and stays finite in float). */
    private static final int NO_LEVEL = 1 << 24;

    static {
        for (int m = 1; m <= 5; m++) {
            int n = 1 << m;
            int[] label = new int[n];
            for (int v = 0; v < n; v++) {
                int level = ModulationMapper.pamLevel(v, m);
                label[(level + n - 1) / 2] = v;
            }
            LABEL[m] = label;
            FLIP_LEFT[m] = new int[m][n];
            FLIP_RIGHT[m] = new int[m][n];
            for (int j = 0; j < m; j++) {
                int shift = m - 1 - j;
                for (int p = 0; p < n; p++) {
                    int bit = (label[p] >>> shift) & 1;
                    int left = -1;
                    for (int q = p - 1; q >= 0; q--) {
                        if (((label[q] >>> shift) & 1) != bit) {
                            left = q;
                            break;
                        }
                    }
                    int right = -1;
                    for (int q = p + 1; q < n; q++) {
                        if (((label[q] >>> shift) & 1) != bit) {
                            right = q;
                            break;
                        }
                    }
                    FLIP_LEFT[m][j][p] = left;
                    FLIP_RIGHT[m][j][p] = right;
                }
            }
            int[] fl = new int[2 * n * m];
            float[] sg = new float[n * m];
            for (int p = 0; p < n; p++) {
                for (int j = 0; j < m; j++) {
                    int l = FLIP_LEFT[m][j][p];
                    int r = FLIP_RIGHT[m][j][p];
                    fl[2 * (p * m + j)] = l < 0 ? NO_LEVEL : 2 * l - (n - 1);
                    fl[2 * (p * m + j) + 1] = r < 0 ? NO_LEVEL : 2 * r - (n - 1);
                    sg[p * m + j] = ((label[p] >>> (m - 1 - j)) & 1) == 0 ? 1f : -1f;
                }
            }
            FLIP_LEVELS[m] = fl;
            SIGN[m] = sg;
        }
    }

    MaxLogSoftDemapper() {
    }

    @Override
    public void demap(Modulation mod, float[] symbols, int symbolsOffset, float[] noiseVar, int noiseVarOffset,
                      int numSymbols, float[] llr, int llrOffset, int symbolIndex) {
        Objects.checkFromIndexSize(noiseVarOffset, numSymbols, noiseVar.length);
        check(mod, symbols, symbolsOffset, numSymbols, llr, llrOffset);
        int qm = mod.bitsPerSymbol();
        for (int i = 0; i < numSymbols; i++) {
            demapOne(mod, symbols[symbolsOffset + 2 * i], symbols[symbolsOffset + 2 * i + 1],
                    noiseVar[noiseVarOffset + i], llr, llrOffset + i * qm, symbolIndex + i);
        }
    }

    @Override
    public void demap(Modulation mod, float[] symbols, int symbolsOffset, float noiseVar, int numSymbols,
                      float[] llr, int llrOffset, int symbolIndex) {
        check(mod, symbols, symbolsOffset, numSymbols, llr, llrOffset);
        int qm = mod.bitsPerSymbol();
        for (int i = 0; i < numSymbols; i++) {
            demapOne(mod, symbols[symbolsOffset + 2 * i], symbols[symbolsOffset + 2 * i + 1], noiseVar, llr,
                    llrOffset + i * qm, symbolIndex + i);
        }
    }

    static void check(Modulation mod, float[] symbols, int symbolsOffset, int numSymbols, float[] llr,
                      int llrOffset) {
        Objects.requireNonNull(mod, "mod");
        Objects.checkFromIndexSize(symbolsOffset, 2 * numSymbols, symbols.length);
        if ((long) numSymbols * mod.bitsPerSymbol() > llr.length - llrOffset || llrOffset < 0) {
            throw new IllegalArgumentException("llr must hold numSymbols·Qm = " + (long) numSymbols
                    * mod.bitsPerSymbol() + " values from offset " + llrOffset + " (TS 38.211 §5.1), has "
                    + llr.length);
        }
    }

    /** 1/σ² with the documented handling of degenerate values; 0 means "erase". */
    static float inverseNoise(float n0) {
        if (n0 != n0 || n0 == Float.POSITIVE_INFINITY) {
            return 0f;
        }
        return 1f / Math.max(n0, MIN_NOISE_VARIANCE);
    }

    private static void demapOne(Modulation mod, float yr, float yi, float n0, float[] llr, int o, int index) {
        float inv = inverseNoise(n0);
        switch (mod) {
            case BPSK, PI_2_BPSK -> {
                float re = yr;
                float im = yi;
                if (mod == Modulation.PI_2_BPSK && (index & 1) != 0) {
                    // Undo e^{jπ/2}: multiply by −j.
                    re = yi;
                    im = -yr;
                }
                // d = ±(1+j)/√2: |y−d1|² − |y−d0|² = 4·Re(y·conj(d0)) = 2√2 (re + im).
                float v = (float) (2.0 * Math.sqrt(2.0)) * (re + im) * inv;
                llr[o] = v == v ? v : 0f;
            }
            default -> {
                int m = mod.bitsPerDimension();
                float a = (float) mod.scale();
                float k = a * a * inv;
                pam(m, yr / a, k, llr, o, 2);
                pam(m, yi / a, k, llr, o + 1, 2);
            }
        }
    }

    /** Max-log LLRs of one Gray PAM dimension in units of the level spacing; writes m values with a stride. */
    private static void pam(int m, float u, float k, float[] llr, int o, int stride) {
        if (u != u || k == 0f) {
            for (int j = 0; j < m; j++) {
                llr[o + j * stride] = 0f;
            }
            return;
        }
        int n = 1 << m;
        // Nearest level index p = round((u + n − 1)/2), clamped; the +n keeps the cast's argument positive.
        float t = (u + n) * 0.5f;
        int p = t <= 0f ? 0 : Math.min((int) t, n - 1);
        int[] fl = FLIP_LEVELS[m];
        float[] sg = SIGN[m];
        float dn = u - (2 * p - (n - 1));
        float dNear = dn * dn;
        int base = p * m;
        for (int j = 0; j < m; j++) {
            float dl = u - fl[2 * (base + j)];
            float dr = u - fl[2 * (base + j) + 1];
            float dFlip = Math.min(dl * dl, dr * dr);
            llr[o + j * stride] = sg[base + j] * (dFlip - dNear) * k;
        }
    }
}
