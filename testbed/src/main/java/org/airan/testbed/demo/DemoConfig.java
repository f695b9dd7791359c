package org.airan.testbed.demo;

import org.airan.phy.grid.CarrierConfig;

/**
 * What {@code airan demo} synthesises.
 *
 * @param numSlots             slots to synthesise, 1..10 000
 * @param numAntennas          receive antennas (SigMF channels), 1..64
 * @param subcarrierSpacingKhz Δf: 15, 30, 60, 120 or 240 kHz (TS 38.211 Table 4.2-1); normal CP
 * @param numResourceBlocks    N_RB of the carrier, 1..275 (TS 38.211 §4.4.2); the DFT size is the default for it
 * @param snrDb                per-RE SNR of the injected white noise in dB (E_s/N_0 per resource element after
 *                             demodulation), −10..80
 * @param seed                 seed of data, phases and noise
 * @param format               sample format of the recording
 */
public record DemoConfig(int numSlots, int numAntennas, int subcarrierSpacingKhz, int numResourceBlocks,
                         double snrDb, long seed, SampleFormat format) {

    /** Largest number of slots accepted (5 s at 30 kHz; the demo is not a soak test). */
    public static final int MAX_SLOTS = 10_000;
    /** Largest number of antennas accepted. */
    public static final int MAX_ANTENNAS = 64;
    /** SNR range accepted: below −10 dB the pilot estimate fails; above 80 dB ci16 quantisation dominates. */
    public static final double MIN_SNR_DB = -10;
    /** Upper end of the accepted SNR range. */
    public static final double MAX_SNR_DB = 80;

    /** Sample formats the demo writes. */
    public enum SampleFormat {
        /** Complex float32 little-endian (SigMF {@code cf32_le}). */
        CF32("cf32_le", 8),
        /** Complex int16 little-endian (SigMF {@code ci16_le}), full scale 32767. */
        CI16("ci16_le", 4);

        private final String sigmfDatatype;
        private final int bytesPerSample;

        SampleFormat(String sigmfDatatype, int bytesPerSample) {
            this.sigmfDatatype = sigmfDatatype;
            this.bytesPerSample = bytesPerSample;
        }

        /** The SigMF {@code core:datatype} string. */
        public String sigmfDatatype() {
            return sigmfDatatype;
        }

        /** Bytes per complex sample of one channel. */
        public int bytesPerSample() {
            return bytesPerSample;
        }
    }

    public DemoConfig {
        if (numSlots < 1 || numSlots > MAX_SLOTS) {
            throw new IllegalArgumentException("numSlots (--slots) must be in [1, " + MAX_SLOTS + "], was " + numSlots);
        }
        if (numAntennas < 1 || numAntennas > MAX_ANTENNAS) {
            throw new IllegalArgumentException("numAntennas (--antennas) must be in [1, " + MAX_ANTENNAS + "], was " + numAntennas);
        }
        if (!(snrDb >= MIN_SNR_DB && snrDb <= MAX_SNR_DB)) {
            throw new IllegalArgumentException("snrDb (--snr) must be in [" + MIN_SNR_DB + ", " + MAX_SNR_DB + "] dB, was " + snrDb);
        }
        if (format == null) {
            throw new IllegalArgumentException("format must be cf32 or ci16, was null");
        }
        try {
            carrier(subcarrierSpacingKhz, numResourceBlocks); // validates Δf and N_RB with their TS clauses
        } catch (IllegalArgumentException e) {
            // name the CLI options next to the carrier's field names
            throw new IllegalArgumentException(e.getMessage().replace("numResourceBlocks", "numResourceBlocks (--prb)")
                    .replace("subcarrierSpacingKhz", "subcarrierSpacingKhz (--scs)"), e);
        }
    }

    /** The default demo: 20 slots, 4 antennas, 30 kHz, 273 RB, 30 dB, seed 1, cf32. */
    public static DemoConfig defaults() {
        return new DemoConfig(20, 4, 30, 273, 30.0, 1L, SampleFormat.CF32);
    }

    /** The carrier: normal CP, default DFT size for N_RB, k0 = 0. */
    public CarrierConfig carrier() {
        return carrier(subcarrierSpacingKhz, numResourceBlocks);
    }

    private static CarrierConfig carrier(int scsKhz, int nrb) {
        return CarrierConfig.of(scsKhz, nrb);
    }
}
