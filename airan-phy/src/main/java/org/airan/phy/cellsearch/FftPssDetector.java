package org.airan.phy.cellsearch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.airan.phy.ssb.SsbLayout;
import org.airan.phy.ssb.SsbSequences;
import org.jtransforms.fft.FloatFFT_1D;

/**
 * PSS timing and coarse-CFO detector (TS 38.211 §7.4.2.2) on a signal already shifted to the SSB centre and
 * band-limited to the PSS at 128·SCS: normalized correlation
 * <pre>
 *   m(t) = max_h |Σ_n x(t+n)·p_h*(n)|² / (E_p · Σ_n |x(t+n)|²),   n = 0..127
 * </pre>
 * against the 3 PSS, each rotated by a CFO hypothesis h (step SCS/4, at most 0.2 dB loss), computed by
 * overlap-save FFTs of {@value #F} points. m is in [0, 1], independent of the signal level; under white noise
 * it is about exponential with mean 1/127. Local maxima (±64 samples, per PSS) above the threshold are returned.
 *
 * <p>Not thread-safe. Templates are cached per (SCS, CFO range) and the metric buffers grow to the longest input
 * seen, so repeated calls of the same shape allocate only the returned list.
 */
public final class FftPssDetector {

    /** PSS DFT size at the search rate 128·SCS. */
    public static final int NP = 128;
    /** Overlap-save FFT size. */
    static final int F = 512;
    /** Overlap-save step. */
    static final int STEP = F - NP;
    /** 1/F²: the unscaled inverse DFT multiplies the correlation by F. */
    private static final double INV_F2 = 1.0 / ((double) F * F);
    /** CFO hypothesis step as a fraction of the SCS. */
    static final double CFO_STEP_FRACTION = 0.25;

    /**
     * A PSS candidate.
     *
     * @param sample start of the PSS useful part, in samples of the detector's input
     * @param nId2   N_ID^(2), 0..2
     * @param cfoHz  the CFO hypothesis that matched best, Hz
     * @param metric normalized correlation, 0..1
     */
    public record PssCandidate(int sample, int nId2, double cfoHz, double metric) {
    }

    private final FloatFFT_1D fftF = new FloatFFT_1D(F);
    private final float[][] pssTimeNp = new float[3][2 * NP];
    private final double pssEnergy;
    private final float[] blk = new float[2 * F];
    private final float[] prod = new float[2 * F];
    // Cached per (SCS, CFO range): the templates' conjugate spectra.
    private double cachedScs = -1;
    private int cachedNumH = -1;
    private float[][] tmpl = new float[0][];
    // Grown as needed, reused across calls.
    private double[] cum = new double[0];
    private float[][] best = new float[3][0];
    private byte[][] bestH = new byte[3][0];

    /** Builds the three PSS templates. */
    public FftPssDetector() {
        float[] d = new float[SsbSequences.PSS_SSS_LENGTH];
        double e = 0;
        for (int i = 0; i < 3; i++) {
            SsbSequences.pss(i, d, 0);
            float[] tp = pssTimeNp[i];
            for (int n = 0; n < SsbSequences.PSS_SSS_LENGTH; n++) {
                int k = SsbLayout.PSS_SSS_FIRST_SUBCARRIER + n;
                int bin = Math.floorMod(k - SsbLayout.SS_REF_SUBCARRIER, NP);
                tp[2 * bin] = d[n];
            }
            new FloatFFT_1D(NP).complexInverse(tp, false);
            if (i == 0) {
                for (int n = 0; n < NP; n++) {
                    e += tp[2 * n] * tp[2 * n] + tp[2 * n + 1] * tp[2 * n + 1];
                }
            }
        }
        pssEnergy = e;
    }

    /**
     * PSS timing candidates in x[0..len), best first.
     *
     * @param x         interleaved IQ at 128·SCS, band-limited to the PSS (±64 subcarriers around SS_REF)
     * @param len       samples in x
     * @param scs       subcarrier spacing, Hz
     * @param maxCfoHz  CFO range searched (hypotheses every SCS/4)
     * @param threshold normalized metric a local maximum needs, (0, 1)
     * @param maxPeaks  most candidates returned
     * @return candidates (sample = start of the PSS useful part in x)
     */
    public List<PssCandidate> detect(float[] x, int len, double scs, double maxCfoHz, double threshold, int maxPeaks) {
        double fsPss = NP * scs;
        double step = CFO_STEP_FRACTION * scs;
        int hMax = (int) Math.ceil(maxCfoHz / step - 1e-9);
        int numH = 2 * hMax + 1;
        int positions = len - NP + 1;
        if (positions <= 0) {
            return List.of();
        }
        if (scs != cachedScs || numH != cachedNumH) {
            buildTemplates(scs, numH, hMax, step, fsPss);
        }
        if (cum.length < len + 1) {
            cum = new double[len + 1];
        }
        if (best[0].length < positions) {
            for (int i = 0; i < 3; i++) {
                best[i] = new float[positions];
                bestH[i] = new byte[positions];
            }
        }
        for (int i = 0; i < 3; i++) {
            Arrays.fill(best[i], 0, positions, 0f);
        }
        detectInto(x, len, positions);
        return pick(positions, hMax, step, threshold, maxPeaks);
    }

