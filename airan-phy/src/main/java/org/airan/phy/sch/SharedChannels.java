package org.airan.phy.sch;

import org.airan.phy.coding.ldpc.LdpcDecoderConfig;
import org.airan.phy.modulation.SoftDemappers;

/** Factories of the shared-channel chains with the project defaults (max-log demapper, offset min-sum LDPC). */
public final class SharedChannels {

    /** Default LDPC iteration limit of the receivers. */
    public static final int DEFAULT_LDPC_ITERATIONS = 10;

    private SharedChannels() {
    }

    /** The default LDPC decoder configuration: offset min-sum, early termination, {@code iterations} at most. */
    public static LdpcDecoderConfig decoderConfig(int iterations) {
        return LdpcDecoderConfig.defaults(384, iterations, true);
    }

    public static PdschTransmitter pdschTransmitter(SchLimits limits) {
        return new PdschTransmitter(limits);
    }

    public static PuschTransmitter puschTransmitter(SchLimits limits) {
        return new PuschTransmitter(limits);
    }

    public static PdschReceiver pdschReceiver(SchLimits limits, int numHarqProcesses, int ldpcIterations) {
        return new PdschReceiver(limits, numHarqProcesses, decoderConfig(ldpcIterations), SoftDemappers.maxLog());
    }

    public static PuschReceiver puschReceiver(SchLimits limits, int numHarqProcesses, int ldpcIterations) {
        return new PuschReceiver(limits, numHarqProcesses, decoderConfig(ldpcIterations), SoftDemappers.maxLog());
    }

    /**
     * A PDSCH receiver (max-log demapper) with the HARQ processes, LDPC decoder, code-block threads and early stop
     * of {@code config}, e.g. {@code SchDecoderConfig.defaults(1, 10).withThreads(4)}. Close it to stop its threads.
     */
    public static PdschReceiver pdschReceiver(SchLimits limits, SchDecoderConfig config) {
        return new PdschReceiver(limits, config, SoftDemappers::maxLog);
    }

    /**
     * A PUSCH receiver (max-log demapper) with the HARQ processes, LDPC decoder, code-block threads and early stop
     * of {@code config}, e.g. {@code SchDecoderConfig.defaults(1, 10).withThreads(4)}. Close it to stop its threads.
     */
    public static PuschReceiver puschReceiver(SchLimits limits, SchDecoderConfig config) {
        return new PuschReceiver(limits, config, SoftDemappers::maxLog);
    }

    /** A grid-level processor: {@code estimator} + block MMSE equalizer ({@link MimoSchEqualizer}) + {@code receiver}. */
    public static SharedChannelProcessor processor(SchLimits limits, int maxRx, int numSubcarriers,
                                                   SchChannelEstimator estimator, SharedChannelReceiver receiver) {
        return new SharedChannelProcessor(limits, maxRx, numSubcarriers, estimator,
                new MimoSchEqualizer(org.airan.phy.mimo.Equalizers.Kind.MMSE, maxRx, limits.maxLayers(), numSubcarriers),
                receiver);
    }
}
