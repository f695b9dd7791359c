package org.airan.phy.sch;

import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.grid.ResourceGrid;

/**
 * Per-RE linear MMSE equalizer with unbiased output. With the received vector whitened per antenna
 * (y' = y/σ_r, H' = H/σ_r) and unit-energy symbols:
 * <pre>
 * G = (H'^H H' + I)^{-1},  x = G H'^H y',  μ_j = 1 − G_jj,  x̂_j = x_j / μ_j,  σ²_j = G_jj / (1 − G_jj)
 * </pre>
 * (σ²_j = 1/SINR_j of the unbiased MMSE estimate). One layer reduces to maximum-ratio combining:
 * x̂ = Σ h*_r y_r/σ_r² / Σ |h_r|²/σ_r², σ² = 1/Σ |h_r|²/σ_r². Double precision for the υ×υ inverse (up to 4×4,
 * Gauss-Jordan); scratch allocated once; nothing per call. A zero channel gives x̂ = 0 with infinite noise
 * variance (the demapper then outputs LLR 0).
 */
public final class MmseSchEqualizer implements SchEqualizer {

    private static final int MAX_RX = 64;
    private static final int MAX_L = 4;
    private final double[] hr = new double[MAX_RX * MAX_L];
    private final double[] hi = new double[MAX_RX * MAX_L];
    private final double[] yr = new double[MAX_RX];
    private final double[] yi = new double[MAX_RX];
    private final double[] ar = new double[MAX_L * 2 * MAX_L];
    private final double[] ai = new double[MAX_L * 2 * MAX_L];
    private final double[] br = new double[MAX_L];
    private final double[] bi = new double[MAX_L];
    private final float[] invSigma = new float[MAX_RX];

    @Override
    public void equalize(ResourceGrid rx, ChannelEstimate h, DmrsConfig dmrs, float[] symbols, float[] noiseVar) {
        int nRx = h.numRx();
        int nl = dmrs.numLayers();
        if (nl > MAX_L || nRx > MAX_RX || rx.numPorts() < nRx || h.numLayers() != nl) {
            throw new IllegalArgumentException("equalizer needs ≤ 4 layers, ≤ 64 antennas and an estimate for "
                    + nl + " layers; got " + rx.numPorts() + " rx ports, estimate " + h.numRx() + "×" + h.numLayers());
        }
        int total = dmrs.numDataRe() * nl;
        if (symbols.length < 2 * total || noiseVar.length < total) {
            throw new IllegalArgumentException("symbols must hold 2·" + total + " and noiseVar " + total + " values");
        }
        for (int r = 0; r < nRx; r++) {
            float s2 = Math.max(h.noiseVariance(r), 1e-20f);
            invSigma[r] = (float) (1.0 / Math.sqrt(s2));
        }
        int mask = dmrs.dmrsSymbolMask();
        int k0 = 12 * dmrs.startPrb();
        int k1 = 12 * (dmrs.startPrb() + dmrs.numPrb());
        int idx = 0;
        for (int l = dmrs.startSymbol(); l < dmrs.startSymbol() + dmrs.numSymbols(); l++) {
            boolean dm = (mask & (1 << l)) != 0;
            for (int k = k0; k < k1; k++) {
                if (dm && dmrs.isReservedInDmrsSymbol(k)) {
                    continue;
                }
                int o = rx.offset(l, k);
                int oh = h.grid().offset(l, k);
                if (nl == 1) {
                    one(rx, h, nRx, o, oh, symbols, noiseVar, idx);
                } else {
                    many(rx, h, nRx, nl, o, oh, symbols, noiseVar, idx);
                }
                idx += nl;
            }
        }
    }

    private void one(ResourceGrid rx, ChannelEstimate h, int nRx, int o, int oh, float[] sym, float[] nv, int idx) {
        double a = 0;
        double sr = 0;
        double si = 0;
        for (int r = 0; r < nRx; r++) {
            float[] hd = h.data(r, 0);
            float[] yd = rx.data(r);
            double w = invSigma[r] * invSigma[r];
            double ar0 = hd[oh];
            double ai0 = hd[oh + 1];
            double y0 = yd[o];
            double y1 = yd[o + 1];
            a += (ar0 * ar0 + ai0 * ai0) * w;
            sr += (ar0 * y0 + ai0 * y1) * w;
            si += (ar0 * y1 - ai0 * y0) * w;
        }
        if (a > 0) {
            sym[2 * idx] = (float) (sr / a);
            sym[2 * idx + 1] = (float) (si / a);
            nv[idx] = (float) (1.0 / a);
        } else {
            sym[2 * idx] = 0f;
            sym[2 * idx + 1] = 0f;
            nv[idx] = Float.POSITIVE_INFINITY;
        }
    }

