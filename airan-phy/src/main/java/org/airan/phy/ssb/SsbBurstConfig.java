package org.airan.phy.ssb;

/**
 * An SS burst set as a base station transmits it (TS 38.213 §4.1): cell identity, candidate pattern, the SSB
 * indices actually transmitted (ssb-PositionsInBurst, TS 38.331) and one beam per SSB index.
 *
 * @param pci          N_ID^cell, 0..1007
 * @param pattern      candidate positions and L_max
 * @param ssbBitmap    bit i set: SSB index i is transmitted (bit 0 = index 0), non-zero, only bits below lMax
 * @param numAntennas  transmit antennas, ≥ 1
 * @param beamWeights  [ssbIndex][2·numAntennas] complex weights (re, im per antenna); null = weight 1 on every
 *                     antenna for every index; rows of non-transmitted indices may be null
 * @param power        β scaling of the block signals
 */
public record SsbBurstConfig(int pci, SsbBurstPattern pattern, long ssbBitmap, int numAntennas, float[][] beamWeights,
                             SsbPower power) {

    public SsbBurstConfig {
        SsbSequences.checkPci(pci);
        if (pattern == null) {
            throw new IllegalArgumentException("pattern must not be null (TS 38.213 §4.1)");
        }
        if (power == null) {
            throw new IllegalArgumentException("power must not be null (TS 38.211 §7.4.3.1)");
        }
        long allowed = pattern.lMax() == 64 ? -1L : (1L << pattern.lMax()) - 1;
        if (ssbBitmap == 0 || (ssbBitmap & ~allowed) != 0) {
            throw new IllegalArgumentException("ssbBitmap must be non-zero with bits only below lMax = " + pattern.lMax()
                    + " (ssb-PositionsInBurst, TS 38.331 / TS 38.213 §4.1), was 0x" + Long.toHexString(ssbBitmap));
        }
        if (numAntennas < 1 || numAntennas > 1024) {
            throw new IllegalArgumentException("numAntennas must be in [1, 1024], was " + numAntennas);
        }
        if (beamWeights != null) {
            if (beamWeights.length < pattern.lMax()) {
                throw new IllegalArgumentException("beamWeights must have a row per SSB index (lMax = " + pattern.lMax()
                        + "), had " + beamWeights.length);
            }
            float[][] copy = new float[beamWeights.length][];
            for (int i = 0; i < pattern.lMax(); i++) {
                if ((ssbBitmap >>> i & 1) == 0) {
                    continue;
                }
                if (beamWeights[i] == null || beamWeights[i].length != 2 * numAntennas) {
                    throw new IllegalArgumentException("beamWeights[" + i + "] must hold 2·numAntennas = "
                            + 2 * numAntennas + " floats (re, im per antenna)");
                }
                copy[i] = beamWeights[i].clone();
            }
            beamWeights = copy;
        }
    }

    /** A single-antenna burst set without beamforming. */
    public static SsbBurstConfig singleAntenna(int pci, SsbBurstPattern pattern, long ssbBitmap) {
        return new SsbBurstConfig(pci, pattern, ssbBitmap, 1, null, SsbPower.UNIT);
    }

    /** True when SSB index {@code i} is transmitted. */
    public boolean transmitted(int i) {
        return i >= 0 && i < pattern.lMax() && (ssbBitmap >>> i & 1) != 0;
    }

    /** Weight of antenna {@code a} for SSB index {@code i}, real part. */
    public float weightRe(int i, int a) {
        return beamWeights == null ? 1f : beamWeights[i][2 * a];
    }

    /** Weight of antenna {@code a} for SSB index {@code i}, imaginary part. */
    public float weightIm(int i, int a) {
        return beamWeights == null ? 0f : beamWeights[i][2 * a + 1];
    }
}
