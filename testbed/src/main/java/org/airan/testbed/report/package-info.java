/**
 * Reports of the testbed: JSON output shared by every command ({@link org.airan.testbed.report.Json}) and
 * crash-safe file writing ({@link org.airan.testbed.report.AtomicFiles}).
 *
 * <p>JSON convention: field names are {@code snake_case}, units are spelled in the name ({@code _hz},
 * {@code _db}, {@code _bytes}, {@code _seconds}), and field names are stable: a field once published keeps its
 * name and meaning; new fields may be added. Each top-level document carries {@code "schema"} naming its kind
 * and version (e.g. {@code "airan.info/1"}). No 3GPP processing happens here, so no TS clause applies.
 */
package org.airan.testbed.report;
