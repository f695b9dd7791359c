/**
 * LDPC rate matching and rate recovery of the NR shared channels (TS 38.212 §5.4.2): circular buffer of N_cb bits
 * (with limited-buffer rate matching), starting position k0 of each redundancy version (Table 5.4.2.1-2), bit
 * selection that skips filler bits, and the bit interleaver of §5.4.2.2. Recovery de-interleaves received LLRs and
 * accumulates them into a per-HARQ-process {@link org.airan.phy.coding.ratematch.HarqSoftBuffer}, which is how
 * incremental-redundancy soft combining happens. Hard bits are one per {@code byte}; LLRs are {@code float} with
 * {@code LLR = ln P(b=0)/P(b=1)}.
 */
package org.airan.phy.coding.ratematch;
