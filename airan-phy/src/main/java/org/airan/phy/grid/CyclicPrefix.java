package org.airan.phy.grid;

/**
 * Cyclic-prefix type of a bandwidth part (TS 38.211 §4.2, Table 4.2-1).
 * The extended cyclic prefix exists only for µ = 2 (60 kHz).
 */
public enum CyclicPrefix {
    /** Normal cyclic prefix: 14 OFDM symbols per slot (TS 38.211 Table 4.3.2-1). */
    NORMAL(14),
    /** Extended cyclic prefix: 12 OFDM symbols per slot (TS 38.211 Table 4.3.2-2), 60 kHz only. */
    EXTENDED(12);

    private final int symbolsPerSlot;

    CyclicPrefix(int symbolsPerSlot) {
        this.symbolsPerSlot = symbolsPerSlot;
    }

    /** N_symb^slot: OFDM symbols per slot. */
    public int symbolsPerSlot() {
        return symbolsPerSlot;
    }
}
