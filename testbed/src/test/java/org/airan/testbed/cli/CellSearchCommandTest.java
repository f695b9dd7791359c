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
        JsonNode cells = Json.parse(js.out());
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
        JsonNode cells = Json.parse(run.out());
        JsonNode c = cells.get(0);
        assertEquals(500, c.get("pci").asInt());
        assertEquals(2015, c.get("gscn").asInt());
        // L1-RSRP report of TS 38.133 Table 10.1.6.1-1: floor(RSRP dBm) + 157, clamped to 16..113.
        double dbm = c.get("rsrp_dbm").asDouble();
        assertEquals(c.get("rsrp_dbfs").asDouble() - 50, dbm, 1e-9);
        assertEquals(Math.max(16, Math.min(113, (int) Math.floor(dbm) + 157)), c.get("l1_rsrp_report").asInt());
    }

    @Test
    void rawCf32SyntheticCell() throws IOException {
        Path p = synthetic();
        CliRun run = CliRun.of("cell-search", "--json", "--sample-rate", "7.68e6", "--center-frequency", "3426.24e6",
                p.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode c = Json.parse(run.out()).get(0);
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
        JsonNode c = Json.parse(run.out()).get(0);
        assertEquals(321, c.get("pci").asInt());
        assertEquals(31e3, c.get("cfo_hz").asDouble(), 1.5e3);
        assertTrue(c.get("crc_ok").asBoolean());
    }

    @Test
    void noiseOnlyIsAnEmptyListAndExitZero() throws IOException {
        SplittableRandom r = new SplittableRandom(2);
        float[] x = new float[2 * 38400];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextGaussian();
        }
        Path p = writeCf32("noise.cf32", x);
        CliRun run = CliRun.of("cell-search", "--json", "--sample-rate", "7.68e6", "--center-frequency", "3426.24e6",
                "--ssb-frequency", "3426.24e6", p.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0, Json.parse(run.out()).size());
        assertEquals("[]", run.out().replaceAll("\\s", ""));
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
                tiny.toString()), "too short");
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
}
