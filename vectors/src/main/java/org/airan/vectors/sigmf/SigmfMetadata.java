package org.airan.vectors.sigmf;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The metadata of a SigMF 1.x recording ({@code .sigmf-meta}): the whole JSON tree, with typed accessors for the
 * {@code core:} fields on top.
 *
 * <p>The tree is kept as read, so fields of other extensions and unknown keys (in {@code global}, in captures and
 * in annotations) survive a read-modify-write: change what you need through the typed mutators (or
 * {@link #json()}) and write the object back with {@link #toJson()}. The typed accessors assume a tree that
 * passed {@link #validate(Path)}, which {@link #parse(Path)} runs.
 *
 * <p>This object is mutable and not thread-safe.
 */
public final class SigmfMetadata {

    /** The SigMF specification version written by this library. */
    public static final String SPEC_VERSION = "1.2.0";
    /** Most channels accepted ({@code core:num_channels} maximum of the SigMF schema). */
    public static final int MAX_CHANNELS = 1000;
    /** Field name of a segment's first sample. */
    public static final String SAMPLE_START = "core:sample_start";

    static final String GLOBAL = "global";
    static final String CAPTURES = "captures";
    static final String ANNOTATIONS = "annotations";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)");
    private static final Pattern SHA512 = Pattern.compile("[0-9a-fA-F]{128}");
    /** Extension namespaces this library understands (a non-optional other one is an error). */
    private static final Set<String> KNOWN_EXTENSIONS = Set.of("nr");
    private static final Set<String> CAPTURE_KEYS =
            Set.of(SAMPLE_START, "core:frequency", "core:datetime", "core:global_index");
    private static final Set<String> ANNOTATION_KEYS = Set.of(SAMPLE_START, "core:sample_count",
            "core:freq_lower_edge", "core:freq_upper_edge", "core:label", "core:comment");
    private static final String[] GLOBAL_STRINGS = {"core:description", "core:author", "core:hw", "core:recorder",
            "core:license", "core:collection", "core:dataset", "core:data_doi", "core:meta_doi"};

    private final ObjectNode root;

    private SigmfMetadata(ObjectNode root) {
        this.root = root;
    }

    /**
     * New metadata with {@code global} holding the datatype, sample rate, number of channels and
     * {@link #SPEC_VERSION}, and empty {@code captures} and {@code annotations}.
     *
     * @param sampleRateHz samples per second per channel, {@code > 0}
     * @param numChannels  interleaved channels, {@code >= 1}
     */
    public static SigmfMetadata create(SigmfDatatype datatype, double sampleRateHz, int numChannels) {
        if (datatype == null) {
            throw new IllegalArgumentException("datatype must not be null (SigMF core:datatype)");
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode global = root.putObject(GLOBAL);
        global.put("core:datatype", datatype.sigmfName());
        global.put("core:version", SPEC_VERSION);
        root.putArray(CAPTURES);
        root.putArray(ANNOTATIONS);
        SigmfMetadata m = new SigmfMetadata(root);
        m.sampleRateHz(sampleRateHz);
        m.numChannels(numChannels);
        return m;
    }

    /** Reads and validates a {@code .sigmf-meta} file. */
    public static SigmfMetadata parse(Path metaFile) throws SigmfException {
        String text;
        try {
            text = Files.readString(metaFile);
        } catch (IOException e) {
            throw SigmfException.io(metaFile, "metadata file", e);
        }
        return parse(text, metaFile);
    }

    /**
     * Parses and validates metadata JSON text.
     *
     * @param file the file the text came from, named in error messages (may be {@code null})
     */
    public static SigmfMetadata parse(String json, Path file) throws SigmfException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : loc.getLineNr();
            int col = loc == null ? 0 : loc.getColumnNr();
            throw SigmfException.brokenJson(file, line, col, e.getOriginalMessage(), e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw SigmfException.brokenJson(file, 1, 1, "empty document", null);
        }
        if (!tree.isObject()) {
            throw new SigmfException(file, "(top level)", tree.getNodeType(), "must be a JSON object");
        }
        SigmfMetadata m = new SigmfMetadata((ObjectNode) tree);
        m.validate(file);
        return m;
    }

    /**
     * Checks the tree against the SigMF 1.x rules that this library relies on (required fields, types, ranges,
     * sorted captures and annotations, known datatype, supported required extensions); {@code file} is named in
     * the error. Checks that need the dataset (its size) are done by {@link SigmfReader}.
     */
    public void validate(Path file) throws SigmfException {
        ObjectNode global = SigmfFields.object(file, root, "(top level)", GLOBAL, true);
        String p = GLOBAL;
        String dt = SigmfFields.string(file, global, p, "core:datatype", true);
        if (SigmfDatatype.fromSigmfName(dt) == null) {
            String rule = dt.startsWith("r")
                    ? "real-valued datatypes are not supported (an IQ recording needs a complex c... type)"
                    : "unknown datatype (supported: " + supportedNames() + ")";
            throw new SigmfException(file, p + ".core:datatype", global.get("core:datatype"), rule);
        }
        String version = SigmfFields.string(file, global, p, "core:version", true);
        var vm = VERSION.matcher(version);
        if (!vm.matches() || !vm.group(1).equals("1")) {
            throw new SigmfException(file, p + ".core:version", global.get("core:version"),
                    "must be a SigMF 1.x version X.Y.Z");
        }
        SigmfFields.number(file, global, p, "core:sample_rate", false, true);
        SigmfFields.integer(file, global, p, "core:num_channels", false, 1, MAX_CHANNELS, "SigMF schema");
        SigmfFields.integer(file, global, p, "core:offset", false, 0, Long.MAX_VALUE, null);
        SigmfFields.integer(file, global, p, "core:trailing_bytes", false, 0, Long.MAX_VALUE, null);
        SigmfFields.bool(file, global, p, "core:metadata_only", false);
        String sha = SigmfFields.string(file, global, p, "core:sha512", false);
        if (sha != null && !SHA512.matcher(sha).matches()) {
            throw new SigmfException(file, p + ".core:sha512", global.get("core:sha512"),
                    "must be 128 hexadecimal digits");
        }
        for (String key : GLOBAL_STRINGS) {
            SigmfFields.string(file, global, p, key, false);
        }
        validateExtensions(file, global);
        validateCaptures(file);
        validateAnnotations(file);
    }

    private void validateExtensions(Path file, ObjectNode global) throws SigmfException {
        JsonNode ext = global.get("core:extensions");
        if (ext == null || ext.isNull()) {
            return;
        }
        if (!ext.isArray()) {
            throw new SigmfException(file, "global.core:extensions", ext, "must be a JSON array");
        }
        for (int i = 0; i < ext.size(); i++) {
            String path = "global.core:extensions[" + i + "]";
            JsonNode e = ext.get(i);
            if (!e.isObject()) {
                throw new SigmfException(file, path, e, "must be a JSON object");
            }
            ObjectNode o = (ObjectNode) e;
            String name = SigmfFields.string(file, o, path, "name", true);
            SigmfFields.string(file, o, path, "version", true);
            boolean optional = SigmfFields.bool(file, o, path, "optional", true);
            if (!optional && !KNOWN_EXTENSIONS.contains(name)) {
                throw new SigmfException(file, path + ".name", e.get("name"),
                        "extension is required (optional = false) but not supported by this reader (supported: "
                                + KNOWN_EXTENSIONS + ")");
            }
        }
    }

    private void validateCaptures(Path file) throws SigmfException {
        ArrayNode arr = segments(file, CAPTURES);
        long prev = -1;
        for (int i = 0; i < arr.size(); i++) {
            String path = CAPTURES + "[" + i + "]";
            ObjectNode o = segment(file, arr, i, path);
            long start = SigmfFields.integer(file, o, path, SAMPLE_START, true, 0, Long.MAX_VALUE, null);
            if (start < prev) {
                throw new SigmfException(file, path + "." + SAMPLE_START, start,
                        "captures must be sorted by core:sample_start, ascending (previous was " + prev + ")");
            }
            prev = start;
            SigmfFields.number(file, o, path, "core:frequency", false, false);
            SigmfFields.integer(file, o, path, "core:global_index", false, 0, Long.MAX_VALUE, null);
            String dt = SigmfFields.string(file, o, path, "core:datetime", false);
            if (dt != null) {
                try {
                    Instant.parse(dt);
                } catch (DateTimeParseException e) {
                    throw new SigmfException(file, path + ".core:datetime", o.get("core:datetime"),
                            "must be an RFC 3339 UTC timestamp such as 2026-01-01T00:00:00.000Z");
                }
            }
            if (o.has("core:header_bytes")) {
                throw new SigmfException(file, path + ".core:header_bytes", o.get("core:header_bytes"),
                        "non-conforming datasets with per-capture headers are not supported");
            }
        }
    }

    private void validateAnnotations(Path file) throws SigmfException {
        ArrayNode arr = segments(file, ANNOTATIONS);
        long prev = -1;
        for (int i = 0; i < arr.size(); i++) {
            String path = ANNOTATIONS + "[" + i + "]";
            ObjectNode o = segment(file, arr, i, path);
            long start = SigmfFields.integer(file, o, path, SAMPLE_START, true, 0, Long.MAX_VALUE, null);
            if (start < prev) {
                throw new SigmfException(file, path + "." + SAMPLE_START, start,
                        "annotations must be sorted by core:sample_start, ascending (previous was " + prev + ")");
            }
            prev = start;
            SigmfFields.integer(file, o, path, "core:sample_count", false, 0, Long.MAX_VALUE, null);
            Double lo = SigmfFields.number(file, o, path, "core:freq_lower_edge", false, false);
            Double hi = SigmfFields.number(file, o, path, "core:freq_upper_edge", false, false);
            if ((lo == null) != (hi == null)) {
                String have = lo == null ? "core:freq_upper_edge" : "core:freq_lower_edge";
                throw new SigmfException(file, path + "." + have, o.get(have),
                        "core:freq_lower_edge and core:freq_upper_edge must be given together");
            }
            if (lo != null && lo > hi) {
                throw new SigmfException(file, path + ".core:freq_lower_edge", lo,
                        "must be <= core:freq_upper_edge (" + hi + ")");
            }
            SigmfFields.string(file, o, path, "core:label", false);
            SigmfFields.string(file, o, path, "core:comment", false);
        }
    }

    private ArrayNode segments(Path file, String key) throws SigmfException {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            return root.putArray(key); // a missing array means "none" (SigMF 1.x default [])
        }
        if (!n.isArray()) {
            throw new SigmfException(file, key, n, "must be a JSON array");
        }
        return (ArrayNode) n;
    }

    private static ObjectNode segment(Path file, ArrayNode arr, int i, String path) throws SigmfException {
        JsonNode n = arr.get(i);
        if (!n.isObject()) {
            throw new SigmfException(file, path, n, "must be a JSON object");
        }
        return (ObjectNode) n;
    }

    private static String supportedNames() {
        StringBuilder sb = new StringBuilder();
        for (SigmfDatatype t : SigmfDatatype.values()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(t.sigmfName());
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The tree

    /** The live JSON tree (the top-level object). Changes to it change this metadata. */
    public ObjectNode json() {
        return root;
    }

    /** The live {@code global} object. */
    public ObjectNode global() {
        return (ObjectNode) root.get(GLOBAL);
    }

    /** The metadata as pretty-printed JSON text. */
    public String toJson() {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree failed to serialize", e);
        }
    }

    /** A deep copy of this metadata. */
    public SigmfMetadata copy() {
        return new SigmfMetadata(root.deepCopy());
    }

    // ---------------------------------------------------------------------------------------------------------
    // Typed global fields

    /** {@code core:datatype}. */
    public SigmfDatatype datatype() {
        return SigmfDatatype.fromSigmfName(global().get("core:datatype").textValue());
    }

    /** {@code core:version}, e.g. {@code 1.2.0}. */
    public String version() {
        return global().get("core:version").textValue();
    }

    /** {@code core:sample_rate} in samples per second, if present. */
    public OptionalDouble sampleRateHz() {
        JsonNode n = global().get("core:sample_rate");
        return n == null || n.isNull() ? OptionalDouble.empty() : OptionalDouble.of(n.asDouble());
    }

    /** Sets {@code core:sample_rate}; must be finite and {@code > 0}. */
    public SigmfMetadata sampleRateHz(double hz) {
        if (!(hz > 0) || !Double.isFinite(hz)) {
            throw new IllegalArgumentException("sampleRateHz must be finite and > 0 (SigMF core:sample_rate), was "
                    + hz);
        }
        global().put("core:sample_rate", hz);
        return this;
    }

    /** {@code core:num_channels} (1 when absent). */
    public int numChannels() {
        JsonNode n = global().get("core:num_channels");
        return n == null || n.isNull() ? 1 : n.asInt();
    }

    /** Sets {@code core:num_channels}; must be {@code >= 1}. */
    public SigmfMetadata numChannels(int n) {
        if (n < 1 || n > MAX_CHANNELS) {
            throw new IllegalArgumentException("numChannels must be in [1, " + MAX_CHANNELS
                    + "] (SigMF core:num_channels), was " + n);
        }
        global().put("core:num_channels", n);
        return this;
    }

    /** {@code core:offset}: index of the first sample of the dataset in a larger stream (0 when absent). */
    public long offset() {
        JsonNode n = global().get("core:offset");
        return n == null || n.isNull() ? 0 : n.asLong();
    }

    /** {@code core:sha512} of the dataset file (lower- or upper-case hex), or {@code null}. */
    public String sha512() {
        return text("core:sha512");
    }

    /** Sets {@code core:sha512} (128 hex digits) or removes it ({@code null}). */
    public SigmfMetadata sha512(String hex) {
        if (hex != null && !SHA512.matcher(hex).matches()) {
            throw new IllegalArgumentException("sha512 must be 128 hexadecimal digits (SigMF core:sha512), was "
                    + hex);
        }
        return text("core:sha512", hex);
    }

    /** {@code core:description}, or {@code null}. */
    public String description() {
        return text("core:description");
    }

    /** Sets or removes ({@code null}) {@code core:description}. */
    public SigmfMetadata description(String s) {
        return text("core:description", s);
    }

    /** {@code core:author}, or {@code null}. */
    public String author() {
        return text("core:author");
    }

    /** Sets or removes ({@code null}) {@code core:author}. */
    public SigmfMetadata author(String s) {
        return text("core:author", s);
    }

    /** {@code core:hw}: the recording hardware, or {@code null}. */
    public String hw() {
        return text("core:hw");
    }

    /** Sets or removes ({@code null}) {@code core:hw}. */
    public SigmfMetadata hw(String s) {
        return text("core:hw", s);
    }

    /** {@code core:recorder}: the recording software, or {@code null}. */
    public String recorder() {
        return text("core:recorder");
    }

    /** Sets or removes ({@code null}) {@code core:recorder}. */
    public SigmfMetadata recorder(String s) {
        return text("core:recorder", s);
    }

    /** {@code core:license} (a URL), or {@code null}. */
    public String license() {
        return text("core:license");
    }

    /** Sets or removes ({@code null}) {@code core:license}. */
    public SigmfMetadata license(String s) {
        return text("core:license", s);
    }

    /** {@code core:dataset}: the data file name of a non-conforming dataset, or {@code null}. */
    public String dataset() {
        return text("core:dataset");
    }

    /** {@code core:trailing_bytes}: bytes to ignore at the end of the dataset (0 when absent). */
    public long trailingBytes() {
        JsonNode n = global().get("core:trailing_bytes");
        return n == null || n.isNull() ? 0 : n.asLong();
    }

    /** {@code core:metadata_only} (false when absent). */
    public boolean metadataOnly() {
        JsonNode n = global().get("core:metadata_only");
        return n != null && n.asBoolean(false);
    }

    private String text(String key) {
        JsonNode n = global().get(key);
        return n == null || n.isNull() ? null : n.asText();
    }

    private SigmfMetadata text(String key, String value) {
        if (value == null) {
            global().remove(key);
        } else {
            global().put(key, value);
        }
        return this;
    }

    /** The entries of {@code core:extensions} (empty when absent). */
    public List<SigmfExtension> extensions() {
        List<SigmfExtension> out = new ArrayList<>();
        JsonNode ext = global().get("core:extensions");
        if (ext != null && ext.isArray()) {
            for (JsonNode e : ext) {
                out.add(new SigmfExtension(e.get("name").asText(), e.get("version").asText(),
                        e.get("optional").asBoolean()));
            }
        }
        return out;
    }

    /** The declared extension {@code name}, or {@code null}. */
    public SigmfExtension extension(String name) {
        for (SigmfExtension e : extensions()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** Declares an extension in {@code core:extensions}, replacing an entry of the same name. */
    public SigmfMetadata declareExtension(SigmfExtension ext) {
        JsonNode n = global().get("core:extensions");
        ArrayNode arr = n != null && n.isArray() ? (ArrayNode) n : global().putArray("core:extensions");
        for (int i = 0; i < arr.size(); i++) {
            if (ext.name().equals(arr.get(i).path("name").asText())) {
                arr.remove(i);
                break;
            }
        }
        ObjectNode o = arr.addObject();
        o.put("name", ext.name());
        o.put("version", ext.version());
        o.put("optional", ext.optional());
        return this;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Captures and annotations

    /** The capture segments, typed (unknown keys in {@link SigmfCapture#other()}). */
    public List<SigmfCapture> captures() {
        List<SigmfCapture> out = new ArrayList<>();
        for (JsonNode n : array(CAPTURES)) {
            ObjectNode o = (ObjectNode) n;
            out.add(new SigmfCapture(o.get(SAMPLE_START).asLong(), dbl(o, "core:frequency"),
                    o.hasNonNull("core:datetime") ? o.get("core:datetime").asText() : null,
                    o.hasNonNull("core:global_index") ? o.get("core:global_index").asLong() : null,
                    others(o, CAPTURE_KEYS)));
        }
        return out;
    }

    /** The annotation segments, typed (extension and unknown keys in {@link SigmfAnnotation#other()}). */
    public List<SigmfAnnotation> annotations() {
        List<SigmfAnnotation> out = new ArrayList<>();
        for (JsonNode n : array(ANNOTATIONS)) {
            ObjectNode o = (ObjectNode) n;
            out.add(new SigmfAnnotation(o.get(SAMPLE_START).asLong(),
                    o.hasNonNull("core:sample_count") ? o.get("core:sample_count").asLong() : null,
                    dbl(o, "core:freq_lower_edge"), dbl(o, "core:freq_upper_edge"),
                    o.hasNonNull("core:label") ? o.get("core:label").asText() : null,
                    o.hasNonNull("core:comment") ? o.get("core:comment").asText() : null,
                    others(o, ANNOTATION_KEYS)));
        }
        return out;
    }

    /** The live {@code captures} array. */
    public ArrayNode capturesJson() {
        return array(CAPTURES);
    }

    /** The live {@code annotations} array. */
    public ArrayNode annotationsJson() {
        return array(ANNOTATIONS);
    }

    /** Adds a capture segment, keeping the array sorted by {@code core:sample_start} (after equal starts). */
    public SigmfMetadata addCapture(SigmfCapture capture) {
        insertSorted(array(CAPTURES), capture.toJson());
        return this;
    }

    /** Adds an annotation, keeping the array sorted by {@code core:sample_start} (after equal starts). */
    public SigmfMetadata addAnnotation(SigmfAnnotation annotation) {
        insertSorted(array(ANNOTATIONS), annotation.toJson());
        return this;
    }

    /**
     * Adds a raw annotation object (it must hold an integer {@code core:sample_start}), keeping the array sorted;
     * for extension writers that keep an annotation's unknown keys.
     */
    public SigmfMetadata addAnnotationJson(ObjectNode annotation) {
        if (!annotation.path(SAMPLE_START).canConvertToLong()) {
            throw new IllegalArgumentException("annotation must hold an integer core:sample_start, was "
                    + annotation.get(SAMPLE_START));
        }
        insertSorted(array(ANNOTATIONS), annotation);
        return this;
    }

    /** Inserts a raw segment object into a sorted segment array (after segments with an equal start). */
    static void insertSorted(ArrayNode arr, ObjectNode segment) {
        long start = segment.get(SAMPLE_START).asLong();
        int i = arr.size();
        while (i > 0 && arr.get(i - 1).path(SAMPLE_START).asLong() > start) {
            i--;
        }
        arr.insert(i, segment);
    }

    private ArrayNode array(String key) {
        JsonNode n = root.get(key);
        return n != null && n.isArray() ? (ArrayNode) n : root.putArray(key);
    }

    private static Double dbl(ObjectNode o, String key) {
        return o.hasNonNull(key) ? o.get(key).asDouble() : null;
    }

    private static ObjectNode others(ObjectNode o, Set<String> known) {
        ObjectNode rest = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> e : o.properties()) {
            if (!known.contains(e.getKey())) {
                rest.set(e.getKey(), e.getValue());
            }
        }
        return rest;
    }

    @Override
    public String toString() {
        return toJson();
    }
}
