package org.airan.phy.cellsearch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.airan.phy.ssb.Mib;
import org.airan.phy.ssb.PbchDecodeResult;
import org.airan.phy.ssb.PbchModulation;
import org.airan.phy.ssb.SsbCase;
import org.airan.phy.ssb.SsbLayout;
import org.airan.phy.ssb.SsbMeasurement;
import org.airan.phy.cellsearch.FftPssDetector.PssCandidate;
import org.airan.phy.ssb.SsbSequences;
import org.jtransforms.fft.FloatFFT_1D;

/**
 * CPU cell searcher over the SSB synchronization raster (TS 38.104 §5.4.3.1).
 *
 * <p>Per recording: one DFT of the analysed stretch ({@link FftChannelizer}, DC notch). Per candidate (SS_REF
 * frequency, SCS): the PSS band (±64 subcarriers) at 128·SCS goes to the {@link FftPssDetector} (normalized
 * correlation against the 3 PSS × CFO hypotheses every SCS/4); its local maxima above the threshold are timing
 * candidates. The SSB band (±121 subcarriers) is then extracted at 256·SCS (3.84, 7.68, 30.72 or 61.44 MHz).
 * FR1 (cases A-C, 15/30 kHz) and FR2 (cases D/E, 120/240 kHz, L_max 64: SSB index bits 5..3 from the PBCH payload)
 * go through the same steps; every step works in subcarriers and samples of the SSB numerology. Per timing
 * candidate: fine CFO from the phase between the PSS halves; DFT of the 4 SSB symbols at the SSB numerology;
 * SSS → N_ID^(1) by normalized correlation against the PSS-based channel; residual delay by a coherent search on
 * the PSS; PBCH DM-RS → ī_SSB by block-coherent correlation, the best three tried by the PBCH CRC; channel
 * estimate from PBCH DM-RS and SSS (delay slope removed, per-symbol common phase, frequency smoothing over ±6..±24
 * subcarriers chosen by the SS-SINR); equalization, QPSK LLRs, descrambling (TS 38.211 §7.3.3.1) and PBCH
 * decoding; TS 38.215 measurements from the same DFT outputs. Design and measurements: decision 070.
 *
 * <p>A block is reported when its PBCH CRC checks, or when its SSS correlation reaches
 * {@value #SSS_REPORT_THRESHOLD} (then with {@code crcOk = false}). Low-rate buffers are sized per search call;
 * per-SSB scratch is held by the instance.
 */
final class SsbCellSearcher implements CellSearcher {

    /** DFT size at the low rate: 256·SCS. */
    static final int N = 256;
    /** Normal CP at N = 256 (TS 38.211 §5.3.1: 144·N/2048). */
    static final int CP = 18;
    /** Symbol length with normal CP at the low rate. */
    static final int SYM = N + CP;
    /** Samples the DFT window starts before the detected symbol start (inside the CP), against late timing. */
    static final int BACKOFF = 4;
    /**
     * Half-width of the channel-estimate frequency smoothing, subcarriers, at SS-SINR ≥ 10 dB (keeps TDL-C 300 ns
     * resolvable at 15 and 30 kHz).
     */
    static final int SMOOTH_HALF_WIDTH = 6;
    /** Smoothing half-width for 0 ≤ SS-SINR &lt; 10 dB. */
    static final int SMOOTH_HALF_WIDTH_MID = 12;
    /**
     * Smoothing half-width below 0 dB SS-SINR, where noise dominates the estimation error: at −7 dB the
     * success rate was 63 % (±6), 80 % (±12), 87 % (±30) over 60 AWGN trials (decision 070).
     */
    static final int SMOOTH_HALF_WIDTH_LOW = 24;
    /** Half-width of the wide window used to align symbol phases, subcarriers. */
    static final int ALIGN_HALF_WIDTH = 24;
    /**
     * SSS correlation (against the received PSS, see rawSssMetric) above which a block is reported even with a
     * failed PBCH CRC. Under noise it is about exponential with mean 1/127, so P(≥ 0.3) ≈ e^-38: noise alone does
     * not produce a report; a real SSB reaches 0.3 from about 2 dB SNR per RE.
     */
    static final double SSS_REPORT_THRESHOLD = 0.3;
    /** PSS search passband half-width, subcarriers (the PSS spans −64..62 around SS_REF). */
    static final int PSS_PASSBAND_SUBCARRIERS = 64;
    /** PSS search stopband edge, subcarriers (= half the search rate: nothing aliases). */
    static final int PSS_STOPBAND_SUBCARRIERS = 64;
    /** Largest residual delay searched on the PSS, samples at the low rate. */
    static final int MAX_RESIDUAL_DELAY = 3;
    /** Delay search resolution: steps per sample. */
    static final int DELAY_STEPS_PER_SAMPLE = 8;
    /** DM-RS per coherent block of the ī_SSB detector (12 DM-RS = 48 subcarriers). */
    static final int DMRS_BLOCK = 12;
    /** Best ī_SSB hypotheses handed to the PBCH decoder (the CRC decides among them). */
    static final int DMRS_TRIES = 3;

    private static final float[][] PSS_SEQ = new float[3][SsbSequences.PSS_SSS_LENGTH];
    private static final float[][] SSS_SEQ = new float[SsbSequences.NUM_PCI][SsbSequences.PSS_SSS_LENGTH];
    /** PBCH data and DM-RS RE tables per DM-RS shift v (copies of {@link SsbLayout}'s, taken once). */
    private static final int[][] DATA_RES = new int[4][];
    private static final int[][] DMRS_RES = new int[4][];

