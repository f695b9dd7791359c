package org.airan.phy.modulation;

/** Factory of {@link SoftDemapper}s (TS 38.211 §5.1 inverse). */
public final class SoftDemappers {
    private SoftDemappers() {
    }

    /** True when the {@code jdk.incubator.vector} module is in the boot layer (the vectorized demapper runs). */
    public static final boolean VECTOR_API = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    /**
     * The max-log demapper of the receive chains, separable per I/Q for square QAM; allocation-free, stateless:
     * the scalar table-driven {@link MaxLogSoftDemapper}.
     *
     * <p>The Vector-API demapper ({@link #maxLogVector()}) is faster per call but is not the default: once the JIT
     * has seen it demap several modulations (as a receiver does when the MCS changes from slot to slot), C2 no longer
     * keeps its vectors in registers and it allocates about 10 bytes per resource element (measured: 1.38 MB per 20
     * slots of 24 PRB × 2 layers after the modulation tests had run in the same JVM, 0 bytes before).
     */
    public static SoftDemapper maxLog() {
        return new MaxLogSoftDemapper();
    }

    /**
     * The Vector-API max-log demapper (one PAM dimension per lane) when {@link #VECTOR_API}, else the scalar one.
     * Same LLRs as {@link #maxLog()} up to float ties; see {@link #maxLog()} for why it is not the default.
     */
    public static SoftDemapper maxLogVector() {
        return VECTOR_API ? new VectorMaxLogSoftDemapper() : new MaxLogSoftDemapper();
    }

    /**
     * The scalar max-log demapper (one symbol at a time, table-driven nearest flip): the reference that
     * {@link #maxLogVector()} is tested against, kept for comparisons.
     */
    public static SoftDemapper maxLogReference() {
        return new MaxLogSoftDemapper();
    }

    /** The exact log-MAP reference demapper (sums over the whole constellation; slow for 1024QAM). */
    public static SoftDemapper logMap() {
        return new LogMapSoftDemapper();
    }
}
