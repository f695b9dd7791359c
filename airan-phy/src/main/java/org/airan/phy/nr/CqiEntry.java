package org.airan.phy.nr;

import org.airan.phy.modulation.Modulation;

/**
 * One row of a 4-bit CQI table (TS 38.214 Tables 5.2.2.1-2..4).
 *
 * @param cqi           CQI index 0..15; 0 means "out of range" (modulation null, rate and efficiency NaN)
 * @param modulation    modulation, null for CQI 0
 * @param codeRateX1024 code rate × 1024
 * @param efficiency    spectral efficiency in bit/symbol as printed
 */
public record CqiEntry(int cqi, Modulation modulation, double codeRateX1024, double efficiency) {
    public CqiEntry {
        if (cqi < 0 || cqi > 15) {
            throw new IllegalArgumentException("cqi must be in [0, 15] (TS 38.214 §5.2.2.1), was " + cqi);
        }
    }

    /** True for CQI 0 ("out of range"). */
    public boolean outOfRange() {
        return modulation == null;
    }
}
