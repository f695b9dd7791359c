package org.airan.testbed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airan.phy.grid.CarrierConfig;
import org.airan.testbed.demo.DemoConfig;
import org.airan.testbed.report.Json;
import org.airan.vectors.nr.NrMetadata;
import org.airan.vectors.sigmf.SigmfMetadata;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code airan demo} end to end on a small configuration. */
class DemoCommandTest {

    private static final int SLOTS = 4;
    private static final int ANTENNAS = 2;
    private static final int PRB = 24;
    private static final double SNR_DB = 20;
    /**
     * EVM (dB) must equal −SNR within this: the error energy sums 4 slots × 12 symbols × 288 REs = 13 824
     * exponential terms per antenna (relative std 0.85 %, 0.04 dB); the pilot-based one-tap estimate raises it by
     * 10·log10(1 + 1/576) < 0.01 dB; ci16 quantisation at −18 dBFS adds noise about 80 dB down. 0.2 dB is 5σ.
     */
    private static final double EVM_TOLERANCE_DB = 0.2;
    /** Pilot SNR estimate over 4 slots × 288 pilots: relative std ≈ 1/√1150 ≈ 3 % (0.13 dB); 0.5 dB is 4σ. */
    private static final double SNR_ESTIMATE_TOLERANCE_DB = 0.5;

    @TempDir
    Path dir;

    @Test
    void cf32RoundTripMeetsTheEvmOfTheInjectedSnr() throws IOException {
        runAndCheck("cf32", 8);
    }

    @Test
    void ci16RoundTripMeetsTheEvmOfTheInjectedSnr() throws IOException {
        runAndCheck("ci16", 4);
    }

    private void runAndCheck(String format, int bytesPerSample) throws IOException {
        Path out = dir.resolve(format);
        CliRun r = CliRun.of("demo", "--out", out.toString(), "--slots", "" + SLOTS, "--antennas", "" + ANTENNAS,
                "--scs", "30", "--prb", "" + PRB, "--snr", "" + SNR_DB, "--seed", "7", "--format", format, "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode n = Json.parse(r.out());
        assertEquals("airan.demo/1", n.path("schema").asText());
        assertEquals(ANTENNAS, n.path("antennas").size());
        for (JsonNode a : n.path("antennas")) {
            assertEquals(-SNR_DB, a.path("evm_db").asDouble(), EVM_TOLERANCE_DB, "EVM of antenna " + a);
            assertEquals(SNR_DB, a.path("snr_estimate_db").asDouble(), SNR_ESTIMATE_TOLERANCE_DB, "SNR of " + a);
            // phase std ≈ 1/√(2·ρ·N_p) rad ≈ 0.2° for ρ = 100, N_p = 1152
            assertEquals(0, a.path("phase_error_deg").asDouble(), 1.5, "phase of " + a);
        }
        CarrierConfig c = CarrierConfig.of(30, PRB);
        long samplesPerSlot = c.slotLengthSamples(0);
        long expectedBytes = SLOTS * samplesPerSlot * ANTENNAS * bytesPerSample;
        Path data = out.resolve("airan-demo.sigmf-data");
        assertEquals(expectedBytes, Files.size(data));
        assertEquals(expectedBytes, n.at("/recording/data_bytes").asLong());
        assertEquals(expectedBytes, DemoCommand.recordingBytes(new DemoConfig(SLOTS, ANTENNAS, 30, PRB, SNR_DB, 7,
                DemoConfig.SampleFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT)))),
                "the disk-space check must predict the size written");
        Path metaFile = out.resolve("airan-demo.sigmf-meta");
        SigmfMetadata meta = SigmfMetadata.parse(metaFile);
        assertEquals(format + "_le", meta.datatype().sigmfName());
        assertEquals(ANTENNAS, meta.numChannels());
        assertEquals(c.sampleRateHz(), meta.sampleRateHz().orElseThrow());
        NrMetadata nr = NrMetadata.read(meta, metaFile).orElseThrow();
        assertEquals(c, nr.carrier().config(), "the nr extension must describe the demo's carrier");
        assertEquals(0, nr.firstSlot().sampleOffset());
        assertEquals(SLOTS, nr.numSlots());
        JsonNode results = Json.parse(Files.readString(out.resolve("results.json")));
        assertEquals(n.at("/antennas/0/evm_db").asDouble(), results.at("/antennas/0/evm_db").asDouble());
        assertTrue(n.at("/throughput/slots_per_second").asDouble() > 0);
    }

    @Test
    void badConfigurationIsOneLineAndExitCode2() {
        CliRun r = CliRun.of("demo", "--out", dir.toString(), "--prb", "300");
        assertEquals(CliErrors.BAD_INPUT, r.exitCode());
        assertTrue(r.err().startsWith("airan demo: numResourceBlocks (--prb) must be in [1, 275] (TS 38.211 §4.4.2), was 300"),
                r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void aRecordingLargerThanTheFreeSpaceIsRefusedBeforeWriting() throws IOException {
        // 10000 slots x 64 antennas x 273 RB at 30 kHz, cf32: 10000 · 64 · 61440 · 8 B ≈ 315 GB.
        DemoConfig huge = new DemoConfig(DemoConfig.MAX_SLOTS, DemoConfig.MAX_ANTENNAS, 30, 273, 30, 1,
                DemoConfig.SampleFormat.CF32);
        long free = Files.getFileStore(dir).getUsableSpace();
        Assumptions.assumeTrue(DemoCommand.recordingBytes(huge) > free, "this disk could hold 315 GB");
        Path out = dir.resolve("huge");
        CliRun r = CliRun.of("demo", "--out", out.toString(), "--slots", "10000", "--antennas", "64");
        assertEquals(CliErrors.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("the recording needs 314.6 GB"), r.err());
        assertTrue(r.err().contains("GB free there"), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void outOfRangeOptionsNameTheOption() {
        String[][] cases = {
            {"--slots", "-1", "numSlots (--slots) must be in [1, 10000], was -1"},
            {"--antennas", "0", "numAntennas (--antennas) must be in [1, 64], was 0"},
            {"--snr", "NaN", "snrDb (--snr) must be in [-10.0, 80.0] dB, was NaN"},
            {"--scs", "45", "subcarrierSpacingKhz (--scs) must be one of 15, 30, 60, 120, 240"},
        };
        for (String[] c : cases) {
            CliRun r = CliRun.of("demo", "--out", dir.resolve("x").toString(), c[0], c[1]);
            assertEquals(CliErrors.BAD_INPUT, r.exitCode(), r.err());
            assertTrue(r.err().startsWith("airan demo: " + c[2]), r.err());
            assertFalse(Files.exists(dir.resolve("x")), "nothing written for " + c[0]);
        }
    }

    @Test
    void outputFolderThatIsAFileIsOneLine() throws IOException {
        Path blocker = Files.writeString(dir.resolve("blocker"), "x");
        CliRun r = CliRun.of("demo", "--out", blocker.toString(), "--slots", "1", "--prb", "6");
        assertEquals(CliErrors.BAD_INPUT, r.exitCode());
        assertEquals("airan demo: " + blocker + ": already exists (and is in the way)", r.err().strip());
    }

    @Test
    void textOutputReportsEvmAndSpeed() {
        CliRun r = CliRun.of("demo", "--out", dir.resolve("t").toString(), "--slots", "2", "--antennas", "1",
                "--prb", "6", "--scs", "15");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("EVM"), r.out());
        assertTrue(r.out().contains("slots/s"), r.out());
        assertTrue(r.out().contains("real time"), r.out());
    }
}
