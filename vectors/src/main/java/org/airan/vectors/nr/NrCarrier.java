package org.airan.vectors.nr;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.airan.phy.grid.CarrierConfig;

/**
 * The NR carrier a recording holds ({@code global.nr:carrier}): numerology, bandwidth and sampling as a
 * {@link CarrierConfig}, plus its RF position.
 *
 * @param config             Δf, cyclic prefix, N_RB, DFT size and k0 (TS 38.211 §4.2, §4.4.2, §5.3.1); the
 *                           recording's sample rate is {@code config.sampleRateHz()}
 * @param carrierFrequencyHz RF frequency of the carrier's baseband centre (the DFT bin 0 of the recording) in Hz,
 *                           or {@code null} when unknown (e.g. a synthetic baseband vector)
 * @param pointAHz           RF frequency of point A, the common reference of the resource-block grids
 *                           (TS 38.211 §4.4.4.2), in Hz, or {@code null}
 * @param extra              unknown keys of the {@code nr:carrier} object, kept for a read-modify-write; never
 *                           null, a private copy
 */
public record NrCarrier(CarrierConfig config, Double carrierFrequencyHz, Double pointAHz, ObjectNode extra) {

    public NrCarrier {
        if (config == null) {
            throw new IllegalArgumentException("config must not be null");
        }
        if (carrierFrequencyHz != null && !(carrierFrequencyHz > 0 && Double.isFinite(carrierFrequencyHz))) {
            throw new IllegalArgumentException("carrierFrequencyHz must be finite and > 0, was " + carrierFrequencyHz);
        }
        if (pointAHz != null && !(pointAHz > 0 && Double.isFinite(pointAHz))) {
            throw new IllegalArgumentException("pointAHz must be finite and > 0 (TS 38.211 §4.4.4.2), was "
                    + pointAHz);
        }
        extra = extra == null ? JsonNodeFactory.instance.objectNode() : extra.deepCopy();
    }

    /** A carrier with only its configuration (RF position unknown). */
    public static NrCarrier of(CarrierConfig config) {
        return new NrCarrier(config, null, null, null);
    }

    /** A carrier at an RF centre frequency (Hz). */
    public static NrCarrier of(CarrierConfig config, double carrierFrequencyHz) {
        return new NrCarrier(config, carrierFrequencyHz, null, null);
    }
}
