package org.airan.testbed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.airan.phy.ssb.Mib;
import org.airan.phy.ssb.PbchEncoder;
import org.airan.phy.ssb.SsbBurstConfig;
import org.airan.phy.ssb.SsbBurstPattern;
import org.airan.phy.ssb.SsbCase;
import org.airan.phy.ssb.SsbTransmitter;
import org.airan.testbed.report.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CellSearchCommandTest {

    @TempDir
    Path tmp;

    private static Path sharedRecording(String name) {
        String dir = System.getProperty("airan.shared.dir");
        Assumptions.assumeTrue(dir != null, "airan.shared.dir not set");
        Path p = Path.of(dir, "recordings", name + ".sigmf-meta");
        Assumptions.assumeTrue(Files.isReadable(p), "recording absent");
        return p;
    }

    private Path writeCf32(String name, float[] iq) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4 * iq.length).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(iq);
        Path p = tmp.resolve(name);
        Files.write(p, b.array());
        return p;
    }

    /** One SSB (case C, PCI 321, index 3, SFN 777) at 7.68 Msps centred on 3426.24 MHz, 20 dB SNR per RE. */
    private Path synthetic() throws IOException {
        double fs = 7.68e6;
        SsbBurstPattern pattern = SsbBurstPattern.of(SsbCase.C, 3426.24e6, true);
        SsbTransmitter tx = new SsbTransmitter(SsbBurstConfig.singleAntenna(321, pattern, 1L << 3));
        Mib mib = new Mib(777, 30, 0, 2, 0xC4, false, true, 0);
        PbchEncoder enc = new PbchEncoder();
        byte[] coded = new byte[864];
        int n = SsbTransmitter.halfFrameSamples(fs);
        float[][] out = {new float[2 * n]};
        tx.modulateHalfFrame(0, (i, hf, o, off) -> {
            enc.encode(mib, hf, i, pattern.lMax(), 321, coded);
            System.arraycopy(coded, 0, o, off, 864);
        }, fs, 0, out, 0);
        SplittableRandom r = new SplittableRandom(1);
        double sigma = Math.sqrt(fs / 30e3 / 100 / 2);
        for (int i = 0; i < out[0].length; i++) {
            out[0][i] += (float) (sigma * r.nextGaussian());
        }
        return writeCf32("ssb.cf32", out[0]);
    }

    @Test
    void realN78RecordingPrintsPci1AndItsMib() {
        CliRun run = CliRun.of("cell-search", sharedRecording("n78-lab-gnb-pci1").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("PCI    1"), run.out());
        assertTrue(run.out().contains("GSCN 7795"), run.out());
        assertTrue(run.out().contains("SFN 436"), run.out());
        CliRun js = CliRun.of("cell-search", "--json", sharedRecording("n78-lab-gnb-pci1").toString());
        JsonNode doc = Json.parse(js.out());
        assertEquals(CellSearchCommand.SCHEMA, doc.get("schema").asText());
        JsonNode cells = doc.get("ssbs");
        assertEquals(1, cells.size());
        JsonNode c = cells.get(0);
        assertEquals(1, c.get("pci").asInt());
        assertEquals(7795, c.get("gscn").asInt());
        assertTrue(c.get("crc_ok").asBoolean());
        assertEquals(436, c.get("mib").get("system_frame_number").asInt());
        assertEquals(12, c.get("mib").get("control_resource_set_zero").asInt());
    }

    @Test
    void realN20RecordingGivenFrequency() {
        CliRun run = CliRun.of("cell-search", "--json", "--ssb-frequency", "806.45e6", "--scs", "15",
                "--calibration-db", "-50", sharedRecording("n20-lab-gnb-pci500").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode c = Json.parse(run.out()).get("ssbs").get(0);
        assertEquals(500, c.get("pci").asInt());
        assertEquals(2015, c.get("gscn").asInt());
        // L1-RSRP report of TS 38.133 Table 10.1.6.1-1: floor(RSRP dBm) + 157, clamped to 16..113.
        double dbm = c.get("rsrp_dbm").asDouble();
        assertEquals(c.get("rsrp_dbfs").asDouble() - 50, dbm, 1e-9);
        assertEquals(Math.max(16, Math.min(113, (int) Math.floor(dbm) + 157)), c.get("l1_rsrp_report").asInt());
    }

    /**
     * FR2: one case D burst (120 kHz, L_max 64) at 30.72 Msps on GSCN 22400 (26738.40 MHz, bands n257/n258), SSB
     * indices 10 and 42 (ī_SSB 2 from the DM-RS, bits 5..3 from the PBCH), 20 dB SNR per RE.
     */
    private Path syntheticFr2() throws IOException {
        double fs = 30.72e6;
        SsbBurstPattern pattern = SsbBurstPattern.of(SsbCase.D, 26738.40e6, true);
        SsbTransmitter tx = new SsbTransmitter(SsbBurstConfig.singleAntenna(654, pattern, (1L << 10) | (1L << 42)));
        Mib mib = new Mib(321, 120, 7, 3, 0x51, false, true, 0);
        PbchEncoder enc = new PbchEncoder();
        byte[] coded = new byte[864];
        int n = SsbTransmitter.halfFrameSamples(fs);
        float[][] out = {new float[2 * n]};
        tx.modulateHalfFrame(1, (i, hf, o, off) -> {
            enc.encode(mib, hf, i, pattern.lMax(), 654, coded);
            System.arraycopy(coded, 0, o, off, 864);
        }, fs, 0, out, 0);
        SplittableRandom r = new SplittableRandom(3);
        double sigma = Math.sqrt(fs / 120e3 / 100 / 2);
        for (int i = 0; i < out[0].length; i++) {
            out[0][i] += (float) (sigma * r.nextGaussian());
        }
        return writeCf32("fr2.cf32", out[0]);
    }

    @Test
    void fr2CaseDRecordingGivesTheSixBitSsbIndex() throws IOException {
        Path p = syntheticFr2();
        CliRun run = CliRun.of("cell-search", "--json", "--scs", "120", "--sample-rate", "30.72e6",
                "--center-frequency", "26738.40e6", p.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode ssbs = Json.parse(run.out()).get("ssbs");
        assertEquals(2, ssbs.size(), run.out());
        for (int k = 0; k < 2; k++) {
            JsonNode c = ssbs.get(k);
            assertEquals(654, c.get("pci").asInt());
            assertEquals(k == 0 ? 10 : 42, c.get("ssb_index").asInt());
            assertEquals(64, c.get("l_max").asInt());
            assertEquals(120, c.get("scs_khz").asInt());
            assertEquals(22400, c.get("gscn").asInt());
            assertEquals(1, c.get("half_frame").asInt());
            assertTrue(c.get("crc_ok").asBoolean());
            assertEquals(321, c.get("mib").get("system_frame_number").asInt());
            assertEquals(120, c.get("mib").get("sub_carrier_spacing_common_khz").asInt());
        }
        // The band is FR2, so without --scs both 120 and 240 kHz are tried; 30.72 Msps only carries 120 kHz.
        CliRun auto = CliRun.of("cell-search", "--json", "--sample-rate", "30.72e6", "--center-frequency",
                "26738.40e6", p.toString());
        assertEquals(0, auto.exitCode(), auto.err());
        assertEquals(2, Json.parse(auto.out()).get("ssbs").size(), auto.out());
        assertBadInput(CliRun.of("cell-search", "--scs", "240", "--sample-rate", "30.72e6", "--center-frequency",
                "26738.40e6", p.toString()), "61.44");
    }

    @Test
    void rawCf32SyntheticCell() throws IOException {
        Path p = synthetic();
        CliRun run = CliRun.of("cell-search", "--json", "--sample-rate", "7.68e6", "--center-frequency", "3426.24e6",
                p.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = Json.parse(run.out());
        assertEquals(CellSearchCommand.SCHEMA, doc.get("schema").asText());
        assertEquals(0, doc.get("non_finite_samples").asLong());
        assertEquals(7.68e6, doc.get("sample_rate_hz").asDouble());
        JsonNode c = doc.get("ssbs").get(0);
        assertEquals(321, c.get("pci").asInt());
        assertEquals(3, c.get("ssb_index").asInt());
        assertEquals(777, c.get("mib").get("system_frame_number").asInt());
    }

    @Test
    void largeCfoIsFoundByTheWiderSecondPass() throws IOException {
        // The synthetic cell shifted by 31 kHz (≈ 9 ppm at 3.4 GHz): outside the default ±12 kHz.
        Path p = synthetic();
        byte[] b = Files.readAllBytes(p);
        float[] x = new float[b.length / 4];
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(x);
        for (int i = 0; i < x.length / 2; i++) {
            double ph = 2 * Math.PI * 31e3 * i / 7.68e6;
            float re = x[2 * i];
            float im = x[2 * i + 1];
            x[2 * i] = (float) (re * Math.cos(ph) - im * Math.sin(ph));
            x[2 * i + 1] = (float) (re * Math.sin(ph) + im * Math.cos(ph));
        }
        Path q = writeCf32("cfo.cf32", x);
        CliRun run = CliRun.of("cell-search", "--json", "--sample-rate", "7.68e6", "--center-frequency", "3426.24e6",
                "--ssb-frequency", "3426.24e6", q.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = Json.parse(run.out());
        JsonNode c = doc.get("ssbs").get(0);
        assertEquals(321, c.get("pci").asInt());
        assertEquals(31e3, c.get("cfo_hz").asDouble(), 1.5e3);
        assertTrue(c.get("crc_ok").asBoolean());
    }

    @Test
    void noiseOnlyIsAnEmptySsbListAndExitZero() throws IOException {
        SplittableRandom r = new SplittableRandom(2);
        float[] x = new float[2 * 38400];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextGaussian();
        }
        Path p = writeCf32("noise.cf32", x);
        CliRun run = CliRun.of("cell-search", "--json", "--sample-rate", "7.68e6", "--center-frequency", "3426.24e6",
                "--ssb-frequency", "3426.24e6", p.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode doc = Json.parse(run.out());
        assertEquals(CellSearchCommand.SCHEMA, doc.get("schema").asText());
        assertEquals(0, doc.get("ssbs").size());
        assertTrue(run.out().replaceAll("\\s", "").contains("\"ssbs\":[]"), run.out());
    }

    private void assertBadInput(CliRun run, String expectInMessage) {
        assertEquals(CliErrors.BAD_INPUT, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains(expectInMessage), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
    }

    @Test
    void badInputExitsTwoWithAClearMessage() throws IOException {
        Path tiny = writeCf32("tiny.cf32", new float[200]);
        assertBadInput(CliRun.of("cell-search", "--sample-rate", "7.68e6", "--center-frequency", "3.5e9",
                tiny.toString()), "airan cell-search: tiny.cf32: recording too short");
        Path p = writeCf32("some.cf32", new float[2 * 40000]);
        assertBadInput(CliRun.of("cell-search", "--sample-rate", "1e6", "--center-frequency", "3.5e9",
                p.toString()), "too low");
        assertBadInput(CliRun.of("cell-search", "--sample-rate", "7.68e6", "--center-frequency", "3.5e9",
                "--ssb-frequency", "3.6e9", p.toString()), "outside the recording");
        // n78 only has 30 kHz SSBs: 3.84 Msps cannot hold one.
        assertBadInput(CliRun.of("cell-search", "--sample-rate", "3.84e6", "--center-frequency", "3426.24e6",
                p.toString()), "too low");
        assertBadInput(CliRun.of("cell-search", p.toString()), "--sample-rate");
        assertBadInput(CliRun.of("cell-search", "--scs", "60", "--sample-rate", "7.68e6", "--center-frequency",
                "3.5e9", p.toString()), "--scs");
        assertBadInput(CliRun.of("cell-search", tmp.resolve("missing.sigmf-meta").toString()), "missing");
    }

    @Test
    void nanAndInfiniteSamplesAreCountedReadAsZeroAndTheCellIsStillFound() throws IOException {
        Path clean = synthetic();
        byte[] bytes = Files.readAllBytes(clean);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        // 5 NaN samples and 1 infinite one, spread over the half frame (38400 samples at 7.68 Msps).
        int[] at = {100, 7000, 15000, 22000, 30000};
        for (int i : at) {
            b.putFloat(8 * i, Float.NaN);
        }
        b.putFloat(8 * 37000 + 4, Float.NEGATIVE_INFINITY);
        Path p = tmp.resolve("nan.cf32");
        Files.write(p, bytes);
        String[] args = {"cell-search", "--sample-rate", "7.68e6", "--center-frequency", "3426.24e6", p.toString()};
        CliRun text = CliRun.of(args);
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("6 sample(s) were NaN or infinite and were read as 0"), text.out());
        assertTrue(text.out().contains("PCI  321"), text.out());
        CliRun js = CliRun.of("cell-search", "--json", "--sample-rate", "7.68e6", "--center-frequency", "3426.24e6",
                p.toString());
        assertEquals(0, js.exitCode(), js.err());
        JsonNode doc = Json.parse(js.out());
        assertEquals(6, doc.get("non_finite_samples").asLong());
        assertEquals(321, doc.get("ssbs").get(0).get("pci").asInt());
    }

    @Test
    void badRawFilesAndOptionValuesAreOneLineErrors() throws IOException {
        Path odd = tmp.resolve("odd.cf32");
        Files.write(odd, new byte[8 * 40000 + 3]);
        String[] rate = {"--sample-rate", "7.68e6", "--center-frequency", "3.5e9"};
        assertBadInput(CliRun.of(cat(rate, "cell-search", odd.toString())), "not a whole number of cf32_le samples");
        Path dir = Files.createDirectory(tmp.resolve("folder.cf32"));
        assertBadInput(CliRun.of(cat(rate, "cell-search", dir.toString())), "folder.cf32: is a folder");
        assertBadInput(CliRun.of("cell-search", tmp.toString()), ": is a folder; give a SigMF recording");
        assertBadInput(CliRun.of(cat(rate, "cell-search", tmp.resolve("none.cf32").toString())),
                "none.cf32: no such file");
        Path ok = writeCf32("ok.cf32", new float[2 * 40000]);
        assertBadInput(CliRun.of(cat(rate, "cell-search", "--ssb-frequency", "NaN", ok.toString())),
                "--ssb-frequency must be a positive, finite frequency in Hz, was NaN");
        assertBadInput(CliRun.of(cat(rate, "cell-search", "--calibration-db", "NaN", ok.toString())),
                "--calibration-db must be a finite number of dB, was NaN");
        assertBadInput(CliRun.of(cat(rate, "cell-search", "--max-cfo", "-5", ok.toString())),
                "--max-cfo must be in [0, 1000000] Hz, was -5.0");
        assertBadInput(CliRun.of("cell-search", "--sample-rate", "Infinity", "--center-frequency", "3.5e9",
                ok.toString()), "sample rate must be a positive, finite number of Hz, was Infinity");
    }

    @Test
    void oneChannelOfAMultiChannelSigmfRecordingIsSearched() throws IOException {
        byte[] bytes = Files.readAllBytes(synthetic());
        float[] cell = new float[bytes.length / 4];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(cell);
        int n = cell.length / 2; // 38400 samples: crosses READ_CHUNK_SAMPLES boundaries
        SplittableRandom r = new SplittableRandom(4);
        float[][] iq = new float[3][];
        for (int c = 0; c < 3; c++) {
            iq[c] = new float[2 * n];
            for (int i = 0; i < iq[c].length; i++) {
                iq[c][i] = (float) (0.01 * r.nextGaussian());
            }
        }
        iq[2] = cell;
        Path base = tmp.resolve("three");
        try (org.airan.vectors.sigmf.SigmfWriter w = org.airan.vectors.sigmf.SigmfWriter.create(base,
                org.airan.vectors.sigmf.SigmfDatatype.CF32_LE, 7.68e6, 3)) {
            w.metadata().addCapture(org.airan.vectors.sigmf.SigmfCapture.at(0).withFrequencyHz(3426.24e6));
            w.write(iq, 0, n);
        }
        CliRun found = CliRun.of("cell-search", "--json", "--channel", "2", "--ssb-frequency", "3426.24e6",
                base.toString());
        assertEquals(0, found.exitCode(), found.err());
        JsonNode doc = Json.parse(found.out());
        assertEquals(n, doc.get("num_samples").asLong());
        assertEquals(2, doc.get("channel").asInt());
        assertEquals(321, doc.get("ssbs").get(0).get("pci").asInt());
        assertEquals(777, doc.get("ssbs").get(0).get("mib").get("system_frame_number").asInt());
        CliRun noise = CliRun.of("cell-search", "--json", "--channel", "0", "--ssb-frequency", "3426.24e6",
                base.toString());
        assertEquals(0, noise.exitCode(), noise.err());
        assertEquals(0, Json.parse(noise.out()).get("ssbs").size(), noise.out());
    }

    private static String[] cat(String[] options, String command, String... rest) {
        String[] all = new String[1 + options.length + rest.length];
        all[0] = command;
        System.arraycopy(options, 0, all, 1, options.length);
        System.arraycopy(rest, 0, all, 1 + options.length, rest.length);
        return all;
    }
}
