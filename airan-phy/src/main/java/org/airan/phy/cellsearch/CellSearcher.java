package org.airan.phy.cellsearch;

/**
 * Finds NR cells in recorded complex baseband: for each candidate SSB frequency and subcarrier spacing,
 * PSS timing and CFO, SSS → PCI, PBCH DM-RS → SSB index, PBCH → MIB, plus TS 38.215 measurements.
 *
 * <p>Input is interleaved float IQ at {@code sampleRateHz} centred on {@code centerFrequencyHz}. Bad input
 * (too short, sample rate too low for the SSB, frequency outside the recording) throws
 * {@link IllegalArgumentException} with the rule broken; finding no cell returns an empty result.
 * Non-finite samples (NaN, infinity) never throw: a correlation window that contains one detects nothing, so
 * callers that want such samples treated as erasures replace them by 0 first.
 * Implementations are not thread-safe.
 */
public interface CellSearcher {

    /**
     * @param iq               interleaved IQ (re, im)
     * @param offset           float index of the first sample
     * @param numSamples       complex samples
     * @param sampleRateHz     sample rate, Hz (an integer number of Hz)
     * @param centerFrequencyHz RF frequency of DC, Hz
     * @param config           what to search
     */
    CellSearchResult search(float[] iq, int offset, int numSamples, double sampleRateHz, double centerFrequencyHz,
                            CellSearchConfig config);
}
