package org.airan.phy.modulation;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Max-log soft demapper on the Vector API, per I/Q dimension: the same LLRs as {@link MaxLogSoftDemapper}
 * ({@code LLR(b) = (min_{d: b=1}|y−d|² − min_{d: b=0}|y−d|²) / σ²}, square QAM separable into two Gray PAMs,
 * TS 38.211 §5.1.3-5.1.8) computed on whole vectors of interleaved (re, im) floats, one PAM dimension per lane: for
 * every bit j of a dimension, the smallest squared distance to the levels whose label bit j is 0 and to those whose
 * bit is 1, by a branch-free sweep over the 2^m levels (m = Q_m/2). The LLRs of lane (symbol i, dimension c) land at
 * {@code i·Q_m + 2j + c} with a scatter, the noise variance of symbol i is gathered into both of its lanes.
 *
 * <p>Equal to the scalar reference up to float ties of the nearest-level choice (the reference rounds to the nearest
 * level and reads the nearest flips from a table; both take the same squared distances and the same minima). BPSK,
 * π/2-BPSK, the symbols of a final partial vector and the one-noise-variance overload go through the scalar
 * reference. Stateless and
 * allocation-free once compiled by C2 (vectors stay in registers); needs the {@code jdk.incubator.vector} module,
 * which {@link SoftDemappers#maxLog()} checks.
 */
final class VectorMaxLogSoftDemapper implements SoftDemapper {

    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final int LANES = F.length();
    /** Gather map: lanes 2i and 2i+1 read noiseVar[i]. */
    private static final int[] PAIR = new int[LANES];
    /** Per m (bits per dimension) and bit j: scatter map lane d → (d/2)·2m + 2j + d mod 2. */
    private static final int[][][] SCATTER = new int[6][][];
    /** Per m: the PAM levels −(2^m − 1) .. 2^m − 1 in ascending order. */
    private static final float[][] LEVELS = new float[6][];
    /** Per m, at j·2^m + p: 0 where bit j of level p's Gray label is 0 (resp. 1), +∞ elsewhere. */
    private static final float[][] PENALTY0 = new float[6][];
    private static final float[][] PENALTY1 = new float[6][];

    static {
        for (int d = 0; d < LANES; d++) {
            PAIR[d] = d >> 1;
        }
        for (int m = 1; m <= 5; m++) {
            int n = 1 << m;
            LEVELS[m] = new float[n];
            int[] label = new int[n];
            for (int v = 0; v < n; v++) {
                int level = ModulationMapper.pamLevel(v, m);
                label[(level + n - 1) / 2] = v;
            }
            PENALTY0[m] = new float[m * n];
            PENALTY1[m] = new float[m * n];
            for (int j = 0; j < m; j++) {
                for (int p = 0; p < n; p++) {
                    boolean one = ((label[p] >>> (m - 1 - j)) & 1) != 0;
                    PENALTY0[m][j * n + p] = one ? Float.POSITIVE_INFINITY : 0f;
                    PENALTY1[m][j * n + p] = one ? 0f : Float.POSITIVE_INFINITY;
                }
            }
            for (int p = 0; p < n; p++) {
                LEVELS[m][p] = 2 * p - (n - 1);
            }
            SCATTER[m] = new int[m][LANES];
            for (int j = 0; j < m; j++) {
                for (int d = 0; d < LANES; d++) {
                    SCATTER[m][j][d] = (d >> 1) * 2 * m + 2 * j + (d & 1);
                }
            }
        }
    }

    private final MaxLogSoftDemapper reference = new MaxLogSoftDemapper();

    VectorMaxLogSoftDemapper() {
    }

    @Override
    public void demap(Modulation mod, float[] symbols, int symbolsOffset, float[] noiseVar, int noiseVarOffset,
                      int numSymbols, float[] llr, int llrOffset, int symbolIndex) {
        java.util.Objects.checkFromIndexSize(noiseVarOffset, numSymbols, noiseVar.length);
        MaxLogSoftDemapper.check(mod, symbols, symbolsOffset, numSymbols, llr, llrOffset);
        int done = mod.isSquareQam() ? qam(mod, symbols, symbolsOffset, noiseVar, noiseVarOffset, numSymbols, llr,
                llrOffset) : 0;
        if (done < numSymbols) {
            int qm = mod.bitsPerSymbol();
            reference.demap(mod, symbols, symbolsOffset + 2 * done, noiseVar, noiseVarOffset + done,
                    numSymbols - done, llr, llrOffset + done * qm, symbolIndex + done);
        }
    }

    /** One noise variance for all symbols: the scalar reference (the chains pass per-symbol variances). */
    @Override
    public void demap(Modulation mod, float[] symbols, int symbolsOffset, float noiseVar, int numSymbols,
                      float[] llr, int llrOffset, int symbolIndex) {
        reference.demap(mod, symbols, symbolsOffset, noiseVar, numSymbols, llr, llrOffset, symbolIndex);
    }

    /**
     * Demaps whole vectors of symbols; returns how many symbols were done. Branch-free in the vectors (a level's
     * squared distance enters the bit-0 and the bit-1 minimum with a penalty of 0 or +∞ from a table), so that C2
     * keeps every vector in registers whatever modulations it has profiled.
     */
    private static int qam(Modulation mod, float[] symbols, int so, float[] noiseVar, int no, int numSymbols,
                           float[] llr, int lo) {
        int m = mod.bitsPerDimension();
        int qm = 2 * m;
        int n = 1 << m;
        float a = (float) mod.scale();
        float aa = a * a;
        float[] levels = LEVELS[m];
        float[] pen0 = PENALTY0[m], pen1 = PENALTY1[m];
        int[][] scatter = SCATTER[m];
        int perVector = LANES / 2;
        int i = 0;
        for (; i + perVector <= numSymbols; i += perVector) {
            FloatVector u = FloatVector.fromArray(F, symbols, so + 2 * i).div(a);
            // reference: k = a·a·(1/σ²)
            FloatVector k = inverseNoise(FloatVector.fromArray(F, noiseVar, no + i, PAIR, 0)).mul(aa);
            VectorMask<Float> erase = u.test(VectorOperators.IS_NAN).or(k.eq(0f));
            for (int j = 0; j < m; j++) {
                FloatVector d0 = FloatVector.broadcast(F, Float.POSITIVE_INFINITY);
                FloatVector d1 = d0;
                for (int p = 0; p < n; p++) {
                    FloatVector d = u.sub(levels[p]);
                    FloatVector d2 = d.mul(d);
                    // d2 + 0 = d2 exactly (d2 ≥ 0); d2 + ∞ = ∞ never wins the minimum
                    d0 = d0.min(d2.add(pen0[j * n + p]));
                    d1 = d1.min(d2.add(pen1[j * n + p]));
                }
                d1.sub(d0).mul(k).blend(0f, erase).intoArray(llr, lo + i * qm, scatter[j], 0);
            }
        }
        return i;
    }

    /** 1/σ² per lane with {@link MaxLogSoftDemapper#inverseNoise}'s handling: NaN or +∞ give 0 (erase). */
    private static FloatVector inverseNoise(FloatVector n0) {
        VectorMask<Float> bad = n0.test(VectorOperators.IS_NAN).or(n0.eq(Float.POSITIVE_INFINITY));
        return FloatVector.broadcast(F, 1f).div(n0.max(MIN_NOISE_VARIANCE)).blend(0f, bad);
    }
}
