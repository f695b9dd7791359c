package org.airan.phy.channel;

import java.util.Arrays;
import java.util.Objects;
import org.airan.phy.grid.CarrierConfig;

/**
 * Shared engine of the path-based channels (TDL and CDL, TR 38.901 §7.7): a subclass supplies the complex
 * coefficient of every path and antenna pair at a given time; this class turns them into
 *
 * <ul>
 *   <li>a time-domain tapped delay line on interleaved IQ: each path delay τ_n is realized at the sample rate
 *       f_s by a windowed-sinc fractional-delay filter of {@code fractionalDelayTaps} taps (Hann window, gains
 *       normalized to unit DC response), or by the nearest sample when that count is 1; a delay that is a whole
 *       number of samples uses one tap. The filter needs {@code L/2 − 1} samples of look-ahead, so the output
 *       lags by {@link #latencySamples()}. Path coefficients are evaluated every {@code updateIntervalSamples}
 *       samples on an absolute grid and linearly interpolated in between, so the channel varies within a
 *       slot and the result does not depend on how the input is split into calls;</li>
 *   <li>a frequency response per RE, {@code H(f_k, t_l) = Σ_n a_n(t_l)·e^{−j2π f_k τ_n}}, with exact delays.</li>
 * </ul>
 *
 * <p>Everything is sized in the constructor; {@link #apply}, {@link #frequencyResponse} and the beam queries
 * allocate nothing.
 */
public abstract class MultipathChannel implements FadingChannel {

    private final CarrierConfig carrier;
    private final int numTx;
    private final int numRx;
    private final int numPairs;
    private final int numPaths;
    private final double sampleRateHz;
    private final int updateInterval;
    private final int latency;
    // sparse map: unique tap u (delay tapDelay[u] samples) = Σ_e tapWeight[e]·path tapPath[e], e in [tapStart[u], tapStart[u+1])
    private final int numTaps;
    private final int[] tapDelay;
    private final int[] tapStart;
    private final int[] tapPath;
    private final float[] tapWeight;
    private final int maxDelay;
    // per path and subcarrier e^{-j2π f_k τ_n}
    private final float[] phasors;
    private final int numSubcarriers;
    private final int symbolsPerSlot;
    private final double[][] symbolTimeInSlot;
    // scratch
    private final float[] pathCoef;
    private final float[] beamCoef;
    private final float[] coefA;
    private final float[] coefB;
    private final float[] rowScratch;
    private final float[][] ext;
    private long cachedBlock = Long.MIN_VALUE;
    private long sampleIndex;

