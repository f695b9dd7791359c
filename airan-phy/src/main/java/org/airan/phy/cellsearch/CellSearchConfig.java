package org.airan.phy.cellsearch;

/**
 * What a cell search looks for and how hard it tries.
 *
 * @param ssbFrequencyHz   SS_REF to search (Hz), or NaN to scan every GSCN of the synchronization raster
 *                         (TS 38.104 §5.4.3.1) whose SSB fits in the recorded band
 * @param subcarrierSpacingKhz SSB SCS: 15 or 30 (FR1), 120 or 240 (FR2, cases D and E), or 0 for what the band
 *                         allows (15 and 30 below 24.25 GHz, 120 and 240 above, when the band is unknown)
 * @param lMax             L_max 4, 8 or 64, or 0 to derive it from the frequency and SCS (TS 38.213 §4.1: 64 for
 *                         120/240 kHz) and, in FR1 when the PBCH fails, try the other of 4 and 8
 * @param maxCfoHz         largest carrier frequency offset searched, Hz, in [0, 1 MHz] (FR2 oscillators at
 *                         ±5 ppm are ±140 kHz off at 28 GHz)
 * @param pssThreshold     normalized PSS correlation (0..1) a timing candidate needs, in (0, 1)
 * @param maxPeaks         most PSS timing candidates verified per frequency and SCS, 1..256, or 0 for automatic:
 *                         {@value #DEFAULT_MAX_PEAKS} in FR1 (two bursts of L_max 8 in the default 40 ms) and
 *                         {@value #DEFAULT_MAX_PEAKS_FR2} for the FR2 numerologies (two bursts of L_max 64)
 * @param maxDurationSeconds longest stretch of the recording analysed, from its start, seconds (> 0)
 */
