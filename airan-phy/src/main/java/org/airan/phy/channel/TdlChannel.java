package org.airan.phy.channel;

import java.util.SplittableRandom;
import org.airan.phy.grid.CarrierConfig;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Tapped-delay-line fading channel of TR 38.901 §7.7.2 with Kronecker antenna correlation (TS 38.101-4 Annex
 * B.2.3, TS 38.104 Annex G.2.3).
 *
 * <p>Each Rayleigh tap n of each antenna pair q is a sum of sinusoids
 * {@code g(t) = N^{-1/2} Σ_i exp(j(2π f_D cos(α_i) t + φ_i))} with α_i, φ_i independent and uniform in
 * [0, 2π). Over realizations (seeds) this process has unit power and the Clarke/Jakes time autocorrelation
 * {@code E[g(t+τ) g*(t)] = J0(2π f_D τ)} exactly, for any N; for N ≳ 10 its amplitude is close to Rayleigh.
 * The pairs are correlated by {@code a_n = √P_n · R^{1/2} g_n}, R the spatial correlation of
 * {@link MimoCorrelation#spatialMatrix}; since R = R_rx ⊗ R_tx its square root is applied per end,
 * {@code S_rx·G·S_txᵀ} (symmetric square roots by eigen-decomposition, computed once), which keeps large arrays
 * cheap. A LOS tap
 * (TDL-D/E) is {@code √P_n · e^{j(2π f_D cos(θ_LOS) t + φ_0)}}, identical on every pair (a rank-one specular
 * component).
 */
public final class TdlChannel extends MultipathChannel {

    private final TdlConfig config;
    private final int numPairs;
    private final int numPaths;
    private final int numSin;
    private final double[] amp;
    private final boolean[] los;
    private final double[] omega;
    private final double[] phase;
    private final double losOmega;
    private final double losPhase;
    private final double[] sqrtRx; // null when uncorrelated
    private final double[] sqrtTx;
    private final double[] g;
    private final double[] tmp;

    /** Creates the channel for {@code carrier}; all buffers are sized here. */
    public TdlChannel(TdlConfig config, CarrierConfig carrier) {
        super(carrier, config.numTx(), config.numRx(), config.profile().delaysSeconds(), config.fractionalDelayTaps(),
                config.updateIntervalSamples() > 0 ? config.updateIntervalSamples()
                        : TdlConfig.autoInterval(config.maxDopplerHz(), carrier.sampleRateHz(), carrier.dftSize()));
        this.config = config;
        DelayProfile p = config.profile().normalized();
        this.numPairs = config.numTx() * config.numRx();
        this.numPaths = p.numPaths();
        this.numSin = config.numSinusoids();
        this.amp = new double[numPaths];
        this.los = new boolean[numPaths];
        for (int n = 0; n < numPaths; n++) {
            amp[n] = Math.sqrt(p.power(n));
            los[n] = p.isLos(n);
        }
        SplittableRandom rng = new SplittableRandom(config.seed());
        double wd = 2 * Math.PI * config.maxDopplerHz();
        this.omega = new double[numPaths * numPairs * numSin];
        this.phase = new double[omega.length];
        for (int i = 0; i < omega.length; i++) {
            omega[i] = wd * Math.cos(2 * Math.PI * rng.nextDouble());
            phase[i] = 2 * Math.PI * rng.nextDouble();
        }
        this.losOmega = wd * Math.cos(config.losArrivalAngleRad());
        this.losPhase = 2 * Math.PI * rng.nextDouble();
        boolean corr = config.correlation() != MimoCorrelation.LOW && numPairs > 1;
        MimoCorrelation c = config.correlation();
        double cTx = config.downlink() ? c.gnbCoefficient() : c.ueCoefficient();
        double cRx = config.downlink() ? c.ueCoefficient() : c.gnbCoefficient();
        // R = R_rx ⊗ R_tx, so R^{1/2} = R_rx^{1/2} ⊗ R_tx^{1/2}: applied as S_rx·G·S_txᵀ (G[r][t] = g_{r·Nt+t})
        this.sqrtRx = corr ? symmetricSqrt(MimoCorrelation.arrayMatrix(config.numRx(), cRx)) : null;
        this.sqrtTx = corr ? symmetricSqrt(MimoCorrelation.arrayMatrix(config.numTx(), cTx)) : null;
        this.g = new double[2 * numPairs];
        this.tmp = new double[2 * numPairs];
    }

    /** The configuration. */
    public TdlConfig config() {
        return config;
    }

    static double[] symmetricSqrt(double[][] r) {
        int n = r.length;
        DMatrixRMaj a = new DMatrixRMaj(r);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(a)) {
            throw new IllegalArgumentException("correlation matrix eigen-decomposition failed");
        }
        double[] out = new double[n * n];
        for (int e = 0; e < n; e++) {
            double lambda = Math.max(0, eig.getEigenvalue(e).getReal());
            DMatrixRMaj v = eig.getEigenVector(e);
            double norm = 0;
            for (int i = 0; i < n; i++) {
                norm += v.get(i) * v.get(i);
            }
            double s = Math.sqrt(lambda) / norm;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    out[i * n + j] += s * v.get(i) * v.get(j);
                }
            }
        }
        return out;
    }

    @Override
    protected void pathCoefficients(double t, float[] out) {
        double inv = 1.0 / Math.sqrt(numSin);
        for (int n = 0; n < numPaths; n++) {
            if (los[n]) {
                double ph = losOmega * t + losPhase;
                float re = (float) (amp[n] * Math.cos(ph)), im = (float) (amp[n] * Math.sin(ph));
                for (int q = 0; q < numPairs; q++) {
                    out[2 * (q * numPaths + n)] = re;
                    out[2 * (q * numPaths + n) + 1] = im;
                }
                continue;
            }
            for (int q = 0; q < numPairs; q++) {
                int b = (n * numPairs + q) * numSin;
                double re = 0, im = 0;
                for (int i = 0; i < numSin; i++) {
                    double ph = omega[b + i] * t + phase[b + i];
                    re += Math.cos(ph);
                    im += Math.sin(ph);
                }
                g[2 * q] = re * inv;
                g[2 * q + 1] = im * inv;
            }
            if (sqrtRx == null) {
                for (int q = 0; q < numPairs; q++) {
                    out[2 * (q * numPaths + n)] = (float) (amp[n] * g[2 * q]);
                    out[2 * (q * numPaths + n) + 1] = (float) (amp[n] * g[2 * q + 1]);
                }
            } else {
                int nt = config.numTx(), nr = config.numRx();
                for (int r = 0; r < nr; r++) { // tmp = G·S_txᵀ
                    for (int tx = 0; tx < nt; tx++) {
                        double re = 0, im = 0;
                        for (int u = 0; u < nt; u++) {
                            double c = sqrtTx[tx * nt + u];
                            re += c * g[2 * (r * nt + u)];
                            im += c * g[2 * (r * nt + u) + 1];
                        }
                        tmp[2 * (r * nt + tx)] = re;
                        tmp[2 * (r * nt + tx) + 1] = im;
                    }
                }
                for (int r = 0; r < nr; r++) { // out = S_rx·tmp
                    for (int tx = 0; tx < nt; tx++) {
                        double re = 0, im = 0;
                        for (int u = 0; u < nr; u++) {
                            double c = sqrtRx[r * nr + u];
                            re += c * tmp[2 * (u * nt + tx)];
                            im += c * tmp[2 * (u * nt + tx) + 1];
                        }
                        int q = r * nt + tx;
                        out[2 * (q * numPaths + n)] = (float) (amp[n] * re);
                        out[2 * (q * numPaths + n) + 1] = (float) (amp[n] * im);
                    }
                }
            }
        }
    }
}
