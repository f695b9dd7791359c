package org.airan.vectors.sigmf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table of broken recordings: each row mutates a valid two-channel {@code ci16_le} recording of 100 samples
 * (metadata tree, metadata text or data file) and names the fragment the error message must contain. Every
 * message must also start with the name of the file at fault.
 */
class SigmfMalformedTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SAMPLES = 100;
    private static final int CHANNELS = 2;

    /** A mutation of the base recording. */
    interface Mutation {
        void apply(Path meta, Path data, ObjectNode root) throws Exception;
    }

    static Arguments row(String name, String fileAtFault, String fragment, Mutation m) {
        return Arguments.of(name, fileAtFault, fragment, m);
    }

    static ObjectNode global(ObjectNode root) {
        return (ObjectNode) root.get("global");
    }

    static ObjectNode capture(ObjectNode root, int i) {
        return (ObjectNode) root.get("captures").get(i);
    }

    static ObjectNode annotation(ObjectNode root, int i) {
        return (ObjectNode) root.get("annotations").get(i);
    }

    static void text(Path meta, String text) throws Exception {
        Files.writeString(meta, text);
    }

    static Stream<Arguments> mutations() {
        String meta = "bad.sigmf-meta";
        String data = "bad.sigmf-data";
        return Stream.of(
                row("broken JSON", meta, "bad.sigmf-meta: line 3, column 30: broken JSON",
                        (m, d, r) -> text(m, "{\n \"global\": {\n  \"core:datatype\": \"ci16_le\",,\n")),
                row("duplicate key", meta, "broken JSON: Duplicate field 'core:datatype'",
                        (m, d, r) -> text(m, "{\"global\": {\"core:datatype\": \"ci16_le\", "
                                + "\"core:datatype\": \"ci8\"}}")),
                row("empty file", meta, "line 1, column 1: broken JSON", (m, d, r) -> text(m, "")),
                row("top level array", meta, "(top level) = ARRAY: must be a JSON object", (m, d, r) -> text(m, "[]")),
                row("missing global", meta, "global = (missing): required object is missing",
                        (m, d, r) -> r.remove("global")),
                row("missing datatype", meta, "global.core:datatype = (missing): required string is missing",
                        (m, d, r) -> global(r).remove("core:datatype")),
                row("unknown datatype", meta, "global.core:datatype = \"cf33_le\": unknown datatype (supported: ",
                        (m, d, r) -> global(r).put("core:datatype", "cf33_le")),
                row("real datatype", meta, "global.core:datatype = \"rf32_le\": real-valued datatypes are not",
                        (m, d, r) -> global(r).put("core:datatype", "rf32_le")),
                row("missing version", meta, "global.core:version = (missing): required string is missing",
                        (m, d, r) -> global(r).remove("core:version")),
                row("version 2", meta, "global.core:version = \"2.0.0\": must be a SigMF 1.x version X.Y.Z",
                        (m, d, r) -> global(r).put("core:version", "2.0.0")),
                row("negative sample rate", meta, "bad.sigmf-meta: global.core:sample_rate = -1: must be > 0",
                        (m, d, r) -> global(r).put("core:sample_rate", -1)),
                row("zero sample rate", meta, "global.core:sample_rate = 0.0: must be > 0",
                        (m, d, r) -> global(r).put("core:sample_rate", 0.0)),
                row("text sample rate", meta, "global.core:sample_rate = \"fast\": must be a finite number",
                        (m, d, r) -> global(r).put("core:sample_rate", "fast")),
                row("zero channels", meta, "global.core:num_channels = 0: must be in [1, 1000] (SigMF schema)",
                        (m, d, r) -> global(r).put("core:num_channels", 0)),
                row("too many channels", meta, "global.core:num_channels = 1001: must be in [1, 1000]",
                        (m, d, r) -> global(r).put("core:num_channels", 1001)),
                row("fractional channels", meta, "global.core:num_channels = 2.5: must be an integer",
                        (m, d, r) -> global(r).put("core:num_channels", 2.5)),
                row("channels do not divide", meta, "global.core:num_channels = 3: does not divide the dataset's "
                        + "200 samples", (m, d, r) -> global(r).put("core:num_channels", 3)),
                row("bad sha512", meta, "global.core:sha512 = \"abc\": must be 128 hexadecimal digits",
                        (m, d, r) -> global(r).put("core:sha512", "abc")),
                row("required unknown extension", meta, "global.core:extensions[0].name = \"acme\": extension is "
                        + "required (optional = false) but not supported", (m, d, r) -> {
                            ObjectNode e = global(r).putArray("core:extensions").addObject();
                            e.put("name", "acme").put("version", "1.0.0").put("optional", false);
                        }),
                row("extension without optional", meta, "global.core:extensions[0].optional = (missing): required",
                        (m, d, r) -> global(r).putArray("core:extensions").addObject().put("name", "acme")
                                .put("version", "1.0.0")),
                row("description not text", meta, "global.core:description = 42: must be a string",
                        (m, d, r) -> global(r).put("core:description", 42)),
                row("captures not an array", meta, "captures = {}: must be a JSON array",
                        (m, d, r) -> r.putObject("captures")),
                row("capture without start", meta, "captures[0].core:sample_start = (missing): required",
                        (m, d, r) -> capture(r, 0).remove("core:sample_start")),
                row("negative capture start", meta, "captures[0].core:sample_start = -1: must be >= 0",
                        (m, d, r) -> capture(r, 0).put("core:sample_start", -1)),
                row("captures not sorted", meta, "captures[1].core:sample_start = 10: captures must be sorted",
                        (m, d, r) -> {
                            capture(r, 0).put("core:sample_start", 50);
                            capture(r, 1).put("core:sample_start", 10);
                        }),
                row("capture past the end", meta, "captures[1].core:sample_start = 500: past the end of the data "
                        + "(100 samples per channel)", (m, d, r) -> capture(r, 1).put("core:sample_start", 500)),
                row("bad datetime", meta, "captures[0].core:datetime = \"yesterday\": must be an RFC 3339 UTC",
                        (m, d, r) -> capture(r, 0).put("core:datetime", "yesterday")),
                row("header bytes", meta, "captures[0].core:header_bytes = 4: non-conforming datasets",
                        (m, d, r) -> capture(r, 0).put("core:header_bytes", 4)),
                row("annotations not sorted", meta, "annotations[1].core:sample_start = 0: annotations must be "
                        + "sorted", (m, d, r) -> annotation(r, 1).put("core:sample_start", 0)),
                row("annotation past the end", meta, "annotations[1].core:sample_start + core:sample_count = 101: "
                        + "past the end of the data", (m, d, r) -> annotation(r, 1).put("core:sample_count", 61)),
                row("negative count", meta, "annotations[0].core:sample_count = -5: must be >= 0",
                        (m, d, r) -> annotation(r, 0).put("core:sample_count", -5)),
                row("one frequency edge", meta, "annotations[0].core:freq_lower_edge = 1000.0: "
                        + "core:freq_lower_edge and core:freq_upper_edge must be given together",
                        (m, d, r) -> annotation(r, 0).put("core:freq_lower_edge", 1000.0)),
                row("edges reversed", meta, "annotations[0].core:freq_lower_edge = 2000.0: must be <= "
                        + "core:freq_upper_edge (1000.0)", (m, d, r) -> annotation(r, 0)
                        .put("core:freq_lower_edge", 2000.0).put("core:freq_upper_edge", 1000.0)),
                row("missing data file", meta, "bad.sigmf-meta: dataset = bad.sigmf-data: missing data file",
                        (m, d, r) -> Files.delete(d)),
                row("partial sample (one byte appended)", data, "bad.sigmf-data: dataset size = 801 bytes: not a whole number of "
                        + "ci16_le samples (4 bytes each)", (m, d, r) -> Files.write(d, Arrays.copyOf(
                        Files.readAllBytes(d), 801))),
                row("truncated by one channel sample", meta, "global.core:num_channels = 2: does not divide the "
                        + "dataset's 199 samples", (m, d, r) -> Files.write(d, Arrays.copyOf(
                        Files.readAllBytes(d), 796))),
                row("truncated by one sample", meta, "past the end of the data (99 samples per channel): data "
                        + "truncated?", (m, d, r) -> Files.write(d, Arrays.copyOf(Files.readAllBytes(d), 792))),
                row("dataset changed", meta, "global.core:sha512 = ", (m, d, r) -> {
                    byte[] b = Files.readAllBytes(d);
                    b[17] ^= 1;
                    Files.write(d, b);
                })
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void reportsFileFieldValueAndRule(String name, String fileAtFault, String fragment, Mutation mutation,
                                      @TempDir Path dir) throws Exception {
        Path meta = dir.resolve("bad.sigmf-meta");
        Path data = dir.resolve("bad.sigmf-data");
        writeValid(dir.resolve("bad"));
        ObjectNode root = (ObjectNode) JSON.readTree(meta.toFile());
        String before = root.toString();
        // Mutations of the tree are written back; mutations of the text or data file write themselves.
        String textBefore = Files.readString(meta);
        mutation.apply(meta, data, root);
        if (!root.toString().equals(before) && Files.readString(meta).equals(textBefore)) {
            Files.writeString(meta, root.toString());
        }
        SigmfException e = assertThrows(SigmfException.class, () -> {
            try (SigmfRecording rec = SigmfReader.open(meta, true)) {
                rec.numSamples();
            }
        });
        assertTrue(e.getMessage().startsWith(fileAtFault + ": "), () -> "message must name " + fileAtFault
                + ": " + e.getMessage());
        assertTrue(e.getMessage().contains(fragment), () -> "expected '" + fragment + "' in: " + e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void missingMetadataAndAFolderInItsPlaceAreNamedPlainly(@TempDir Path dir) throws Exception {
        SigmfException missing = assertThrows(SigmfException.class,
                () -> SigmfMetadata.parse(dir.resolve("none.sigmf-meta")));
        assertTrue(missing.getMessage().equals("none.sigmf-meta: metadata file: no such file"), missing.getMessage());
        Path folder = Files.createDirectory(dir.resolve("folder.sigmf-meta"));
        SigmfException dirEx = assertThrows(SigmfException.class, () -> SigmfMetadata.parse(folder));
        assertTrue(dirEx.getMessage().equals("folder.sigmf-meta: metadata file: is a folder, not a file"),
                dirEx.getMessage());
    }

    static void writeValid(Path base) throws Exception {
        float[][] x = new float[CHANNELS][2 * SAMPLES];
        for (int c = 0; c < CHANNELS; c++) {
            for (int k = 0; k < 2 * SAMPLES; k++) {
                x[c][k] = (float) Math.sin(0.1 * k + c);
            }
        }
        try (SigmfWriter w = SigmfWriter.create(base, SigmfDatatype.CI16_LE, 1e6, CHANNELS)) {
            w.write(x);
            w.metadata().addCapture(SigmfCapture.at(0).withFrequencyHz(3.5e9))
                    .addCapture(SigmfCapture.at(40).withFrequencyHz(3.6e9))
                    .addAnnotation(SigmfAnnotation.of(10, 20, "a"))
                    .addAnnotation(SigmfAnnotation.of(40, 60, "b"));
        }
        ArrayNode ann = (ArrayNode) JSON.readTree(SigmfReader.metaPath(base).toFile()).get("annotations");
        assertTrue(ann.size() == 2);
    }
}
