package org.airan.phy.modulation;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Max-log soft demapper on the Vector API, per I/Q dimension: the same LLRs as {@link MaxLogSoftDemapper}
 * ({@code LLR(b) = (min_{d: b=1}|y−d|² − min_{d: b=0}|y−d|²) / σ²}, square QAM separable into two Gray PAMs,
 * TS 38.211 §5.1.3-5.1.8) computed on whole vectors of interleaved (re, im) floats, one PAM dimension per lane: for
 * every bit j of a dimension, the squared distance to the nearest level (found by rounding) and to the nearest level
 * whose label bit j differs (read from precomputed tables by gathers), m = Q_m/2. The LLRs of lane (symbol i, dimension c) land at
 * {@code i·Q_m + 2j + c} with a scatter, the noise variance of symbol i is gathered into both of its lanes.
 *
 * <p>Equal to the scalar reference up to float ties of the nearest-level choice (the reference rounds to the nearest
 * level and reads the nearest flips from a table; both take the same squared distances and the same minima). BPSK,
 * π/2-BPSK and the symbols of a final partial vector go through the scalar reference. Allocation-free once
 * compiled by C2 (vectors stay in registers); not thread-safe (one small index scratch per instance); needs the {@code jdk.incubator.vector} module,
 * which {@link SoftDemappers#maxLog()} checks.
 */
final class VectorMaxLogSoftDemapper implements SoftDemapper {

    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Integer> I = VectorSpecies.of(int.class, F.vectorShape());
    private static final int LANES = F.length();
    /** Gather map: lanes 2i and 2i+1 read noiseVar[i]. */
    private static final int[] PAIR = new int[LANES];
    /** Per m (bits per dimension) and bit j: scatter map lane d → (d/2)·2m + 2j + d mod 2. */
    private static final int[][][] SCATTER = new int[6][][];
    /** Per m: the PAM levels −(2^m − 1) .. 2^m − 1 in ascending order. */
    private static final float[][] LEVELS = new float[6][];
    /**
     * Per m, at [j·2^m + p]: the nearest level left of level p whose label bit j differs from p's (−∞ when none),
     * the same to the right (+∞ when none), and +1 or −1 for p's label bit j = 0 or 1.
     */
    private static final float[][] FLIP_LEFT = new float[6][];
    private static final float[][] FLIP_RIGHT = new float[6][];
    private static final float[][] SIGN = new float[6][];

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
            for (int p = 0; p < n; p++) {
                LEVELS[m][p] = 2 * p - (n - 1);
            }
            FLIP_LEFT[m] = new float[m * n];
            FLIP_RIGHT[m] = new float[m * n];
            SIGN[m] = new float[m * n];
            for (int j = 0; j < m; j++) {
                int shift = m - 1 - j;
                for (int p = 0; p < n; p++) {
                    int bit = (label[p] >>> shift) & 1;
                    float left = Float.NEGATIVE_INFINITY;
                    for (int q = p - 1; q >= 0; q--) {
                        if (((label[q] >>> shift) & 1) != bit) {
                            left = LEVELS[m][q];
                            break;
                        }
                    }
                    float right = Float.POSITIVE_INFINITY;
                    for (int q = p + 1; q < n; q++) {
                        if (((label[q] >>> shift) & 1) != bit) {
                            right = LEVELS[m][q];
                            break;
                        }
                    }
                    FLIP_LEFT[m][j * n + p] = left;
                    FLIP_RIGHT[m][j * n + p] = right;
                    SIGN[m][j * n + p] = bit == 0 ? 1f : -1f;
                }
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
    /** Table index per lane of the vector in flight (the gathers take their indices from an int[]). */
    private final int[] index = new int[LANES];
    /** Holds a uniform noise variance so that both noise forms share one loop. */
    private final float[] uniform = new float[1];
    /** Gather map of stride 0: every lane reads element 0. */
    private static final int[] ZERO = new int[LANES];

    VectorMaxLogSoftDemapper() {
    }

    @Override
    public void demap(Modulation mod, float[] symbols, int symbolsOffset, float[] noiseVar, int noiseVarOffset,
                      int numSymbols, float[] llr, int llrOffset, int symbolIndex) {
        java.util.Objects.checkFromIndexSize(noiseVarOffset, numSymbols, noiseVar.length);
        MaxLogSoftDemapper.check(mod, symbols, symbolsOffset, numSymbols, llr, llrOffset);
        int done = mod.isSquareQam() ? qam(mod, symbols, symbolsOffset, noiseVar, noiseVarOffset, 0f, numSymbols,
                llr, llrOffset) : 0;
        if (done < numSymbols) {
            int qm = mod.bitsPerSymbol();
            reference.demap(mod, symbols, symbolsOffset + 2 * done, noiseVar, noiseVarOffset + done,
                    numSymbols - done, llr, llrOffset + done * qm, symbolIndex + done);
        }
    }

    @Override
    public void demap(Modulation mod, float[] symbols, int symbolsOffset, float noiseVar, int numSymbols,
                      float[] llr, int llrOffset, int symbolIndex) {
        MaxLogSoftDemapper.check(mod, symbols, symbolsOffset, numSymbols, llr, llrOffset);
        int done = mod.isSquareQam() ? qam(mod, symbols, symbolsOffset, null, 0, noiseVar, numSymbols, llr,
                llrOffset) : 0;
        if (done < numSymbols) {
            int qm = mod.bitsPerSymbol();
            reference.demap(mod, symbols, symbolsOffset + 2 * done, noiseVar, numSymbols - done, llr,
                    llrOffset + done * qm, symbolIndex + done);
        }
    }

    /**
     * Demaps whole vectors of symbols; returns how many symbols were done. Per-symbol noise from {@code noiseVar}
     * when it is not null, else {@code n0} for all.
     *
     * <p>Written so that C2 keeps every vector in registers whichever modulations and noise forms it has seen: no
     * vector is carried from one iteration of a modulation-dependent loop to the next (the nearest level is found
     * by rounding, the nearest level with the other bit value is read from the tables), and both noise forms take
     * the same path (a uniform value is gathered with stride 0). A sweep over the levels with running minima, and a
     * noise vector that existed on one path only, each made it allocate on every RE once both had been seen.
     */
    private int qam(Modulation mod, float[] symbols, int so, float[] noiseVar, int no, float n0, int numSymbols,
                    float[] llr, int lo) {
        int m = mod.bitsPerDimension();
        int qm = 2 * m;
        int n = 1 << m;
        float a = (float) mod.scale();
        float aa = a * a;
        float[] levels = LEVELS[m];
        float[] flipLeft = FLIP_LEFT[m];
        float[] flipRight = FLIP_RIGHT[m];
        float[] sign = SIGN[m];
        int[][] scatter = SCATTER[m];
        int[] idx = index;
        int perVector = LANES / 2;
        float half = 0.5f * (n - 1);
        // One code path for both noise forms (no vector that exists on one path only): a uniform noise value is
        // read from a small array whose gather stride is 0.
        float[] nvArray = noiseVar;
        int nvBase = no;
        int nvStep = 1;
        if (noiseVar == null) {
            uniform[0] = n0;
            nvArray = uniform;
            nvBase = 0;
            nvStep = 0;
        }
        int i = 0;
        for (; i + perVector <= numSymbols; i += perVector) {
            FloatVector u = FloatVector.fromArray(F, symbols, so + 2 * i).div(a);
            // reference: k = a·a·(1/σ²)
            FloatVector k = inverseNoise(FloatVector.fromArray(F, nvArray, nvBase + nvStep * i,
                    nvStep == 0 ? ZERO : PAIR, 0)).mul(aa);
            VectorMask<Float> erase = u.test(VectorOperators.IS_NAN).or(k.eq(0f));
            // nearest level p = clamp(round((u + n − 1)/2), 0, n − 1); NaN lanes are erased below
            FloatVector pf = u.mul(0.5f).add(half + 0.5f).max(0f).min(n - 0.5f);
            IntVector p = (IntVector) pf.convertShape(VectorOperators.F2I, I, 0);
            p.intoArray(idx, 0);
            FloatVector dNear = u.sub(FloatVector.fromArray(F, levels, 0, idx, 0));
            FloatVector dSame = dNear.mul(dNear);
            for (int j = 0; j < m; j++) {
                if (j > 0) {
                    p.add(j * n).intoArray(idx, 0);
                }
                FloatVector l = u.sub(FloatVector.fromArray(F, flipLeft, 0, idx, 0));
                FloatVector r = u.sub(FloatVector.fromArray(F, flipRight, 0, idx, 0));
                FloatVector dFlip = l.mul(l).min(r.mul(r));
                FloatVector s = FloatVector.fromArray(F, sign, 0, idx, 0);
                dFlip.sub(dSame).mul(s).mul(k).blend(0f, erase).intoArray(llr, lo + i * qm, scatter[j], 0);
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