    /**
     * @param pathDelaysSeconds     delay of every path (index n of {@link #pathCoefficients})
     * @param fractionalDelayTaps   1 (nearest sample) or an even number 2..64 of windowed-sinc taps
     * @param updateIntervalSamples samples between coefficient evaluations in the time domain, ≥ 1
     */
    protected MultipathChannel(CarrierConfig carrier, int numTx, int numRx, double[] pathDelaysSeconds,
                               int fractionalDelayTaps, int updateIntervalSamples) {
        this.carrier = Objects.requireNonNull(carrier, "carrier");
        if (numTx < 1 || numRx < 1 || numTx * numRx > 4096) {
            throw new IllegalArgumentException("numTx and numRx must be ≥ 1 with numTx·numRx ≤ 4096, were " + numTx
                    + ", " + numRx);
        }
        if (fractionalDelayTaps != 1 && (fractionalDelayTaps < 2 || fractionalDelayTaps > 64 || fractionalDelayTaps % 2 != 0)) {
            throw new IllegalArgumentException("fractionalDelayTaps must be 1 or an even number in [2, 64], was "
                    + fractionalDelayTaps);
        }
        if (updateIntervalSamples < 1) {
            throw new IllegalArgumentException("updateIntervalSamples must be ≥ 1, was " + updateIntervalSamples);
        }
        this.numTx = numTx;
        this.numRx = numRx;
        this.numPairs = numTx * numRx;
        this.numPaths = pathDelaysSeconds.length;
        this.sampleRateHz = carrier.sampleRateHz();
        this.updateInterval = updateIntervalSamples;
        this.latency = fractionalDelayTaps == 1 ? 0 : fractionalDelayTaps / 2 - 1;

        // fractional-delay taps per path
        int half = fractionalDelayTaps / 2;
        int[][] idx = new int[numPaths][];
        double[][] wts = new double[numPaths][];
        int max = 0;
        for (int p = 0; p < numPaths; p++) {
            double x = pathDelaysSeconds[p] * sampleRateHz + latency;
            long r = Math.round(x);
            if (fractionalDelayTaps == 1 || Math.abs(x - r) < 1e-6) {
                idx[p] = new int[] {(int) (fractionalDelayTaps == 1 ? Math.round(pathDelaysSeconds[p] * sampleRateHz) : r)};
                wts[p] = new double[] {1};
            } else {
                int base = (int) Math.floor(x);
                idx[p] = new int[fractionalDelayTaps];
                wts[p] = new double[fractionalDelayTaps];
                double sum = 0;
                for (int j = 0; j < fractionalDelayTaps; j++) {
                    int d = base - (half - 1) + j;
                    double u = x - d;
                    double sinc = Math.sin(Math.PI * u) / (Math.PI * u);
                    double win = 0.5 * (1 + Math.cos(Math.PI * u / half));
                    idx[p][j] = d;
                    wts[p][j] = sinc * win;
                    sum += wts[p][j];
                }
                for (int j = 0; j < fractionalDelayTaps; j++) {
                    wts[p][j] /= sum;
                }
            }
            for (int d : idx[p]) {
                max = Math.max(max, d);
            }
        }
        this.maxDelay = max;
        int[] count = new int[max + 1];
        for (int[] ix : idx) {
            for (int d : ix) {
                count[d]++;
            }
        }
        int nt = 0;
        for (int c : count) {
            if (c > 0) {
                nt++;
            }
        }
        this.numTaps = nt;
        this.tapDelay = new int[nt];
        this.tapStart = new int[nt + 1];
        int[] uniqueOf = new int[max + 1];
        int u = 0, e = 0;
        for (int d = 0; d <= max; d++) {
            if (count[d] > 0) {
                tapDelay[u] = d;
                tapStart[u] = e;
                uniqueOf[d] = u;
                e += count[d];
                u++;
            }
        }
        tapStart[nt] = e;
        this.tapPath = new int[e];
        this.tapWeight = new float[e];
        int[] fill = new int[nt];
        for (int p = 0; p < numPaths; p++) {
            for (int j = 0; j < idx[p].length; j++) {
                int uu = uniqueOf[idx[p][j]];
                int pos = tapStart[uu] + fill[uu]++;
                tapPath[pos] = p;
                tapWeight[pos] = (float) wts[p][j];
            }
        }

        // frequency-domain phasors
        this.numSubcarriers = carrier.numSubcarriers();
        this.symbolsPerSlot = carrier.symbolsPerSlot();
        this.phasors = new float[numPaths * 2 * numSubcarriers];
        double df = carrier.subcarrierSpacingHz();
        for (int p = 0; p < numPaths; p++) {
            for (int k = 0; k < numSubcarriers; k++) {
                double f = (k + carrier.k0() - numSubcarriers / 2) * df;
                double ph = -2 * Math.PI * f * pathDelaysSeconds[p];
                phasors[2 * (p * numSubcarriers + k)] = (float) Math.cos(ph);
                phasors[2 * (p * numSubcarriers + k) + 1] = (float) Math.sin(ph);
            }
        }
        int slots = carrier.slotsPerSubframe();
        this.symbolTimeInSlot = new double[slots][symbolsPerSlot];
        for (int s = 0; s < slots; s++) {
            int slotStart = carrier.slotStartInSubframe(s);
            for (int l = 0; l < symbolsPerSlot; l++) {
                int sym = carrier.symbolInSubframe(s, l);
                double mid = carrier.symbolStartInSubframe(sym) - slotStart + carrier.cpLengthSamples(sym)
                        + carrier.dftSize() / 2.0;
                symbolTimeInSlot[s][l] = mid / sampleRateHz;
            }
        }

        this.pathCoef = new float[2 * numPairs * numPaths];
        this.beamCoef = new float[2 * numRx * numPaths];
        this.coefA = new float[2 * numPairs * numTaps];
        this.coefB = new float[2 * numPairs * numTaps];
        this.rowScratch = new float[2 * numSubcarriers];
        this.ext = new float[numTx][2 * (maxDelay + updateInterval)];
    }

    /**
     * Writes the complex coefficient of every path and antenna pair at time {@code timeSeconds} (channel clock):
     * path n of pair q at {@code out[2·(q·numPaths + n)]} (re) and the next float (im). Must not allocate.
     */
    protected abstract void pathCoefficients(double timeSeconds, float[] out);

    /** Number of paths (taps or clusters) of this channel. */
    public int numPaths() {
        return numPaths;
    }

    /** Time-domain coefficient update interval in samples. */
    public int updateIntervalSamples() {
        return updateInterval;
    }

    /** Longest delay-line tap in samples (including the interpolation latency). */
    public int maxDelaySamples() {
        return maxDelay;
    }

