package org.airan.testbed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.airan.testbed.report.Json;
import org.junit.jupiter.api.Test;

/** {@code airan link} with realistic channels and practical receivers: options, report fields, refusals. */
class LinkReceiverOptionsTest {

    private static CliRun lmmseRun() {
        return CliRun.of("link", "--channel", "pdsch", "--mcs", "4", "--prb", "6", "--snr", "5:10:15", "--slots", "3",
                "--channel-model", "tdl-c", "--delay-spread", "300", "--speed", "30", "--carrier-frequency", "3.5e9",
                "--correlation", "medium", "--csi", "lmmse", "--tx-antennas", "2", "--rx-antennas", "2", "--json");
    }

    @Test
    void jsonCarriesNmseEvmAndSinrAndIsDeterministic() {
        CliRun r = lmmseRun();
        assertEquals(0, r.exitCode(), r.err());
        JsonNode doc = Json.parse(r.out());
        JsonNode cfg = doc.get("config");
        assertEquals("LMMSE", cfg.get("estimation").asText());
        assertEquals(2, cfg.get("num_tx").asInt());
        assertEquals("MEDIUM", cfg.get("correlation").asText());
        // 30 km/h at 3.5 GHz: f_D = v·f_c/c = 8.333·3.5e9/2.998e8 = 97.3 Hz
        assertEquals(97.3, cfg.get("doppler_hz").asDouble(), 0.05);
        JsonNode hi = doc.get("points").get(1);
        // at 15 dB with β² = 2 the pilot NMSE is about −18 dB before LMMSE gain; the estimate must be well below 0 dB
        assertTrue(hi.get("chest_nmse_db").asDouble() < -10, hi.toString());
        assertTrue(hi.get("evm_percent").asDouble() > 0 && hi.get("evm_db").asDouble() < 0, hi.toString());
        assertTrue(hi.get("post_eq_sinr_db").isNumber(), hi.toString());
        // same seed, same numbers (all but the measured decode time)
        assertEquals(withoutTiming(r.out()), withoutTiming(lmmseRun().out()));
    }

    private static String withoutTiming(String json) {
        return json.replaceAll("\"mean_decode_micros\" : [0-9.eE+-]+", "");
    }

    @Test
    void perfectCsiHasNoNmseAndTextShowsTheNewColumns() {
        CliRun r = CliRun.of("link", "--mcs", "2", "--prb", "4", "--snr", "20:1:20", "--slots", "2", "--model",
                "tdla30", "--doppler-hz", "5", "--rx-antennas", "2");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("NMSE dB") && r.out().contains("EVM %") && r.out().contains("SINR dB"), r.out());
        assertTrue(r.out().contains("CSI perfect"), r.out());
        CliRun j = CliRun.of("link", "--mcs", "2", "--prb", "4", "--snr", "20:1:20", "--slots", "2", "--json",
                "--channel-model", "cdl-b", "--delay-spread", "100", "--tx-antennas", "2", "--rx-antennas", "2");
        assertEquals(0, j.exitCode(), j.err());
        assertTrue(Json.parse(j.out()).get("points").get(0).get("chest_nmse_db").isNull());
    }

    @Test
    void helpStatesThePathAndTheLayerToAntennaMapping() {
        String h = CliRun.of("link", "--help").out();
        assertTrue(h.contains("frequency domain") && h.contains("time-domain"), h);
        assertTrue(h.contains("layer j is sent from transmit antenna j"), h);
        assertTrue(h.contains("--csi") && h.contains("--channel-model") && h.contains("--speed"), h);
    }

    @Test
    void badReceiverConfigurationsAreRefusedWithTheRule() {
        CliRun a = CliRun.of("link", "--layers", "2", "--rx-antennas", "1", "--slots", "1", "--csi", "ls");
        assertEquals(CliErrors.BAD_INPUT, a.exitCode());
        assertTrue(a.err().contains("--rx-antennas"), a.err());
        CliRun b = CliRun.of("link", "--layers", "2", "--tx-antennas", "1", "--rx-antennas", "2", "--slots", "1");
        assertEquals(CliErrors.BAD_INPUT, b.exitCode());
        assertTrue(b.err().contains("--tx-antennas"), b.err());
        CliRun c = CliRun.of("link", "--prb", "0", "--slots", "1", "--csi", "lmmse");
        assertEquals(CliErrors.BAD_INPUT, c.exitCode());
        assertTrue(c.err().contains("numPrb ≥ 1"), c.err());
        CliRun d = CliRun.of("link", "--channel-model", "tdl-z", "--slots", "1");
        assertEquals(CliErrors.BAD_INPUT, d.exitCode());
        assertTrue(d.err().contains("tdlc300"), d.err());
        CliRun e = CliRun.of("link", "--csi", "genie", "--slots", "1");
        assertEquals(CliErrors.BAD_INPUT, e.exitCode());
        assertTrue(e.err().contains("--csi"), e.err());
        CliRun f = CliRun.of("link", "--layers", "5", "--rx-antennas", "8", "--slots", "1");
        assertEquals(CliErrors.BAD_INPUT, f.exitCode());
        assertTrue(f.err().contains("Table 7.4.1.1.2-1"), f.err());
    }
}
