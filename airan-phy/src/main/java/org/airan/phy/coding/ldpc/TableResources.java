package org.airan.phy.coding.ldpc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the bundled TS 38.212 CSV tables of this package ({@code #} comment lines, one header line). */
final class TableResources {

    private TableResources() {
    }

    static List<String[]> read(String name) {
        try (InputStream in = LdpcBaseGraph.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled table resource " + name);
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
            throw new UncheckedIOException("cannot read bundled table resource " + name, e);
        }
    }
}
