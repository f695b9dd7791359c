package org.airan.phy.modulation;

/**
 * The NR modulation schemes of TS 38.211 §5.1 with their modulation order Q_m (bits per symbol).
 *
 * <p>All constellations have unit average energy E|d|² = 1. Square QAM schemes (QPSK .. 1024QAM) take the bits
 * of even index b(2i) for the in-phase and of odd index b(2i+1) for the quadrature component, each a Gray-coded
 * PAM of {@link #bitsPerDimension()} bits with levels ±1, ±3, .. scaled by {@link #scale()}.
 */
public enum Modulation {
    /** π/2-BPSK, §5.1.2 (PUSCH/PUCCH with transform precoding only); symbol i is rotated by e^{jπ(i mod 2)/2}. */
    PI_2_BPSK(1, 0, 1.0 / Math.sqrt(2.0)),
    /** BPSK, §5.1.3: d = (1−2b)(1+j)/√2. */
    BPSK(1, 0, 1.0 / Math.sqrt(2.0)),
    /** QPSK, §5.1.4: d = [(1−2b0) + j(1−2b1)]/√2. */
    QPSK(2, 1, 1.0 / Math.sqrt(2.0)),
    /** 16QAM, §5.1.5: scale 1/√10. */
    QAM16(4, 2, 1.0 / Math.sqrt(10.0)),
    /** 64QAM, §5.1.6: scale 1/√42. */
    QAM64(6, 3, 1.0 / Math.sqrt(42.0)),
    /** 256QAM, §5.1.7: scale 1/√170. */
    QAM256(8, 4, 1.0 / Math.sqrt(170.0)),
    /** 1024QAM, §5.1.8: scale 1/√682. */
    QAM1024(10, 5, 1.0 / Math.sqrt(682.0));

    private final int bitsPerSymbol;
    private final int bitsPerDimension;
    private final double scale;

    Modulation(int bitsPerSymbol, int bitsPerDimension, double scale) {
        this.bitsPerSymbol = bitsPerSymbol;
        this.bitsPerDimension = bitsPerDimension;
        this.scale = scale;
    }

    /** Q_m: bits per modulation symbol. */
    public int bitsPerSymbol() {
        return bitsPerSymbol;
    }

    /** Bits per real dimension for square QAM (Q_m/2); 0 for the BPSK variants. */
    public int bitsPerDimension() {
        return bitsPerDimension;
    }

    /** Amplitude of the PAM unit level (1/√2, 1/√10, 1/√42, 1/√170, 1/√682). */
    public double scale() {
        return scale;
    }

    /** True for QPSK .. 1024QAM (separable into two Gray PAMs). */
    public boolean isSquareQam() {
        return bitsPerDimension > 0;
    }

    /**
     * The QAM scheme with modulation order Q_m ∈ {2, 4, 6, 8, 10}, or {@link #BPSK} for 1 (π/2-BPSK must be asked for
     * by name, TS 38.214 §6.1.4.1: it applies only with transform precoding).
     */
    public static Modulation ofOrder(int qm) {
        return switch (qm) {
            case 1 -> BPSK;
            case 2 -> QPSK;
            case 4 -> QAM16;
            case 6 -> QAM64;
            case 8 -> QAM256;
            case 10 -> QAM1024;
            default -> throw new IllegalArgumentException(
                    "modulation order Qm must be one of 1, 2, 4, 6, 8, 10 (TS 38.211 §5.1), was " + qm);
        };
    }
}
