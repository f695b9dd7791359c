/**
 * The SS/PBCH block (SSB) of TS 38.211 §7.4.3 and its signals: PSS and SSS (§7.4.2), PBCH DM-RS (§7.4.1.4),
 * PBCH scrambling and QPSK (§7.3.3), the block's resource mapping and power scaling (§7.4.3.1), the burst
 * candidate positions of TS 38.213 §4.1 (cases A-E), a burst-set transmitter with one beam per SSB index, and
 * the per-SSB beam measurements of TS 38.215 §5.1 with the report mappings of TS 38.133 §10.1.
 *
 * <p>PBCH channel coding (TS 38.212 §7.1: MIB, payload, polar code) lives with the polar coding blocks; this
 * package starts from the 864 coded bits.
 */
package org.airan.phy.ssb;
