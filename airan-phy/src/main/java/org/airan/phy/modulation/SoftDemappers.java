package org.airan.phy.modulation;

/** Factory of {@link SoftDemapper}s (TS 38.211 §5.1 inverse). */
public final class SoftDemappers {
    private SoftDemappers() {
    }

    /** True when the {@code jdk.incubator.vector} module is in the boot layer (the vectorized demapper runs). */
    public static final boolean VECTOR_API = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    /**
     * The fast max-log demapper, separable per I/Q for square QAM; allocation-free: the Vector-API one (one PAM
     * dimension per lane, nearest levels read from tables) when {@link #VECTOR_API}, else the scalar
     * {@link #maxLogReference()}. Both give the same LLRs up to float ties. Not thread-safe: one per thread.
     */
    public static SoftDemapper maxLog() {
        return VECTOR_API ? new VectorMaxLogSoftDemapper() : new MaxLogSoftDemapper();
    }

    /**
     * The scalar max-log demapper (one symbol at a time, table-driven nearest flip): the reference that
     * {@link #maxLog()} is tested against, kept for comparisons.
     */
    public static SoftDemapper maxLogReference() {
        return new MaxLogSoftDemapper();
    }

    /** The exact log-MAP reference demapper (sums over the whole constellation; slow for 1024QAM). */
    public static SoftDemapper logMap() {
        return new LogMapSoftDemapper();
    }
}
