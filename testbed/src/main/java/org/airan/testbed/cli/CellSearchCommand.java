package org.airan.testbed.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.airan.phy.cellsearch.CellSearchConfig;
import org.airan.phy.cellsearch.CellSearchResult;
import org.airan.phy.cellsearch.CellSearcher;
import org.airan.phy.cellsearch.CellSearchers;
import org.airan.phy.cellsearch.DetectedSsb;
import org.airan.phy.cellsearch.SyncRaster;
import org.airan.phy.ssb.Mib;
import org.airan.phy.ssb.SsbMeasurement;
import org.airan.testbed.report.Json;
import org.airan.vectors.sigmf.SigmfCapture;
import org.airan.vectors.sigmf.SigmfReader;
import org.airan.vectors.sigmf.SigmfRecording;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code airan cell-search RECORDING}: finds NR cells in a recording (SigMF, or raw interleaved {@code cf32_le}
 * with {@code --sample-rate} and {@code --center-frequency}) by scanning the SSB synchronization raster
 * (TS 38.104 §5.4.3.1) inside the recorded band, or one given SSB frequency. Prints every SS/PBCH block found:
 * PCI, SSB index, SSB frequency and GSCN, timing, CFO, SS-RSRP/RSRQ/SINR and the decoded MIB with its CRC status.
 * Finding nothing is a normal outcome (exit 0; {@code --json} prints an {@code airan.cell-search/1} document with an
 * empty {@code ssbs} list); bad input exits 2. Non-finite samples (NaN, infinity) are counted, reported and read as 0.
 */
@Command(name = "cell-search", mixinStandardHelpOptions = true,
        description = {"Find NR cells (PSS/SSS/PBCH) in a SigMF or raw cf32 recording and decode their MIB.",
            "Scans the SSB synchronization raster (TS 38.104 §5.4.3.1) inside the recorded band, or one "
                + "--ssb-frequency; reads at most the first "
                + (int) (CellSearchConfig.DEFAULT_MAX_DURATION_S * 1e3) + " ms of the recording. Prints PCI, SSB index, SSB "
                + "frequency and GSCN, timing (samples), CFO (Hz), SS-RSRP (dBFS; dBm with --calibration-db), SS-RSRQ "
                + "and SS-SINR (dB, TS 38.215 §5.1.1/5.1.3/5.1.6) and the MIB with its CRC status.",
            "Samples that are NaN or infinite are counted, reported and read as 0. Finding no cell exits 0; bad "
                + "input exits 2 with one line naming the file or option, the value and the rule.",
            "Examples:",
            "  airan cell-search capture.sigmf-meta",
            "  airan cell-search --sample-rate 7.68e6 --center-frequency 3.5e9 --json a.cf32"})
