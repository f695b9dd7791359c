/**
 * The {@code nr} SigMF extension, version 1: what a 5G NR receiver and a scorer need to know about a recording.
 *
 * <p>{@link org.airan.vectors.nr.NrMetadata} is the typed model with its JSON mapping and validation: the carrier
 * ({@link org.airan.vectors.nr.NrCarrier}, mapping onto {@link org.airan.phy.grid.CarrierConfig}, TS 38.211
 * §4.2–§5.3), the slot grid ({@link org.airan.vectors.nr.NrFirstSlot}), per-slot PDSCH/PUSCH allocations
 * ({@link org.airan.vectors.nr.NrAllocation}, TS 38.214 §5.1 / §6.1) carried as SigMF annotations, and the ground
 * truth ({@link org.airan.vectors.nr.NrGroundTruth}: cell ID, SSB indices, beam RSRP traces, traffic). Unknown keys
 * at every level survive a read-modify-write. {@link org.airan.vectors.nr.NrSlotCursor} replays a recording slot by
 * slot. The extension is defined field by field in the module README.
 */
package org.airan.vectors.nr;
