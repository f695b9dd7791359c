package org.airan.testbed.link;

import java.util.List;

/** The 10% BLER crossing of a sweep (shared by the curves and the tests). */
final class TransformPrecodingCurvesSupport {

    private TransformPrecodingCurvesSupport() {
    }

    /** SNR where the first-round BLER crosses 0.1, log10(BLER) interpolated linearly; NaN when not bracketed. */
    static double tenPercentPoint(List<LinkPointResult> pts) {
        for (int i = 1; i < pts.size(); i++) {
            double b0 = pts.get(i - 1).bler()[0];
            double b1 = pts.get(i).bler()[0];
            if (b0 >= 0.1 && b1 < 0.1) {
                double l0 = Math.log10(Math.max(b0, 1e-4));
                double l1 = Math.log10(Math.max(b1, 1e-4));
                double s0 = pts.get(i - 1).snrDb();
                double s1 = pts.get(i).snrDb();
                return s0 + (s1 - s0) * (-1 - l0) / (l1 - l0);
            }
        }
        return Double.NaN;
    }
}
