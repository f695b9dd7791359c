package org.airan.vectors.sigmf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Typed accessors, and unknown fields surviving a read-modify-write. */
class SigmfMetadataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String FOREIGN = """
            {
              "global": {
                "core:datatype": "ci16_le",
                "core:version": "1.2.0",
                "core:sample_rate": 30720000,
                "core:num_channels": 2,
                "core:author": "lab",
                "core:hw": "two-channel SDR",
                "core:recorder": "acme-rec 2.1",
                "core:description": "foreign file",
                "core:extensions": [{"name": "acme", "version": "0.3.0", "optional": true}],
                "acme:gain_db": [10, 12],
                "mystery": {"deep": [1, 2, 3]}
              },
              "captures": [
                {"core:sample_start": 0, "core:frequency": 3.5e9, "core:datetime": "2026-01-02T03:04:05.678Z",
                 "core:global_index": 1000, "acme:agc": "off"},
                {"core:sample_start": 8, "core:frequency": 3.6e9}
              ],
              "annotations": [
                {"core:sample_start": 2, "core:sample_count": 4, "core:label": "burst", "core:comment": "c",
                 "core:freq_lower_edge": 3.49e9, "core:freq_upper_edge": 3.51e9, "acme:snr_db": 17.5}
              ]
            }
            """;

    @Test
    void typedAccessors() throws Exception {
        SigmfMetadata m = SigmfMetadata.parse(FOREIGN, Path.of("foreign.sigmf-meta"));
        assertEquals(SigmfDatatype.CI16_LE, m.datatype());
        assertEquals("1.2.0", m.version());
        assertEquals(30.72e6, m.sampleRateHz().orElseThrow());
        assertEquals(2, m.numChannels());
        assertEquals("lab", m.author());
        assertEquals("two-channel SDR", m.hw());
        assertEquals("acme-rec 2.1", m.recorder());
        assertEquals("foreign file", m.description());
        assertNull(m.sha512());
        assertEquals(List.of(new SigmfExtension("acme", "0.3.0", true)), m.extensions());
        List<SigmfCapture> caps = m.captures();
        assertEquals(2, caps.size());
        assertEquals(3.5e9, caps.get(0).frequencyHz());
        assertEquals(Instant.parse("2026-01-02T03:04:05.678Z"), caps.get(0).datetimeInstant());
        assertEquals(1000L, caps.get(0).globalIndex());
        assertEquals("off", caps.get(0).other().get("acme:agc").asText());
        assertEquals(8, caps.get(1).sampleStart());
        SigmfAnnotation a = m.annotations().get(0);
        assertEquals(2, a.sampleStart());
        assertEquals(4L, a.sampleCount());
        assertEquals("burst", a.label());
        assertEquals("c", a.comment());
        assertEquals(3.49e9, a.freqLowerEdgeHz());
        assertEquals(3.51e9, a.freqUpperEdgeHz());
        assertEquals(17.5, a.other().get("acme:snr_db").asDouble());
    }

    @Test
    void unknownFieldsSurviveReadModifyWrite(@TempDir Path dir) throws Exception {
        Path meta = dir.resolve("f.sigmf-meta");
        Files.writeString(meta, FOREIGN);
        Files.write(dir.resolve("f.sigmf-data"), new byte[16 * 2 * 4]); // 16 samples x 2 channels x ci16
        try (SigmfRecording rec = SigmfReader.open(meta)) {
            SigmfMetadata m = rec.metadata().copy();
            m.description("edited").addAnnotation(SigmfAnnotation.of(1, 2, "new"));
            float[][] buf = rec.newBuffer(16);
            rec.read(0, 16, buf);
            try (SigmfWriter w = SigmfWriter.create(dir.resolve("g"), m)) {
                w.write(buf, 16);
            }
        }
        JsonNode in = JSON.readTree(FOREIGN);
        JsonNode out = JSON.readTree(dir.resolve("g.sigmf-meta").toFile());
        assertEquals(in.at("/global/acme:gain_db"), out.at("/global/acme:gain_db"));
        assertEquals(in.at("/global/mystery"), out.at("/global/mystery"));
        assertEquals(in.at("/global/core:extensions"), out.at("/global/core:extensions"));
        assertEquals(in.get("captures"), out.get("captures"));
        assertEquals("edited", out.at("/global/core:description").asText());
        // The new annotation went in sorted; the foreign one kept its unknown key.
        assertEquals("new", out.at("/annotations/0/core:label").asText());
        assertEquals(in.at("/annotations/0"), out.at("/annotations/1"));
        assertEquals(128, out.at("/global/core:sha512").asText().length());
        try (SigmfRecording rec = SigmfReader.open(dir.resolve("g"), true)) {
            assertTrue(rec.verifySha512());
            assertEquals(16, rec.numSamples());
        }
    }

    @Test
    void writerLeavesNothingBehindOnAbortAndNoTemporaryFilesOnClose(@TempDir Path dir) throws Exception {
        SigmfWriter w = SigmfWriter.create(dir.resolve("a"), SigmfDatatype.CF32_LE, 1e6, 1);
        w.write(new float[1][20]);
        assertFalse(Files.exists(dir.resolve("a.sigmf-data")), "the dataset must not appear before close");
        w.abort();
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
        try (SigmfWriter w2 = SigmfWriter.create(dir.resolve("b.sigmf-meta"), SigmfDatatype.CF32_LE, 1e6, 1)) {
            w2.write(new float[1][20]);
        }
        try (var files = Files.list(dir)) {
            assertArrayEquals(new String[]{"b.sigmf-data", "b.sigmf-meta"},
                    files.map(p -> p.getFileName().toString()).sorted().toArray());
        }
    }

    @Test
    void writerRefusesMetadataPastTheEndOfItsData(@TempDir Path dir) throws Exception {
        SigmfWriter w = SigmfWriter.create(dir.resolve("x"), SigmfDatatype.CF32_LE, 1e6, 1);
        w.write(new float[1][20]);
        w.metadata().addAnnotation(SigmfAnnotation.of(5, 50, "too long"));
        SigmfException e = org.junit.jupiter.api.Assertions.assertThrows(SigmfException.class, w::close);
        assertTrue(e.getMessage().startsWith("x.sigmf-meta: annotations[0].core:sample_start + core:sample_count"
                + " = 55: past the end of the data (10 samples"), e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }
}
