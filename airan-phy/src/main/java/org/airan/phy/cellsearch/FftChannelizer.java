package org.airan.phy.cellsearch;

import java.util.Objects;
import org.jtransforms.fft.FloatFFT_1D;

/**
 * Frequency-domain channelizer: one DFT of the whole recording, then for each candidate a shift to baseband,
 * band limit and resampling to a low rate by selecting bins and one inverse DFT at the low rate. The recording is
 * zero-padded to a length M for which M·fsLow/fs is an integer for every multiple fsLow of 1.92 MHz, so the output rate is exactly fsLow for any
 * integer input rate. The shift is exact: the bin-rounding remainder is removed in the time domain.
 *
 * <p>DC/LO leakage is notched: the input bins within {@link #DC_NOTCH_HZ} of 0 Hz are zeroed before selection.
 * The passband is flat to {@code passbandHz} and tapers (raised cosine) to zero at {@code stopbandHz}, which
 * removes adjacent-channel energy outside the SSB.
 */
final class FftChannelizer {

    /** Half-width of the DC notch, Hz: removes LO leakage, costs less than one 15 kHz subcarrier's worth. */
    static final double DC_NOTCH_HZ = 1.5e3;
    /** Base low rate every output rate is a multiple of (1.92 MHz = 128·15 kHz). */
    static final long BASE_LOW_RATE = 1_920_000L;

    private final long fs;
    private final int n;
    private final int m;
    private final float[] spectrum;

    /**
     * @param fs sample rate, whole Hz
     */
    FftChannelizer(float[] iq, int offset, int numSamples, long fs) {
        Objects.checkFromIndexSize(offset, 2 * numSamples, iq.length);
        this.fs = fs;
        this.n = numSamples;
        long q = fs / gcd(fs, BASE_LOW_RATE);
        long mm = (numSamples + q - 1) / q * q;
        if (mm > 1 << 26) {
            throw new IllegalArgumentException("sample rate " + fs + " Hz needs padding the recording to " + mm
                    + " samples to resample exactly to a multiple of 1.92 MHz; use a rate with a larger common "
                    + "factor with 3.84 MHz (e.g. a multiple of 1.92 MHz)");
        }
        this.m = (int) mm;
        this.spectrum = new float[2 * m];
        System.arraycopy(iq, offset, spectrum, 0, 2 * numSamples);
        new FloatFFT_1D(m).complexForward(spectrum);
        // DC notch
        int notch = (int) Math.floor(DC_NOTCH_HZ * m / fs);
        for (int b = -notch; b <= notch; b++) {
            int i = Math.floorMod(b, m);
            spectrum[2 * i] = 0;
            spectrum[2 * i + 1] = 0;
        }
    }

    static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    /** Padded DFT length M. */
    int paddedLength() {
        return m;
    }

    /** Output samples produced for a low rate (M·fsLow/fs). */
    int outputLength(long fsLow) {
        return (int) ((long) m * fsLow / fs);
    }

    /** Output samples that carry recorded (not padded) data. */
    int validOutputLength(long fsLow) {
        return (int) Math.min(outputLength(fsLow), (long) n * fsLow / fs);
    }

    /**
     * Writes the band around {@code shiftHz} (relative to DC) at rate fsLow into {@code out} (interleaved,
     * {@link #outputLength(long)} samples), normalized so that amplitudes equal those of the input.
     *
     * @param fft an inverse DFT of size outputLength(fsLow)
     */
    void extract(double shiftHz, long fsLow, double passbandHz, double stopbandHz, FloatFFT_1D fft, float[] out) {
        int mo = outputLength(fsLow);
        java.util.Arrays.fill(out, 0, 2 * mo, 0f);
        double binHz = (double) fs / m;
        long b0 = Math.round(shiftHz / binHz);
        double residual = shiftHz - b0 * binHz;
        int half = mo / 2;
        float scale = 1f / m;
        for (int j = -half; j < mo - half; j++) {
            double f = Math.abs(j * binHz + 0.0);
            double w;
            if (f <= passbandHz) {
                w = 1;
            } else if (f < stopbandHz) {
                w = 0.5 * (1 + Math.cos(Math.PI * (f - passbandHz) / (stopbandHz - passbandHz)));
            } else {
                continue;
            }
            int src = (int) Math.floorMod(b0 + j, (long) m);
            int dst = Math.floorMod(j, mo);
            out[2 * dst] = (float) (spectrum[2 * src] * w * scale);
            out[2 * dst + 1] = (float) (spectrum[2 * src + 1] * w * scale);
        }
        fft.complexInverse(out, false);
        if (residual != 0) {
            double dph = -2 * Math.PI * residual / fsLow;
            // Rotate with a recurrence, renormalised every 1024 samples.
            double c = 1;
            double s = 0;
            double cd = Math.cos(dph);
            double sd = Math.sin(dph);
            for (int i = 0; i < mo; i++) {
                if ((i & 1023) == 0) {
                    c = Math.cos(dph * i);
                    s = Math.sin(dph * i);
                }
                float re = out[2 * i];
                float im = out[2 * i + 1];
                out[2 * i] = (float) (re * c - im * s);
                out[2 * i + 1] = (float) (re * s + im * c);
                double nc = c * cd - s * sd;
                s = c * sd + s * cd;
                c = nc;
            }
        }
    }
}
