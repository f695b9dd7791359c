package org.airan.phy.channel;

import java.util.Objects;

/**
 * A uniform planar array (TR 38.901 §7.3, single panel): {@code numRows × numColumns} element positions in the
 * local y–z plane (columns along y, rows along z, boresight +x), {@code numPolarizations} co-located elements per
 * position, rotated by {@code bearingRad} about the z axis (the array's boresight azimuth in the global frame;
 * no down-tilt). Element index: {@code (row·numColumns + column)·numPolarizations + pol}.
 *
 * <p>Polarization: one element is vertically polarized (slant ζ = 0); two are slanted ±45° (TR 38.901 §7.3.2
 * model 2: {@code F_θ = √A·cos ζ}, {@code F_φ = √A·sin ζ}).
 *
 * @param numRows              M, vertical element count 1..32
 * @param numColumns           N, horizontal element count 1..32
 * @param numPolarizations     P, 1 or 2
 * @param verticalSpacing      d_V in wavelengths (&gt; 0, e.g. 0.5)
 * @param horizontalSpacing    d_H in wavelengths (&gt; 0, e.g. 0.5)
 * @param pattern              element radiation pattern
 * @param bearingRad           boresight azimuth of the array in the global frame
 */
public record AntennaArray(int numRows, int numColumns, int numPolarizations, double verticalSpacing,
                           double horizontalSpacing, ElementPattern pattern, double bearingRad) {

    /** Element radiation patterns. */
    public enum ElementPattern {
        /** Isotropic, 0 dBi. */
        ISOTROPIC,
        /**
         * TR 38.901 Table 7.3-1: {@code A(θ,φ) = −min(−(A_V + A_H), 30 dB)}, {@code A_V = −min(12((θ−90°)/65°)², 30)},
         * {@code A_H = −min(12(φ/65°)², 30)}, maximum directional gain 8 dBi.
         */
        TR38901
    }

    public AntennaArray {
        Objects.requireNonNull(pattern, "pattern");
        if (numRows < 1 || numRows > 32 || numColumns < 1 || numColumns > 32) {
            throw new IllegalArgumentException("numRows and numColumns must be in [1, 32] (TR 38.901 §7.3), were "
                    + numRows + ", " + numColumns);
        }
        if (numPolarizations != 1 && numPolarizations != 2) {
            throw new IllegalArgumentException("numPolarizations must be 1 or 2 (TR 38.901 §7.3), was " + numPolarizations);
        }
        if (!(verticalSpacing > 0) || !(horizontalSpacing > 0) || verticalSpacing > 100 || horizontalSpacing > 100) {
            throw new IllegalArgumentException("element spacings must be in (0, 100] wavelengths, were "
                    + verticalSpacing + ", " + horizontalSpacing);
        }
        if (!Double.isFinite(bearingRad)) {
            throw new IllegalArgumentException("bearingRad must be finite, was " + bearingRad);
        }
    }

    /** A single isotropic vertically polarized antenna. */
    public static AntennaArray single() {
        return new AntennaArray(1, 1, 1, 0.5, 0.5, ElementPattern.ISOTROPIC, 0);
    }

    /** A horizontal uniform linear array of n isotropic elements at half-wavelength spacing. */
    public static AntennaArray ula(int n) {
        return new AntennaArray(1, n, 1, 0.5, 0.5, ElementPattern.ISOTROPIC, 0);
    }

    /** Number of elements M·N·P. */
    public int numElements() {
        return numRows * numColumns * numPolarizations;
    }

    /** Element position in wavelengths, global frame: {x, y, z}. */
    public double[] position(int element) {
        int pos = element / numPolarizations;
        int row = pos / numColumns, col = pos % numColumns;
        double y = col * horizontalSpacing, z = row * verticalSpacing;
        return new double[] {-y * Math.sin(bearingRad), y * Math.cos(bearingRad), z};
    }

    /** Slant angle ζ of an element in radians. */
    public double slant(int element) {
        if (numPolarizations == 1) {
            return 0;
        }
        return element % 2 == 0 ? Math.PI / 4 : -Math.PI / 4;
    }

    /**
     * Linear power gain of the element pattern at global zenith θ and azimuth φ (radians), TR 38.901 Table 7.3-1
     * evaluated in the array's local frame (azimuth relative to {@link #bearingRad()}).
     */
    public double gain(double zenithRad, double azimuthRad) {
        if (pattern == ElementPattern.ISOTROPIC) {
            return 1;
        }
        double th = Math.toDegrees(zenithRad);
        double ph = Math.toDegrees(Math.IEEEremainder(azimuthRad - bearingRad, 2 * Math.PI));
        double av = -Math.min(12 * Math.pow((th - 90) / 65, 2), 30);
        double ah = -Math.min(12 * Math.pow(ph / 65, 2), 30);
        double a = -Math.min(-(av + ah), 30);
        return Math.pow(10, (8 + a) / 10);
    }

    /**
     * Writes the unit-norm steering (beam) vector toward global zenith θ / azimuth φ, conjugate-matched to the
     * plane-wave response {@code exp(j2π r̂·d̄)} of every element ({@code w_e = exp(−j2π r̂·d̄_e)/√E}); a beam for a
     * CDL transmit array. Allocation-free.
     *
     * @param w 2·numElements floats; Modified
     */
    public void steeringVector(double zenithRad, double azimuthRad, float[] w, int offset) {
        int e = numElements();
        Objects.checkFromIndexSize(offset, 2 * e, w.length);
        double rx = Math.sin(zenithRad) * Math.cos(azimuthRad), ry = Math.sin(zenithRad) * Math.sin(azimuthRad);
        double rz = Math.cos(zenithRad);
        double norm = 1 / Math.sqrt(e);
        double sb = Math.sin(bearingRad), cb = Math.cos(bearingRad);
        for (int i = 0; i < e; i++) {
            int pos = i / numPolarizations;
            double y = (pos % numColumns) * horizontalSpacing, z = (pos / numColumns) * verticalSpacing;
            double ph = -2 * Math.PI * (rx * (-y * sb) + ry * (y * cb) + rz * z);
            w[offset + 2 * i] = (float) (norm * Math.cos(ph));
            w[offset + 2 * i + 1] = (float) (norm * Math.sin(ph));
        }
    }
}
