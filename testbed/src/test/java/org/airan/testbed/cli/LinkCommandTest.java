package org.airan.testbed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.airan.testbed.report.Json;
import org.junit.jupiter.api.Test;

class LinkCommandTest {

    @Test
    void jsonDocumentHasOnePointPerSnr() {
        CliRun r = CliRun.of("link", "--channel", "pdsch", "--mcs", "4", "--prb", "6", "--snr", "10:5:20",
                "--slots", "3", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode doc = Json.parse(r.out());
        assertEquals("airan.link/1", doc.get("schema").asText());
        assertEquals(3, doc.get("points").size());
        assertEquals(0.0, doc.get("points").get(2).get("bler").get(0).asDouble());
        assertTrue(doc.get("points").get(2).get("throughput_mbps").asDouble() > 0);
        assertTrue(doc.get("bicm_capacity_limit_db").isNumber());
    }

    @Test
    void textTableAndHelpMentionTheSnrDefinition() {
        CliRun r = CliRun.of("link", "--mcs", "2", "--prb", "4", "--snr", "20:1:20", "--slots", "2");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("BLER r0"));
        CliRun h = CliRun.of("link", "--help");
        assertTrue(h.out().contains("noise variance per RE"));
        // '%%' in the description prints as '%' (AiranCliTest checks every help line is a valid format string).
        assertTrue(h.out().replaceAll("\\s+", " ").contains("EVM (dB and %) of the equalized symbols"), h.out());
    }

    @Test
    void badInputExitsWithCode2AndNamesTheOption() {
        CliRun r = CliRun.of("link", "--mcs-table", "4", "--channel", "pusch", "--slots", "1");
        assertEquals(CliErrors.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("PDSCH only"), r.err());
        CliRun s = CliRun.of("link", "--snr", "1:2", "--slots", "1");
        assertEquals(CliErrors.BAD_INPUT, s.exitCode());
        assertTrue(s.err().contains("--snr"));
        CliRun tiny = CliRun.of("link", "--snr", "0:1e-9:10", "--slots", "1");
        assertEquals(CliErrors.BAD_INPUT, tiny.exitCode(), tiny.err());
        assertTrue(tiny.err().contains("--snr START:STEP:STOP must give at most 1001 points, was 0.0:1.0E-9:10.0"),
                tiny.err());
        assertFalse(tiny.err().contains("\tat "), tiny.err());
        CliRun inf = CliRun.of("link", "--snr", "0:1:Infinity", "--slots", "1");
        assertEquals(CliErrors.BAD_INPUT, inf.exitCode(), inf.err());
        assertTrue(inf.err().contains("finite START and STOP"), inf.err());
        CliRun d = CliRun.of("link", "--doppler-hz", "-5", "--slots", "1");
        assertEquals(CliErrors.BAD_INPUT, d.exitCode(), d.err());
        assertTrue(d.err().contains("--doppler-hz") && d.err().contains("-5.0 Hz"), d.err());
        CliRun m = CliRun.of("link", "--mcs", "29", "--slots", "1");
        assertEquals(CliErrors.BAD_INPUT, m.exitCode());
        assertTrue(m.err().contains("reserved"), m.err());
    }
}
