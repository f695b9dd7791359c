package org.airan.phy.ssb;

/**
 * Supplies the 864 coded PBCH bits of one SSB before the TS 38.211 §7.3.3.1 scrambling, i.e. the output of the
 * TS 38.212 §7.1 chain (MIB + timing bits, payload scrambling, CRC24C, polar coding, rate matching). A PBCH encoder
 * is bound as a lambda, e.g. {@code (i, hf, out, off) -> encoder.encode(mib, hf, i, lMax, pci, out)}.
 */
@FunctionalInterface
public interface PbchBitSource {
    /**
     * @param ssbIndex  SSB index i_SSB
     * @param halfFrame half-frame bit n_hf
     * @param out       Modified: 864 bits (one per byte, 0/1) from {@code off}
     */
    void pbchBits(int ssbIndex, int halfFrame, byte[] out, int off);
}
