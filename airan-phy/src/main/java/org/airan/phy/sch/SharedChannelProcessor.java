package org.airan.phy.sch;

import java.util.Objects;
import org.airan.phy.grid.ResourceGrid;

/**
 * A complete shared-channel receiver on the resource grid, composed like srsRAN's {@code pusch_processor}: channel
 * estimator ({@link SchChannelEstimator}, e.g. {@link PerfectChannelEstimator} in simulations) → equalizer
 * ({@link SchEqualizer}) → soft demapper and TB decoder ({@link SharedChannelReceiver}). Serves PUSCH at the gNB and
 * PDSCH at a UE. Buffers sized once; nothing allocated per slot. Not thread-safe.
 */
public final class SharedChannelProcessor {
    private final SchChannelEstimator estimator;
    private final SchEqualizer equalizer;
    private final SharedChannelReceiver receiver;
    private final ChannelEstimate estimate;
    private final float[] symbols;
    private final float[] noiseVar;

    /**
     * @param limits         largest transmission
     * @param maxRx          largest number of receive antennas
     * @param numSubcarriers K of the received grids
     */
    public SharedChannelProcessor(SchLimits limits, int maxRx, int numSubcarriers, SchChannelEstimator estimator,
                                  SchEqualizer equalizer, SharedChannelReceiver receiver) {
        this.estimator = Objects.requireNonNull(estimator, "estimator");
        this.equalizer = Objects.requireNonNull(equalizer, "equalizer");
        this.receiver = Objects.requireNonNull(receiver, "receiver");
        this.estimate = new ChannelEstimate(maxRx, limits.maxLayers(), numSubcarriers);
        this.symbols = new float[2 * limits.maxSymbols()];
        this.noiseVar = new float[limits.maxSymbols()];
    }

    /** The estimate of the last processed slot. */
    public ChannelEstimate lastEstimate() {
        return estimate;
    }

    /**
     * Estimates, equalizes, demaps and decodes one transmission.
     *
     * @param rxGrid  received grid, one port per antenna
     * @param tbOut   Modified: TBS/8 bytes
     * @param result  Modified
     */
    public void process(PxschConfig cfg, int slotInFrame, int rv, int harqProcess, boolean newData,
                        ResourceGrid rxGrid, byte[] tbOut, int tbOutOffset, SchDecodeResult result) {
        estimate.configure(rxGrid.numPorts(), cfg.numLayers());
        estimator.estimate(rxGrid, cfg, slotInFrame, estimate);
        equalizer.equalize(rxGrid, estimate, cfg.dmrs(), symbols, noiseVar);
        receiver.decodeEqualized(cfg, symbols, noiseVar, rv, harqProcess, newData, tbOut, tbOutOffset, result);
    }
}