public record CellSearchConfig(double ssbFrequencyHz, int subcarrierSpacingKhz, int lMax, double maxCfoHz,
                               double pssThreshold, int maxPeaks, double maxDurationSeconds) {

    /** Default CFO range: ±12 kHz covers about ±3.5 ppm at 3.5 GHz or ±15 ppm at 800 MHz. */
    public static final double DEFAULT_MAX_CFO_HZ = 12e3;
    /** Largest {@link #maxCfoHz()} accepted, Hz. */
    public static final double MAX_CFO_LIMIT_HZ = 1e6;
    /**
     * Default PSS threshold. Under noise only, the largest normalized correlation over 20 ms × 3 PSS × CFO
     * hypotheses is about 0.1 (exponential with mean 1/127 per position); a PSS at −6 dB SNR per RE scores about
     * 0.2. Candidates above the threshold are confirmed by SSS and PBCH, so it can sit near the noise maximum.
     */
    public static final double DEFAULT_PSS_THRESHOLD = 0.1;
    /** Number of PSS candidates verified per frequency and SCS in FR1 when {@link #maxPeaks()} is 0. */
    public static final int DEFAULT_MAX_PEAKS = 16;
    /** Number of PSS candidates verified per frequency and SCS at 120/240 kHz when {@link #maxPeaks()} is 0. */
    public static final int DEFAULT_MAX_PEAKS_FR2 = 128;
    /** Default analysed duration: 40 ms (two default SSB periods of 20 ms). */
    public static final double DEFAULT_MAX_DURATION_S = 0.04;

    public CellSearchConfig {
        if (!Double.isNaN(ssbFrequencyHz) && !(ssbFrequencyHz > 0)) {
            throw new IllegalArgumentException("ssbFrequencyHz must be positive or NaN (scan the raster), was "
                    + ssbFrequencyHz);
        }
        if (subcarrierSpacingKhz != 0 && subcarrierSpacingKhz != 15 && subcarrierSpacingKhz != 30
                && subcarrierSpacingKhz != 120 && subcarrierSpacingKhz != 240) {
            throw new IllegalArgumentException("subcarrierSpacingKhz must be 15, 30 (FR1 SSB), 120 or 240 (FR2 SSB, "
                    + "cases D/E, TS 38.213 §4.1) or 0, was " + subcarrierSpacingKhz);
        }
        if (lMax != 0 && lMax != 4 && lMax != 8 && lMax != 64) {
            throw new IllegalArgumentException("lMax must be 4, 8, 64 (TS 38.213 §4.1) or 0, was " + lMax);
        }
        if ((lMax == 64 && (subcarrierSpacingKhz == 15 || subcarrierSpacingKhz == 30))
                || ((lMax == 4 || lMax == 8) && subcarrierSpacingKhz >= 120)) {
            throw new IllegalArgumentException("lMax " + lMax + " does not go with a " + subcarrierSpacingKhz
                    + " kHz SSB (TS 38.213 §4.1: L_max 64 for cases D/E, 4 or 8 for cases A-C)");
        }
        if (!(maxCfoHz >= 0 && maxCfoHz <= MAX_CFO_LIMIT_HZ)) {
            throw new IllegalArgumentException("maxCfoHz must be in [0, " + (long) MAX_CFO_LIMIT_HZ + "], was "
                    + maxCfoHz);
        }
        if (!(pssThreshold > 0 && pssThreshold < 1)) {
            throw new IllegalArgumentException("pssThreshold must be in (0, 1), was " + pssThreshold);
        }
        if (maxPeaks < 0 || maxPeaks > 256) {
            throw new IllegalArgumentException("maxPeaks must be in [1, 256] or 0 (automatic), was " + maxPeaks);
        }
        if (!(maxDurationSeconds > 0 && maxDurationSeconds <= 1)) {
            throw new IllegalArgumentException("maxDurationSeconds must be in (0, 1], was " + maxDurationSeconds);
        }
    }

    /** Scan the raster with defaults. */
    public static CellSearchConfig defaults() {
        return new CellSearchConfig(Double.NaN, 0, 0, DEFAULT_MAX_CFO_HZ, DEFAULT_PSS_THRESHOLD, 0,
                DEFAULT_MAX_DURATION_S);
    }

    /** This config searching one SS_REF frequency. */
    public CellSearchConfig withSsbFrequency(double hz) {
        return new CellSearchConfig(hz, subcarrierSpacingKhz, lMax, maxCfoHz, pssThreshold, maxPeaks,
                maxDurationSeconds);
    }

    /** This config with a fixed SSB SCS (15, 30, 120, 240; 0 = automatic). */
    public CellSearchConfig withSubcarrierSpacing(int khz) {
        return new CellSearchConfig(ssbFrequencyHz, khz, lMax, maxCfoHz, pssThreshold, maxPeaks, maxDurationSeconds);
    }

    /** This config with a fixed L_max (4, 8, 64; 0 = automatic). */
    public CellSearchConfig withLMax(int l) {
        return new CellSearchConfig(ssbFrequencyHz, subcarrierSpacingKhz, l, maxCfoHz, pssThreshold, maxPeaks,
                maxDurationSeconds);
    }

    /** This config verifying at most {@code n} PSS candidates per frequency and SCS (0 = automatic). */
    public CellSearchConfig withMaxPeaks(int n) {
        return new CellSearchConfig(ssbFrequencyHz, subcarrierSpacingKhz, lMax, maxCfoHz, pssThreshold, n,
                maxDurationSeconds);
    }

    /** PSS candidates verified per frequency at this SSB SCS: {@link #maxPeaks()}, or the automatic value. */
    public int maxPeaks(int scsKhz) {
        return maxPeaks != 0 ? maxPeaks : scsKhz >= 120 ? DEFAULT_MAX_PEAKS_FR2 : DEFAULT_MAX_PEAKS;
    }

    /** This config with another CFO range. */
    public CellSearchConfig withMaxCfo(double hz) {
        return new CellSearchConfig(ssbFrequencyHz, subcarrierSpacingKhz, lMax, hz, pssThreshold, maxPeaks,
                maxDurationSeconds);
    }
}
