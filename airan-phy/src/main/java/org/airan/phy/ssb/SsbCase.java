package org.airan.phy.ssb;

/**
 * The SS/PBCH block transmission cases of TS 38.213 §4.1 (licensed spectrum), with their subcarrier spacing and
 * the first symbols of the candidate blocks within one half frame.
 */
public enum SsbCase {
    /** 15 kHz, first symbols {2, 8} + 14n. */
    A(15),
    /** 30 kHz, first symbols {4, 8, 16, 20} + 28n. */
    B(30),
    /** 30 kHz, first symbols {2, 8} + 14n. */
    C(30),
    /** 120 kHz (FR2), first symbols {4, 8, 16, 20} + 28n. */
    D(120),
    /** 240 kHz (FR2), first symbols {8, 12, 16, 20, 32, 36, 40, 44} + 56n. */
    E(240);

    private final int subcarrierSpacingKhz;

    SsbCase(int subcarrierSpacingKhz) {
        this.subcarrierSpacingKhz = subcarrierSpacingKhz;
    }

    /** SSB subcarrier spacing in kHz (TS 38.213 §4.1). */
    public int subcarrierSpacingKhz() {
        return subcarrierSpacingKhz;
    }

    /** Numerology µ of the SSB (log2 of SCS / 15 kHz). */
    public int numerology() {
        return Integer.numberOfTrailingZeros(subcarrierSpacingKhz / 15);
    }
}
