package org.airan.phy.channel;

import java.util.Arrays;

/**
 * A power-delay profile: paths with absolute delays (seconds), linear powers and a flag saying which paths are
 * line-of-sight (specular, non-fading) components, as in the TDL models of TR 38.901 §7.7.2 and the simplified
 * profiles of TS 38.101-4 Annex B.2.1 / TS 38.104 Annex G.2.1.
 *
 * <p>A LOS model (TDL-D/E) lists its first tap twice: once as the LOS path and once as a Rayleigh path with the
 * same delay; the ratio of their powers is the Ricean K-factor K1 of TR 38.901 Tables 7.7.2-4/5.
 *
 * @param name          short name for reports, e.g. "TDL-C 300 ns"
 * @param delaysSeconds path delays τ_n ≥ 0 in seconds
 * @param powers        linear path powers ≥ 0 (not necessarily normalized, see {@link #normalized()})
 * @param los           true where the path is a LOS (specular) component
 */
public record DelayProfile(String name, double[] delaysSeconds, double[] powers, boolean[] los) {

    public DelayProfile {
        if (name == null || delaysSeconds == null || powers == null || los == null) {
            throw new IllegalArgumentException("name, delaysSeconds, powers and los must not be null");
        }
        if (delaysSeconds.length == 0 || delaysSeconds.length != powers.length || powers.length != los.length) {
            throw new IllegalArgumentException("delaysSeconds, powers and los must have the same non-zero length, were "
                    + delaysSeconds.length + ", " + powers.length + ", " + los.length);
        }
        double total = 0;
        for (int i = 0; i < powers.length; i++) {
            if (!(delaysSeconds[i] >= 0) || Double.isInfinite(delaysSeconds[i])) {
                throw new IllegalArgumentException("delaysSeconds[" + i + "] must be finite and ≥ 0, was "
                        + delaysSeconds[i]);
            }
            if (!(powers[i] >= 0) || Double.isInfinite(powers[i])) {
                throw new IllegalArgumentException("powers[" + i + "] must be finite and ≥ 0, was " + powers[i]);
            }
            total += powers[i];
        }
        if (total <= 0) {
            throw new IllegalArgumentException("powers must not all be zero");
        }
        delaysSeconds = delaysSeconds.clone();
        powers = powers.clone();
        los = los.clone();
    }

    /** Number of paths (rows). */
    public int numPaths() {
        return powers.length;
    }

    /** Copy of the delays in seconds. */
    @Override
    public double[] delaysSeconds() {
        return delaysSeconds.clone();
    }

    /** Copy of the linear powers. */
    @Override
    public double[] powers() {
        return powers.clone();
    }

    /** Copy of the LOS flags. */
    @Override
    public boolean[] los() {
        return los.clone();
    }

    double delay(int i) {
        return delaysSeconds[i];
    }

    double power(int i) {
        return powers[i];
    }

    boolean isLos(int i) {
        return los[i];
    }

    /** Sum of the linear path powers. */
    public double totalPower() {
        double t = 0;
        for (double p : powers) {
            t += p;
        }
        return t;
    }

    /** This profile scaled to unit total power (TR 38.901 §7.7.2 models are used normalized). */
    public DelayProfile normalized() {
        double t = totalPower();
        double[] p = powers.clone();
        for (int i = 0; i < p.length; i++) {
            p[i] /= t;
        }
        return new DelayProfile(name, delaysSeconds, p, los);
    }

    /** Largest path delay in seconds. */
    public double maxDelaySeconds() {
        double m = 0;
        for (double d : delaysSeconds) {
            m = Math.max(m, d);
        }
        return m;
    }

    /** Power-weighted RMS delay spread in seconds (TR 38.901 eq. 7.7-1 style second central moment). */
    public double rmsDelaySpreadSeconds() {
        double t = totalPower(), m1 = 0, m2 = 0;
        for (int i = 0; i < powers.length; i++) {
            m1 += powers[i] * delaysSeconds[i];
            m2 += powers[i] * delaysSeconds[i] * delaysSeconds[i];
        }
        m1 /= t;
        m2 /= t;
        return Math.sqrt(Math.max(0, m2 - m1 * m1));
    }

    /** Ricean K-factor: LOS power over the power of all other paths (0 for NLOS profiles). */
    public double kFactor() {
        double l = 0, n = 0;
        for (int i = 0; i < powers.length; i++) {
            if (los[i]) {
                l += powers[i];
            } else {
                n += powers[i];
            }
        }
        return l / n;
    }

    /** A single Rayleigh path at delay 0 with unit power (flat fading). */
    public static DelayProfile flatRayleigh() {
        return new DelayProfile("flat Rayleigh", new double[] {0}, new double[] {1}, new boolean[] {false});
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DelayProfile d && name.equals(d.name) && Arrays.equals(delaysSeconds, d.delaysSeconds)
                && Arrays.equals(powers, d.powers) && Arrays.equals(los, d.los);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(powers);
    }

    @Override
    public String toString() {
        return "DelayProfile[" + name + ", " + powers.length + " paths, DS=" + rmsDelaySpreadSeconds() * 1e9 + " ns]";
    }
}