    static {
        for (int i = 0; i < 3; i++) {
            SsbSequences.pss(i, PSS_SEQ[i], 0);
        }
        for (int p = 0; p < SsbSequences.NUM_PCI; p++) {
            SsbSequences.sss(p, SSS_SEQ[p], 0);
        }
        for (int v = 0; v < 4; v++) {
            DATA_RES[v] = SsbLayout.pbchDataRes(v);
            DMRS_RES[v] = SsbLayout.pbchDmrsRes(v);
        }
    }

    private final PbchDecodeFunction decoder;
    private final FloatFFT_1D fftN = new FloatFFT_1D(N);
    private final FftPssDetector pss = new FftPssDetector();
    /** Time-domain PSS templates (useful part, N samples), unit-amplitude subcarriers. */
    private final float[][] pssTime = new float[3][2 * N];

    // Per-SSB scratch.
    private final float[] sym = new float[2 * N];
    private final float[] grid = new float[2 * SsbLayout.NUM_SYMBOLS * SsbLayout.NUM_SUBCARRIERS];
    private final float[] chan = new float[2 * SsbLayout.NUM_SYMBOLS * SsbLayout.NUM_SUBCARRIERS];
    private final float[][] dmrsSeq = new float[8][2 * SsbSequences.PBCH_DMRS_LENGTH];
    private final float[] pilot = new float[2 * SsbLayout.NUM_SYMBOLS * SsbLayout.NUM_SUBCARRIERS];
    private final boolean[] isPilot = new boolean[SsbLayout.NUM_SYMBOLS * SsbLayout.NUM_SUBCARRIERS];
    private final float[] eq = new float[2 * SsbLayout.PBCH_SYMBOLS];
    private final float[] nv = new float[SsbLayout.PBCH_SYMBOLS];
    private final float[] llr = new float[SsbLayout.PBCH_BITS];
    private final float[] h0 = new float[2 * SsbSequences.PSS_SSS_LENGTH];
    private final float[] smoothTmp = new float[2 * SsbSequences.PSS_SSS_LENGTH];
    private final float[] ref = new float[2 * SsbLayout.NUM_SUBCARRIERS];
    private final float[] cur = new float[2 * SsbLayout.NUM_SUBCARRIERS];
    private final float[] joint = new float[2 * SsbLayout.NUM_SUBCARRIERS];
    private final double[] accR = new double[SsbLayout.NUM_SUBCARRIERS + 1];
    private final double[] accI = new double[SsbLayout.NUM_SUBCARRIERS + 1];
    private final int[] cnt = new int[SsbLayout.NUM_SUBCARRIERS + 1];
    private final double[] phi = new double[4];

    SsbCellSearcher(PbchDecodeFunction decoder) {
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        for (int i = 0; i < 3; i++) {
            float[] t = pssTime[i];
            for (int n = 0; n < SsbSequences.PSS_SSS_LENGTH; n++) {
                int k = SsbLayout.PSS_SSS_FIRST_SUBCARRIER + n;
                int bin = Math.floorMod(k - SsbLayout.SS_REF_SUBCARRIER, N);
                t[2 * bin] = PSS_SEQ[i][n];
            }
            fftN.complexInverse(t, false);
        }
    }

    /** One (frequency, SCS) hypothesis. */
    record Candidate(double ssbFrequencyHz, int gscn, int scsKhz, int[] lMaxOrder) {
    }

    /** A PSS timing candidate at the low rate. */
    record Peak(int t, int nId2, double cfoHz, double metric) {
    }

