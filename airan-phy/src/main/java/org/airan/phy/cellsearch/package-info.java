/**
 * Cell search on recorded baseband IQ: SSB synchronization raster (TS 38.104 §5.4.3.1), bands and their SSB
 * subcarrier spacing / case (TS 38.104 Table 5.4.3.3-1, TS 38.213 §4.1), PSS timing and coarse CFO detection,
 * fine CFO, SSS → PCI, PBCH DM-RS → SSB index LSBs, PBCH channel estimation, equalization and decoding into a
 * MIB with CRC status, and the SSB measurements of TS 38.215 (SS-RSRP, SS-RSRQ, SS-SINR).
 *
 * <p>Entry point: {@link org.airan.phy.cellsearch.CellSearcher}, built by
 * {@link org.airan.phy.cellsearch.CellSearchers}. No cell found is a normal, empty result.
 */
package org.airan.phy.cellsearch;
