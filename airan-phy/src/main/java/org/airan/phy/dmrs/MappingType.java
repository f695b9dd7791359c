package org.airan.phy.dmrs;

/** PDSCH/PUSCH time-domain mapping type (TS 38.214 §5.1.2.1, §6.1.2.1; TS 38.211 §7.4.1.1.2, §6.4.1.1.3). */
public enum MappingType {
    /** Slot based: first DM-RS at l0 = dmrs-TypeA-Position (2 or 3) counted from the slot start. */
    A,
    /** Mini-slot: first DM-RS at the first symbol of the allocation. */
    B
}
