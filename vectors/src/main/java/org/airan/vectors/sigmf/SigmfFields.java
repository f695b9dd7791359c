package org.airan.vectors.sigmf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;

/**
 * Typed, validated access to the fields of a SigMF JSON object, reporting every problem as a
 * {@link SigmfException} that names the file, the field path, the value and the rule.
 *
 * <p>Used by the core reader and by extension readers (such as {@code org.airan.vectors.nr}); {@code path} is the
 * JSON path of {@code obj} (e.g. {@code global} or {@code annotations[3].nr:allocation}) and the field's path in a
 * message is {@code path + "." + key}.
 */
public final class SigmfFields {

    private SigmfFields() {
    }

    /** The child object {@code key}, or {@code null} if absent; fails if present but not an object. */
    public static ObjectNode object(Path file, ObjectNode obj, String path, String key, boolean required)
            throws SigmfException {
        JsonNode n = present(file, obj, path, key, required, "object");
        if (n == null) {
            return null;
        }
        if (!n.isObject()) {
            throw new SigmfException(file, path + "." + key, n, "must be a JSON object");
        }
        return (ObjectNode) n;
    }

    /** The string {@code key}, or {@code null} if absent and not required. */
    public static String string(Path file, ObjectNode obj, String path, String key, boolean required)
            throws SigmfException {
        JsonNode n = present(file, obj, path, key, required, "string");
        if (n == null) {
            return null;
        }
        if (!n.isTextual()) {
            throw new SigmfException(file, path + "." + key, n, "must be a string");
        }
        return n.textValue();
    }

    /** The boolean {@code key}, or {@code null} if absent and not required. */
    public static Boolean bool(Path file, ObjectNode obj, String path, String key, boolean required)
            throws SigmfException {
        JsonNode n = present(file, obj, path, key, required, "boolean");
        if (n == null) {
            return null;
        }
        if (!n.isBoolean()) {
            throw new SigmfException(file, path + "." + key, n, "must be true or false");
        }
        return n.booleanValue();
    }

    /**
     * The integer {@code key} in {@code [min, max]}, or {@code null} if absent and not required. A JSON number with
     * a zero fraction (e.g. {@code 4.0}) is accepted as an integer.
     *
     * @param clause where the range comes from (e.g. {@code "TS 38.211 §4.4.2"}), appended to the rule; may be null
     */
    public static Long integer(Path file, ObjectNode obj, String path, String key, boolean required, long min,
                               long max, String clause) throws SigmfException {
        JsonNode n = present(file, obj, path, key, required, "integer");
        if (n == null) {
            return null;
        }
        return integerValue(file, path + "." + key, n, min, max, clause);
    }

    /** Checks that {@code n} (at JSON path {@code field}) is an integer in {@code [min, max]} and returns it. */
    public static long integerValue(Path file, String field, JsonNode n, long min, long max, String clause)
            throws SigmfException {
        boolean integral = n.isIntegralNumber() && n.canConvertToLong()
                || n.isFloatingPointNumber() && n.canConvertToExactIntegral() && n.canConvertToLong();
        if (!integral) {
            throw new SigmfException(file, field, n, "must be an integer" + (n.isNumber() ? " in range" : ""));
        }
        long v = n.asLong();
        if (v < min || v > max) {
            throw new SigmfException(file, field, n, range(min, max) + (clause == null ? "" : " (" + clause + ")"));
        }
        return v;
    }

    /**
     * The finite number {@code key}, or {@code null} if absent and not required.
     *
     * @param positive whether the number must be {@code > 0}
     */
    public static Double number(Path file, ObjectNode obj, String path, String key, boolean required,
                                boolean positive) throws SigmfException {
        JsonNode n = present(file, obj, path, key, required, "number");
        if (n == null) {
            return null;
        }
        if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
            throw new SigmfException(file, path + "." + key, n, "must be a finite number");
        }
        double v = n.asDouble();
        if (positive && !(v > 0)) {
            throw new SigmfException(file, path + "." + key, n, "must be > 0");
        }
        return v;
    }

    private static JsonNode present(Path file, ObjectNode obj, String path, String key, boolean required,
                                    String type) throws SigmfException {
        JsonNode n = obj.get(key);
        if (n == null || n.isNull()) {
            if (required) {
                throw new SigmfException(file, path + "." + key, null, "required " + type + " is missing");
            }
            return null;
        }
        return n;
    }

    private static String range(long min, long max) {
        if (max == Long.MAX_VALUE) {
            return "must be >= " + min;
        }
        return "must be in [" + min + ", " + max + "]";
    }
}
