package org.airan.testbed.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.airan.phy.Backend;
import org.airan.phy.BackendSelection;
import org.airan.phy.BackendSelector;
import org.airan.phy.grid.CarrierConfig;
import org.airan.testbed.demo.DemoConfig;
import org.airan.testbed.demo.DemoConfig.SampleFormat;
import org.airan.testbed.demo.DemoResult;
import org.airan.testbed.demo.DemoRunner;
import org.airan.testbed.report.AtomicFiles;
import org.airan.testbed.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code airan demo}: synthesises a multi-antenna NR slot sequence, writes it as a SigMF recording, reads it back
 * slot by slot, demodulates it and reports EVM and SNR per antenna and the speed (see {@link DemoRunner}). Writes
 * {@code results.json} (schema {@value DemoResult#SCHEMA}) next to the recording.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Synthesise a multi-antenna NR slot sequence (QPSK/16QAM data + pilots), OFDM-modulate it, add "
                + "per-antenna phase and noise, write it as SigMF, read it back slot by slot, demodulate it and "
                + "report EVM/SNR per antenna and slots per second.",
            "SNR (--snr) is per resource element: the energy of a data RE over the noise variance per RE after "
                + "demodulation (E_s/N_0), the same on every antenna. Writes <DIR>/airan-demo.sigmf-meta, "
                + ".sigmf-data and results.json (each atomically: complete or absent). The recording takes "
                + "slots x antennas x samples per slot x 8 bytes (4 for ci16): about 2 MB per slot and antenna at "
                + "the defaults; a run that would not fit on the disk is refused before it starts.",
            "Examples:",
            "  airan demo",
            "  airan demo --slots 200 --prb 106 --antennas 2 --snr 20 --format ci16 --json"})
public final class DemoCommand implements Callable<Integer> {