    /**
     * Path coefficients at an arbitrary time (same layout as {@link #pathCoefficients}); for tests and analysis.
     *
     * @param out at least {@code 2·numTx·numRx·numPaths} floats; Modified
     */
    public void pathCoefficientsAt(double timeSeconds, float[] out) {
        Objects.checkFromIndexSize(0, pathCoef.length, out.length);
        pathCoefficients(timeSeconds, out);
    }

    @Override
    public final int numTx() {
        return numTx;
    }

    @Override
    public final int numRx() {
        return numRx;
    }

    @Override
    public final CarrierConfig carrier() {
        return carrier;
    }

    @Override
    public final int latencySamples() {
        return latency;
    }

    @Override
    public final long sampleIndex() {
        return sampleIndex;
    }

    @Override
    public void reset() {
        sampleIndex = 0;
        cachedBlock = Long.MIN_VALUE;
        for (float[] x : ext) {
            Arrays.fill(x, 0f);
        }
    }

    /** Start time of absolute slot {@code slotIndex} in seconds. */
    public final double slotStartSeconds(long slotIndex) {
        return slotIndex * carrier.slotDurationSeconds();
    }

    /** Time (channel clock, seconds) at which symbol l of slot {@code slotIndex} is sampled by the frequency path. */
    public final double symbolTimeSeconds(long slotIndex, int l) {
        int s = (int) Math.floorMod(slotIndex, (long) carrier.slotsPerSubframe());
        return slotStartSeconds(slotIndex) + symbolTimeInSlot[s][l];
    }

    private void tapCoefficients(long block, float[] dst) {
        pathCoefficients(block * (double) updateInterval / sampleRateHz, pathCoef);
        for (int q = 0; q < numPairs; q++) {
            int pb = 2 * q * numPaths;
            int tb = 2 * q * numTaps;
            for (int u = 0; u < numTaps; u++) {
                float re = 0, im = 0;
                for (int e = tapStart[u]; e < tapStart[u + 1]; e++) {
                    int p = pb + 2 * tapPath[e];
                    re += tapWeight[e] * pathCoef[p];
                    im += tapWeight[e] * pathCoef[p + 1];
                }
                dst[tb + 2 * u] = re;
                dst[tb + 2 * u + 1] = im;
            }
        }
    }

    @Override
    public void apply(float[][] tx, int txOffset, float[][] rx, int rxOffset, int numSamples) {
        if (tx.length < numTx || rx.length < numRx) {
            throw new IllegalArgumentException("need " + numTx + " tx and " + numRx + " rx arrays, got " + tx.length
                    + " and " + rx.length);
        }
        if (numSamples < 0) {
            throw new IllegalArgumentException("numSamples must be ≥ 0, was " + numSamples);
        }
        for (int s = 0; s < numTx; s++) {
            Objects.checkFromIndexSize(txOffset, 2 * numSamples, tx[s].length);
        }
        for (int r = 0; r < numRx; r++) {
            Objects.checkFromIndexSize(rxOffset, 2 * numSamples, rx[r].length);
        }
        float invU = 1f / updateInterval;
        int done = 0;
        while (done < numSamples) {
            long block = Math.floorDiv(sampleIndex, updateInterval);
            int pos = (int) (sampleIndex - block * updateInterval);
            int len = Math.min(updateInterval - pos, numSamples - done);
            if (cachedBlock != block) {
                if (cachedBlock == block - 1) {
                    System.arraycopy(coefB, 0, coefA, 0, coefA.length);
                } else {
                    tapCoefficients(block, coefA);
                }
                tapCoefficients(block + 1, coefB);
                cachedBlock = block;
            }
            for (int s = 0; s < numTx; s++) {
                System.arraycopy(tx[s], txOffset + 2 * done, ext[s], 2 * maxDelay, 2 * len);
            }
            for (int r = 0; r < numRx; r++) {
                float[] y = rx[r];
                int yb = rxOffset + 2 * done;
                Arrays.fill(y, yb, yb + 2 * len, 0f);
                for (int s = 0; s < numTx; s++) {
                    float[] x = ext[s];
                    int cb = 2 * (r * numTx + s) * numTaps;
                    for (int u = 0; u < numTaps; u++) {
                        float ar = coefA[cb + 2 * u], ai = coefA[cb + 2 * u + 1];
                        float br = (coefB[cb + 2 * u] - ar) * invU, bi = (coefB[cb + 2 * u + 1] - ai) * invU;
                        int xb = 2 * (maxDelay - tapDelay[u]);
                        for (int i = 0; i < len; i++) {
                            float f = pos + i;
                            float cr = ar + br * f, ci = ai + bi * f;
                            float xr = x[xb + 2 * i], xi = x[xb + 2 * i + 1];
                            y[yb + 2 * i] += cr * xr - ci * xi;
                            y[yb + 2 * i + 1] += cr * xi + ci * xr;
                        }
                    }
                }
            }
            for (int s = 0; s < numTx; s++) {
                System.arraycopy(ext[s], 2 * len, ext[s], 0, 2 * maxDelay);
            }
            done += len;
            sampleIndex += len;
        }
    }

