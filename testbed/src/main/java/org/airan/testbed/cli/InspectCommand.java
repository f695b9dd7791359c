package org.airan.testbed.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.airan.phy.grid.CarrierConfig;
import org.airan.testbed.report.Json;
import org.airan.vectors.nr.NrMetadata;
import org.airan.vectors.sigmf.ChannelStats;
import org.airan.vectors.sigmf.SigmfAnnotation;
import org.airan.vectors.sigmf.SigmfCapture;
import org.airan.vectors.sigmf.SigmfExtension;
import org.airan.vectors.sigmf.SigmfMetadata;
import org.airan.vectors.sigmf.SigmfReader;
import org.airan.vectors.sigmf.SigmfRecording;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code airan vectors inspect FILE}: a summary of a SigMF recording — datatype, channels, sample rate, duration,
 * captures, annotations, per-channel RMS and peak power in dBFS (full scale 1.0, see
 * {@link org.airan.vectors.sigmf.SigmfDatatype}), NaN/Inf/clipped counts and the {@code nr} metadata. A malformed
 * recording is one line naming the file, field, value and rule, and exit code 2.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Summarise a SigMF recording: datatype, channels, sample rate, duration, captures, annotations, "
                + "RMS power per channel (dBFS), NaN/Inf counts and the nr metadata.",
            "dBFS: 0 dBFS is a complex sample of magnitude 1.0 (cf*), or full scale of the integer type (ci*, cu*); "
                + "an all-zero or all-NaN channel has no level (n/a, null in JSON). A recording with a wrong "
                + "core:sha512 is reported, not refused. Malformed metadata or data: one line naming the file, "
                + "field, value and rule, exit code 2.",
            "Examples:",
            "  airan vectors inspect demo-output/airan-demo.sigmf-meta",
            "  airan vectors inspect demo-output/airan-demo --json"})
public final class InspectCommand implements Callable<Integer> {

    /** Schema name and version of the JSON document. */
    public static final String SCHEMA = "airan.inspect/1";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The .sigmf-meta or .sigmf-data file, or their common base name.")
    Path file;

    @Option(names = "--json", description = "Print one JSON document (schema " + SCHEMA + ") instead of text.")
    boolean json;

    @Option(names = "--no-checksum", description = "Do not check core:sha512 against the data (saves one more pass "
            + "over the dataset, about a third of the time of a large recording); sha512_ok is then null.")
    boolean noChecksum;

    /** The {@code airan vectors inspect} document. */
    public record Report(String schema, String metaPath, String dataPath, String datatype, int numChannels,
                         Double sampleRateHz, long samplesPerChannel, Double durationSeconds, String description,
                         List<String> extensions, List<Capture> captures, List<Annotation> annotations,
                         List<Channel> channels, Boolean sha512Ok, Nr nr) {
    }

    /**
     * The recording's {@code nr} extension, when present (see the vectors module README for the definition).
     *
     * @param wholeSlotsInData whole slots the dataset holds from the first slot boundary
     * @param extraKeys        {@code nr:} keys of the global object this reader does not know, as found
     */
    public record Nr(String version, int scsKhz, String cyclicPrefix, int numResourceBlocks, int dftSize, int k0,
                     Double carrierFrequencyHz, int firstFrame, int firstSlot, long firstSlotSample, Long numSlots,
                     long wholeSlotsInData, int numAllocations, Integer cellId, JsonNode extraKeys) {
    }

    /** One capture segment. */
    public record Capture(long sampleStart, Double frequencyHz, String datetime) {
    }

    /** One annotation. */
    public record Annotation(long sampleStart, Long sampleCount, String label, String comment) {
    }

    /** Levels of one channel. */
    public record Channel(int index, Double rmsDbfs, Double peakDbfs, long nanCount, long infCount,
                         long clippedCount) {
    }

