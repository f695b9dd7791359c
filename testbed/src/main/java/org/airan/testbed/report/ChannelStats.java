package org.airan.testbed.report;

import java.util.Objects;

/**
 * Running statistics of complex samples per channel: mean power, peak power and counts of non-finite samples,
 * for {@code airan vectors inspect} and run reports.
 *
 * <p>Power is relative to full scale: a sample of magnitude 1.0 (after the reader's normalisation, e.g. int16
 * divided by 32767) is 0 dBFS, so a full-scale complex tone has an RMS power of 0 dBFS. Samples whose real or
 * imaginary part is NaN (or infinite) are counted and left out of the power sums. Allocation-free after
 * construction; not thread-safe.
 */
public final class ChannelStats {

    private final double[] sumPower;
    private final double[] peakPower;
    private final long[] finite;
    private final long[] nan;
    private final long[] inf;

    public ChannelStats(int numChannels) {
        if (numChannels < 1) {
            throw new IllegalArgumentException("numChannels must be ≥ 1, was " + numChannels);
        }
        sumPower = new double[numChannels];
        peakPower = new double[numChannels];
        finite = new long[numChannels];
        nan = new long[numChannels];
        inf = new long[numChannels];
    }

    /** Adds {@code numSamples} interleaved complex samples of {@code channel} starting at {@code offset}. */
    public void add(int channel, float[] iq, int offset, int numSamples) {
        Objects.checkFromIndexSize(offset, 2 * numSamples, iq.length);
        double s = 0;
        double peak = peakPower[channel];
        long bad = 0;
        long infinite = 0;
        for (int i = 0; i < numSamples; i++) {
            float re = iq[offset + 2 * i];
            float im = iq[offset + 2 * i + 1];
            if (Float.isNaN(re) || Float.isNaN(im)) {
                bad++;
                continue;
            }
            if (Float.isInfinite(re) || Float.isInfinite(im)) {
                infinite++;
                continue;
            }
            double p = (double) re * re + (double) im * im;
            s += p;
            if (p > peak) {
                peak = p;
            }
        }
        sumPower[channel] += s;
        peakPower[channel] = peak;
        finite[channel] += numSamples - bad - infinite;
        nan[channel] += bad;
        inf[channel] += infinite;
    }

    public int numChannels() {
        return sumPower.length;
    }

    /** RMS power of the finite samples in dBFS; −∞ for an all-zero channel, NaN when there is no finite sample. */
    public double rmsDbfs(int channel) {
        return finite[channel] == 0 ? Double.NaN : 10 * Math.log10(sumPower[channel] / finite[channel]);
    }

    /** Peak sample power in dBFS; NaN when there is no finite sample. */
    public double peakDbfs(int channel) {
        return finite[channel] == 0 ? Double.NaN : 10 * Math.log10(peakPower[channel]);
    }

    /** Samples with a NaN part. */
    public long nanCount(int channel) {
        return nan[channel];
    }

    /** Samples with an infinite part (and no NaN part). */
    public long infCount(int channel) {
        return inf[channel];
    }

    /** Samples counted into the power sums. */
    public long finiteCount(int channel) {
        return finite[channel];
    }
}
