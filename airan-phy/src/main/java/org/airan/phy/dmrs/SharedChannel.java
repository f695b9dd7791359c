package org.airan.phy.dmrs;

/** Which shared channel a DM-RS belongs to; the type B position tables differ (TS 38.211 Tables 7.4.1.1.2-3 / 6.4.1.1.3-3). */
public enum SharedChannel {
    /** Physical downlink shared channel (TS 38.211 §7.3.1, DM-RS §7.4.1.1). */
    PDSCH,
    /** Physical uplink shared channel (TS 38.211 §6.3.1, DM-RS §6.4.1.1), without transform precoding. */
    PUSCH
}
