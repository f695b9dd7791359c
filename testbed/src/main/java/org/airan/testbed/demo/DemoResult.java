package org.airan.testbed.demo;

import java.util.List;

/**
 * What {@code airan demo} found, as printed by {@code --json} (schema {@value #SCHEMA}; snake_case fields).
 *
 * @param schema              document kind and version
 * @param config              what was synthesised
 * @param carrier             the derived carrier
 * @param recording           the files written
 * @param antennas            per-antenna findings
 * @param expectedEvmDb       EVM predicted from the injected SNR alone: −snr_db (see {@link EvmMeter})
 * @param throughput          how fast the read-back side ran
 */
public record DemoResult(String schema, Config config, Carrier carrier, Recording recording, List<Antenna> antennas,
                         double expectedEvmDb, Throughput throughput) {

    /** Schema tag of the document. */
    public static final String SCHEMA = "airan.demo/1";

    /** The demo's inputs. */
    public record Config(int slots, int antennas, int scsKhz, int prb, double snrDb, long seed, String format,
                         String backend) {
    }

    /** Carrier facts derived from the inputs (TS 38.211 §4, §5.3.1). */
    public record Carrier(int numerology, int subcarriers, int dftSize, double sampleRateHz, double slotDurationSeconds,
                          int slotsPerSecond) {
    }

    /**
     * Files written.
     *
     * @param clippedSamples samples that saturated when quantised to ci16 (0 for cf32; expected 0 at −18 dBFS)
     */
    public record Recording(String metaPath, String dataPath, long dataBytes, long samplesPerChannel,
                            double durationSeconds, long firstSlotSample, long clippedSamples) {
    }

    /** One receive antenna. */
    public record Antenna(int index, Double evmDb, Double evmPercent, Double snrEstimateDb, Double phaseDeg,
                          double injectedPhaseDeg, Double phaseErrorDeg) {
    }

    /**
     * Speed of the receive side.
     *
     * @param writeSeconds           synthesis, modulation, channel and file writing
     * @param readSeconds            reading, demodulation and scoring, wall clock
     * @param demodSeconds           time inside the OFDM demodulator only
     * @param slotsPerSecond         slots (all antennas) read, demodulated and scored per second
     * @param demodSlotsPerSecond    slots (all antennas) demodulated per second, demodulator only
     * @param realTimeFactor         slots_per_second / real-time slot rate (above 1 = faster than the air)
     * @param demodRealTimeFactor    demod_slots_per_second / real-time slot rate
     */
    public record Throughput(double writeSeconds, double readSeconds, double demodSeconds, double slotsPerSecond,
                             double demodSlotsPerSecond, double realTimeFactor, double demodRealTimeFactor) {
    }
}
