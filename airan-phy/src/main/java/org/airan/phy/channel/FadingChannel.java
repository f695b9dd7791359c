package org.airan.phy.channel;

import org.airan.phy.grid.CarrierConfig;

/**
 * A time-varying multi-antenna fading channel (TR 38.901 §7.7) that can be applied in the time domain to
 * interleaved IQ samples or evaluated in the frequency domain per resource element for a slot.
 *
 * <p>Conventions: the pair index is {@code q = rx·numTx() + tx}; a frequency response array holds one slot of one
 * pair, symbol-major like a {@link org.airan.phy.grid.ResourceGrid} port: RE (l, k) at {@code 2·(l·K + k)}.
 * Subcarrier k is at baseband frequency {@code f_k = (k + k0 − K/2)·Δf} (TS 38.211 §5.3.1 placement, without
 * the half-subcarrier shift). The channel owns a clock: time-domain application advances it sample by sample,
 * starting at 0; a frequency response is evaluated at absolute slot times (slot n starts at
 * {@code n·slotDuration}), sampling the channel at the middle of each symbol's DFT window (after its cyclic
 * prefix), which is what an OFDM demodulator of the time-domain output sees to first order.
 *
 * <p>Both paths are deterministic functions of the configuration and seed and allocate nothing per call.
 * Instances are not thread-safe.
 */
public interface FadingChannel {

    /** Number of transmit antennas. */
    int numTx();

    /** Number of receive antennas. */
    int numRx();

    /** The carrier this channel was sized for. */
    CarrierConfig carrier();

    /**
     * Filters {@code numSamples} complex samples of every transmit antenna through the channel and writes the sum
     * at every receive antenna, then advances the channel clock by {@code numSamples}. The samples of previous
     * calls are the channel's memory (delay-line history). The output lags the input by
     * {@link #latencySamples()} samples.
     *
     * @param tx       per transmit antenna, interleaved IQ; not modified
     * @param txOffset float index of the first input sample
     * @param rx       per receive antenna, interleaved IQ; Modified (overwritten)
     * @param rxOffset float index of the first output sample
     */
    void apply(float[][] tx, int txOffset, float[][] rx, int rxOffset, int numSamples);

    /** Constant latency in samples of the time-domain path (from fractional-delay interpolation); 0 if none. */
    int latencySamples();

    /** Current channel clock in samples since creation or {@link #reset()}. */
    long sampleIndex();

    /** Rewinds the clock and clears the delay-line history; the random realization is kept. */
    void reset();

    /**
     * Frequency response of every antenna pair for all symbols of absolute slot {@code slotIndex}.
     *
     * @param h      {@code numRx·numTx} arrays (pair index {@code rx·numTx + tx}); Modified
     * @param offset float index in each array where the slot's response starts (2·N_symb·K floats are written)
     */
    void frequencyResponse(long slotIndex, float[][] h, int offset);

    /**
     * Frequency response seen through a transmit beam: {@code H_eff[rx](k) = Σ_tx H[rx][tx](k)·w[tx]} for symbol
     * {@code l} of slot {@code slotIndex}.
     *
     * @param w       numTx complex weights, interleaved
     * @param hRx     numRx arrays; Modified (2·K floats written at {@code offset})
     */
    void beamformedResponse(long slotIndex, int l, float[] w, int wOffset, float[][] hRx, int offset);

    /**
     * Mean received power per receive antenna and subcarrier through transmit beam {@code w} for symbol l of slot
     * {@code slotIndex}: {@code (1/(N_rx·K)) Σ_rx Σ_k |H_eff[rx](k)|²} (an RSRP of the beam, in linear units
     * relative to the unit-power channel).
     */
    double beamPower(long slotIndex, int l, float[] w, int wOffset);
}