    private void buildTemplates(double scs, int numH, int hMax, double step, double fsPss) {
        tmpl = new float[3 * numH][2 * F];
        cachedScs = scs;
        cachedNumH = numH;
        for (int i = 0; i < 3; i++) {
            for (int h = 0; h < numH; h++) {
                double cfo = (h - hMax) * step;
                float[] t = tmpl[i * numH + h];
                for (int n = 0; n < NP; n++) {
                    double ph = 2 * Math.PI * cfo * n / fsPss;
                    float c = (float) Math.cos(ph);
                    float s = (float) Math.sin(ph);
                    float pr = pssTimeNp[i][2 * n];
                    float pi = pssTimeNp[i][2 * n + 1];
                    t[2 * n] = pr * c - pi * s;
                    t[2 * n + 1] = pr * s + pi * c;
                }
                fftF.complexForward(t);
                for (int k = 0; k < F; k++) {
                    t[2 * k + 1] = -t[2 * k + 1];
                }
            }
        }
    }

    private void detectInto(float[] x, int len, int positions) {
        int numH = cachedNumH;
        for (int i = 0; i < len; i++) {
            cum[i + 1] = cum[i] + (double) x[2 * i] * x[2 * i] + (double) x[2 * i + 1] * x[2 * i + 1];
        }
        double energyFloor = 1e-20 * Math.max(cum[len] / Math.max(1, len), 1e-30) * NP;
        // Largest |correlation|² over the CFO hypotheses, per PSS and position (the energy term is common).
        for (int b = 0; b < positions; b += STEP) {
            int avail = Math.min(F, len - b);
            Arrays.fill(blk, 0f);
            System.arraycopy(x, 2 * b, blk, 0, 2 * avail);
            fftF.complexForward(blk);
            int nOut = Math.min(STEP, positions - b);
            for (int i = 0; i < 3; i++) {
                float[] bs = best[i];
                byte[] bh = bestH[i];
                for (int h = 0; h < numH; h++) {
                    float[] t = tmpl[i * numH + h];
                    for (int k = 0; k < F; k++) {
                        float ar = blk[2 * k];
                        float ai = blk[2 * k + 1];
                        float br = t[2 * k];
                        float bi = t[2 * k + 1];
                        prod[2 * k] = ar * br - ai * bi;
                        prod[2 * k + 1] = ar * bi + ai * br;
                    }
                    fftF.complexInverse(prod, false);
                    for (int tau = 0; tau < nOut; tau++) {
                        float cr = prod[2 * tau];
                        float ci = prod[2 * tau + 1];
                        float m = cr * cr + ci * ci;
                        int pos = b + tau;
                        if (m > bs[pos]) {
                            bs[pos] = m;
                            bh[pos] = (byte) h;
                        }
                    }
                }
            }
        }
        // Normalize: |c/F|² / (E_p·E_x).
        for (int i = 0; i < 3; i++) {
            float[] bs = best[i];
            for (int pos = 0; pos < positions; pos++) {
                double ex = cum[pos + NP] - cum[pos];
                bs[pos] = ex <= energyFloor ? 0f : (float) (bs[pos] * INV_F2 / (pssEnergy * ex));
            }
        }
    }

    private List<PssCandidate> pick(int positions, int hMax, double step, double thr, int maxPeaks) {
        List<PssCandidate> peaks = new ArrayList<>();
        int radius = NP / 2;
        for (int i = 0; i < 3; i++) {
            float[] bs = best[i];
            for (int t = 0; t < positions; t++) {
                float m = bs[t];
                if (m < thr) {
                    continue;
                }
                boolean isMax = true;
                for (int u = Math.max(0, t - radius); u <= Math.min(positions - 1, t + radius) && isMax; u++) {
                    if (bs[u] > m || (bs[u] == m && u < t)) {
                        isMax = false;
                    }
                }
                if (isMax) {
                    peaks.add(new PssCandidate(t, i, (bestH[i][t] - hMax) * step, m));
                }
            }
        }
        peaks.sort(Comparator.comparingDouble(PssCandidate::metric).reversed());
        return peaks.size() > maxPeaks ? new ArrayList<>(peaks.subList(0, maxPeaks)) : peaks;
    }

}
