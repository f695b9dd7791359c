package org.airan.phy.channel;

/**
 * The "scaling of angles" extension of the CDL models, TR 38.901 §7.7.5.1 (eq. 7.7-5): the tabulated cluster
 * angles of one dimension (AOD, AOA, ZOD or ZOA) are mapped to
 * <pre>
 *   φ_n,scaled = (AS_desired / AS_model) · (φ_n,model − μ_model) + μ_desired
 * </pre>
 * where AS_model and μ_model are the power-weighted RMS angular spread and mean angle of the tabulated clusters
 * ({@link AngularSpread#rms}, cluster powers of the table normalized to unit sum, the LOS ray of CDL-D/E counted
 * with its power) and (φ_n,model − μ_model) is the deviation from the mean, unwrapped around the mean. The
 * intra-cluster ray offsets c_AS·α_m (Table 7.5-3) are added after scaling, unchanged. A dimension whose desired
 * spread is NaN is left as tabulated. Zenith angles that scaling pushes outside [0°, 180°] are folded onto the
 * sphere by {@link CdlChannel}.
 *
 * <p>Angles follow the table's columns: AOD/ZOD at the base station, AOA/ZOA at the UE, whatever the link
 * direction of {@link CdlConfig#downlink()}.
 *
 * @param asdDeg     desired azimuth spread of departure, degrees, in (0, 103.9], or NaN (AOD not scaled)
 * @param asaDeg     desired azimuth spread of arrival, or NaN
 * @param zsdDeg     desired zenith spread of departure, degrees, in (0, 52], or NaN
 * @param zsaDeg     desired zenith spread of arrival, or NaN
 * @param meanAodDeg desired mean AOD, degrees, finite, or NaN to keep the model's mean
 * @param meanAoaDeg desired mean AOA, or NaN
 * @param meanZodDeg desired mean ZOD, degrees, in [0, 180], or NaN
 * @param meanZoaDeg desired mean ZOA, or NaN
 */
public record CdlAngleScaling(double asdDeg, double asaDeg, double zsdDeg, double zsaDeg, double meanAodDeg,
                              double meanAoaDeg, double meanZodDeg, double meanZoaDeg) {

    /**
     * Largest azimuth RMS spread: angles spread uniformly over the circle, 360°/√12 (TR 25.996 Annex A).
     */
    public static final double MAX_AZIMUTH_SPREAD_DEG = 360 / Math.sqrt(12);
    /** Largest zenith RMS spread: angles uniform over [0°, 180°], 180°/√12. */
    public static final double MAX_ZENITH_SPREAD_DEG = 180 / Math.sqrt(12);

    public CdlAngleScaling {
        checkSpread("asdDeg", asdDeg, MAX_AZIMUTH_SPREAD_DEG);
        checkSpread("asaDeg", asaDeg, MAX_AZIMUTH_SPREAD_DEG);
        checkSpread("zsdDeg", zsdDeg, MAX_ZENITH_SPREAD_DEG);
        checkSpread("zsaDeg", zsaDeg, MAX_ZENITH_SPREAD_DEG);
        checkMean("meanAodDeg", meanAodDeg, -360, 360);
        checkMean("meanAoaDeg", meanAoaDeg, -360, 360);
        checkMean("meanZodDeg", meanZodDeg, 0, 180);
        checkMean("meanZoaDeg", meanZoaDeg, 0, 180);
    }

    /** Only the spreads scaled, every mean kept (NaN spreads are not scaled). */
    public static CdlAngleScaling spreads(double asdDeg, double asaDeg, double zsdDeg, double zsaDeg) {
        return new CdlAngleScaling(asdDeg, asaDeg, zsdDeg, zsaDeg, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** Desired spread of dimension d (0 AOD, 1 AOA, 2 ZOD, 3 ZOA), NaN = not scaled. */
    double spread(int d) {
        return switch (d) {
            case 0 -> asdDeg;
            case 1 -> asaDeg;
            case 2 -> zsdDeg;
            default -> zsaDeg;
        };
    }

    /** Desired mean of dimension d, NaN = keep the model's. */
    double mean(int d) {
        return switch (d) {
            case 0 -> meanAodDeg;
            case 1 -> meanAoaDeg;
            case 2 -> meanZodDeg;
            default -> meanZoaDeg;
        };
    }

    private static void checkSpread(String name, double v, double max) {
        if (!Double.isNaN(v) && !(v > 0 && v <= max)) {
            throw new IllegalArgumentException(name + " must be in (0, " + max + "] degrees or NaN (not scaled) "
                    + "(TR 38.901 §7.7.5.1, RMS spread), was " + v);
        }
    }

    private static void checkMean(String name, double v, double lo, double hi) {
        if (!Double.isNaN(v) && !(v >= lo && v <= hi)) {
            throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "] degrees or NaN (model "
                    + "mean kept) (TR 38.901 §7.7.5.1), was " + v);
        }
    }
}
