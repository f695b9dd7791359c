package org.airan.phy.dmrs;

/** DM-RS configuration type (dmrs-Type, TS 38.211 §7.4.1.1.2 / §6.4.1.1.3). */
public enum DmrsType {
    /** Type 1: comb of 2, k = 4n + 2k' + Δ, 6 REs per PRB and CDM group, 2 CDM groups, ports 0..7. */
    TYPE1(6, 2, 8),
    /** Type 2: k = 6n + k' + Δ, 4 REs per PRB and CDM group, 3 CDM groups, ports 0..11. */
    TYPE2(4, 3, 12);

    private final int rePerPrbPerCdmGroup;
    private final int numCdmGroups;
    private final int numPorts;

    DmrsType(int rePerPrbPerCdmGroup, int numCdmGroups, int numPorts) {
        this.rePerPrbPerCdmGroup = rePerPrbPerCdmGroup;
        this.numCdmGroups = numCdmGroups;
        this.numPorts = numPorts;
    }

    /** DM-RS REs per PRB per OFDM symbol of one CDM group (6 or 4). */
    public int rePerPrbPerCdmGroup() {
        return rePerPrbPerCdmGroup;
    }

    /** CDM groups (2 or 3). */
    public int numCdmGroups() {
        return numCdmGroups;
    }

    /** Antenna ports p (PUSCH p, PDSCH 1000 + p) available with double-symbol DM-RS (8 or 12). */
    public int numPorts() {
        return numPorts;
    }
}
