package org.airan.phy.modulation;

/** Factory of {@link SoftDemapper}s (TS 38.211 §5.1 inverse). */
public final class SoftDemappers {
    private SoftDemappers() {
    }

    /** The fast max-log demapper, separable per I/Q for square QAM; allocation-free, stateless. */
    public static SoftDemapper maxLog() {
        return new MaxLogSoftDemapper();
    }

    /** The exact log-MAP reference demapper (sums over the whole constellation; slow for 1024QAM). */
    public static SoftDemapper logMap() {
        return new LogMapSoftDemapper();
    }
}
