package org.airan.phy.cellsearch;

import java.util.SplittableRandom;
import org.airan.phy.channel.FadingChannel;
import org.airan.phy.ssb.Mib;
import org.airan.phy.ssb.PbchEncoder;
import org.airan.phy.ssb.SsbBurstConfig;
import org.airan.phy.ssb.SsbBurstPattern;
import org.airan.phy.ssb.SsbCase;
import org.airan.phy.ssb.SsbTransmitter;

/**
 * Builds synthetic recordings: one half frame of an SS burst set (PBCH from the project's encoder), placed at an
 * SSB frequency inside the recorded band, through an optional fading channel, with CFO, DC/LO leakage, an
 * adjacent-channel interferer and AWGN.
 *
 * <p>SNR convention: SSB energy per RE over noise per RE. An SSB RE of amplitude 1 adds 1 to the mean sample
 * power; white noise of variance σ² per sample at rate f_s puts σ²·SCS/f_s on one RE, so σ² = f_s/(SCS·SNR).
 */
final class SyntheticRecording {

    final float[] iq;
    final int numSamples;
    final double sampleRateHz;
    final double centerHz;
    final double ssbHz;
    final int pci;
    final int ssbIndex;
    final int halfFrame;
    final Mib mib;
    final int lMax;
    final int scsKhz;
    /** Samples of silence before the half frame. */
    final int leadSamples;

    private SyntheticRecording(float[] iq, int numSamples, double fs, double fc, double ssbHz, int pci, int ssbIndex,
                               int halfFrame, Mib mib, int lMax, int scsKhz, int lead) {
        this.iq = iq;
        this.numSamples = numSamples;
        this.sampleRateHz = fs;
        this.centerHz = fc;
        this.ssbHz = ssbHz;
        this.pci = pci;
        this.ssbIndex = ssbIndex;
        this.halfFrame = halfFrame;
        this.mib = mib;
        this.lMax = lMax;
        this.scsKhz = scsKhz;
        this.leadSamples = lead;
    }

    /** Builder-style parameters. */
    static final class Spec {
        double fs = 3.84e6;
        double fc = 806.45e6;
        double ssbHz = 806.45e6;
        SsbCase ssbCase = SsbCase.A;
        boolean unpaired = false;
        int pci = 0;
        int ssbIndex = 0;
        long bitmap = 0; // 0 → only ssbIndex
        int halfFrame = 0;
        int sfn = 0;
        double snrDb = Double.POSITIVE_INFINITY;
        double cfoHz = 0;
        /** DC leakage power relative to one SSB RE's power, dB (−inf = none). */
        double dcDb = Double.NEGATIVE_INFINITY;
        /** Adjacent-channel interferer: band-limited noise, power per subcarrier relative to an SSB RE, dB. */
        double interfererDb = Double.NEGATIVE_INFINITY;
        /** Centre of the interferer relative to the SSB centre, Hz, and its width. */
        double interfererOffsetHz = 0;
        double interfererWidthHz = 0;
        FadingChannel channel;
        int leadSamples = 0;
        long seed = 1;
    }

