package org.airan.phy.channel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the bundled TR 38.901 / TS 38.101-4 tables (class-path resources of this package). Lines starting with
 * {@code #} are comments (they carry the table's provenance), the first other line is the header.
 */
final class ChannelTables {

    private ChannelTables() {
    }

    /** Rows of a bundled CSV table, header excluded, each split on commas (trailing empty field kept). */
    static List<String[]> read(String resource) {
        InputStream in = ChannelTables.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled channel table " + resource + " is missing from the class path");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split(",", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled channel table " + resource, e);
        }
        return rows;
    }
}
