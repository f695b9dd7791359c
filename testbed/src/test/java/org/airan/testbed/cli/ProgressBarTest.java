package org.airan.testbed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private final long[] now = {0};

    private ProgressBar bar(ByteArrayOutputStream sink, boolean enabled, long total) {
        return new ProgressBar("work", total, "slots", new PrintStream(sink, true, StandardCharsets.UTF_8), enabled,
                () -> now[0]);
    }

    @Test
    void disabledBarWritesNothing() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (ProgressBar b = bar(sink, false, 10)) {
            for (int i = 0; i < 10; i++) {
                now[0] += 1_000_000_000L;
                b.step();
            }
            assertEquals(10, b.done());
        }
        assertEquals(0, sink.size());
    }

    @Test
    void redrawsAreRateLimited() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ProgressBar b = bar(sink, true, 1000);
        for (int i = 0; i < 999; i++) {
            now[0] += 1_000_000L; // 1 ms per step: 999 steps in 0.999 s
            b.step();
        }
        long redraws = sink.toString(StandardCharsets.UTF_8).chars().filter(c -> c == '\r').count();
        // first step draws, then at most one redraw per MIN_REDRAW_NANOS (100 ms) over 0.999 s
        assertTrue(redraws >= 9 && redraws <= 11, "redraws " + redraws);
    }

    @Test
    void rendersPercentRateAndEta() {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ProgressBar b = bar(sink, true, 20);
        now[0] = 2_000_000_000L; // 5 of 20 done after 2 s: 2.5 slots/s, 15 left → 6 s
        b.update(5);
        String line = b.render(now[0]);
        assertTrue(line.contains(" 25% 5/20"), line);
        assertTrue(line.contains("2.5 slots/s"), line);
        assertTrue(line.endsWith("ETA 0:06"), line);
        String barPart = line.substring(line.indexOf('[') + 1, line.indexOf(']'));
        assertEquals(ProgressBar.BAR_WIDTH, barPart.length());
        assertEquals(Math.round(0.25 * ProgressBar.BAR_WIDTH), barPart.chars().filter(c -> c == '#').count());
        b.close();
        assertTrue(sink.toString(StandardCharsets.UTF_8).endsWith(System.lineSeparator()));
    }

    @Test
    void formatsDurations() {
        assertEquals("0:00", ProgressBar.formatSeconds(0.2));
        assertEquals("1:05", ProgressBar.formatSeconds(65));
        assertEquals("1:01:01", ProgressBar.formatSeconds(3661));
    }
}
