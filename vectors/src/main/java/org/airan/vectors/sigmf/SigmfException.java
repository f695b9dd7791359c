package org.airan.vectors.sigmf;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A SigMF recording (metadata or dataset) that breaks a rule of the SigMF 1.x specification or of an extension
 * this library reads (such as {@code nr}).
 *
 * <p>The message always names the file (by its file name only), the field (as a JSON path such as
 * {@code global.core:sample_rate} or {@code captures[2].core:sample_start}), the offending value and the rule, for
 * example {@code bad.sigmf-meta: global.core:sample_rate = -1: must be > 0}. Broken JSON is reported with its line
 * and column: {@code bad.sigmf-meta: line 3, column 7: broken JSON: ...}.
 */
public class SigmfException extends IOException {

    private static final long serialVersionUID = 1L;
    /** Longest rendering of an offending value kept in a message. */
    private static final int MAX_VALUE_CHARS = 120;

    private final transient Path file;
    private final String field;
    private final String value;
    private final String rule;

    /**
     * @param file  the file at fault (metadata or dataset); only its file name appears in the message
     * @param field JSON path of the field, or a short description such as {@code dataset size}
     * @param value the offending value: a {@link JsonNode} (rendered as JSON), {@code null} (rendered as
     *              {@code (missing)}) or any object (rendered with {@code toString})
     * @param rule  the rule that was broken, e.g. {@code must be > 0}
     */
    public SigmfException(Path file, String field, Object value, String rule) {
        this(file, field, render(value), rule, null);
    }

    private SigmfException(Path file, String field, String value, String rule, Throwable cause) {
        super(name(file) + ": " + field + (value == null ? "" : " = " + value) + ": " + rule, cause);
        this.file = file;
        this.field = field;
        this.value = value;
        this.rule = rule;
    }

    /** Broken JSON at a line and column (1-based) of {@code file}. */
    public static SigmfException brokenJson(Path file, int line, int column, String problem, Throwable cause) {
        return new SigmfException(file, "line " + line + ", column " + column, null, "broken JSON: " + problem, cause);
    }

    /** An I/O failure while reading {@code file}, wrapped so that the message names the file. */
    public static SigmfException io(Path file, String what, IOException cause) {
        String reason = switch (cause) {
            case java.nio.file.NoSuchFileException e -> "no such file";
            case java.nio.file.AccessDeniedException e -> "permission denied";
            default -> file != null && java.nio.file.Files.isDirectory(file) ? "is a folder, not a file"
                    : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        };
        return new SigmfException(file, what, null, reason, cause);
    }

    /** The file at fault (may be {@code null} when the metadata did not come from a file). */
    public Path file() {
        return file;
    }

    /** The JSON path of the field at fault, or a short description of the dataset property at fault. */
    public String field() {
        return field;
    }

    /** The offending value as rendered in the message, or {@code null} when not applicable. */
    public String value() {
        return value;
    }

    /** The rule that was broken. */
    public String rule() {
        return rule;
    }

    private static String name(Path file) {
        if (file == null) {
            return "(metadata)";
        }
        Path n = file.getFileName();
        return n == null ? file.toString() : n.toString();
    }

    static String render(Object value) {
        String s;
        if (value == null) {
            s = "(missing)";
        } else if (value instanceof JsonNode node) {
            s = node.isMissingNode() ? "(missing)" : node.toString();
        } else {
            s = value.toString();
        }
        return s.length() > MAX_VALUE_CHARS ? s.substring(0, MAX_VALUE_CHARS) + "..." : s;
    }
}
