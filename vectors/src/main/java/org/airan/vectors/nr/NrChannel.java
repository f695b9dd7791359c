package org.airan.vectors.nr;

/** The physical shared channel an allocation is on (TS 38.211 §7.3.1 PDSCH, §6.3.1 PUSCH). */
public enum NrChannel {
    /** Physical downlink shared channel (TS 38.211 §7.3.1). */
    PDSCH(8),
    /** Physical uplink shared channel (TS 38.211 §6.3.1). */
    PUSCH(4);

    private final int maxLayers;

    NrChannel(int maxLayers) {
        this.maxLayers = maxLayers;
    }

    /** Most transmission layers: 8 for PDSCH (TS 38.211 §7.3.1.3), 4 for PUSCH (TS 38.211 §6.3.1.3). */
    public int maxLayers() {
        return maxLayers;
    }
}
