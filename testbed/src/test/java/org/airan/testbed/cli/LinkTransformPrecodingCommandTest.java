package org.airan.testbed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.airan.testbed.report.Json;
import org.junit.jupiter.api.Test;

/** {@code airan link --transform-precoding}: options, JSON fields and the errors of the DFT-s-OFDM rules. */
class LinkTransformPrecodingCommandTest {

    @Test
    void jsonCarriesTheTransformPrecodingConfiguration() {
        CliRun r = CliRun.of("link", "--transform-precoding", "--pi2bpsk", "--dmrs-hopping", "group", "--nid-rs", "41",
                "--mcs", "0", "--prb", "6", "--snr", "10:5:10", "--slots", "2", "--csi", "ls", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode doc = Json.parse(r.out());
        JsonNode tp = doc.get("config").get("transform_precoding");
        assertTrue(tp.get("pi2_bpsk").asBoolean(), tp.toString());
        assertEquals("GROUP", tp.get("dmrs").get("hopping").asText());
        assertEquals(41, tp.get("dmrs").get("n_id_rs").asInt());
        assertEquals("PUSCH_TP_TABLE1", doc.get("config").get("mcs_table").asText());
        assertEquals("PI_2_BPSK", doc.get("modulation").asText());
        assertEquals(0.0, doc.get("points").get(0).get("bler").get(0).asDouble());
        CliRun plain = CliRun.of("link", "--prb", "6", "--snr", "10:5:10", "--slots", "1", "--json");
        assertTrue(Json.parse(plain.out()).get("config").get("transform_precoding").isNull(), plain.out());
    }

    @Test
    void rulesAreOneLineErrors() {
        CliRun prb = CliRun.of("link", "--transform-precoding", "--prb", "7", "--slots", "1");
        assertEquals(CliErrors.BAD_INPUT, prb.exitCode());
        assertTrue(prb.err().contains("2^a·3^b·5^c") && prb.err().contains("6 and 8"), prb.err());
        CliRun layers = CliRun.of("link", "--transform-precoding", "--layers", "2", "--rx-antennas", "2", "--slots",
                "1");
        assertEquals(CliErrors.BAD_INPUT, layers.exitCode());
        assertTrue(layers.err().contains("single layer"), layers.err());
        CliRun pdsch = CliRun.of("link", "--transform-precoding", "--channel", "pdsch", "--slots", "1");
        assertEquals(CliErrors.BAD_INPUT, pdsch.exitCode());
        assertTrue(pdsch.err().contains("pusch only"), pdsch.err());
        CliRun bpsk = CliRun.of("link", "--pi2bpsk", "--slots", "1");
        assertEquals(CliErrors.BAD_INPUT, bpsk.exitCode());
        assertTrue(bpsk.err().contains("--transform-precoding"), bpsk.err());
    }
}
