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
 * <p>Type-1 ports that share their CDM group with the other w_f code are filtered jointly from the per-RE LS
 * values (no de-spreading, see {@code designJoint}).
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

    /** The per-PRB kernel runs on the Vector API ({@link LmmsePrbKernel}) when its module is present. */
    static final boolean VECTOR_API = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private final double delaySpreadSeconds;
    private final int windowPrb;
    private final float[][] filters; // per port j: [(bank·W + c)·12 + jj]·Pw + i, complex
    /**
     * The same filters laid out for the per-PRB kernel, per port j at {@code ((bank·W + c)·Pw + i)·48}: 24 floats
     * {@code (f_r, f_i)} of the 12 outputs for pilot i, then 24 floats {@code (−f_i, f_r)}, so that the 12 complex
     * outputs of a PRB accumulate as {@code out += A·e_r + B·e_i} over contiguous runs.
     */
    private final float[][] blocked;
    private final int[] windowPilots;
    private final boolean[] joint;

    /**
     * @param delaySpreadSeconds RMS delay spread τ assumed by the filter, in (0, 1e-4]
     */
    public LmmseChannelEstimator(PilotLayout layout, int numRx, CarrierConfig carrier, TimeInterpolation time,
                                 double delaySpreadSeconds) {
        super(layout, numRx, carrier, time, true);
        if (!(delaySpreadSeconds > 0 && delaySpreadSeconds <= 1e-4)) {
            throw new IllegalArgumentException("delaySpreadSeconds must be in (0, 1e-4], was " + delaySpreadSeconds);
        }
        this.delaySpreadSeconds = delaySpreadSeconds;
        this.windowPrb = Math.min(4, layout.numPrb());
        this.filters = new float[numPorts][];
        this.windowPilots = new int[numPorts];
        this.joint = new boolean[numPorts];
        for (int j = 0; j < numPorts; j++) {
            if (despread[j] && type == 1) {
                joint[j] = true;
                windowPilots[j] = windowPrb * 6;
                filters[j] = designJoint(j, windowPilots[j]);
                continue;
            }
            // reuse the bank of an earlier port with the same geometry
            for (int i = 0; i < j; i++) {
                if (!joint[i] && spacing[i] == spacing[j] && pilotOffset[i] == pilotOffset[j]) {
                    filters[j] = filters[i];
                    windowPilots[j] = windowPilots[i];
                }
            }
            if (filters[j] == null) {
                windowPilots[j] = windowPrb * 12 / spacing[j];
                filters[j] = design(spacing[j], pilotOffset[j], windowPilots[j]);
            }
        }
        this.blocked = new float[numPorts][];
        for (int j = 0; j < numPorts; j++) {
            for (int i = 0; i < j; i++) {
                if (filters[i] == filters[j]) {
                    blocked[j] = blocked[i];
                }
            }
            if (blocked[j] == null) {
                blocked[j] = block(filters[j], windowPilots[j]);
            }
        }
    }

    private float[] block(float[] f, int pw) {
        int w = windowPrb;
        float[] b = new float[NUM_BANKS * w * pw * 48];
        for (int bc = 0; bc < NUM_BANKS * w; bc++) {
            for (int i = 0; i < pw; i++) {
                int o = (bc * pw + i) * 48;
                for (int jj = 0; jj < 12; jj++) {
                    float fr = f[2 * ((bc * 12 + jj) * pw + i)], fi = f[2 * ((bc * 12 + jj) * pw + i) + 1];
                    b[o + 2 * jj] = fr;
                    b[o + 2 * jj + 1] = fi;
                    b[o + 24 + 2 * jj] = -fi;
                    b[o + 24 + 2 * jj + 1] = fr;
                }
            }
        }
        return b;
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

    /**
     * Joint filter for a type-1 port that shares its CDM group with the other w_f code: input the per-RE LS
     * {@code y(a) = Σ_p c_p(a) h_p(k_a) + n} at {@code k_a = Δ + 2a} (c_p(a) = w_f^p(a mod 2), p over the ports of
     * the group with the same w_t), output port j: {@code ĥ_j = R_{h_j y} (R_yy + σ²I)⁻¹ y} with
     * {@code R_yy[a][b] = Σ_p c_p(a)c_p(b) r(k_a − k_b)} and {@code R_{h_j y}[k][b] = c_j(b) r(k − k_b)}. No
     * de-spreading, so no leakage between the codes from the channel's change across a pair.
     */
    private float[] designJoint(int j, int pw) {
        int w = windowPrb;
        int[] codes = new int[numPorts];
        int nc = 0;
        for (int i = 0; i < numPorts; i++) {
            if (DmrsPortTable.cdmGroup(type, layout.port(i)) == DmrsPortTable.cdmGroup(type, layout.port(j))
                    && wt[i][1] == wt[j][1]) {
                codes[nc++] = wf[i][1];
            }
        }
        float[] f = new float[2 * NUM_BANKS * w * 12 * pw];
        ZMatrixRMaj ryy = new ZMatrixRMaj(pw, pw), inv = new ZMatrixRMaj(pw, pw), rhy = new ZMatrixRMaj(12 * w, pw),
                filt = new ZMatrixRMaj(12 * w, pw);
        double off = delta[j];
        for (int b = 0; b < pw; b++) {
            int cj = (b & 1) == 0 ? 1 : wf[j][1];
            for (int k = 0; k < 12 * w; k++) {
                double[] c = corr(k - (off + 2 * b));
                rhy.set(k, b, cj * c[0], cj * c[1]);
            }
        }
        for (int bank = 0; bank < NUM_BANKS; bank++) {
            double sigma2 = Math.pow(10, -(MIN_SNR_DB + SNR_STEP_DB * bank) / 10.0);
            for (int a = 0; a < pw; a++) {
                for (int b = 0; b < pw; b++) {
                    double[] c = corr(2.0 * (a - b));
                    double g = 0;
                    for (int p = 0; p < nc; p++) {
                        g += ((a & 1) == 0 ? 1 : codes[p]) * ((b & 1) == 0 ? 1 : codes[p]);
                    }
                    ryy.set(a, b, g * c[0] + (a == b ? sigma2 : 0), g * c[1]);
                }
            }
            if (!CommonOps_ZDRM.invert(ryy, inv)) {
                throw new IllegalStateException("joint LMMSE correlation matrix is singular");
            }
            CommonOps_ZDRM.mult(rhy, inv, filt);
            for (int c = 0; c < w; c++) {
                for (int jj = 0; jj < 12; jj++) {
                    for (int i = 0; i < pw; i++) {
                        int o = 2 * (((bank * w + c) * 12 + jj) * pw + i);
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
    void interpolate(int j, int idx, float[] e, float[] out, double pilotNoise, double channelPower) {
        interpolate(j, idx, e, out, pilotNoise, channelPower, VECTOR_API);
    }

    /** @param vector the Vector-API kernel (needs the module) or the plain-Java loop over the same layout */
    void interpolate(int j, int idx, float[] e, float[] out, double pilotNoise, double channelPower, boolean vector) {
        Objects.requireNonNull(e);
        if (joint[j]) {
            // per-RE inputs carry the noise of one RE pair member: twice the de-spread pilot noise
            e = rawLs[idx];
            pilotNoise *= 2;
        }
        int bank = bank(pilotNoise, channelPower);
        int w = windowPrb, pw = windowPilots[j], perPrb = joint[j] ? 6 : 12 / spacing[j];
        int nPrb = layout.numPrb();
        float[] f = blocked[j];
        Objects.checkFromIndexSize(0, 2 * (nPrb - w) * perPrb + 2 * pw, e.length);
        Objects.checkFromIndexSize(0, 24 * nPrb, out.length);
        for (int b = 0; b < nPrb; b++) {
            int w0 = Math.min(Math.max(b - (w - 1) / 2, 0), nPrb - w);
            int c = b - w0;
            int eo = 2 * w0 * perPrb;
            int ob = 24 * b;
            int fb = (bank * w + c) * pw * 48;
            if (vector) {
                LmmsePrbKernel.prb(f, fb, pw, e, eo, out, ob);
                continue;
            }
            java.util.Arrays.fill(out, ob, ob + 24, 0f);
            // out += Σ_i f_i·e_i as (f_r, f_i)·e_r + (−f_i, f_r)·e_i: the same products and the same order of
            // addition over i as the reference, so the same floats (no FMA contraction in Java)
            for (int i = 0; i < pw; i++) {
                float er = e[eo + 2 * i], ei = e[eo + 2 * i + 1];
                int fo = fb + 48 * i;
                for (int t = 0; t < 24; t++) {
                    out[ob + t] += f[fo + t] * er + f[fo + 24 + t] * ei;
                }
            }
        }
    }

    private static int bank(double pilotNoise, double channelPower) {
        double snrDb = pilotNoise > 0 && channelPower > 0 ? 10 * Math.log10(channelPower / pilotNoise) : MAX_SNR_DB;
        int bank = (int) Math.round((snrDb - MIN_SNR_DB) / SNR_STEP_DB);
        return Math.max(0, Math.min(NUM_BANKS - 1, bank));
    }

    /**
     * The scalar reference of {@link #interpolate}: one dot product of W·(pilots per PRB) complex taps per output
     * subcarrier, kept for the equality tests of the per-PRB kernel.
     */
    void interpolateReference(int j, int idx, float[] e, float[] out, double pilotNoise, double channelPower) {
        Objects.requireNonNull(e);
        if (joint[j]) {
            e = rawLs[idx];
            pilotNoise *= 2;
        }
        int bank = bank(pilotNoise, channelPower);
        int w = windowPrb, pw = windowPilots[j], perPrb = joint[j] ? 6 : 12 / spacing[j];
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