    private void respond(float[] coef, int numEntities, float[][] h, int offset) {
        int k2 = 2 * numSubcarriers;
        for (int q = 0; q < numEntities; q++) {
            float[] dst = h[q];
            Arrays.fill(dst, offset, offset + k2, 0f);
            for (int p = 0; p < numPaths; p++) {
                float cr = coef[2 * (q * numPaths + p)], ci = coef[2 * (q * numPaths + p) + 1];
                if (cr == 0 && ci == 0) {
                    continue;
                }
                int pb = p * k2;
                for (int j = 0; j < k2; j += 2) {
                    float er = phasors[pb + j], ei = phasors[pb + j + 1];
                    dst[offset + j] += cr * er - ci * ei;
                    dst[offset + j + 1] += cr * ei + ci * er;
                }
            }
        }
    }

    @Override
    public void frequencyResponse(long slotIndex, float[][] h, int offset) {
        if (h.length < numPairs) {
            throw new IllegalArgumentException("need " + numPairs + " response arrays (numRx·numTx), got " + h.length);
        }
        int slotLen = 2 * symbolsPerSlot * numSubcarriers;
        for (int q = 0; q < numPairs; q++) {
            Objects.checkFromIndexSize(offset, slotLen, h[q].length);
        }
        for (int l = 0; l < symbolsPerSlot; l++) {
            pathCoefficients(symbolTimeSeconds(slotIndex, l), pathCoef);
            respond(pathCoef, numPairs, h, offset + 2 * l * numSubcarriers);
        }
    }

    private void beamCoefficients(long slotIndex, int l, float[] w, int wOffset) {
        if (l < 0 || l >= symbolsPerSlot) {
            throw new IllegalArgumentException("symbol l must be in [0, " + (symbolsPerSlot - 1) + "], was " + l);
        }
        Objects.checkFromIndexSize(wOffset, 2 * numTx, w.length);
        pathCoefficients(symbolTimeSeconds(slotIndex, l), pathCoef);
        for (int r = 0; r < numRx; r++) {
            for (int p = 0; p < numPaths; p++) {
                float re = 0, im = 0;
                for (int s = 0; s < numTx; s++) {
                    int c = 2 * ((r * numTx + s) * numPaths + p);
                    float wr = w[wOffset + 2 * s], wi = w[wOffset + 2 * s + 1];
                    re += pathCoef[c] * wr - pathCoef[c + 1] * wi;
                    im += pathCoef[c] * wi + pathCoef[c + 1] * wr;
                }
                beamCoef[2 * (r * numPaths + p)] = re;
                beamCoef[2 * (r * numPaths + p) + 1] = im;
            }
        }
    }

    @Override
    public void beamformedResponse(long slotIndex, int l, float[] w, int wOffset, float[][] hRx, int offset) {
        if (hRx.length < numRx) {
            throw new IllegalArgumentException("need " + numRx + " response arrays, got " + hRx.length);
        }
        for (int r = 0; r < numRx; r++) {
            Objects.checkFromIndexSize(offset, 2 * numSubcarriers, hRx[r].length);
        }
        beamCoefficients(slotIndex, l, w, wOffset);
        respond(beamCoef, numRx, hRx, offset);
    }

    @Override
    public double beamPower(long slotIndex, int l, float[] w, int wOffset) {
        beamCoefficients(slotIndex, l, w, wOffset);
        double sum = 0;
        int k2 = 2 * numSubcarriers;
        for (int r = 0; r < numRx; r++) {
            Arrays.fill(rowScratch, 0f);
            for (int p = 0; p < numPaths; p++) {
                float cr = beamCoef[2 * (r * numPaths + p)], ci = beamCoef[2 * (r * numPaths + p) + 1];
                int pb = p * k2;
                for (int j = 0; j < k2; j += 2) {
                    float er = phasors[pb + j], ei = phasors[pb + j + 1];
                    rowScratch[j] += cr * er - ci * ei;
                    rowScratch[j + 1] += cr * ei + ci * er;
                }
            }
            for (int j = 0; j < k2; j++) {
                sum += (double) rowScratch[j] * rowScratch[j];
            }
        }
        return sum / ((double) numRx * numSubcarriers);
    }
}
