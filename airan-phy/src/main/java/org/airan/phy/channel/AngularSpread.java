package org.airan.phy.channel;

import java.util.Objects;

/**
 * Power-weighted angular spread and mean angle of a set of paths, in degrees. Two definitions:
 * <ul>
 *   <li>{@link #rms}: the circular RMS spread of TR 25.996 Annex A:
 *       σ = min over Δ of √(Σ P_n (θ_n(Δ) − μ(Δ))² / Σ P_n), θ_n(Δ) = wrap(θ_n + Δ) into [−180°, 180°),
 *       μ(Δ) = Σ P_n θ_n(Δ) / Σ P_n; the mean angle is μ(Δ*) − Δ*. σ(Δ) only changes where a path crosses the wrap
 *       point, so the minimum is found exactly by trying a cut in each gap between consecutive angles;</li>
 *   <li>{@link #circularDeg}: the phasor form √(−2 ln |Σ P_n e^{jθ_n} / Σ P_n|) of TR 38.901 eq., which equals
 *       the RMS spread for small spreads and saturates for wide ones.</li>
 * </ul>
 * TR 38.901 §7.7.5.1 scales CDL cluster angles by AS_desired/AS_model around the mean, with AS_model "the rms
 * angular spread" of the tabulated model; {@link CdlAngleScaling} uses the RMS form, which is linear in the
 * deviations from the mean, so scaling the deviations by s scales the spread by exactly s (the phasor form would
 * miss the target for wide spreads; decision 040 lists both values for CDL-A..E).
 */
public final class AngularSpread {

    private AngularSpread() {
    }

    /**
     * The RMS spread and mean of one angle set.
     *
     * @param spreadDeg  σ, degrees, ≥ 0
     * @param meanDeg    power-weighted mean angle, degrees, in [−180, 180)
     * @param deviations θ_n − mean per path, degrees, unwrapped at the best cut (so Σ P_n·dev_n = 0); owned by the
     *                   caller
     */
    public record Result(double spreadDeg, double meanDeg, double[] deviations) {
    }

    /**
     * Circular RMS angular spread (TR 25.996 Annex A) of angles {@code anglesDeg} with powers {@code powers}
     * (linear, ≥ 0, not all 0).
     */
    public static Result rms(double[] anglesDeg, double[] powers) {
        int n = check(anglesDeg, powers);
        double total = 0;
        for (double p : powers) {
            total += p;
        }
        double best = Double.POSITIVE_INFINITY;
        double bestMean = 0;
        double[] bestDev = new double[n];
        double[] u = new double[n];
        // A cut just below each angle: angles unwrapped into [θ_c, θ_c + 360).
        for (int c = 0; c < n; c++) {
            double base = anglesDeg[c];
            double mean = 0;
            for (int i = 0; i < n; i++) {
                u[i] = base + mod360(anglesDeg[i] - base);
                mean += powers[i] * u[i];
            }
            mean /= total;
            double var = 0;
            for (int i = 0; i < n; i++) {
                double d = u[i] - mean;
                var += powers[i] * d * d;
            }
            var /= total;
            if (var < best - 1e-12) {
                best = var;
                bestMean = mean;
                for (int i = 0; i < n; i++) {
                    bestDev[i] = u[i] - mean;
                }
            }
        }
        return new Result(Math.sqrt(Math.max(best, 0)), wrap180(bestMean), bestDev);
    }

    /** Phasor angular spread √(−2 ln R), R = |Σ P_n e^{jθ_n}| / Σ P_n (TR 38.901 eq. A-1), degrees. */
    public static double circularDeg(double[] anglesDeg, double[] powers) {
        int n = check(anglesDeg, powers);
        double re = 0;
        double im = 0;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double a = Math.toRadians(anglesDeg[i]);
            re += powers[i] * Math.cos(a);
            im += powers[i] * Math.sin(a);
            total += powers[i];
        }
        double r = Math.hypot(re, im) / total;
        return Math.toDegrees(Math.sqrt(-2 * Math.log(Math.min(1, Math.max(r, 1e-300)))));
    }

    /** {@code a} wrapped into [0, 360). */
    static double mod360(double a) {
        double m = a % 360.0;
        return m < 0 ? m + 360.0 : m;
    }

    /** {@code a} wrapped into [−180, 180). */
    static double wrap180(double a) {
        return mod360(a + 180.0) - 180.0;
    }

    private static int check(double[] anglesDeg, double[] powers) {
        Objects.requireNonNull(anglesDeg, "anglesDeg");
        Objects.requireNonNull(powers, "powers");
        if (anglesDeg.length == 0 || anglesDeg.length != powers.length) {
            throw new IllegalArgumentException("anglesDeg and powers must have the same non-zero length, had "
                    + anglesDeg.length + " and " + powers.length);
        }
        double total = 0;
        for (int i = 0; i < powers.length; i++) {
            if (!(powers[i] >= 0) || !Double.isFinite(anglesDeg[i])) {
                throw new IllegalArgumentException("powers must be ≥ 0 and angles finite (TR 38.901 Annex A), path "
                        + i + " had power " + powers[i] + " at " + anglesDeg[i] + "°");
            }
            total += powers[i];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("powers must not all be 0 (TR 38.901 Annex A)");
        }
        return anglesDeg.length;
    }
}
