package org.airan.phy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the 3GPP tables bundled as CSV resources: UTF-8, lines starting with {@code #} are comments (they carry
 * each table's provenance), the first other line is the header, fields are split on commas with trailing empty
 * fields kept. Tables are read once, when the class that needs them initializes.
 */
public final class BundledTables {

    private BundledTables() {
    }

    /**
     * The rows (header excluded) of the CSV resource {@code resource}, resolved against {@code anchor}'s package.
     *
     * @throws IllegalStateException when the resource is not on the class path (a broken build)
     */
    public static List<String[]> rows(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled table " + resource + " is missing from the class path next to "
                        + anchor.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split(",", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled table " + resource, e);
        }
    }
}
