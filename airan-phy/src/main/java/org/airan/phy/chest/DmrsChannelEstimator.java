package org.airan.phy.chest;

import java.util.Objects;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;

/**
 * Shared DM-RS estimation pipeline; subclasses supply the frequency interpolation.
 *
 * <ol>
 *   <li><b>LS with CDM de-spreading</b> (TS 38.211 §7.4.1.1.2): at every DM-RS RE, {@code y·r*(m)/β}; within a
 *       CDM group, when ports share it with different w_f the two REs k' = 0, 1 of a pair are combined with the
 *       port's w_f (estimate placed at the pair's centre) after rotating both REs to the centre with the common
 *       phase slope estimated from same-code REs (delay compensation), and for double-symbol DM-RS the two symbols are combined
 *       with w_t. A port alone on its w_f code keeps per-RE resolution. Type 2 always combines its adjacent pair.
 *       N_avg REs enter each estimate, so its noise variance is {@code N_0/(β²·N_avg)}.</li>
 *   <li><b>Noise variance</b> from second differences of the pilot estimates along frequency:
 *       {@code E|e_{i−1} − 2e_i + e_{i+1}|² = 6·N_0/(β²N_avg)} plus the channel's curvature (negligible while the
 *       pilot spacing is well inside the coherence bandwidth).</li>
 *   <li>RSRP {@code β²(mean|e|² − N_0/(β²N_avg))}, SINR = RSRP/N_0, timing offset
 *       {@code −arg(Σ e_{i+1}e_i*)/(2π·s·Δf)} (s the pilot spacing in subcarriers).</li>
 *   <li>Frequency interpolation to every subcarrier of the allocation (subclass), then time interpolation
 *       ({@link TimeInterpolation}).</li>
 * </ol>
 */
