package org.airan.phy.chest;

import java.util.Objects;
import org.airan.phy.grid.CarrierConfig;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;

/**
 * LS at the DM-RS REs (with CDM de-spreading) followed by LMMSE (Wiener) interpolation in frequency:
 * {@code ĥ = R_hp (R_pp + σ²I)⁻¹ e}, with the frequency correlation of an exponential power-delay profile of
 * RMS delay spread τ, {@code r(Δf) = 1/(1 + j2πΔf·τ)} (delay-spread matched when τ is the channel's), and σ² the
 * pilot-estimate noise relative to the estimated channel power.
 *
 * <p>The filter works on a window of W PRBs (W = min(4, N_PRB)) sliding with the output PRB, so only W distinct
 * filters exist per pilot geometry; they are precomputed (EJML, double precision) at construction for pilot SNRs
 * from −10 dB to 50 dB in 2 dB steps, and the bank nearest the estimated SNR is used. Nothing is allocated or
 * inverted per slot.
 */
public final class LmmseChannelEstimator extends DmrsChannelEstimator {

    /** Lowest pilot SNR of the precomputed filter banks, dB. */
    public static final int MIN_SNR_DB = -10;
    /** Highest pilot SNR of the banks, dB. */
    public static final int MAX_SNR_DB = 50;
    /** Bank spacing, dB. */
    public static final int SNR_STEP_DB = 2;
    private static final int NUM_BANKS = (MAX_SNR_DB - MIN_SNR_DB) / SNR_STEP_DB + 1;

    private final double delaySpreadSeconds;
    private final int windowPrb;
    private final float[][] filters; // per port j: [(bank·W + c)·12 + jj]·Pw + i, complex
    private final int[] windowPilots;

    /**
     * @param delaySpreadSeconds RMS delay spread τ assumed by the filter, in (0, 1e-4]
     */
    public LmmseChannelEstimator(PilotLayout layout, int numRx, CarrierConfig carrier, TimeInterpolation time,
                                 double delaySpreadSeconds) {
        super(layout, numRx, carrier, time);
        if (!(delaySpreadSeconds > 0 && delaySpreadSeconds <= 1e-4)) {
            throw new IllegalArgumentException("delaySpreadSeconds must be in (0, 1e-4], was " + delaySpreadSeconds);
        }
        this.delaySpreadSeconds = delaySpreadSeconds;
        this.windowPrb = Math.min(4, layout.numPrb());
        this.filters = new float[numPorts][];
        this.windowPilots = new int[numPorts];
        for (int j = 0; j < numPorts; j++) {
            // reuse the bank of an earlier port with the same geometry
            for (int i = 0; i < j; i++) {
                if (spacing[i] == spacing[j] && pilotOffset[i] == pilotOffset[j]) {
                    filters[j] = filters[i];
                    windowPilots[j] = windowPilots[i];
                }
            }
            if (filters[j] == null) {
                windowPilots[j] = windowPrb * 12 / spacing[j];
                filters[j] = design(spacing[j], pilotOffset[j], windowPilots[j]);
            }
        }
    }

    /** Assumed RMS delay spread in seconds. */
    public double delaySpreadSeconds() {
        return delaySpreadSeconds;
    }

    private double[] corr(double dk) {
        // 1/(1 + jx) = (1 − jx)/(1 + x²)
        double x = 2 * Math.PI * dk * subcarrierSpacingHz * delaySpreadSeconds;
        double d = 1 + x * x;
        return new double[] {1 / d, -x / d};
    }

    private float[] design(int s, double off, int pw) {
        int w = windowPrb;
        float[] f = new float[2 * NUM_BANKS * w * 12 * pw];
        ZMatrixRMaj rpp = new ZMatrixRMaj(pw, pw), inv = new ZMatrixRMaj(pw, pw), rhp = new ZMatrixRMaj(12 * w, pw),
                filt = new ZMatrixRMaj(12 * w, pw);
        for (int i = 0; i < pw; i++) {
            for (int k = 0; k < 12 * w; k++) {
                double[] c = corr(k - (off + s * i));
                rhp.set(k, i, c[0], c[1]);
            }
        }
        for (int b = 0; b < NUM_BANKS; b++) {
            double sigma2 = Math.pow(10, -(MIN_SNR_DB + SNR_STEP_DB * b) / 10.0);
            for (int i = 0; i < pw; i++) {
                for (int k = 0; k < pw; k++) {
                    double[] c = corr(s * (i - k));
                    rpp.set(i, k, c[0] + (i == k ? sigma2 : 0), c[1]);
                }
            }
            if (!CommonOps_ZDRM.invert(rpp, inv)) {
                throw new IllegalStateException("LMMSE pilot correlation matrix is singular");
            }
            CommonOps_ZDRM.mult(rhp, inv, filt);
            for (int c = 0; c < w; c++) {
                for (int jj = 0; jj < 12; jj++) {
                    for (int i = 0; i < pw; i++) {
                        int o = 2 * (((b * w + c) * 12 + jj) * pw + i);
                        f[o] = (float) filt.getReal(12 * c + jj, i);
                        f[o + 1] = (float) filt.getImag(12 * c + jj, i);
                    }
                }
            }
        }
        return f;
    }

    @Override
    public String name() {
        return "LMMSE";
    }

    @Override
    void interpolate(int j, float[] e, float[] out, double pilotNoise, double channelPower) {
        Objects.requireNonNull(e);
        double snrDb = pilotNoise > 0 && channelPower > 0 ? 10 * Math.log10(channelPower / pilotNoise) : MAX_SNR_DB;
        int bank = (int) Math.round((snrDb - MIN_SNR_DB) / SNR_STEP_DB);
        bank = Math.max(0, Math.min(NUM_BANKS - 1, bank));
        int w = windowPrb, pw = windowPilots[j], perPrb = 12 / spacing[j];
        int nPrb = layout.numPrb();
        float[] f = filters[j];
        for (int b = 0; b < nPrb; b++) {
            int w0 = Math.min(Math.max(b - (w - 1) / 2, 0), nPrb - w);
            int c = b - w0;
            int i0 = w0 * perPrb;
            for (int jj = 0; jj < 12; jj++) {
                int fb = 2 * (((bank * w + c) * 12 + jj) * pw);
                float sr = 0, si = 0;
                for (int i = 0; i < pw; i++) {
                    float fr = f[fb + 2 * i], fi = f[fb + 2 * i + 1];
                    float er = e[2 * (i0 + i)], ei = e[2 * (i0 + i) + 1];
                    sr += fr * er - fi * ei;
                    si += fr * ei + fi * er;
                }
                out[2 * (12 * b + jj)] = sr;
                out[2 * (12 * b + jj) + 1] = si;
            }
        }
    }
}