    @Override
    public CellSearchResult search(float[] iq, int offset, int numSamples, double sampleRateHz,
                                   double centerFrequencyHz, CellSearchConfig config) {
        Objects.requireNonNull(iq, "iq");
        Objects.requireNonNull(config, "config");
        if (!(sampleRateHz > 0) || Double.isInfinite(sampleRateHz)) {
            throw new IllegalArgumentException("sample rate must be positive, was " + sampleRateHz);
        }
        long fs = Math.round(sampleRateHz);
        if (Math.abs(fs - sampleRateHz) > 1e-3) {
            throw new IllegalArgumentException("sample rate must be a whole number of Hz, was " + sampleRateHz);
        }
        if (!Double.isFinite(centerFrequencyHz) || centerFrequencyHz < 0) {
            throw new IllegalArgumentException("center frequency must be finite and ≥ 0, was " + centerFrequencyHz);
        }
        if (numSamples < 0 || (long) offset + 2L * numSamples > iq.length || offset < 0) {
            throw new IllegalArgumentException("numSamples " + numSamples + " from float offset " + offset
                    + " exceeds the IQ array of " + iq.length + " floats");
        }
        if (fs < 256 * 15_000L) {
            throw new IllegalArgumentException("sample rate " + sampleRateHz + " Hz is too low: an SSB needs at least "
                    + "3.84 MHz (15 kHz SCS), 7.68 MHz (30 kHz), 30.72 MHz (120 kHz) or 61.44 MHz (240 kHz)");
        }
        if (config.subcarrierSpacingKhz() != 0 && fs < minRate(config.subcarrierSpacingKhz())) {
            throw new IllegalArgumentException("sample rate " + sampleRateHz + " Hz is too low for a "
                    + config.subcarrierSpacingKhz() + " kHz SSB (needs at least "
                    + minRate(config.subcarrierSpacingKhz()) / 1e6 + " MHz)");
        }
        int n = (int) Math.min(numSamples, Math.round(config.maxDurationSeconds() * fs));
        // The shortest SSB of the frequency range first, so a tiny input gets this message rather than a raster one.
        int fastest = config.subcarrierSpacingKhz() != 0 ? config.subcarrierSpacingKhz()
                : isFr2(Double.isNaN(config.ssbFrequencyHz()) ? centerFrequencyHz : config.ssbFrequencyHz()) ? 240 : 30;
        if (n < 4.0 * SYM / (N * fastest * 1e3) * fs) {
            throw new IllegalArgumentException("recording too short: " + numSamples + " samples at " + sampleRateHz
                    + " Hz is less than one SSB (" + Math.round(4.0 * SYM / (N * fastest * 1e3) * 1e6) + " µs)");
        }
        List<Candidate> candidates = candidates(fs, centerFrequencyHz, config);
        int minScs = candidates.stream().mapToInt(Candidate::scsKhz).min().orElse(15);
        double ssbSeconds = 4.0 * SYM / (N * minScs * 1e3);
        if (n < ssbSeconds * fs) {
            throw new IllegalArgumentException("recording too short: " + numSamples + " samples at " + sampleRateHz
                    + " Hz is less than one SSB (" + Math.round(ssbSeconds * 1e6) + " µs)");
        }
        FftChannelizer ch = new FftChannelizer(iq, offset, n, fs);
        List<DetectedSsb> found = new ArrayList<>();
        float[] low = null;
        FloatFFT_1D lowFft = null;
        int lowLen = -1;
        float[] pssLow = null;
        FloatFFT_1D pssFft = null;
        int pssLen = -1;
        for (Candidate c : candidates) {
            long fsLow = 256L * c.scsKhz() * 1000;
            int mo = ch.outputLength(fsLow);
            if (mo != lowLen) {
                lowLen = mo;
                low = new float[2 * mo];
                lowFft = new FloatFFT_1D(mo);
            }
            double scs = c.scsKhz() * 1e3;
            int valid = ch.validOutputLength(fsLow);
            // PSS search on the PSS band only (127 subcarriers) at 128·SCS, so the normalization sees in-band
            // noise only and the correlation runs at half the SSB rate.
            long fsPss = fsLow / 2;
            int mp = ch.outputLength(fsPss);
            if (mp != pssLen) {
                pssLen = mp;
                pssLow = new float[2 * mp];
                pssFft = new FloatFFT_1D(mp);
            }
            ch.extract(c.ssbFrequencyHz() - centerFrequencyHz, fsPss, PSS_PASSBAND_SUBCARRIERS * scs,
                    PSS_STOPBAND_SUBCARRIERS * scs, pssFft, pssLow);
            List<Peak> peaks = pssPeaks(pssLow, ch.validOutputLength(fsPss), scs, config);
            if (peaks.isEmpty()) {
                continue;
            }
            ch.extract(c.ssbFrequencyHz() - centerFrequencyHz, fsLow, 121 * scs, 127 * scs, lowFft, low);
            for (Peak p : peaks) {
                DetectedSsb d = processPeak(low, valid, p, c, fs, config);
                if (d != null) {
                    found.add(d);
                }
            }
        }
        return new CellSearchResult(dedupe(found, fs), candidates.size());
    }

