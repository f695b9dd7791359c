package org.airan.phy.nr;

/**
 * Data-to-DM-RS EPRE ratios of TS 38.214 Table 4.1-1 (PDSCH) and Table 6.2.2-1 (PUSCH), which are the same: with
 * {@code g} DM-RS CDM groups without data the DM-RS REs carry g times the data EPRE
 * (0 dB, −3 dB, −4.77 dB data-to-DM-RS for g = 1, 2, 3), so that each DM-RS symbol has the power of a full data symbol.
 */
public final class Epre {
    private Epre() {
    }

    /** β_PDSCH/PUSCH^DMRS ratio in dB (data EPRE over DM-RS EPRE): 0, −3, −4.77 for g = 1, 2, 3. */
    public static double dataToDmrsEpreDb(int numCdmGroupsWithoutData) {
        return switch (numCdmGroupsWithoutData) {
            case 1 -> 0.0;
            case 2 -> -3.0;
            case 3 -> -4.77;
            default -> throw new IllegalArgumentException("numCdmGroupsWithoutData must be 1, 2 or 3 (TS 38.214 "
                    + "Table 4.1-1 / 6.2.2-1), was " + numCdmGroupsWithoutData);
        };
    }

    /**
     * DM-RS amplitude scaling β_DMRS = 10^(−ratio/20) applied to the DM-RS when data REs have unit energy
     * (TS 38.211 §7.4.1.1.2 / §6.4.1.1.3): 1, 1.4125, 1.7318 for g = 1, 2, 3 (≈ √g; the table's rounded dB values
     * are used as printed).
     */
    public static double dmrsAmplitude(int numCdmGroupsWithoutData) {
        return Math.pow(10.0, -dataToDmrsEpreDb(numCdmGroupsWithoutData) / 20.0);
    }
}
