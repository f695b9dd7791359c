package org.airan.vectors.nr;

import org.airan.phy.dmrs.DmrsType;

/**
 * DMRS configuration of an allocation (TS 38.211 §7.4.1.1 for PDSCH, §6.4.1.1 for PUSCH); with the allocation it
 * maps onto the PHY's {@link org.airan.phy.dmrs.DmrsConfig} ({@link NrAllocation#toDmrsConfig(int)}).
 *
 * @param type                  DMRS configuration type ({@code dmrs-Type}, TS 38.211 §7.4.1.1.2)
 * @param typeAPosition         l_0 for mapping type A: 2 or 3 ({@code dmrs-TypeA-Position}, TS 38.211 §7.4.1.1.2)
 * @param additionalPositions   additional DMRS symbols, 0..3 for single-symbol and 0..1 for double-symbol DMRS
 *                              ({@code dmrs-AdditionalPosition}, TS 38.211 Tables 7.4.1.1.2-3/4)
 * @param maxLength             single (1) or double (2) symbol DMRS ({@code maxLength}, TS 38.211 §7.4.1.1.2)
 * @param cdmGroupsWithoutData  CDM groups without data, 1..2 for type 1 and 1..3 for type 2 (TS 38.212
 *                              Tables 7.3.1.2.2-1..4, TS 38.214 §5.1.6.2)
 * @param scramblingId          N_ID^{n_SCID}, 0..65535 (TS 38.211 §7.4.1.1.1), or {@code null} for the cell ID
 */
public record NrDmrsConfig(DmrsType type, int typeAPosition, int additionalPositions, int maxLength,
                           int cdmGroupsWithoutData, Integer scramblingId) {

    public NrDmrsConfig {
        if (type == null) {
            throw new IllegalArgumentException("type must not be null (TS 38.211 §7.4.1.1.2 dmrs-Type)");
        }
        if (typeAPosition != 2 && typeAPosition != 3) {
            throw new IllegalArgumentException("typeAPosition must be 2 or 3 (TS 38.211 §7.4.1.1.2), was "
                    + typeAPosition);
        }
        if (maxLength != 1 && maxLength != 2) {
            throw new IllegalArgumentException("maxLength must be 1 or 2 (TS 38.211 §7.4.1.1.2), was " + maxLength);
        }
        int maxAdditional = maxLength == 1 ? 3 : 1;
        if (additionalPositions < 0 || additionalPositions > maxAdditional) {
            throw new IllegalArgumentException("additionalPositions must be in [0, " + maxAdditional
                    + "] for maxLength " + maxLength + " (TS 38.211 Tables 7.4.1.1.2-3/4), was "
                    + additionalPositions);
        }
        if (cdmGroupsWithoutData < 1 || cdmGroupsWithoutData > type.numCdmGroups()) {
            throw new IllegalArgumentException("cdmGroupsWithoutData must be in [1, " + type.numCdmGroups()
                    + "] for DMRS " + type + " (TS 38.214 §5.1.6.2), was " + cdmGroupsWithoutData);
        }
        if (scramblingId != null && (scramblingId < 0 || scramblingId > 65535)) {
            throw new IllegalArgumentException("scramblingId must be in [0, 65535] (TS 38.211 §7.4.1.1.1), was "
                    + scramblingId);
        }
    }

    /** Type 1, l_0 = 2, one additional position, single symbol, 2 CDM groups without data, cell-ID scrambling. */
    public static NrDmrsConfig defaults() {
        return new NrDmrsConfig(DmrsType.TYPE1, 2, 1, 1, 2, null);
    }
}
