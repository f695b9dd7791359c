/**
 * NR shared-channel parameter tables and procedures of TS 38.214: MCS index tables (§5.1.3.1, §6.1.4.1), CQI tables
 * (§5.2.2.1), transport block size determination (§5.1.3.2) and data-to-DM-RS EPRE ratios (Tables 4.1-1, 6.2.2-1).
 * Tables are bundled as resources copied from verified sources, each file stating its provenance.
 */
package org.airan.phy.nr;
