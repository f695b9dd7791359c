package org.airan.vectors.sigmf;

/**
 * Statistics of one channel of a recording, from {@link SigmfRecording#scan()}.
 *
 * <p>Levels are relative to full scale 1.0 (see {@link SigmfDatatype} for how stored integers are scaled): a
 * complex sample of magnitude 1 is 0 dBFS, so a full-scale complex exponential has an RMS power of 0 dBFS and a
 * full-scale real sinusoid on I only has −3.01 dBFS.
 *
 * @param channel       channel index, 0-based
 * @param numSamples    samples of this channel scanned (finite or not)
 * @param rmsDbfs       {@code 10·log10(mean |x|²)} over the finite samples, in dBFS; {@code -Infinity} when all
 *                      finite samples are zero or there are none
 * @param peak          largest {@code |x|} of a finite sample (linear, full scale 1.0)
 * @param nanCount      samples with a NaN component
 * @param infCount      samples with an infinite (and no NaN) component
 * @param clippedCount  finite samples with a component at or beyond full scale ({@link SigmfDatatype#clipLevel()}):
 *                      the largest or most negative code of an integer type, or {@code |re|} or {@code |im| >= 1}
 *                      for floats
 */
public record ChannelStats(int channel, long numSamples, double rmsDbfs, double peak, long nanCount, long infCount,
                           long clippedCount) {

    /** The peak magnitude in dBFS, {@code 20·log10(peak)}. */
    public double peakDbfs() {
        return 20 * Math.log10(peak);
    }

    /** Whether every sample of the channel is finite. */
    public boolean allFinite() {
        return nanCount == 0 && infCount == 0;
    }
}
