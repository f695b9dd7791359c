package org.airan.testbed.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The project's JSON convention in one place: records serialise with {@code snake_case} field names in
 * declaration order, indented. JSON has no NaN or infinity (RFC 8259 §6), so every non-finite {@code double} or
 * {@code float} — field, boxed value or array element — is written as {@code null} ("not measurable") by the
 * mapper itself; {@link #finiteOrNull(double)} does the same for values a caller keeps.
 *
 * <p>Every command that has {@code --json} prints exactly one document made by {@link #write(Object)}, so
 * scripts can parse {@code airan <command> --json} with any JSON reader.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .addModule(nonFiniteAsNull())
            .build();

    private Json() {
    }

    /** The shared, configured mapper (thread-safe once built; do not reconfigure). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Serializers that write NaN and infinities as {@code null} (Jackson would write them as bare tokens or strings). */
    private static SimpleModule nonFiniteAsNull() {
        StdSerializer<Double> dbl = new StdSerializer<>(Double.class) {
            @Override
            public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
                writeFinite(v, g);
            }
        };
        StdSerializer<Float> flt = new StdSerializer<>(Float.class) {
            @Override
            public void serialize(Float v, JsonGenerator g, SerializerProvider p) throws IOException {
                if (Float.isFinite(v)) {
                    g.writeNumber(v);
                } else {
                    g.writeNull();
                }
            }
        };
        StdSerializer<double[]> dbls = new StdSerializer<>(double[].class) {
            @Override
            public void serialize(double[] v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeStartArray(v, v.length);
                for (double x : v) {
                    writeFinite(x, g);
                }
                g.writeEndArray();
            }
        };
        StdSerializer<float[]> flts = new StdSerializer<>(float[].class) {
            @Override
            public void serialize(float[] v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeStartArray(v, v.length);
                for (float x : v) {
                    if (Float.isFinite(x)) {
                        g.writeNumber(x);
                    } else {
                        g.writeNull();
                    }
                }
                g.writeEndArray();
            }
        };
        SimpleModule m = new SimpleModule("airan-non-finite-as-null");
        m.addSerializer(Double.class, dbl);
        m.addSerializer(Double.TYPE, dbl);
        m.addSerializer(Float.class, flt);
        m.addSerializer(Float.TYPE, flt);
        m.addSerializer(double[].class, dbls);
        m.addSerializer(float[].class, flts);
        return m;
    }

    private static void writeFinite(double v, JsonGenerator g) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumber(v);
        } else {
            g.writeNull();
        }
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
