package org.airan.testbed.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON convention: snake_case, and no NaN/Infinity tokens or strings anywhere (RFC 8259 §6 has none). */
class JsonTest {

    record Sample(double plainValue, Double boxedValue, float floatValue, Float boxedFloat, double[] series,
                  float[] floats, List<Double> list, double finiteValue) {
    }

    /** A strict reader: fails on NaN/Infinity tokens, which Jackson otherwise might accept. */
    private static final JsonMapper STRICT = JsonMapper.builder()
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    @Test
    void nonFiniteNumbersAreNullEverywhereAndFiniteOnesStayNumbers() throws Exception {
        Sample s = new Sample(Double.NaN, Double.POSITIVE_INFINITY, Float.NaN, Float.NEGATIVE_INFINITY,
                new double[] {1.5, Double.NaN, Double.NEGATIVE_INFINITY}, new float[] {0.25f, Float.NaN},
                List.of(2.0, Double.NaN), -3.25);
        String text = Json.write(s);
        assertFalse(text.contains("NaN") || text.contains("Infinity"), text);
        JsonNode n = STRICT.readTree(text);
        assertTrue(n.get("plain_value").isNull(), text);
        assertTrue(n.get("boxed_value").isNull(), text);
        assertTrue(n.get("float_value").isNull(), text);
        assertTrue(n.get("boxed_float").isNull(), text);
        assertEquals(1.5, n.get("series").get(0).asDouble());
        assertTrue(n.get("series").get(0).isNumber());
        assertTrue(n.get("series").get(1).isNull());
        assertTrue(n.get("series").get(2).isNull());
        assertEquals("0.25", n.get("floats").get(0).asText());
        assertTrue(n.get("floats").get(1).isNull());
        assertEquals(2.0, n.get("list").get(0).asDouble());
        assertTrue(n.get("list").get(1).isNull());
        assertTrue(n.get("finite_value").isNumber());
        assertEquals(-3.25, n.get("finite_value").asDouble());
    }
}