    @Override
    public Integer call() throws Exception {
        Path meta = SigmfReader.metaPath(file);
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(file + ": is a folder; give a .sigmf-meta or .sigmf-data file or their "
                    + "base name");
        }
        if (!Files.exists(meta) && !Files.exists(SigmfReader.dataPath(file))) {
            throw new IllegalArgumentException(file + ": no such recording: no such file " + meta.getFileName()
                    + " or " + SigmfReader.dataPath(file).getFileName());
        }
        Report r;
        try (SigmfRecording rec = SigmfReader.open(file)) {
            r = report(rec, !noChecksum);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(r));
        } else {
            printText(r, out);
        }
        out.flush();
        return 0;
    }

    /** Builds the report of an open recording (scans every sample once). */
    static Report report(SigmfRecording rec, boolean checksum) throws java.io.IOException {
        SigmfMetadata md = rec.metadata();
        double fs = rec.sampleRateHz();
        List<Capture> caps = new ArrayList<>();
        for (SigmfCapture c : md.captures()) {
            caps.add(new Capture(c.sampleStart(), c.frequencyHz(), c.datetime()));
        }
        List<Annotation> anns = new ArrayList<>();
        for (SigmfAnnotation a : md.annotations()) {
            anns.add(new Annotation(a.sampleStart(), a.sampleCount(), a.label(), a.comment()));
        }
        List<Channel> channels = new ArrayList<>();
        for (ChannelStats s : rec.scan()) {
            channels.add(new Channel(s.channel(), Json.finiteOrNull(s.rmsDbfs()), Json.finiteOrNull(s.peakDbfs()),
                    s.nanCount(), s.infCount(), s.clippedCount()));
        }
        List<String> ext = new ArrayList<>();
        for (SigmfExtension e : md.extensions()) {
            ext.add(e.name() + " " + e.version() + (e.optional() ? " (optional)" : ""));
        }
        return new Report(SCHEMA, rec.metaFile().toString(), rec.dataFile().toString(), rec.datatype().sigmfName(),
                rec.numChannels(), Json.finiteOrNull(fs), rec.numSamples(),
                Json.finiteOrNull(rec.numSamples() / fs), md.description(), ext, caps, anns, channels,
                !checksum || md.sha512() == null ? null : md.sha512().equalsIgnoreCase(rec.computeSha512()), nr(rec));
    }

    /** The typed {@code nr} summary, or null without the extension; a malformed one is a SigmfException. */
    static Nr nr(SigmfRecording rec) throws java.io.IOException {
        Optional<NrMetadata> found = NrMetadata.read(rec);
        if (found.isEmpty()) {
            return null;
        }
        NrMetadata nr = found.get();
        CarrierConfig c = nr.carrier().config();
        long whole = 0;
        while (nr.slotStartSample(whole) + nr.slotLengthSamples(whole) <= rec.numSamples()) {
            whole++;
        }
        SigmfExtension ext = rec.metadata().extension(NrMetadata.NAMESPACE);
        Integer cellId = nr.groundTruth() == null ? null : nr.groundTruth().cellId();
        return new Nr(ext == null ? null : ext.version(), c.subcarrierSpacingKhz(),
                c.cyclicPrefix().name().toLowerCase(Locale.ROOT), c.numResourceBlocks(), c.dftSize(), c.k0(),
                nr.carrier().carrierFrequencyHz(), nr.firstSlot().frame(), nr.firstSlot().slot(),
                nr.firstSlot().sampleOffset(), nr.numSlots(), whole, nr.allocations().size(), cellId,
                nr.extra().isEmpty() ? null : nr.extra());
    }

    private static void printText(Report r, PrintWriter o) {
        o.printf(Locale.ROOT, "Recording   %s%n", r.metaPath());
        if (r.description() != null) {
            o.printf(Locale.ROOT, "            %s%n", r.description());
        }
        o.printf(Locale.ROOT, "Datatype    %s, %d channel(s)%n", r.datatype(), r.numChannels());
        o.printf(Locale.ROOT, "Rate        %s%n", r.sampleRateHz() == null ? "not given"
                : String.format(Locale.ROOT, "%.6g Msps", r.sampleRateHz() / 1e6));
        o.printf(Locale.ROOT, "Length      %d samples per channel%s%n", r.samplesPerChannel(),
                r.durationSeconds() == null ? "" : String.format(Locale.ROOT, " (%.6g ms)", r.durationSeconds() * 1e3));
        if (!r.extensions().isEmpty()) {
            o.printf(Locale.ROOT, "Extensions  %s%n", String.join(", ", r.extensions()));
        }
        o.printf(Locale.ROOT, "Captures    %d%n", r.captures().size());
        for (Capture c : r.captures()) {
            o.printf(Locale.ROOT, "  at sample %d%s%s%n", c.sampleStart(),
                    c.frequencyHz() == null ? "" : String.format(Locale.ROOT, ", centre %.6f MHz", c.frequencyHz() / 1e6),
                    c.datetime() == null ? "" : ", " + c.datetime());
        }
        o.printf(Locale.ROOT, "Annotations %d%n", r.annotations().size());
        for (Annotation a : r.annotations()) {
            o.printf(Locale.ROOT, "  at sample %d%s%s%n", a.sampleStart(),
                    a.sampleCount() == null ? "" : " (" + a.sampleCount() + " samples)",
                    a.label() == null ? "" : ": " + a.label());
        }
        o.printf(Locale.ROOT, "Channels    channel   RMS dBFS   peak dBFS   NaN   Inf   clipped%n");
        for (Channel c : r.channels()) {
            o.printf(Locale.ROOT, "            %7d   %8s   %9s   %3d   %3d   %7d%n", c.index(), fmt(c.rmsDbfs()),
                    fmt(c.peakDbfs()), c.nanCount(), c.infCount(), c.clippedCount());
        }
        if (r.sha512Ok() != null) {
            o.printf(Locale.ROOT, "Checksum    core:sha512 %s%n", r.sha512Ok() ? "matches the data"
                    : "DOES NOT MATCH the data (changed or damaged since it was written)");
        }
        Nr nr = r.nr();
        if (nr != null) {
            o.printf(Locale.ROOT, "nr          %d kHz, %s CP, %d RB, DFT %d, k0 %d%s%n", nr.scsKhz(), nr.cyclicPrefix(),
                    nr.numResourceBlocks(), nr.dftSize(), nr.k0(), nr.carrierFrequencyHz() == null ? ""
                            : String.format(Locale.ROOT, ", carrier %.6f MHz", nr.carrierFrequencyHz() / 1e6));
            o.printf(Locale.ROOT, "            first slot: frame %d slot %d at sample %d; %s slots declared, %d whole "
                            + "slots in the data; %d allocations%s%n", nr.firstFrame(), nr.firstSlot(),
                    nr.firstSlotSample(), nr.numSlots() == null ? "no" : nr.numSlots().toString(),
                    nr.wholeSlotsInData(), nr.numAllocations(), nr.cellId() == null ? "" : "; cell ID " + nr.cellId());
        } else {
            o.printf(Locale.ROOT, "nr          (no nr extension)%n");
        }
    }

    private static String fmt(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }
}