public final class CellSearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RECORDING",
            description = "SigMF recording (.sigmf-meta, .sigmf-data or their common base name) or a raw .cf32 file.")
    Path recording;

    @Option(names = "--ssb-frequency", paramLabel = "HZ",
            description = "Search only this SS_REF frequency in Hz instead of the whole raster in the band (default: "
                    + "every GSCN whose SSB fits in the recording).")
    Double ssbFrequencyHz;

    @Option(names = "--scs", paramLabel = "KHZ", description = "SSB subcarrier spacing: 15 or 30 (FR1), 120 or 240 "
            + "(FR2, cases D/E) (default: what the band allows; 15 and 30 below 24.25 GHz, 120 and 240 above).")
    Integer scsKhz;

    @Option(names = "--sample-rate", paramLabel = "HZ", description = "Sample rate in Hz, at least 256·SCS: 3.84e6 (15 kHz "
            + "SSB), 7.68e6 (30 kHz), 30.72e6 (120 kHz) or 61.44e6 (240 kHz); required for raw .cf32, overrides "
            + "core:sample_rate of SigMF.")
    Double sampleRateHz;

    @Option(names = "--center-frequency", paramLabel = "HZ",
            description = "RF frequency of DC (required for raw .cf32 and for SigMF without core:frequency).")
    Double centerFrequencyHz;

    @Option(names = "--max-cfo", paramLabel = "HZ", description = "Largest carrier frequency offset searched in "
            + "Hz, 0..1000000 (default: 12 kHz, then 50 kHz (FR1) or 200 kHz (FR2) when nothing is found).")
    Double maxCfoHz;

    /** CFO range of the second pass when the default range finds nothing (±14 ppm at 3.5 GHz). */
    public static final double WIDE_CFO_HZ = 50e3;
    /** CFO range of the second pass in FR2 (centre ≥ 24.25 GHz): ±7 ppm at 28 GHz. */
    public static final double WIDE_CFO_FR2_HZ = 200e3;

    @Option(names = "--channel", paramLabel = "N", description = "Channel (receive antenna, from 0) of a multi-channel SigMF recording (default 0).")
    int channel;

    @Option(names = "--json", description = "Print one JSON document (schema " + SCHEMA + ") with the input summary and the list of SSBs found, instead of text.")
    boolean json;

    @Option(names = "--calibration-db", paramLabel = "DB",
            description = "Receiver calibration: dBm = dBFS + DB. With it, RSRP is also given in dBm with its "
                    + "TS 38.133 L1-RSRP report value.")
    Double calibrationDb;

    /** Schema name and version of the JSON document. */
    public static final String SCHEMA = "airan.cell-search/1";

    /** Samples per channel read at a time from a SigMF recording (bounds the memory of the other channels). */
    static final int READ_CHUNK_SAMPLES = 1 << 14;

    /** Largest --max-cfo, Hz: the range {@link CellSearchConfig} accepts. */
    private static final double MAX_CFO_LIMIT_HZ = CellSearchConfig.MAX_CFO_LIMIT_HZ;

    /**
     * The {@code airan cell-search --json} document.
     *
     * @param nonFiniteSamples complex samples of the searched channel with a NaN or infinite part, read as 0
     * @param maxCfoHz         CFO range of the search that gave {@code ssbs}, Hz (the wider second pass if it ran)
     */
    public record Report(String schema, String recording, int channel, long numSamples, double sampleRateHz,
                         double centerFrequencyHz, long nonFiniteSamples, int candidatesSearched, double maxCfoHz,
                         List<CellJson> ssbs) {
    }

    /** One detected SS/PBCH block as printed by {@code --json}. */
    public record CellJson(int pci, int ssbIndex, int halfFrame, int lMax, int scsKhz, double ssbFrequencyHz,
                           Integer gscn, long timingSample, double cfoHz, double pssMetric, double sssMetric,
                           Double rsrpDbfs, Double rsrqDb, Double sinrDb, int sinrReport, Double rsrpDbm,
                           Integer l1RsrpReport, boolean crcOk, MibJson mib) {
    }

    /** MIB fields (TS 38.331). */
    public record MibJson(int systemFrameNumber, int subCarrierSpacingCommonKhz, int ssbSubcarrierOffset,
                          int dmrsTypeAPosition, int controlResourceSetZero, int searchSpaceZero, boolean cellBarred,
                          boolean intraFreqReselectionAllowed) {
    }

    /** Samples, rate and centre read from the input. */
    record Input(float[] iq, int numSamples, double sampleRateHz, double centerFrequencyHz, long nonFinite) {
    }

    @Override
    public Integer call() throws IOException {
        if (scsKhz != null && scsKhz != 15 && scsKhz != 30 && scsKhz != 120 && scsKhz != 240) {
            throw new IllegalArgumentException("--scs must be 15, 30 (FR1 SSB), 120 or 240 (FR2 SSB, cases D/E, "
                    + "TS 38.213 §4.1), was " + scsKhz);
        }
        if (ssbFrequencyHz != null && !(ssbFrequencyHz > 0 && Double.isFinite(ssbFrequencyHz))) {
            throw new IllegalArgumentException("--ssb-frequency must be a positive, finite frequency in Hz, was "
                    + ssbFrequencyHz);
        }
        if (maxCfoHz != null && !(maxCfoHz >= 0 && maxCfoHz <= MAX_CFO_LIMIT_HZ)) {
            throw new IllegalArgumentException("--max-cfo must be in [0, " + (long) MAX_CFO_LIMIT_HZ
                    + "] Hz, was " + maxCfoHz);
        }
        if (calibrationDb != null && !Double.isFinite(calibrationDb)) {
            throw new IllegalArgumentException("--calibration-db must be a finite number of dB, was " + calibrationDb);
        }
        if (centerFrequencyHz != null && !(centerFrequencyHz >= 0 && Double.isFinite(centerFrequencyHz))) {
            throw new IllegalArgumentException("--center-frequency must be a finite frequency ≥ 0 in Hz, was "
                    + centerFrequencyHz);
        }
        Input in = read();
        CellSearchConfig cfg = CellSearchConfig.defaults()
                .withMaxCfo(maxCfoHz == null ? CellSearchConfig.DEFAULT_MAX_CFO_HZ : maxCfoHz)
                .withSubcarrierSpacing(scsKhz == null ? 0 : scsKhz);
        if (ssbFrequencyHz != null) {
            cfg = cfg.withSsbFrequency(ssbFrequencyHz);
        }
        CellSearcher searcher = CellSearchers.create();
        CellSearchResult r;
        try {
            r = searcher.search(in.iq(), 0, in.numSamples(), in.sampleRateHz(), in.centerFrequencyHz(), cfg);
        } catch (IllegalArgumentException e) {
            // the searcher's rule (too short, rate too low, SSB outside the band) about this file
            throw new IllegalArgumentException(recording.getFileName() + ": " + e.getMessage(), e);
        }
        boolean widened = false;
        double wideCfo = in.centerFrequencyHz() >= SyncRaster.FR2_LOW_HZ ? WIDE_CFO_FR2_HZ : WIDE_CFO_HZ;
        if (r.isEmpty() && maxCfoHz == null) {
            // An uncalibrated receiver can be further off than the default range: one wider pass before giving up.
            r = searcher.search(in.iq(), 0, in.numSamples(), in.sampleRateHz(), in.centerFrequencyHz(),
                    cfg.withMaxCfo(wideCfo));
            widened = true;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<CellJson> cells = new ArrayList<>();
            for (DetectedSsb d : r.ssbs()) {
                cells.add(toJson(d, calibrationDb));
            }
            out.println(Json.write(new Report(SCHEMA, recording.toString(), channel, in.numSamples(),
                    in.sampleRateHz(), in.centerFrequencyHz(), in.nonFinite(), r.candidatesSearched(),
                    widened ? wideCfo : cfg.maxCfoHz(), cells)));
        } else {
            out.printf(Locale.ROOT, "%s: %.0f samples at %.3f Msps, centre %.3f MHz, %d candidate(s) searched, %d SSB(s) found%n",
                    recording.getFileName(), (double) in.numSamples(), in.sampleRateHz() / 1e6,
                    in.centerFrequencyHz() / 1e6, r.candidatesSearched(), r.ssbs().size());
            if (in.nonFinite() > 0) {
                out.printf(Locale.ROOT, "%s: %d sample(s) were NaN or infinite and were read as 0%n",
                        recording.getFileName(), in.nonFinite());
            }
            if (widened) {
                out.printf(Locale.ROOT, "nothing within ±%.0f kHz CFO; searched again within ±%.0f kHz%n",
                        CellSearchConfig.DEFAULT_MAX_CFO_HZ / 1e3, wideCfo / 1e3);
            }
            for (DetectedSsb d : r.ssbs()) {
                out.println(text(d, calibrationDb));
            }
        }
        out.flush();
        return 0;
    }

    static CellJson toJson(DetectedSsb d, Double calibrationDb) {
        SsbMeasurement m = d.measurement();
        Mib b = d.mib();
        MibJson mib = b == null ? null : new MibJson(b.systemFrameNumber(), b.subCarrierSpacingCommon(),
                b.ssbSubcarrierOffset(), b.dmrsTypeAPosition(), b.controlResourceSetZero(), b.searchSpaceZero(),
                b.cellBarred(), b.intraFreqReselectionAllowed());
        return new CellJson(d.pci(), d.ssbIndex(), d.halfFrame(), d.lMax(), d.subcarrierSpacingKhz(),
                d.ssbFrequencyHz(), d.gscn() < 0 ? null : d.gscn(), d.timingSample(), d.cfoHz(), d.pssMetric(),
                d.sssMetric(), Json.finiteOrNull(m.rsrpDbfs()), Json.finiteOrNull(m.rsrqDb()),
                Json.finiteOrNull(m.sinrDb()), m.sinrReport(),
                calibrationDb == null ? null : Json.finiteOrNull(m.rsrpDbm(calibrationDb)),
                calibrationDb == null ? null : m.l1RsrpReport(calibrationDb), d.crcOk(), mib);
    }

    static String text(DetectedSsb d, Double calibrationDb) {
        SsbMeasurement m = d.measurement();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "PCI %4d  SSB %2d  %.3f MHz (GSCN %s, %d kHz)  t=%d  CFO %+.0f Hz  RSRP %.1f dBFS  RSRQ %.1f dB  SINR %.1f dB",
                d.pci(), d.ssbIndex(), d.ssbFrequencyHz() / 1e6, d.gscn() < 0 ? "-" : Integer.toString(d.gscn()),
                d.subcarrierSpacingKhz(), d.timingSample(), d.cfoHz(), m.rsrpDbfs(), m.rsrqDb(), m.sinrDb()));
        if (calibrationDb != null) {
            sb.append(String.format(Locale.ROOT, "  RSRP %.1f dBm (L1 report RSRP_%d)", m.rsrpDbm(calibrationDb),
                    m.l1RsrpReport(calibrationDb)));
        }
        if (d.crcOk()) {
            Mib b = d.mib();
            sb.append(String.format(Locale.ROOT,
                    "  MIB crc=ok SFN %d hf %d scsCommon %d kSSB %d dmrsTypeA pos%d CORESET0 %d SS0 %d %s %s",
                    b.systemFrameNumber(), d.halfFrame(), b.subCarrierSpacingCommon(), b.ssbSubcarrierOffset(),
                    b.dmrsTypeAPosition(), b.controlResourceSetZero(), b.searchSpaceZero(),
                    b.cellBarred() ? "barred" : "notBarred",
                    b.intraFreqReselectionAllowed() ? "intraFreqAllowed" : "intraFreqNotAllowed"));
        } else {
            sb.append("  MIB crc=FAIL");
        }
        return sb.toString();
    }

    private Input read() throws IOException {
        String name = recording.getFileName().toString();
        if (Files.isDirectory(recording)) {
            throw new IllegalArgumentException(recording + ": is a folder; give a SigMF recording (.sigmf-meta, "
                    + ".sigmf-data or their base name) or a raw .cf32 file");
        }
        double maxSeconds = CellSearchConfig.DEFAULT_MAX_DURATION_S;
        if (name.endsWith(".cf32") || name.endsWith(".fc32") || name.endsWith(".cfile")) {
            if (sampleRateHz == null || centerFrequencyHz == null) {
                throw new IllegalArgumentException("a raw cf32 recording needs --sample-rate and --center-frequency");
            }
            checkRate(sampleRateHz);
            if (!Files.exists(recording)) {
                throw new IllegalArgumentException(recording + ": no such file");
            }
            if (!Files.isReadable(recording)) {
                throw new IllegalArgumentException(recording + ": permission denied (cannot read)");
            }
            long bytes = Files.size(recording);
            if (bytes % 8 != 0) {
                throw new IllegalArgumentException(recording + ": size = " + bytes + " bytes: not a whole number of "
                        + "cf32_le samples (8 bytes each): truncated?");
            }
            long samples = Math.min(bytes / 8, (long) Math.ceil(maxSeconds * sampleRateHz));
            float[] iq = new float[(int) (2 * samples)];
            try (InputStream s = Files.newInputStream(recording)) {
                byte[] b = s.readNBytes((int) (8 * samples));
                ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(iq, 0, b.length / 4);
            }
            return new Input(iq, (int) samples, sampleRateHz, centerFrequencyHz, zeroNonFinite(iq, (int) samples));
        }
        try (SigmfRecording rec = SigmfReader.open(recording)) {
            double fs = sampleRateHz != null ? sampleRateHz : rec.sampleRateHz();
            if (Double.isNaN(fs)) {
                throw new IllegalArgumentException(recording + ": no core:sample_rate; give --sample-rate");
            }
            checkRate(fs);
            Double fc = centerFrequencyHz;
            if (fc == null) {
                List<SigmfCapture> caps = rec.metadata().captures();
                fc = caps.isEmpty() ? null : caps.get(0).frequencyHz();
            }
            if (fc == null) {
                throw new IllegalArgumentException(recording + ": no core:frequency in the first capture; give "
                        + "--center-frequency");
            }
            if (channel < 0 || channel >= rec.numChannels()) {
                throw new IllegalArgumentException("--channel must be in [0, " + (rec.numChannels() - 1) + "], was "
                        + channel);
            }
            int n = (int) Math.min(rec.numSamples(), (long) Math.ceil(maxSeconds * fs));
            // Only the searched channel is kept: reading all of them at once would need numChannels times the
            // memory (64 channels × 40 ms at 245.76 Msps is 5 GB).
            float[] iq = new float[2 * n];
            float[][] buf = rec.newBuffer(Math.min(n, READ_CHUNK_SAMPLES));
            int got = 0;
            while (got < n) {
                int k = rec.read(got, Math.min(READ_CHUNK_SAMPLES, n - got), buf);
                if (k <= 0) {
                    break;
                }
                System.arraycopy(buf[channel], 0, iq, 2 * got, 2 * k);
                got += k;
            }
            return new Input(iq, got, fs, fc, zeroNonFinite(iq, got));
        }
    }

    /** Replaces NaN/infinite samples of {@code iq[0, 2n)} by 0 and returns how many complex samples had one. */
    static long zeroNonFinite(float[] iq, int n) {
        long count = 0;
        for (int i = 0; i < n; i++) {
            float re = iq[2 * i];
            float im = iq[2 * i + 1];
            if (!Float.isFinite(re) || !Float.isFinite(im)) {
                iq[2 * i] = 0;
                iq[2 * i + 1] = 0;
                count++;
            }
        }
        return count;
    }

    private static void checkRate(double fs) {
        if (!(fs > 0) || Double.isInfinite(fs)) {
            throw new IllegalArgumentException("sample rate must be a positive, finite number of Hz, was " + fs);
        }
    }
}
