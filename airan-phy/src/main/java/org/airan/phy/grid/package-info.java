/**
 * Numerology, bandwidth, sampling and timing of an NR carrier ({@link org.airan.phy.grid.CarrierConfig},
 * TS 38.211 §4.2, §4.3, §5.3.1) and the resource grid that holds one slot of resource elements per antenna port
 * ({@link org.airan.phy.grid.ResourceGrid}, TS 38.211 §4.4).
 */
package org.airan.phy.grid;