    /** Runs shorter than this are dominated by JIT warm-up; the text output says so. */
    static final int STEADY_STATE_SLOTS = 200;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder, created if missing (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("demo-output");

    @Option(names = "--slots", paramLabel = "N", description = "Slots to synthesise, 1..10000 (default: ${DEFAULT-VALUE}).")
    int slots = DemoConfig.defaults().numSlots();

    @Option(names = "--antennas", paramLabel = "N", description = "Receive antennas (SigMF channels), 1..64 (default: ${DEFAULT-VALUE}).")
    int antennas = DemoConfig.defaults().numAntennas();

    @Option(names = "--scs", paramLabel = "KHZ",
            description = "Subcarrier spacing in kHz: 15, 30, 60, 120, 240 (default: ${DEFAULT-VALUE}).")
    int scs = DemoConfig.defaults().subcarrierSpacingKhz();

    @Option(names = "--prb", paramLabel = "N", description = "Resource blocks, 1..275 (default: ${DEFAULT-VALUE}).")
    int prb = DemoConfig.defaults().numResourceBlocks();

    @Option(names = "--snr", paramLabel = "DB",
            description = "Per-resource-element SNR of the added noise in dB, -10..80 (default: ${DEFAULT-VALUE}).")
    double snrDb = DemoConfig.defaults().snrDb();

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = DemoConfig.defaults().seed();

    @Option(names = "--format", paramLabel = "FMT",
            description = "Sample format: ${COMPLETION-CANDIDATES} (cf32_le or ci16_le; default: ${DEFAULT-VALUE}).")
    SampleFormat format = DemoConfig.defaults().format();

    @Option(names = "--json", description = "Print one JSON document (schema " + DemoResult.SCHEMA + ") instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        DemoConfig cfg = new DemoConfig(slots, antennas, scs, prb, snrDb, seed, format);
        checkDiskSpace(cfg, out);
        BackendSelection choice = BackendSelector.select();
        if (choice.fellBack()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.qualifiedName() + ": " + choice.reason());
            err.flush();
        }
        Backend backend = choice.selected();
        DemoResult r;
        try (ProgressBar bar = ProgressBar.forTerminal("demo", 2L * cfg.numSlots(), "slots")) {
            r = DemoRunner.run(cfg, out, backend, bar::step);
        }
        AtomicFiles.writeJson(out.resolve("results.json"), r);
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            o.println(Json.write(r));
        } else {
            printText(r, o);
        }
        o.flush();
        return 0;
    }

    /** Bytes of the recording's dataset: every slot of every antenna at the configured sample format. */
    static long recordingBytes(DemoConfig cfg) {
        CarrierConfig c = cfg.carrier();
        long samples = 0;
        for (int s = 0; s < cfg.numSlots(); s++) {
            samples += c.slotLengthSamples(s % c.slotsPerSubframe());
        }
        return samples * cfg.numAntennas() * cfg.format().bytesPerSample();
    }

    /** Refuses a run whose recording would not fit in the free space of {@code dir} (or its nearest existing parent). */
    static void checkDiskSpace(DemoConfig cfg, Path dir) throws IOException {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        long need = recordingBytes(cfg);
        long free = Files.getFileStore(existing).getUsableSpace();
        if (need > free) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "--out %s: the recording needs %.1f GB "
                    + "(%d slots x %d antennas, %s), only %.1f GB free there; lower --slots/--antennas/--prb or choose "
                    + "another --out", dir, need / 1e9, cfg.numSlots(), cfg.numAntennas(), cfg.format().sigmfDatatype(),
                    free / 1e9));
        }
    }

    private static void printText(DemoResult r, PrintWriter o) {
        DemoResult.Config c = r.config();
        DemoResult.Carrier cc = r.carrier();
        o.printf(Locale.ROOT, "Synthesised %d slots × %d antennas: %d kHz, %d RB (%d subcarriers, DFT %d, %.2f Msps), "
                        + "per-RE SNR %.1f dB, %s%n", c.slots(), c.antennas(), c.scsKhz(), c.prb(), cc.subcarriers(),
                cc.dftSize(), cc.sampleRateHz() / 1e6, c.snrDb(), c.format());
        o.printf(Locale.ROOT, "Recording   %s (%.1f MB, %.1f ms of signal)%n", r.recording().metaPath(),
                r.recording().dataBytes() / 1e6, r.recording().durationSeconds() * 1e3);
        o.printf(Locale.ROOT, "Read back slot by slot and demodulated (%s):%n", c.backend());
        o.printf(Locale.ROOT, "  antenna   EVM dB   EVM %%   SNR est dB   phase found / injected (deg)%n");
        for (DemoResult.Antenna a : r.antennas()) {
            o.printf(Locale.ROOT, "  %7d  %7s  %6s  %11s   %8s / %8.2f%n", a.index(), fmt(a.evmDb(), 2),
                    fmt(a.evmPercent(), 3), fmt(a.snrEstimateDb(), 2), fmt(a.phaseDeg(), 2), a.injectedPhaseDeg());
        }
        o.printf(Locale.ROOT, "  expected EVM from the injected SNR: %.2f dB%n", r.expectedEvmDb());
        DemoResult.Throughput t = r.throughput();
        o.printf(Locale.ROOT, "Speed       %.0f slots/s read+demodulated+scored (%.2g× real time); demodulator alone "
                + "%.0f slots/s (%.2g× real time, %d slots/s is real time)%n", t.slotsPerSecond(), t.realTimeFactor(),
                t.demodSlotsPerSecond(), t.demodRealTimeFactor(), cc.slotsPerSecond());
        if (c.slots() < STEADY_STATE_SLOTS) {
            o.printf(Locale.ROOT, "            (%d slots include JIT warm-up; --slots %d gives a steadier figure)%n",
                    c.slots(), STEADY_STATE_SLOTS);
        }
        o.printf(Locale.ROOT, "Results     %s%n", Path.of(r.recording().metaPath()).resolveSibling("results.json"));
    }

    private static String fmt(Double v, int decimals) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