    /** Candidate SS_REF frequencies and SCS inside the recorded band. */
    static List<Candidate> candidates(long fs, double fc, CellSearchConfig config) {
        List<Candidate> out = new ArrayList<>();
        if (!Double.isNaN(config.ssbFrequencyHz())) {
            double f = config.ssbFrequencyHz();
            int[] scsList = scsList(f, fs, config);
            int g = SyncRaster.gscn(f);
            boolean anyFits = false;
            for (int scs : scsList) {
                if (!fits(f, fc, fs, scs)) {
                    continue;
                }
                anyFits = true;
                if (config.subcarrierSpacingKhz() == 0 && !bandAllows(f, g, scs)) {
                    continue;
                }
                out.add(new Candidate(f, g, scs, lMaxOrder(f, scs, config)));
            }
            if (!anyFits) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "SSB frequency %.6f MHz is "
                        + "outside the recording: the SSB (240 subcarriers) must lie within %.6f .. %.6f MHz",
                        f / 1e6, (fc - fs / 2.0) / 1e6, (fc + fs / 2.0) / 1e6));
            }
            if (out.isEmpty()) { // the band tables exclude every SCS: try them all anyway
                for (int scs : scsList) {
                    if (fits(f, fc, fs, scs)) {
                        out.add(new Candidate(f, g, scs, lMaxOrder(f, scs, config)));
                    }
                }
            }
            return out;
        }
        boolean known = !NrBand.containing(fc).isEmpty();
        int[] scsList = scsList(fc, fs, config);
        for (int scs : scsList) {
            double margin = 121 * scs * 1e3;
            int[] gscns = SyncRaster.gscnsBetween(fc - fs / 2.0 + margin, fc + fs / 2.0 - margin);
            for (int g : gscns) {
                double f = SyncRaster.frequencyHz(g);
                if (known && config.subcarrierSpacingKhz() == 0 && !bandAllows(f, g, scs)) {
                    continue;
                }
                if (known && config.subcarrierSpacingKhz() != 0 && !bandHasGscn(f, g)) {
                    continue;
                }
                out.add(new Candidate(f, g, scs, lMaxOrder(f, scs, config)));
            }
        }
        if (out.isEmpty() && config.subcarrierSpacingKhz() == 0 && known) {
            int slowest = Integer.MAX_VALUE;
            for (NrBand b : NrBand.containing(fc)) {
                for (NrBand.SsbEntry e : b.ssbEntries()) {
                    slowest = Math.min(slowest, e.subcarrierSpacingKhz());
                }
            }
            if (fs < minRate(slowest)) {
                throw new IllegalArgumentException("sample rate " + fs + " Hz is too low: the band at " + fc
                        + " Hz uses " + slowest + " kHz SSBs or wider, which need at least " + minRate(slowest) / 1e6
                        + " MHz");
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "no SSB raster frequency (GSCN, "
                    + "TS 38.104 §5.4.3.1) with a whole SSB fits in the recorded band %.6f .. %.6f MHz; give the SSB "
                    + "frequency explicitly", (fc - fs / 2.0) / 1e6, (fc + fs / 2.0) / 1e6));
        }
        out.sort(Comparator.comparingDouble(Candidate::ssbFrequencyHz).thenComparingInt(Candidate::scsKhz));
        return out;
    }

    /** Lowest sample rate that carries an SSB of this SCS: 256·SCS, Hz. */
    static long minRate(int scsKhz) {
        return 256L * scsKhz * 1000;
    }

    /** True at FR2 frequencies (TS 38.104 Table 5.1-1), where SSBs use cases D/E (120/240 kHz). */
    static boolean isFr2(double f) {
        return f >= SyncRaster.FR2_LOW_HZ;
    }

    /**
     * SSB SCS hypotheses at frequency f: the configured one, or 15 and 30 kHz in FR1 and 120 and 240 kHz in FR2
     * (TS 38.213 §4.1), keeping those the sample rate carries. A fixed SCS whose rate is too low was refused before.
     */
    static int[] scsList(double f, long fs, CellSearchConfig config) {
        if (config.subcarrierSpacingKhz() != 0) {
            return new int[] {config.subcarrierSpacingKhz()};
        }
        int[] all = isFr2(f) ? new int[] {120, 240} : new int[] {15, 30};
        if (fs >= minRate(all[1])) {
            return all;
        }
        if (fs >= minRate(all[0])) {
            return new int[] {all[0]};
        }
        throw new IllegalArgumentException("sample rate " + fs + " Hz is too low for an SSB at " + f / 1e6
                + " MHz: " + (isFr2(f) ? "FR2 SSBs (120 kHz) need at least 30.72 MHz" : "needs at least 3.84 MHz"));
    }

    private static boolean fits(double f, double fc, long fs, int scs) {
        return Math.abs(f - fc) + 120 * scs * 1e3 <= fs / 2.0 + 1e-6;
    }

    /** True when some band containing f allows this SCS at this GSCN (or no band contains f). */
    private static boolean bandAllows(double f, int g, int scs) {
        List<NrBand> bands = NrBand.containing(f);
        if (bands.isEmpty()) {
            return true;
        }
        for (NrBand b : bands) {
            for (NrBand.SsbEntry e : b.ssbEntries()) {
                if (e.ssbCase().subcarrierSpacingKhz() == scs && (g < 0 || e.contains(g))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean bandHasGscn(double f, int g) {
        for (NrBand b : NrBand.containing(f)) {
            for (NrBand.SsbEntry e : b.ssbEntries()) {
                if (e.contains(g)) {
                    return true;
                }
            }
        }
        return NrBand.containing(f).isEmpty();
    }

    /** L_max to try, most likely first (TS 38.213 §4.1). */
    static int[] lMaxOrder(double f, int scs, CellSearchConfig config) {
        if (config.lMax() != 0) {
            return new int[] {config.lMax()};
        }
        if (scs >= 120) {
            return new int[] {64}; // cases D and E (TS 38.213 §4.1)
        }
        boolean unpaired = false;
        boolean known = false;
        for (NrBand b : NrBand.containing(f)) {
            for (NrBand.SsbEntry e : b.ssbEntries()) {
                if (e.ssbCase().subcarrierSpacingKhz() == scs) {
                    known = true;
                    unpaired |= b.unpaired() && e.ssbCase() == SsbCase.C;
                }
            }
        }
        int primary;
        if (scs == 30 && unpaired) {
            primary = f < 1.88e9 ? 4 : 8;
        } else {
            primary = f <= 3e9 ? 4 : 8;
        }
        return known ? new int[] {primary} : new int[] {primary, primary == 4 ? 8 : 4};
    }

    // ---------------------------------------------------------------------------------------------- PSS

    /** PSS timing candidates of the PSS-band signal, converted to the 256·SCS rate of the SSB processing. */
    List<Peak> pssPeaks(float[] x, int len, double scs, CellSearchConfig config) {
        List<PssCandidate> c = pss.detect(x, len, scs, config.maxCfoHz(), config.pssThreshold(),
                config.maxPeaks((int) Math.round(scs / 1e3)));
        List<Peak> out = new ArrayList<>(c.size());
        for (PssCandidate p : c) {
            out.add(new Peak(2 * p.sample(), p.nId2(), p.cfoHz(), p.metric()));
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------- SSB

    /** Full processing of one PSS candidate; null when nothing credible is there. */
    DetectedSsb processPeak(float[] x, int len, Peak p, Candidate c, long fs, CellSearchConfig config) {
        int t = p.t();
        double fsLow = N * c.scsKhz() * 1e3;
        if (t - BACKOFF < 0 || t + 3 * SYM + N - BACKOFF > len) {
            return null;
        }
        // Fine CFO from the PSS halves (after the coarse hypothesis).
        double cfo = p.cfoHz() + fineCfo(x, t, p.nId2(), p.cfoHz(), fsLow);
        // DFT of the 4 SSB symbols, CFO removed, backoff phase compensated.
        for (int l = 0; l < SsbLayout.NUM_SYMBOLS; l++) {
            int s0 = t + l * SYM - BACKOFF;
            for (int i = 0; i < N; i++) {
                double ph = -2 * Math.PI * cfo * (s0 + i) / fsLow;
                float co = (float) Math.cos(ph);
                float si = (float) Math.sin(ph);
                float xr = x[2 * (s0 + i)];
                float xi = x[2 * (s0 + i) + 1];
                sym[2 * i] = xr * co - xi * si;
                sym[2 * i + 1] = xr * si + xi * co;
            }
            fftN.complexForward(sym);
            for (int k = 0; k < SsbLayout.NUM_SUBCARRIERS; k++) {
                int off = k - SsbLayout.SS_REF_SUBCARRIER;
                int bin = Math.floorMod(off, N);
                double ph = 2 * Math.PI * off * BACKOFF / N;
                float co = (float) Math.cos(ph);
                float si = (float) Math.sin(ph);
                float yr = sym[2 * bin];
                float yi = sym[2 * bin + 1];
                int g = 2 * (l * SsbLayout.NUM_SUBCARRIERS + k);
                grid[g] = yr * co - yi * si;
                grid[g + 1] = yr * si + yi * co;
            }
        }
        // SSS detection with the PSS as channel reference.
        int nId2 = p.nId2();
        for (int n = 0; n < SsbSequences.PSS_SSS_LENGTH; n++) {
            int g = 2 * (SsbLayout.PSS_SSS_FIRST_SUBCARRIER + n);
            float d = PSS_SEQ[nId2][n];
            h0[2 * n] = grid[g] * d;
            h0[2 * n + 1] = grid[g + 1] * d;
        }
        smoothInPlace(h0, smoothTmp, SsbSequences.PSS_SSS_LENGTH, 3);
        double eH = 0;
        double eY = 0;
        int sssBase = 2 * (SsbLayout.SSS_SYMBOL * SsbLayout.NUM_SUBCARRIERS + SsbLayout.PSS_SSS_FIRST_SUBCARRIER);
        for (int n = 0; n < SsbSequences.PSS_SSS_LENGTH; n++) {
            eH += h0[2 * n] * h0[2 * n] + h0[2 * n + 1] * h0[2 * n + 1];
            eY += grid[sssBase + 2 * n] * grid[sssBase + 2 * n] + grid[sssBase + 2 * n + 1] * grid[sssBase + 2 * n + 1];
        }
        // z_n = Y_sss(n) · conj(H(n)), then correlate with each SSS.
        double bestRho = -1;
        int bestPci = -1;
        for (int nId1 = 0; nId1 < 336; nId1++) {
            int pci = 3 * nId1 + nId2;
            float[] s = SSS_SEQ[pci];
            double zr = 0;
            double zi = 0;
            for (int n = 0; n < SsbSequences.PSS_SSS_LENGTH; n++) {
                float yr = grid[sssBase + 2 * n];
                float yi = grid[sssBase + 2 * n + 1];
                float hr = h0[2 * n];
                float hi = h0[2 * n + 1];
                float d = s[n];
                zr += d * (yr * hr + yi * hi);
                zi += d * (yi * hr - yr * hi);
            }
            double rho = (zr * zr + zi * zi) / Math.max(eH * eY, 1e-300);
            if (rho > bestRho) {
                bestRho = rho;
                bestPci = pci;
            }
        }
        if (bestPci < 0) {
            return null; // every SSS correlation was NaN (non-finite samples in the window): no cell here
        }
        int pci = bestPci;
        double sssRaw = rawSssMetric(pci);
        // PBCH DM-RS hypotheses: remove the delay slope seen on the PSS, then sum coherently over blocks of
        // DMRS_BLOCK DM-RS (4·DMRS_BLOCK subcarriers) of one symbol and non-coherently over blocks.
        int v = SsbLayout.dmrsShift(pci);
        int[] dm = DMRS_RES[v];
        double theta = pssSlope(nId2);
        double[] dScore = new double[8];
        for (int i = 0; i < 8; i++) {
            SsbSequences.pbchDmrs(pci, i, dmrsSeq[i], 0);
            double score = 0;
            double ar = 0;
            double ai = 0;
            int inBlock = 0;
            for (int m = 0; m < dm.length; m++) {
                int re = dm[m];
                int k = re % SsbLayout.NUM_SUBCARRIERS;
                float yr = grid[2 * re];
                float yi = grid[2 * re + 1];
                float rr = dmrsSeq[i][2 * m];
                float ri = dmrsSeq[i][2 * m + 1];
                double zr = yr * rr + yi * ri;
                double zi = yi * rr - yr * ri;
                double co = Math.cos(-theta * k);
                double sn = Math.sin(-theta * k);
                ar += zr * co - zi * sn;
                ai += zr * sn + zi * co;
                inBlock++;
                boolean last = m + 1 == dm.length || dm[m + 1] / SsbLayout.NUM_SUBCARRIERS != re / SsbLayout.NUM_SUBCARRIERS
                        || dm[m + 1] - re != 4;
                if (inBlock == DMRS_BLOCK || last) {
                    score += ar * ar + ai * ai;
                    ar = 0;
                    ai = 0;
                    inBlock = 0;
                }
            }
            dScore[i] = score;
        }
        Integer[] order = {0, 1, 2, 3, 4, 5, 6, 7};
        Arrays.sort(order, (a, b) -> Double.compare(dScore[b], dScore[a]));
        // Measurements (independent of the DM-RS hypothesis); their SINR sets the channel-estimate smoothing.
        double timingLow = t - CP;
        long timing = Math.round(timingLow * fs / fsLow);
        SsbMeasurement meas = measure(pci, -1, cfo, timing);
        int hw = meas.sinrDb() < 0 ? SMOOTH_HALF_WIDTH_LOW
                : meas.sinrDb() < 10 ? SMOOTH_HALF_WIDTH_MID : SMOOTH_HALF_WIDTH;
        // Try the two best DM-RS hypotheses and the L_max options.
        DetectedSsb best = null;
        for (int attempt = 0; attempt < DMRS_TRIES && (best == null || !best.crcOk()); attempt++) {
            int iBar = order[attempt];
            double sigma2 = estimateChannel(pci, iBar, theta, hw);
            for (int lMax : c.lMaxOrder()) {
                int nu = lMax == 4 ? iBar & 3 : iBar;
                equalizeAndLlr(v, sigma2);
                PbchModulation.descrambleLlr(llr, 0, pci, nu);
                PbchDecodeResult r = decoder.decode(llr, 0, lMax, pci);
                boolean crc = r != null && r.crcOk();
                int ssbIndex;
                int hf;
                Mib mib = null;
                if (lMax == 4) {
                    ssbIndex = iBar & 3;
                    hf = iBar >> 2;
                    if (crc && r.halfFrame() != hf) {
                        crc = false; // inconsistent with the DM-RS half-frame bit
                    }
                } else if (lMax == 64) {
                    // TS 38.213 §4.1: the DM-RS gives the 3 LSBs of the SSB index; the PBCH payload carries bits 5..3
                    // (abar_29..abar_31, TS 38.212 §7.1.1) and the half-frame bit. Without the PBCH only the LSBs
                    // are known.
                    ssbIndex = crc ? (r.ssbIndexMsbs() << 3) | iBar : iBar;
                    hf = crc ? r.halfFrame() : -1;
                } else {
                    ssbIndex = iBar;
                    hf = crc ? r.halfFrame() : -1;
                }
                if (crc) {
                    mib = r.mib();
                }
                meas = new SsbMeasurement(pci, ssbIndex, meas.rsrpDbfs(), meas.rsrqDb(), meas.sinrDb(), cfo, timing);
                DetectedSsb d = new DetectedSsb(pci, ssbIndex, hf, lMax, c.scsKhz(), c.ssbFrequencyHz(), c.gscn(),
                        timing, cfo, p.metric(), sssRaw, crc, mib, meas);
                if (crc) {
                    return d;
                }
                if (best == null) {
                    best = d;
                }
            }
        }
        return sssRaw >= SSS_REPORT_THRESHOLD ? best : null;
    }

    /**
     * Normalized SSS correlation with the unsmoothed PSS as channel reference: |Σ Y_sss·Y_pss*·d_pss·d_sss|² /
     * (Σ|Y_sss|²·Σ|Y_pss|²). Under noise alone it is about exponential with mean 1/127.
     */
    private double rawSssMetric(int pci) {
        float[] pss = PSS_SEQ[SsbSequences.nId2(pci)];
        float[] sss = SSS_SEQ[pci];
        int a = 2 * SsbLayout.PSS_SSS_FIRST_SUBCARRIER;
        int b = 2 * (SsbLayout.SSS_SYMBOL * SsbLayout.NUM_SUBCARRIERS + SsbLayout.PSS_SSS_FIRST_SUBCARRIER);
        double zr = 0;
        double zi = 0;
        double ea = 0;
        double eb = 0;
        for (int n = 0; n < SsbSequences.PSS_SSS_LENGTH; n++) {
            float d = pss[n] * sss[n];
            float pr = grid[a + 2 * n];
            float pi = grid[a + 2 * n + 1];
            float sr = grid[b + 2 * n];
            float si = grid[b + 2 * n + 1];
            zr += d * (sr * pr + si * pi);
            zi += d * (si * pr - sr * pi);
            ea += pr * pr + pi * pi;
            eb += sr * sr + si * si;
        }
        return (zr * zr + zi * zi) / Math.max(ea * eb, 1e-300);
    }

    /**
     * Phase per subcarrier of the channel seen on the PSS (the residual delay): the fractional delay τ in
     * ±{@value #MAX_RESIDUAL_DELAY} samples (step 1/{@value #DELAY_STEPS_PER_SAMPLE}) maximizing
     * |Σ_n Y_pss(n)·d(n)·e^{+j2πτn/N}|, a coherent search that stays reliable at low SNR where lag-1
     * differential estimates are not.
     */
    private double pssSlope(int nId2) {
        float[] d = PSS_SEQ[nId2];
        int a = 2 * SsbLayout.PSS_SSS_FIRST_SUBCARRIER;
        double bestMag = -1;
        double bestTheta = 0;
        int steps = MAX_RESIDUAL_DELAY * DELAY_STEPS_PER_SAMPLE;
        for (int q = -steps; q <= steps; q++) {
            double theta = -2 * Math.PI * q / (double) DELAY_STEPS_PER_SAMPLE / N;
            double ar = 0;
            double ai = 0;
            double co = 1;
            double sn = 0;
            double cd = Math.cos(-theta);
            double sd = Math.sin(-theta);
            for (int n = 0; n < SsbSequences.PSS_SSS_LENGTH; n++) {
                double hr = grid[a + 2 * n] * d[n];
                double hi = grid[a + 2 * n + 1] * d[n];
                ar += hr * co - hi * sn;
                ai += hr * sn + hi * co;
                double nc = co * cd - sn * sd;
                sn = co * sd + sn * cd;
                co = nc;
            }
            double mag = ar * ar + ai * ai;
            if (mag > bestMag) {
                bestMag = mag;
                bestTheta = theta;
            }
        }
        return bestTheta;
    }

    private double fineCfo(float[] x, int t, int nId2, double coarse, double fsLow) {
        double[] c = new double[4];
        for (int n = 0; n < N; n++) {
            double ph = -2 * Math.PI * coarse * n / fsLow;
            double co = Math.cos(ph);
            double si = Math.sin(ph);
            double xr = x[2 * (t + n)] * co - x[2 * (t + n) + 1] * si;
            double xi = x[2 * (t + n)] * si + x[2 * (t + n) + 1] * co;
            double pr = pssTime[nId2][2 * n];
            double pi = pssTime[nId2][2 * n + 1];
            int h = n < N / 2 ? 0 : 2;
            c[h] += xr * pr + xi * pi;
            c[h + 1] += xi * pr - xr * pi;
        }
        double ar = c[2] * c[0] + c[3] * c[1];
        double ai = c[3] * c[0] - c[2] * c[1];
        return Math.atan2(ai, ar) * fsLow / (2 * Math.PI * (N / 2.0));
    }

    /** Moving average over ±hw of a complex array of length len (in place). */
    private static void smoothInPlace(float[] a, float[] tmp, int len, int hw) {
        for (int i = 0; i < len; i++) {
            float sr = 0;
            float si = 0;
            int cnt = 0;
            for (int j = Math.max(0, i - hw); j <= Math.min(len - 1, i + hw); j++) {
                sr += a[2 * j];
                si += a[2 * j + 1];
                cnt++;
            }
            tmp[2 * i] = sr / cnt;
            tmp[2 * i + 1] = si / cnt;
        }
        System.arraycopy(tmp, 0, a, 0, 2 * len);
    }

    /**
     * Channel estimate for all 4 × 240 REs into {@link #chan} from the PBCH DM-RS (hypothesis iBar) and the SSS.
     *
     * @return noise variance per RE (grid units)
     */
    private double estimateChannel(int pci, int iBar, double theta, int hw) {
        final int K = SsbLayout.NUM_SUBCARRIERS;
        Arrays.fill(isPilot, false);
        int v = SsbLayout.dmrsShift(pci);
        int[] dm = DMRS_RES[v];
        // Raw pilots p = Y·conj(x)/|x|².
        for (int m = 0; m < dm.length; m++) {
            int re = dm[m];
            float yr = grid[2 * re];
            float yi = grid[2 * re + 1];
            float rr = dmrsSeq[iBar][2 * m];
            float ri = dmrsSeq[iBar][2 * m + 1];
            pilot[2 * re] = yr * rr + yi * ri;
            pilot[2 * re + 1] = yi * rr - yr * ri;
            isPilot[re] = true;
        }
        float[] sss = SSS_SEQ[pci];
        for (int n = 0; n < SsbSequences.PSS_SSS_LENGTH; n++) {
            int re = SsbLayout.SSS_SYMBOL * K + SsbLayout.PSS_SSS_FIRST_SUBCARRIER + n;
            pilot[2 * re] = grid[2 * re] * sss[n];
            pilot[2 * re + 1] = grid[2 * re + 1] * sss[n];
            isPilot[re] = true;
        }
        // Delay slope θ (from the PSS) removed before smoothing, restored after.
        for (int re = K; re < 4 * K; re++) {
            if (!isPilot[re]) {
                continue;
            }
            int k = re % K;
            double ph = -theta * k;
            float co = (float) Math.cos(ph);
            float sn = (float) Math.sin(ph);
            float pr = pilot[2 * re];
            float pi = pilot[2 * re + 1];
            pilot[2 * re] = pr * co - pi * sn;
            pilot[2 * re + 1] = pr * sn + pi * co;
        }
        // Per-symbol common phase: first against symbol 1 with a wide window, then twice against the joint estimate.
        Arrays.fill(phi, 0);
        windowSum(1, 1, null, ALIGN_HALF_WIDTH, ref);
        for (int l = 2; l <= 3; l++) {
            windowSum(l, l, null, ALIGN_HALF_WIDTH, cur);
            double ar = 0;
            double ai = 0;
            for (int k = 0; k < K; k++) {
                ar += cur[2 * k] * ref[2 * k] + cur[2 * k + 1] * ref[2 * k + 1];
                ai += cur[2 * k + 1] * ref[2 * k] - cur[2 * k] * ref[2 * k + 1];
            }
            phi[l] = Math.atan2(ai, ar);
        }
        for (int iter = 0; iter < 2; iter++) {
            windowSum(1, 3, phi, hw, joint);
            for (int l = 1; l <= 3; l++) {
                double ar = 0;
                double ai = 0;
                for (int k = 0; k < K; k++) {
                    int re = l * K + k;
                    if (!isPilot[re]) {
                        continue;
                    }
                    ar += pilot[2 * re] * joint[2 * k] + pilot[2 * re + 1] * joint[2 * k + 1];
                    ai += pilot[2 * re + 1] * joint[2 * k] - pilot[2 * re] * joint[2 * k + 1];
                }
                phi[l] = Math.atan2(ai, ar);
            }
        }
        windowSum(1, 3, phi, hw, joint);
        // Per-symbol channel with phase and slope restored; residual noise on the pilots.
        double res = 0;
        int np = 0;
        for (int l = 1; l <= 3; l++) {
            for (int k = 0; k < K; k++) {
                double ph = phi[l] + theta * k;
                float co = (float) Math.cos(ph);
                float sn = (float) Math.sin(ph);
                int re = l * K + k;
                float hr = joint[2 * k] * co - joint[2 * k + 1] * sn;
                float hi = joint[2 * k] * sn + joint[2 * k + 1] * co;
                chan[2 * re] = hr;
                chan[2 * re + 1] = hi;
                if (isPilot[re]) {
                    // pilot (derotated) vs joint (derotated, phase-aligned)
                    double pr = pilot[2 * re] * Math.cos(-phi[l]) - pilot[2 * re + 1] * Math.sin(-phi[l]);
                    double pim = pilot[2 * re] * Math.sin(-phi[l]) + pilot[2 * re + 1] * Math.cos(-phi[l]);
                    double dr = pr - joint[2 * k];
                    double di = pim - joint[2 * k + 1];
                    res += dr * dr + di * di;
                    np++;
                }
            }
        }
        // Each smoothed estimate averages about 2·hw/4·3 + (SSS) pilots; the residual is low by (1 − 1/M).
        double mEff = 3.0 * (2 * hw + 1) / 4.0;
        return Math.max(res / Math.max(np, 1) / (1 - 1 / mEff), 1e-30);
    }

    /**
     * Sum over symbols l0..l1 of phase-aligned pilots (phase −phi[l]), averaged over ±hw subcarriers:
     * out[k] = Σ pilots / count (0 where none).
     */
    private void windowSum(int l0, int l1, double[] phi, int hw, float[] out) {
        final int K = SsbLayout.NUM_SUBCARRIERS;
        for (int k = 0; k < K; k++) {
            double r = 0;
            double i = 0;
            int c = 0;
            for (int l = l0; l <= l1; l++) {
                int re = l * K + k;
                if (!isPilot[re]) {
                    continue;
                }
                double pr = pilot[2 * re];
                double pi = pilot[2 * re + 1];
                if (phi != null && phi[l] != 0) {
                    double co = Math.cos(-phi[l]);
                    double sn = Math.sin(-phi[l]);
                    double t = pr * co - pi * sn;
                    pi = pr * sn + pi * co;
                    pr = t;
                }
                r += pr;
                i += pi;
                c++;
            }
            accR[k + 1] = accR[k] + r;
            accI[k + 1] = accI[k] + i;
            cnt[k + 1] = cnt[k] + c;
        }
        for (int k = 0; k < K; k++) {
            int a = Math.max(0, k - hw);
            int b = Math.min(K, k + hw + 1);
            int c = cnt[b] - cnt[a];
            if (c == 0) {
                out[2 * k] = 0;
                out[2 * k + 1] = 0;
            } else {
                out[2 * k] = (float) ((accR[b] - accR[a]) / c);
                out[2 * k + 1] = (float) ((accI[b] - accI[a]) / c);
            }
        }
    }

    private void equalizeAndLlr(int v, double sigma2) {
        int[] data = DATA_RES[v];
        for (int i = 0; i < data.length; i++) {
            int re = data[i];
            float yr = grid[2 * re];
            float yi = grid[2 * re + 1];
            float hr = chan[2 * re];
            float hi = chan[2 * re + 1];
            float hh = hr * hr + hi * hi;
            if (hh < 1e-30f) {
                eq[2 * i] = 0;
                eq[2 * i + 1] = 0;
                nv[i] = 1e30f;
                continue;
            }
            eq[2 * i] = (hr * yr + hi * yi) / hh;
            eq[2 * i + 1] = (hr * yi - hi * yr) / hh;
            nv[i] = (float) (sigma2 / hh);
        }
        PbchModulation.qpskLlr(eq, 0, nv, 0, llr, 0, SsbLayout.PBCH_SYMBOLS);
    }

    /** TS 38.215 measurements on the current grid. Per-RE power = |Y|²/N² (amplitude units of the input). */
    private SsbMeasurement measure(int pci, int ssbIndex, double cfo, long timing) {
        final int K = SsbLayout.NUM_SUBCARRIERS;
        double norm = 1.0 / ((double) N * N);
        double noise = 0;
        int nn = 0;
        for (int k = 0; k < K; k++) {
            boolean empty0 = k < 56 || k > 182;
            boolean empty2 = (k >= 48 && k < 56) || (k > 182 && k < 192);
            if (empty0) {
                noise += pow(0, k);
                nn++;
            }
            if (empty2) {
                noise += pow(2, k);
                nn++;
            }
        }
        noise = noise / nn * norm;
        double sss = 0;
        for (int n = 0; n < SsbSequences.PSS_SSS_LENGTH; n++) {
            sss += pow(2, SsbLayout.PSS_SSS_FIRST_SUBCARRIER + n);
        }
        sss = sss / SsbSequences.PSS_SSS_LENGTH * norm;
        double rsrp = Math.max(sss - noise, 1e-3 * sss);
        double rssi = 0;
        for (int l = 0; l < 4; l++) {
            for (int k = 0; k < K; k++) {
                rssi += pow(l, k);
            }
        }
        rssi = rssi / 4 * norm;
        double rsrpDb = 10 * Math.log10(Math.max(rsrp, 1e-30));
        double rsrqDb = 10 * Math.log10(20 * rsrp / Math.max(rssi, 1e-30));
        double sinrDb = 10 * Math.log10(rsrp / Math.max(noise, 1e-30));
        return new SsbMeasurement(pci, ssbIndex, rsrpDb, rsrqDb, sinrDb, cfo, timing);
    }

    private double pow(int l, int k) {
        int g = 2 * (l * SsbLayout.NUM_SUBCARRIERS + k);
        return (double) grid[g] * grid[g] + (double) grid[g + 1] * grid[g + 1];
    }

    /** Keeps, per (frequency, PCI, timing within a CP), the best report; orders by frequency then time. */
    static List<DetectedSsb> dedupe(List<DetectedSsb> in, long fs) {
        List<DetectedSsb> sorted = new ArrayList<>(in);
        sorted.sort(Comparator.comparing((DetectedSsb d) -> !d.crcOk()).thenComparing(
                Comparator.comparingDouble(DetectedSsb::sssMetric).reversed()));
        List<DetectedSsb> out = new ArrayList<>();
        for (DetectedSsb d : sorted) {
            long tol = Math.max(2, Math.round(fs * 2e-6)); // 2 µs
            boolean dup = false;
            for (DetectedSsb o : out) {
                if (o.pci() == d.pci() && Math.abs(o.timingSample() - d.timingSample()) <= tol) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                out.add(d);
            }
        }
        out.sort(Comparator.comparingDouble(DetectedSsb::ssbFrequencyHz).thenComparingLong(DetectedSsb::timingSample));
        return out;
    }
}
