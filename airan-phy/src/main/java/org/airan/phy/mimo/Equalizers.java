package org.airan.phy.mimo;

/** Factory of {@link Equalizer}s, sized for a maximum number of receive antennas (1..64; 4 layers max). */
public final class Equalizers {

    /** Equalizer algorithms. */
    public enum Kind {
        /** {@link ZfEqualizer}. */
        ZF,
        /** {@link MmseEqualizer}. */
        MMSE
    }

    private Equalizers() {
    }

    /** A new equalizer of the given kind. */
    public static Equalizer create(Kind kind, int maxRxAntennas) {
        return switch (kind) {
            case ZF -> new ZfEqualizer(maxRxAntennas);
            case MMSE -> new MmseEqualizer(maxRxAntennas);
        };
    }
}