    static SyntheticRecording make(Spec s) {
        SplittableRandom rnd = new SplittableRandom(s.seed);
        SsbBurstPattern pattern = SsbBurstPattern.of(s.ssbCase, s.ssbHz, s.unpaired);
        int scsKhz = pattern.subcarrierSpacingKhz();
        long bitmap = s.bitmap != 0 ? s.bitmap : 1L << s.ssbIndex;
        SsbTransmitter tx = new SsbTransmitter(SsbBurstConfig.singleAntenna(s.pci, pattern, bitmap));
        int kSsb = pattern.lMax() == 64 ? rnd.nextInt(16) : rnd.nextInt(24);
        // subCarrierSpacingCommon: 15/30 kHz in FR1, 60/120 kHz in FR2 (L_max 64, TS 38.331 MIB)
        int scsCommon = pattern.lMax() == 64 ? (rnd.nextBoolean() ? 60 : 120) : scsKhz == 15 ? 15 : 30;
        Mib mib = new Mib(s.sfn, scsCommon, kSsb, 2 + rnd.nextInt(2), rnd.nextInt(256),
                rnd.nextBoolean(), rnd.nextBoolean(), 0);
        PbchEncoder enc = new PbchEncoder();
        byte[] coded = new byte[864];
        int half = SsbTransmitter.halfFrameSamples(s.fs);
        int n = s.leadSamples + half;
        float[][] clean = {new float[2 * n]};
        tx.modulateHalfFrame(s.halfFrame, (i, hf, out, off) -> {
            enc.encode(mib, hf, i, pattern.lMax(), s.pci, coded);
            System.arraycopy(coded, 0, out, off, 864);
        }, s.fs, s.ssbHz - s.fc, clean, 2 * s.leadSamples);
        float[] x = clean[0];
        if (s.channel != null) {
            float[][] out = {new float[2 * n]};
            s.channel.apply(clean, 0, out, 0, n);
            x = out[0];
        }
        // CFO
        if (s.cfoHz != 0) {
            for (int i = 0; i < n; i++) {
                double ph = 2 * Math.PI * s.cfoHz * i / s.fs;
                float c = (float) Math.cos(ph);
                float sn = (float) Math.sin(ph);
                float re = x[2 * i];
                float im = x[2 * i + 1];
                x[2 * i] = re * c - im * sn;
                x[2 * i + 1] = re * sn + im * c;
            }
        }
        double scs = scsKhz * 1e3;
        if (s.dcDb > Double.NEGATIVE_INFINITY) {
            double a = Math.sqrt(Math.pow(10, s.dcDb / 10));
            double ph = rnd.nextDouble() * 2 * Math.PI;
            for (int i = 0; i < n; i++) {
                x[2 * i] += (float) (a * Math.cos(ph));
                x[2 * i + 1] += (float) (a * Math.sin(ph));
            }
        }
        if (s.interfererDb > Double.NEGATIVE_INFINITY) {
            // Sum of random-phase tones on a 15 kHz grid: an OFDM-like, always-on neighbour carrier.
            int tones = (int) Math.round(s.interfererWidthHz / 15e3);
            double a = Math.sqrt(Math.pow(10, s.interfererDb / 10) * scs / 15e3);
            double f0 = s.ssbHz - s.fc + s.interfererOffsetHz - s.interfererWidthHz / 2;
            for (int t = 0; t < tones; t++) {
                double f = f0 + t * 15e3;
                double ph0 = rnd.nextDouble() * 2 * Math.PI;
                double w = 2 * Math.PI * f / s.fs;
                for (int i = 0; i < n; i++) {
                    double ph = ph0 + w * i;
                    x[2 * i] += (float) (a * Math.cos(ph));
                    x[2 * i + 1] += (float) (a * Math.sin(ph));
                }
            }
        }
        if (s.snrDb < Double.POSITIVE_INFINITY) {
            double sigma = Math.sqrt(s.fs / (scs * Math.pow(10, s.snrDb / 10)) / 2);
            for (int i = 0; i < 2 * n; i++) {
                x[i] += (float) (sigma * gauss(rnd));
            }
        }
        return new SyntheticRecording(x, n, s.fs, s.fc, s.ssbHz, s.pci, s.ssbIndex, s.halfFrame, mib, pattern.lMax(),
                scsKhz, s.leadSamples);
    }

    /** Pure complex white noise of the same power as a recording at the given SNR would have. */
    static float[] noise(int n, double fs, int scsKhz, double snrDb, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double sigma = Math.sqrt(fs / (scsKhz * 1e3 * Math.pow(10, snrDb / 10)) / 2);
        float[] x = new float[2 * n];
        for (int i = 0; i < 2 * n; i++) {
            x[i] = (float) (sigma * gauss(rnd));
        }
        return x;
    }

    static double gauss(SplittableRandom r) {
        double u;
        double v;
        double q;
        do {
            u = 2 * r.nextDouble() - 1;
            v = 2 * r.nextDouble() - 1;
            q = u * u + v * v;
        } while (q >= 1 || q == 0);
        return u * Math.sqrt(-2 * Math.log(q) / q);
    }

    /** True when the result holds this recording's cell with its SSB index and MIB, CRC ok. */
    boolean foundIn(CellSearchResult r) {
        for (DetectedSsb d : r.ssbs()) {
            if (d.pci() == pci && d.ssbIndex() == ssbIndex && d.crcOk() && mib.equals(d.mib())
                    && (d.halfFrame() == halfFrame)) {
                return true;
            }
        }
        return false;
    }

    CellSearchResult search(CellSearcher s, CellSearchConfig cfg) {
        return s.search(iq, 0, numSamples, sampleRateHz, centerHz, cfg);
    }
}
