package org.airan.testbed.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;

/**
 * The project's JSON convention in one place: records serialise with {@code snake_case} field names in
 * declaration order, indented. JSON has no NaN or infinity: callers pass such values through
 * {@link #finiteOrNull(double)} so that they appear as {@code null} ("not measurable").
 *
 * <p>Every command that has {@code --json} prints exactly one document made by {@link #write(Object)}, so
 * scripts can parse {@code airan <command> --json} with any JSON reader.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {
    }

    /** The shared, configured mapper (thread-safe once built; do not reconfigure). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** {@code value} as an indented JSON document (snake_case names). */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Parses a JSON document into a tree. */
    public static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * {@code v} boxed, or {@code null} when it is NaN or infinite (JSON has no such numbers; a {@code null}
     * field means "not measurable", e.g. the EVM of an all-zero reference).
     */
    public static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
