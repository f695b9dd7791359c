package org.airan.phy.ssb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SsbLayoutTest {

    @Test
    void pbchDataAndDmrsTileThePbchRegion() {
        for (int v = 0; v < 4; v++) {
            int[] data = SsbLayout.pbchDataRes(v);
            int[] dmrs = SsbLayout.pbchDmrsRes(v);
            assertEquals(432, data.length);
            assertEquals(144, dmrs.length);
            Set<Integer> all = new HashSet<>();
            for (int re : data) {
                assertTrue(re % 240 % 4 != v);
                all.add(re);
            }
            for (int re : dmrs) {
                assertEquals(v, re % 240 % 4);
                all.add(re);
            }
            assertEquals(576, all.size());
            // symbol 2 carries 48 + 48 PBCH REs (0..47, 192..239)
            long s2 = all.stream().filter(re -> re / 240 == 2).count();
            assertEquals(96, s2);
            for (int i = 1; i < data.length; i++) {
                assertTrue(data[i] > data[i - 1], "k first, then l");
            }
        }
    }

    @Test
    void mapperPlacesSignalsPerTable743_1() {
        float[] pbch = new float[864];
        java.util.Arrays.fill(pbch, 0.5f);
        float[] g = new float[2 * 4 * 240];
        new SsbMapper().map(5, 0, pbch, 0, SsbPower.withPssToSssDb(3), 1f, 0f, g, 0, 240, 0, 0);
        float[] pss = new float[127];
        SsbSequences.pss(2, pss, 0);
        float[] sss = new float[127];
        SsbSequences.sss(5, sss, 0);
        float b = (float) Math.pow(10, 3 / 20.0);
        for (int k = 0; k < 240; k++) {
            boolean inPss = k >= 56 && k <= 182;
            assertEquals(inPss ? b * pss[k - 56] : 0f, g[2 * k], 1e-6f, "PSS k=" + k);
            float sssWant = inPss ? sss[k - 56] : (k < 48 || k >= 192) ? Float.NaN : 0f;
            if (!Float.isNaN(sssWant)) {
                assertEquals(sssWant, g[2 * (480 + k)], 1e-6f, "SSS k=" + k);
            }
        }
        int v = 5 % 4;
        for (int re : SsbLayout.pbchDataRes(v)) {
            assertEquals(0.5f, g[2 * re], 0f);
        }
    }
}
