package org.airan.phy.nr;

import org.airan.phy.modulation.Modulation;

/**
 * One row of an MCS index table (TS 38.214 Tables 5.1.3.1-1..4, 6.1.4.1-1/2).
 *
 * @param index              I_MCS, 0..31
 * @param modulation         the modulation (Q_m bits per symbol)
 * @param codeRateX1024      target code rate R × 1024 (e.g. 682.5); NaN for reserved rows
 * @param spectralEfficiency Q_m·R in bit/symbol as printed; NaN for reserved rows
 * @param reserved           true for the rows that only fix Q_m (retransmissions, TS 38.214 §5.1.3.1)
 */
public record McsEntry(int index, Modulation modulation, double codeRateX1024, double spectralEfficiency,
                       boolean reserved) {

    public McsEntry {
        if (index < 0 || index > 31) {
            throw new IllegalArgumentException("index I_MCS must be in [0, 31] (TS 38.214 §5.1.3.1), was " + index);
        }
        if (modulation == null) {
            throw new IllegalArgumentException("modulation must not be null");
        }
        if (!reserved && !(codeRateX1024 > 0 && codeRateX1024 < 1024)) {
            throw new IllegalArgumentException("codeRateX1024 must be in (0, 1024) for a non-reserved row "
                    + "(TS 38.214 §5.1.3.1), was " + codeRateX1024);
        }
    }

    /** Q_m. */
    public int qm() {
        return modulation.bitsPerSymbol();
    }

    /** Target code rate R = codeRateX1024 / 1024. */
    public double codeRate() {
        return codeRateX1024 / 1024.0;
    }
}
