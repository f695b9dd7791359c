/** Cyclic redundancy checks of TS 38.212 §5.1 (CRC24A/B/C, CRC16, CRC11, CRC6), table-driven. */
package org.airan.phy.coding.crc;