    private void many(ResourceGrid rx, ChannelEstimate h, int nRx, int nl, int o, int oh, float[] sym, float[] nv,
                      int idx) {
        for (int r = 0; r < nRx; r++) {
            double s = invSigma[r];
            float[] yd = rx.data(r);
            yr[r] = yd[o] * s;
            yi[r] = yd[o + 1] * s;
            for (int j = 0; j < nl; j++) {
                float[] hd = h.data(r, j);
                hr[r * MAX_L + j] = hd[oh] * s;
                hi[r * MAX_L + j] = hd[oh + 1] * s;
            }
        }
        // Augmented [A | I], A = H^H H + I (row stride 2·MAX_L); b = H^H y.
        int w = 2 * MAX_L;
        for (int i = 0; i < nl; i++) {
            double bre = 0;
            double bim = 0;
            for (int r = 0; r < nRx; r++) {
                double pr = hr[r * MAX_L + i];
                double pi = hi[r * MAX_L + i];
                bre += pr * yr[r] + pi * yi[r];
                bim += pr * yi[r] - pi * yr[r];
            }
            br[i] = bre;
            bi[i] = bim;
            for (int j = 0; j < nl; j++) {
                double sre = 0;
                double sim = 0;
                for (int r = 0; r < nRx; r++) {
                    double pr = hr[r * MAX_L + i];
                    double pi = hi[r * MAX_L + i];
                    double qr = hr[r * MAX_L + j];
                    double qi = hi[r * MAX_L + j];
                    sre += pr * qr + pi * qi;
                    sim += pr * qi - pi * qr;
                }
                ar[i * w + j] = sre + (i == j ? 1 : 0);
                ai[i * w + j] = sim;
                ar[i * w + nl + j] = i == j ? 1 : 0;
                ai[i * w + nl + j] = 0;
            }
        }
        // Gauss-Jordan (A is Hermitian positive definite: no pivoting needed).
        for (int c = 0; c < nl; c++) {
            double pr = ar[c * w + c];
            double pi = ai[c * w + c];
            double d = pr * pr + pi * pi;
            double ir = pr / d;
            double ii = -pi / d;
            for (int j = 0; j < 2 * nl; j++) {
                double xr = ar[c * w + j];
                double xi = ai[c * w + j];
                ar[c * w + j] = xr * ir - xi * ii;
                ai[c * w + j] = xr * ii + xi * ir;
            }
            for (int i = 0; i < nl; i++) {
                if (i == c) {
                    continue;
                }
                double fr = ar[i * w + c];
                double fi = ai[i * w + c];
                for (int j = 0; j < 2 * nl; j++) {
                    double xr = ar[c * w + j];
                    double xi = ai[c * w + j];
                    ar[i * w + j] -= fr * xr - fi * xi;
                    ai[i * w + j] -= fr * xi + fi * xr;
                }
            }
        }
        for (int i = 0; i < nl; i++) {
            double xr = 0;
            double xi = 0;
            for (int j = 0; j < nl; j++) {
                double gr = ar[i * w + nl + j];
                double gi = ai[i * w + nl + j];
                xr += gr * br[j] - gi * bi[j];
                xi += gr * bi[j] + gi * br[j];
            }
            double gii = ar[i * w + nl + i];
            double mu = 1 - gii;
            int s = idx + i;
            if (mu > 1e-12) {
                sym[2 * s] = (float) (xr / mu);
                sym[2 * s + 1] = (float) (xi / mu);
                nv[s] = (float) (gii / mu);
            } else {
                sym[2 * s] = 0f;
                sym[2 * s + 1] = 0f;
                nv[s] = Float.POSITIVE_INFINITY;
            }
        }
    }
}
