package org.airan.testbed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.airan.testbed.report.Json;
import org.junit.jupiter.api.Test;

/** {@code airan link --threads N}: the code-block threads change the decode time only, never the numbers. */
class LinkThreadsTest {

    private static JsonNode run(String threads) {
        // 256QAM MCS 20 on 52 PRB: 5 code blocks; 15..19 dB spans the first-transmission waterfall
        CliRun r = CliRun.of("link", "--mcs-table", "2", "--mcs", "20", "--prb", "52", "--snr", "15:2:19", "--slots",
                "4", "--harq-retx", "1", "--threads", threads, "--json");
        assertEquals(0, r.exitCode(), r.err());
        return Json.parse(r.out());
    }

    @Test
    void threadCountDoesNotChangeTheResults() {
        JsonNode one = run("1");
        JsonNode three = run("3");
        JsonNode p1 = one.get("points");
        JsonNode p3 = three.get("points");
        assertEquals(3, p1.size());
        boolean errors = false;
        for (int i = 0; i < p1.size(); i++) {
            for (String f : new String[] {"bler", "residual_bler", "throughput_mbps", "mean_ldpc_iterations"}) {
                assertTrue(p1.get(i).has(f), f);
                assertEquals(p1.get(i).get(f), p3.get(i).get(f), "point " + i + " " + f);
            }
            errors |= p1.get(i).get("bler").get(0).asDouble() > 0;
        }
        assertTrue(errors, "the sweep must include first-transmission errors");
    }

    @Test
    void badThreadCountExitsWithCode2AndNamesTheOption() {
        CliRun r = CliRun.of("link", "--threads", "0", "--slots", "1");
        assertEquals(CliErrors.BAD_INPUT, r.exitCode(), r.err());
        assertTrue(r.err().contains("--threads must be in [1, 64]"), r.err());
    }
}
