package org.airan.testbed.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChannelStatsTest {

    @Test
    void fullScaleToneIsZeroDbfsAndHalfAmplitudeIsMinusSix() {
        int n = 1000;
        float[] tone = new float[2 * n];
        float[] half = new float[2 * n];
        for (int i = 0; i < n; i++) {
            double ph = 2 * Math.PI * 0.01 * i;
            tone[2 * i] = (float) Math.cos(ph);
            tone[2 * i + 1] = (float) Math.sin(ph);
            half[2 * i] = 0.5f * tone[2 * i];
            half[2 * i + 1] = 0.5f * tone[2 * i + 1];
        }
        ChannelStats s = new ChannelStats(2);
        s.add(0, tone, 0, n);
        s.add(1, half, 0, n);
        assertEquals(0.0, s.rmsDbfs(0), 1e-6);
        assertEquals(0.0, s.peakDbfs(0), 1e-6);
        assertEquals(20 * Math.log10(0.5), s.rmsDbfs(1), 1e-6); // −6.02 dB
        assertEquals(n, s.finiteCount(1));
    }

    @Test
    void nonFiniteSamplesAreCountedNotSummed() {
        float[] iq = {1, 0, Float.NaN, 0, 0, Float.POSITIVE_INFINITY, 0, 1, Float.NaN, Float.NEGATIVE_INFINITY};
        ChannelStats s = new ChannelStats(1);
        s.add(0, iq, 0, 5);
        assertEquals(2, s.nanCount(0));
        assertEquals(1, s.infCount(0));
        assertEquals(2, s.finiteCount(0));
        assertEquals(0.0, s.rmsDbfs(0), 1e-9);
    }

    @Test
    void emptyAndZeroChannels() {
        ChannelStats s = new ChannelStats(1);
        assertTrue(Double.isNaN(s.rmsDbfs(0)));
        s.add(0, new float[8], 0, 4);
        assertEquals(Double.NEGATIVE_INFINITY, s.rmsDbfs(0));
    }
}