abstract sealed class DmrsChannelEstimator implements ChannelEstimator
        permits LsChannelEstimator, LmmseChannelEstimator {

    final PilotLayout layout;
    final int numRx;
    final int numSymbols;
    final int numPorts;
    final int kAlloc;
    final int firstSc;
    final double subcarrierSpacingHz;
    final int type;
    // per port j
    final boolean[] despread;
    final int[] numPilots;
    final int[] spacing;
    final double[] pilotOffset;
    final int[] nAvg;
    final int[] delta;
    final int[][] wf;
    final int[][] wt;
    // time interpolation per symbol l: occasion A, occasion B, weight of B
    private final int[] tA;
    private final int[] tB;
    private final float[] tW;
    private final TimeInterpolation timeMode;
    // scratch
    final float[][] pilotEst; // [(o·numRx + r)·numPorts + j]
    final float[][] occEst;   // [(o·numRx + r)·numPorts + j] over the allocation
    /**
     * Per-RE LS of FD-OCC ports before frequency de-spreading (time-combined with w_t only), at subcarriers
     * {@code 2i + Δ}: kept when the subclass interpolates jointly over both codes; null otherwise.
     */
    final float[][] rawLs;
    private final float[] avg;

    DmrsChannelEstimator(PilotLayout layout, int numRx, CarrierConfig carrier, TimeInterpolation timeMode,
                         boolean keepRawLs) {
        this.layout = Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(carrier, "carrier");
        this.timeMode = Objects.requireNonNull(timeMode, "timeMode");
        if (numRx < 1 || numRx > 64) {
            throw new IllegalArgumentException("numRx must be in [1, 64], was " + numRx);
        }
        if (layout.startPrb() + layout.numPrb() > carrier.numResourceBlocks()) {
            throw new IllegalArgumentException("allocation PRBs " + layout.startPrb() + "+" + layout.numPrb()
                    + " exceed the carrier's " + carrier.numResourceBlocks() + " RBs (TS 38.211 §4.4.4.4)");
        }
        this.numRx = numRx;
        this.numSymbols = carrier.symbolsPerSlot();
        this.numPorts = layout.numPorts();
        this.kAlloc = layout.numSubcarriers();
        this.firstSc = 12 * layout.startPrb();
        this.subcarrierSpacingHz = carrier.subcarrierSpacingHz();
        this.type = layout.configType();
        this.despread = new boolean[numPorts];
        this.numPilots = new int[numPorts];
        this.spacing = new int[numPorts];
        this.pilotOffset = new double[numPorts];
        this.nAvg = new int[numPorts];
        this.delta = new int[numPorts];
        this.wf = new int[numPorts][2];
        this.wt = new int[numPorts][2];
        int nPrb = layout.numPrb();
        for (int j = 0; j < numPorts; j++) {
            int p = layout.port(j);
            int g = DmrsPortTable.cdmGroup(type, p);
            delta[j] = DmrsPortTable.delta(type, p);
            for (int i = 0; i < 2; i++) {
                wf[j][i] = DmrsPortTable.wf(type, p, i);
                wt[j][i] = DmrsPortTable.wt(type, p, i);
            }
            boolean other = false;
            for (int i = 0; i < numPorts; i++) {
                int q = layout.port(i);
                if (i != j && DmrsPortTable.cdmGroup(type, q) == g && DmrsPortTable.wf(type, q, 1) != wf[j][1]) {
                    other = true;
                }
            }
            despread[j] = type == 2 || other;
            if (type == 1) {
                spacing[j] = despread[j] ? 4 : 2;
                pilotOffset[j] = despread[j] ? 1 + delta[j] : delta[j];
            } else {
                spacing[j] = 6;
                pilotOffset[j] = delta[j] + 0.5;
            }
            numPilots[j] = nPrb * 12 / spacing[j];
            nAvg[j] = (despread[j] ? 2 : 1) * layout.symbolsPerOccasion();
        }
        int nOcc = layout.numOccasions();
        this.pilotEst = new float[nOcc * numRx * numPorts][2 * nPrb * 6];
        this.occEst = new float[nOcc * numRx * numPorts][2 * kAlloc];
        this.rawLs = keepRawLs && type == 1 ? new float[nOcc * numRx * numPorts][2 * nPrb * 6] : null;
        this.avg = new float[2 * kAlloc];
        this.tA = new int[numSymbols];
        this.tB = new int[numSymbols];
        this.tW = new float[numSymbols];
        double half = (layout.symbolsPerOccasion() - 1) / 2.0;
        for (int l = 0; l < numSymbols; l++) {
            int a = 0, b = 0;
            float w = 0;
            double t0 = layout.dmrsSymbol(0) + half, tN = layout.dmrsSymbol(nOcc - 1) + half;
            if (l <= t0) {
                a = b = 0;
            } else if (l >= tN) {
                a = b = nOcc - 1;
            } else {
                for (int o = 0; o + 1 < nOcc; o++) {
                    double ta = layout.dmrsSymbol(o) + half, tb = layout.dmrsSymbol(o + 1) + half;
                    if (l >= ta && l <= tb) {
                        a = o;
                        b = o + 1;
                        w = (float) ((l - ta) / (tb - ta));
                        break;
                    }
                }
            }
            tA[l] = a;
            tB[l] = b;
            tW[l] = w;
        }
    }

    @Override
    public final PilotLayout layout() {
        return layout;
    }

    @Override
    public final int numRx() {
        return numRx;
    }

    /**
     * Interpolates the pilot estimates {@code e} of port j (numPilots[j] complex values at subcarriers
     * {@code pilotOffset[j] + spacing[j]·i}) to all kAlloc subcarriers.
     *
     * @param pilotNoise noise variance of each pilot estimate
     * @param channelPower estimated mean |h|² of this port
     */
    abstract void interpolate(int j, int idx, float[] e, float[] out, double pilotNoise, double channelPower);

    /**
     * Phase slope θ per subcarrier common to all ports, from REs of the same k' and l' = 0 one pair apart:
     * {@code θ = arg(Σ LS(n+1)·LS*(n)) / S} (S = 4 or 6 subcarriers). Returns the rotations
     * {@code e^{−jθ(k_{k'} − centre)}} for k' = 0, 1 that bring the two REs of a pair to the pair centre, so that
     * FD-OCC de-spreading does not leak the channel's linear phase (its mean delay) between the two codes.
     * Unambiguous for delays below 1/(2·S·Δf) (4.2 µs at 30 kHz, type 1).
     */
    private float[] pairRotation(ResourceGrid rx, float[][] dmrs) {
        pairRot[0] = 1;
        pairRot[1] = 0;
        pairRot[2] = 1;
        pairRot[3] = 0;
        int jj = -1;
        for (int j = 0; j < numPorts; j++) {
            if (despread[j]) {
                jj = j;
                break;
            }
        }
        if (jj < 0) {
            return pairRot;
        }
        int stride = type == 1 ? 4 : 6;
        double accR = 0, accI = 0;
        for (int o = 0; o < layout.numOccasions(); o++) {
            int l = layout.dmrsSymbol(o);
            float[] seq = dmrs[o * layout.symbolsPerOccasion()];
            for (int r = 0; r < numRx; r++) {
                float[] y = rx.data(r);
                double pr0 = 0, pi0 = 0;
                for (int i = 0; i < numPilots[jj]; i++) {
                    int k = stride * i + delta[jj];
                    int m = 2 * i;
                    int yo = rx.offset(l, firstSc + k);
                    float yr = y[yo], yi = y[yo + 1], cr = seq[2 * m], ci = seq[2 * m + 1];
                    double pr = yr * cr + yi * ci, pi = yi * cr - yr * ci;
                    if (i > 0) {
                        accR += pr * pr0 + pi * pi0;
                        accI += pi * pr0 - pr * pi0;
                    }
                    pr0 = pr;
                    pi0 = pi;
                }
            }
        }
        if (accR == 0 && accI == 0) {
            return pairRot;
        }
        double theta = Math.atan2(accI, accR) / stride;
        double half = type == 1 ? 1.0 : 0.5; // k − centre = ∓half for k' = 0, 1
        pairRot[0] = (float) Math.cos(theta * half);
        pairRot[1] = (float) Math.sin(theta * half);
        pairRot[2] = (float) Math.cos(-theta * half);
        pairRot[3] = (float) Math.sin(-theta * half);
        return pairRot;
    }

    private final float[] pairRot = new float[4];

    @Override
    public final void estimate(ResourceGrid rx, float[][] dmrs, ChannelEstimate out) {
        if (rx.numPorts() < numRx || rx.numSymbols() < numSymbols || rx.numSubcarriers() < firstSc + kAlloc) {
            throw new IllegalArgumentException("grid " + rx.shape() + " too small for " + numRx + " rx, " + numSymbols
                    + " symbols, subcarriers up to " + (firstSc + kAlloc));
        }
        if (dmrs.length < layout.numDmrsSymbols()) {
            throw new IllegalArgumentException("need " + layout.numDmrsSymbols() + " DM-RS sequence arrays, got "
                    + dmrs.length);
        }
        for (int s = 0; s < layout.numDmrsSymbols(); s++) {
            Objects.checkFromIndexSize(0, 2 * layout.sequenceLength(), dmrs[s].length);
        }
        if (out.numRx() != numRx || out.numPorts() != numPorts || out.numSymbols() != numSymbols
                || out.numSubcarriers() != kAlloc) {
            throw new IllegalArgumentException("estimate holder is sized for another layout");
        }
        int nOcc = layout.numOccasions();
        int span = layout.symbolsPerOccasion();
        float invBeta = 1f / layout.amplitude();
        // 0. common phase slope for delay-compensated de-spreading
        float[] rot = pairRotation(rx, dmrs);
        // 1. LS + de-spreading
        for (int o = 0; o < nOcc; o++) {
            for (int r = 0; r < numRx; r++) {
                float[] y = rx.data(r);
                for (int j = 0; j < numPorts; j++) {
                    float[] e = pilotEst[(o * numRx + r) * numPorts + j];
                    int np = numPilots[j];
                    float norm = invBeta / nAvg[j];
                    float[] raw = rawLs != null && despread[j] ? rawLs[(o * numRx + r) * numPorts + j] : null;
                    float rawNorm = invBeta / span;
                    for (int i = 0; i < np; i++) {
                        float sr = 0, si = 0;
                        for (int lp = 0; lp < span; lp++) {
                            int l = layout.dmrsSymbol(o) + lp;
                            float[] seq = dmrs[o * span + lp];
                            int w = wt[j][lp];
                            for (int kp = 0; kp < 2; kp++) {
                                int k, m;
                                if (type == 1) {
                                    if (despread[j]) {
                                        k = 4 * i + 2 * kp + delta[j];
                                        m = 2 * i + kp;
                                    } else {
                                        if (kp == 1) {
                                            break;
                                        }
                                        k = 2 * i + delta[j];
                                        m = i;
                                    }
                                } else {
                                    k = 6 * i + kp + delta[j];
                                    m = 2 * i + kp;
                                }
                                int ww = w * wf[j][despread[j] ? kp : (m & 1)];
                                int yo = rx.offset(l, firstSc + k);
                                float yr = y[yo], yi = y[yo + 1];
                                float cr = seq[2 * m], ci = seq[2 * m + 1];
                                // y·conj(c)
                                float pr = yr * cr + yi * ci, pi = yi * cr - yr * ci;
                                if (raw != null && lp == 0) {
                                    raw[2 * m] = 0;
                                    raw[2 * m + 1] = 0;
                                }
                                if (raw != null) {
                                    raw[2 * m] += w * pr * rawNorm;
                                    raw[2 * m + 1] += w * pi * rawNorm;
                                }
                                if (despread[j]) {
                                    // align the pair's REs to the pair centre before combining (removes the
                                    // linear-phase part of the channel's change across the pair)
                                    float qr = rot[2 * kp], qi = rot[2 * kp + 1];
                                    float tr = pr * qr - pi * qi;
                                    pi = pr * qi + pi * qr;
                                    pr = tr;
                                }
                                sr += ww * pr;
                                si += ww * pi;
                            }
                        }
                        e[2 * i] = sr * norm;
                        e[2 * i + 1] = si * norm;
                    }
                }
            }
        }
        // 2. noise, RSRP, timing
        double dsum = 0;
        long dcount = 0;
        double toRe = 0, toIm = 0;
        for (int o = 0; o < nOcc; o++) {
            for (int r = 0; r < numRx; r++) {
                for (int j = 0; j < numPorts; j++) {
                    float[] e = pilotEst[(o * numRx + r) * numPorts + j];
                    int np = numPilots[j];
                    double scale = (double) layout.amplitude() * layout.amplitude() * nAvg[j] / 6.0;
                    for (int i = 1; i + 1 < np; i++) {
                        double dr = e[2 * i - 2] - 2.0 * e[2 * i] + e[2 * i + 2];
                        double di = e[2 * i - 1] - 2.0 * e[2 * i + 1] + e[2 * i + 3];
                        dsum += (dr * dr + di * di) * scale;
                        dcount++;
                    }
                    if (spacing[j] != spacing[0]) {
                        continue; // the phase step per pilot is only comparable between equal spacings
                    }
                    for (int i = 0; i + 1 < np; i++) {
                        double ar = e[2 * i + 2], ai = e[2 * i + 3], br = e[2 * i], bi = e[2 * i + 1];
                        toRe += ar * br + ai * bi;
                        toIm += ai * br - ar * bi;
                    }
                }
            }
        }
        double n0 = dcount > 0 ? dsum / dcount : 0;
        double beta2 = (double) layout.amplitude() * layout.amplitude();
        double rsrpSum = 0;
        for (int j = 0; j < numPorts; j++) {
            double pw = 0;
            int cnt = 0;
            for (int o = 0; o < nOcc; o++) {
                for (int r = 0; r < numRx; r++) {
                    float[] e = pilotEst[(o * numRx + r) * numPorts + j];
                    for (int i = 0; i < numPilots[j]; i++) {
                        pw += e[2 * i] * e[2 * i] + e[2 * i + 1] * e[2 * i + 1];
                        cnt++;
                    }
                }
            }
            double pilotNoise = n0 / (beta2 * nAvg[j]);
            double hPow = Math.max(pw / cnt - pilotNoise, 0);
            out.setRsrp(j, (float) (beta2 * hPow));
            rsrpSum += beta2 * hPow;
            // 3. frequency interpolation per occasion
            for (int o = 0; o < nOcc; o++) {
                for (int r = 0; r < numRx; r++) {
                    int idx = (o * numRx + r) * numPorts + j;
                    interpolate(j, idx, pilotEst[idx], occEst[idx], pilotNoise, hPow);
                }
            }
        }
        double to = -Math.atan2(toIm, toRe) / (2 * Math.PI * spacing[0] * subcarrierSpacingHz);
        float sinr = (float) (10 * Math.log10((rsrpSum / numPorts) / n0));
        out.setMeasurements((float) n0, sinr, to);
        // 4. time interpolation
        for (int r = 0; r < numRx; r++) {
            for (int j = 0; j < numPorts; j++) {
                float[] dst = out.h(r, j);
                if (timeMode == TimeInterpolation.AVERAGE || nOcc == 1) {
                    java.util.Arrays.fill(avg, 0f);
                    for (int o = 0; o < nOcc; o++) {
                        float[] src = occEst[(o * numRx + r) * numPorts + j];
                        for (int k = 0; k < 2 * kAlloc; k++) {
                            avg[k] += src[k];
                        }
                    }
                    float inv = 1f / nOcc;
                    for (int k = 0; k < 2 * kAlloc; k++) {
                        avg[k] *= inv;
                    }
                    for (int l = 0; l < numSymbols; l++) {
                        System.arraycopy(avg, 0, dst, 2 * l * kAlloc, 2 * kAlloc);
                    }
                } else {
                    for (int l = 0; l < numSymbols; l++) {
                        float[] a = occEst[(tA[l] * numRx + r) * numPorts + j];
                        float[] b = occEst[(tB[l] * numRx + r) * numPorts + j];
                        float w = tW[l], v = 1 - w;
                        int base = 2 * l * kAlloc;
                        for (int k = 0; k < 2 * kAlloc; k++) {
                            dst[base + k] = v * a[k] + w * b[k];
                        }
                    }
                }
            }
        }
    }
}
