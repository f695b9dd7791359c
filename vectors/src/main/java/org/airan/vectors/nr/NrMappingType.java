package org.airan.vectors.nr;

/** PDSCH/PUSCH time-domain mapping type (TS 38.214 §5.1.2.1 and §6.1.2.1; TS 38.211 §7.4.1.1.2). */
public enum NrMappingType {
    /** Type A: slot-based, DMRS at symbol 2 or 3 of the slot. */
    A,
    /** Type B: mini-slot, DMRS at the first symbol of the allocation. */
    B
}
