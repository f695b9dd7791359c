package org.airan.vectors.nr;

/**
 * DMRS configuration of an allocation (TS 38.211 §7.4.1.1 for PDSCH, §6.4.1.1 for PUSCH).
 *
 * @param configType            DMRS configuration type 1 or 2 ({@code dmrs-Type}, TS 38.211 §7.4.1.1.2)
 * @param typeAPosition         l_0 for mapping type A: 2 or 3 ({@code dmrs-TypeA-Position}, TS 38.211 §7.4.1.1.2)
 * @param additionalPositions   additional DMRS symbols 0..3 ({@code dmrs-AdditionalPosition},
 *                              TS 38.211 Table 7.4.1.1.2-3)
 * @param maxLength             single (1) or double (2) symbol DMRS ({@code maxLength}, TS 38.211 §7.4.1.1.2)
 * @param cdmGroupsWithoutData  CDM groups without data, 1..2 for type 1 and 1..3 for type 2 (TS 38.212
 *                              Table 7.3.1.2.2-1ff., TS 38.214 §5.1.6.2)
 * @param scramblingId          N_ID^{n_SCID} 0..65535 (TS 38.211 §7.4.1.1.1), or {@code null} for the cell ID
 */
public record NrDmrsConfig(int configType, int typeAPosition, int additionalPositions, int maxLength,
                           int cdmGroupsWithoutData, Integer scramblingId) {

    public NrDmrsConfig {
        if (configType != 1 && configType != 2) {
            throw new IllegalArgumentException("configType must be 1 or 2 (TS 38.211 §7.4.1.1.2), was "
                    + configType);
        }
        if (typeAPosition != 2 && typeAPosition != 3) {
            throw new IllegalArgumentException("typeAPosition must be 2 or 3 (TS 38.211 §7.4.1.1.2), was "
                    + typeAPosition);
        }
        if (additionalPositions < 0 || additionalPositions > 3) {
            throw new IllegalArgumentException("additionalPositions must be in [0, 3] (TS 38.211 Table "
                    + "7.4.1.1.2-3), was " + additionalPositions);
        }
        if (maxLength != 1 && maxLength != 2) {
            throw new IllegalArgumentException("maxLength must be 1 or 2 (TS 38.211 §7.4.1.1.2), was " + maxLength);
        }
        int maxGroups = configType == 1 ? 2 : 3;
        if (cdmGroupsWithoutData < 1 || cdmGroupsWithoutData > maxGroups) {
            throw new IllegalArgumentException("cdmGroupsWithoutData must be in [1, " + maxGroups
                    + "] for DMRS type " + configType + " (TS 38.214 §5.1.6.2), was " + cdmGroupsWithoutData);
        }
        if (scramblingId != null && (scramblingId < 0 || scramblingId > 65535)) {
            throw new IllegalArgumentException("scramblingId must be in [0, 65535] (TS 38.211 §7.4.1.1.1), was "
                    + scramblingId);
        }
    }

    /** Type 1, l_0 = 2, one additional position, single symbol, 2 CDM groups without data, cell-ID scrambling. */
    public static NrDmrsConfig defaults() {
        return new NrDmrsConfig(1, 2, 1, 1, 2, null);
    }
}
