package org.airan.phy.ssb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SsbBurstPatternTest {

    /** The list under "first_symbols" → key of case c in the JSON copy of TS 38.213 §4.1. */
    private static int[] fromJson(String c, String key) throws IOException {
        String json;
        try (InputStream in = SsbBurstPatternTest.class.getResourceAsStream("ts38213_ssb_candidate_first_symbols.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int ci = json.indexOf("\"" + c + "\": {");
        int fs = json.indexOf("\"first_symbols\"", ci);
        int ki = json.indexOf("\"" + key + "\"", fs);
        Matcher m = Pattern.compile("\\[([^\\]]*)\\]").matcher(json);
        m.find(ki);
        String[] p = m.group(1).replaceAll("\\s", "").split(",");
        int[] r = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            r[i] = Integer.parseInt(p[i]);
        }
        return r;
    }

    @Test
    void casesMatchTs38213Table() throws IOException {
        assertArrayEquals(fromJson("A", "f<=3GHz"), SsbBurstPattern.of(SsbCase.A, 2e9, false).firstSymbols());
        assertArrayEquals(fromJson("A", "FR1 f>3GHz"), SsbBurstPattern.of(SsbCase.A, 3.5e9, false).firstSymbols());
        assertArrayEquals(fromJson("B", "f<=3GHz"), SsbBurstPattern.of(SsbCase.B, 2e9, false).firstSymbols());
        assertArrayEquals(fromJson("B", "FR1 f>3GHz"), SsbBurstPattern.of(SsbCase.B, 3.5e9, false).firstSymbols());
        assertArrayEquals(fromJson("C", "paired f<=3GHz"), SsbBurstPattern.of(SsbCase.C, 2.9e9, false).firstSymbols());
        assertArrayEquals(fromJson("C", "paired FR1 f>3GHz"), SsbBurstPattern.of(SsbCase.C, 3.1e9, false).firstSymbols());
        assertArrayEquals(fromJson("C", "unpaired f<1.88GHz"), SsbBurstPattern.of(SsbCase.C, 1.8e9, true).firstSymbols());
        assertArrayEquals(fromJson("C", "unpaired FR1 f>=1.88GHz"),
                SsbBurstPattern.of(SsbCase.C, 2.6e9, true).firstSymbols());
        assertArrayEquals(fromJson("D", "FR2"), SsbBurstPattern.of(SsbCase.D, 28e9, false).firstSymbols());
        assertArrayEquals(fromJson("E", "FR2"), SsbBurstPattern.of(SsbCase.E, 28e9, false).firstSymbols());
        assertEquals(4, SsbBurstPattern.of(SsbCase.A, 3e9, false).lMax());
        assertEquals(8, SsbBurstPattern.of(SsbCase.C, 1.88e9, true).lMax());
        assertEquals(64, SsbBurstPattern.of(SsbCase.E, 40e9, false).lMax());
    }

    @Test
    void symbolTimingHasLongCpEveryHalfSubframe() {
        // 15 kHz at N = 2048: symbol 7 starts after 7 symbols, one long CP (160) and six normal CPs (144).
        assertEquals(7L * 2048 + 160 + 6 * 144, SsbBurstPattern.symbolStartSample(7, 0, 2048));
        // symbol 8 at 15 kHz: plus the long CP of symbol 7
        assertEquals(8L * 2048 + 2 * 160 + 6 * 144, SsbBurstPattern.symbolStartSample(8, 0, 2048));
        // 30 kHz: 28 symbols = 1 ms = 30720 samples at N = 1024... 1 ms of 30 kHz is 28 symbols at 30.72 MHz
        assertEquals(30720L, SsbBurstPattern.symbolStartSample(28, 1, 1024));
        assertEquals(15360L, SsbBurstPattern.symbolStartSample(14, 0, 1024));
    }
}
