/**
 * Cell search on recorded baseband IQ, FR1 (SSB cases A-C, 15/30 kHz) and FR2 (cases D/E, 120/240 kHz): SSB
 * synchronization raster (TS 38.104 §5.4.3.1), bands and their SSB subcarrier spacing / case / GSCN range
 * (TS 38.104 Tables 5.4.3.3-1 and 5.4.3.3-2, TS 38.213 §4.1, bundled as a cross-checked CSV), PSS timing and coarse
 * CFO detection, fine CFO, SSS → PCI, PBCH DM-RS → SSB index LSBs, PBCH channel estimation, equalization and
 * decoding into a MIB with CRC status (with L_max = 64 the SSB index bits 5..3 from the PBCH payload), and the SSB
 * measurements of TS 38.215 (SS-RSRP, SS-RSRQ, SS-SINR).
 *
 * <p>Entry point: {@link org.airan.phy.cellsearch.CellSearcher}, built by
 * {@link org.airan.phy.cellsearch.CellSearchers}. No cell found is a normal, empty result.
 */
package org.airan.phy.cellsearch;
