package org.airan.testbed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.airan.testbed.report.Json;
import org.airan.vectors.sigmf.SigmfAnnotation;
import org.airan.vectors.sigmf.SigmfCapture;
import org.airan.vectors.sigmf.SigmfDatatype;
import org.airan.vectors.sigmf.SigmfWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

    @TempDir
    Path dir;

    /** Two channels: a full-scale tone (0 dBFS) and the same at half amplitude (−6.02 dBFS) with one NaN. */
    private Path writeKnownRecording() throws IOException {
        int n = 1000;
        float[][] iq = new float[2][2 * n];
        for (int i = 0; i < n; i++) {
            double ph = 2 * Math.PI * 0.05 * i;
            iq[0][2 * i] = (float) Math.cos(ph);
            iq[0][2 * i + 1] = (float) Math.sin(ph);
            iq[1][2 * i] = 0.5f * iq[0][2 * i];
            iq[1][2 * i + 1] = 0.5f * iq[0][2 * i + 1];
        }
        iq[1][2 * 10] = Float.NaN;
        Path base = dir.resolve("known");
        try (SigmfWriter w = SigmfWriter.create(base, SigmfDatatype.CF32_LE, 1.0e6, 2)) {
            w.metadata().addCapture(SigmfCapture.at(0).withFrequencyHz(3.5e9));
            w.metadata().addAnnotation(SigmfAnnotation.of(100, 200, "burst"));
            w.write(iq, 0, n);
        }
        return base;
    }

    @Test
    void jsonSummaryOfAKnownRecording() throws IOException {
        Path base = writeKnownRecording();
        CliRun r = CliRun.of("vectors", "inspect", base + ".sigmf-meta", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode n = Json.parse(r.out());
        assertEquals(InspectCommand.SCHEMA, n.path("schema").asText());
        assertEquals("cf32_le", n.path("datatype").asText());
        assertEquals(2, n.path("num_channels").asInt());
        assertEquals(1.0e6, n.path("sample_rate_hz").asDouble());
        assertEquals(1000, n.path("samples_per_channel").asLong());
        assertEquals(1.0e-3, n.path("duration_seconds").asDouble(), 1e-15);
        assertEquals(3.5e9, n.at("/captures/0/frequency_hz").asDouble());
        assertEquals("burst", n.at("/annotations/0/label").asText());
        assertEquals(0.0, n.at("/channels/0/rms_dbfs").asDouble(), 1e-5);
        assertEquals(20 * Math.log10(0.5), n.at("/channels/1/rms_dbfs").asDouble(), 1e-5);
        assertEquals(0, n.at("/channels/0/nan_count").asLong());
        assertEquals(1, n.at("/channels/1/nan_count").asLong());
        assertTrue(n.path("nr").isNull(), "no nr extension was written");
        assertTrue(n.path("sha512_ok").asBoolean(), "the writer's core:sha512 matches its data");
    }

    @Test
    void aDamagedDatasetIsReportedByItsChecksumNotRefused() throws IOException {
        Path base = writeKnownRecording();
        Path data = Path.of(base + ".sigmf-data");
        byte[] b = Files.readAllBytes(data);
        b[100] ^= 0x01; // one flipped bit in a sample
        Files.write(data, b);
        CliRun r = CliRun.of("vectors", "inspect", base.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(Json.parse(r.out()).path("sha512_ok").asBoolean(true), r.out());
        CliRun t = CliRun.of("vectors", "inspect", base.toString());
        assertTrue(t.out().contains("core:sha512 DOES NOT MATCH the data"), t.out());
        CliRun skip = CliRun.of("vectors", "inspect", base.toString(), "--json", "--no-checksum");
        assertTrue(Json.parse(skip.out()).path("sha512_ok").isNull(), skip.out());
    }

    @Test
    void nrSummaryOfADemoRecording() {
        Path out = dir.resolve("demo");
        CliRun demo = CliRun.of("demo", "--out", out.toString(), "--slots", "3", "--antennas", "2", "--prb", "24",
                "--format", "ci16", "--json");
        assertEquals(0, demo.exitCode(), demo.err());
        CliRun r = CliRun.of("vectors", "inspect", out.resolve("airan-demo").toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode n = Json.parse(r.out());
        assertEquals("ci16_le", n.path("datatype").asText());
        assertEquals(30, n.at("/nr/scs_khz").asInt());
        assertEquals(24, n.at("/nr/num_resource_blocks").asInt());
        assertEquals(512, n.at("/nr/dft_size").asInt()); // default DFT size for 24 RB
        assertEquals(3, n.at("/nr/num_slots").asLong());
        assertEquals(3, n.at("/nr/whole_slots_in_data").asLong());
        assertEquals(0, n.at("/nr/first_slot_sample").asLong());
        // the demo writes at 1/8 amplitude (−18.06 dBFS) and its pilot symbols are half empty (12/14 + 2/14·½ of
        // the power, −0.32 dB); the noise adds 10·log10(1 + (N/K)/(0.93·ρ)) = 0.008 dB at 30 dB (N/K = 512/288):
        // −18.38 dBFS, ± 0.1 dB for the random data of 3 slots
        for (JsonNode c : n.path("channels")) {
            assertEquals(-18.38, c.path("rms_dbfs").asDouble(), 0.1, c.toString());
            assertEquals(0, c.path("clipped_count").asLong());
        }
    }

    @Test
    void badNrExtensionIsOneLine() throws IOException {
        Path base = dir.resolve("badnr");
        try (SigmfWriter w = SigmfWriter.create(base, SigmfDatatype.CF32_LE, 15.36e6, 1)) {
            w.metadata().declareExtension(new org.airan.vectors.sigmf.SigmfExtension("nr", "1.0.0", true));
            w.metadata().global().putObject("nr:carrier").put("scs_khz", 17).put("n_rb", 52).put("dft_size", 1024);
            w.metadata().global().putObject("nr:first_slot").put("frame", 0).put("slot", 0).put("sample_offset", 0);
            w.write(new float[1][2 * 100], 0, 100);
        }
        CliRun r = CliRun.of("vectors", "inspect", base.toString());
        assertEquals(CliErrors.BAD_INPUT, r.exitCode(), r.out());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains("badnr.sigmf-meta") && err.contains("17"), err);
    }

    @Test
    void textSummaryAcceptsTheBaseName() throws IOException {
        Path base = writeKnownRecording();
        CliRun r = CliRun.of("vectors", "inspect", base.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("cf32_le, 2 channel(s)"), r.out());
        assertTrue(r.out().contains("-6.02"), r.out());
    }

    @Test
    void badMetadataIsOneLineNamingFileFieldValueAndRule() throws IOException {
        Path meta = dir.resolve("bad.sigmf-meta");
        Files.writeString(meta, "{\"global\":{\"core:datatype\":\"cf32_le\",\"core:version\":\"1.2.0\","
                + "\"core:sample_rate\":-5},\"captures\":[],\"annotations\":[]}");
        Files.write(dir.resolve("bad.sigmf-data"), new byte[16]);
        CliRun r = CliRun.of("vectors", "inspect", meta.toString());
        assertEquals(CliErrors.BAD_INPUT, r.exitCode());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("airan vectors inspect: bad.sigmf-meta: "), err);
        assertTrue(err.contains("core:sample_rate") && err.contains("-5"), err);
        assertFalse(err.contains("Exception"), err);
        assertFalse(err.contains("\tat "), err);
    }

    @Test
    void truncatedDataIsOneLine() throws IOException {
        Path base = writeKnownRecording();
        Path data = Path.of(base + ".sigmf-data");
        byte[] all = Files.readAllBytes(data);
        Files.write(data, java.util.Arrays.copyOf(all, all.length - 3));
        CliRun r = CliRun.of("vectors", "inspect", base.toString());
        assertEquals(CliErrors.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("known.sigmf-data"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void missingFileIsOneLine() {
        CliRun r = CliRun.of("vectors", "inspect", dir.resolve("nothing").toString());
        assertEquals(CliErrors.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("no such recording") && r.err().contains("no such file"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("nothing: no such recording: no such file nothing.sigmf-meta or "
                + "nothing.sigmf-data"), r.err());
        CliRun folder = CliRun.of("vectors", "inspect", dir.toString());
        assertEquals(CliErrors.BAD_INPUT, folder.exitCode());
        assertTrue(folder.err().contains(": is a folder; give a .sigmf-meta"), folder.err());
    }

    @Test
    void realCaptureFromTheSharedFolder() {
        String shared = System.getProperty("airan.shared.dir");
        Path rec = shared == null ? null : Path.of(shared, "recordings", "n78-lab-gnb-pci1.sigmf-meta");
        assumeTrue(rec != null && Files.isRegularFile(rec), "shared recordings not available");
        CliRun r = CliRun.of("vectors", "inspect", rec.toString(), "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode n = Json.parse(r.out());
        assertEquals(46.08e6, n.path("sample_rate_hz").asDouble()); // README of the recordings: 46.08 Msps, 1 ms
        assertEquals(46080, n.path("samples_per_channel").asLong());
        assertEquals(3426.6e6, n.at("/captures/0/frequency_hz").asDouble());
        assertEquals(0, n.at("/channels/0/nan_count").asLong());
        assertTrue(n.at("/channels/0/rms_dbfs").asDouble() < 0, "an over-the-air capture sits below full scale");
    }
}
