package org.airan.phy.coding.ldpc;

/** Factory of {@link LdpcEncoder}s, sized once for the largest lifting size they will see. */
public final class LdpcEncoders {

    private LdpcEncoders() {
    }

    /**
     * An encoder for every code with {@code Z_c ≤ maxZ} (TS 38.212 §5.3.2).
     *
     * @param maxZ largest lifting size, 2..384
     */
    public static LdpcEncoder create(int maxZ) {
        return new DoubleDiagonalLdpcEncoder(maxZ);
    }
}
