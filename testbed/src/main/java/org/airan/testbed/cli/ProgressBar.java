package org.airan.testbed.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar on stderr with rate and ETA, for long commands ({@code airan demo}, replays).
 *
 * <p>It draws only when stderr is an interactive terminal ({@link System#console()} present and
 * {@link java.io.Console#isTerminal()}); in CI logs and pipes it is silent, so output stays clean. Redraws
 * are rate-limited to one per {@link #MIN_REDRAW_NANOS} (plus the final one), so calling {@link #update} once
 * per slot costs nothing measurable. Not thread-safe: update from one thread.
 *
 * <pre>{@code
 * try (ProgressBar bar = ProgressBar.forTerminal("demodulating", numSlots, "slots")) {
 *     for (int s = 0; s < numSlots; s++) { process(s); bar.step(); }
 * }
 * }</pre>
 */
public final class ProgressBar implements AutoCloseable {

    /** Minimum time between two redraws: 10 per second is smooth to the eye and cheap. */
    public static final long MIN_REDRAW_NANOS = 100_000_000L;
    /** Width of the bar itself in characters. */
    static final int BAR_WIDTH = 30;

    private final String label;
    private final long total;
    private final String unit;
    private final PrintStream out;
    private final boolean enabled;
    private final LongSupplier clock;
    private final long startNanos;
    private long done;
    private long lastDrawNanos = Long.MIN_VALUE;
    private int lastLineLength;
    private boolean closed;

    /**
     * @param label   what is being done, e.g. "demodulating"
     * @param total   number of units of work, at least 1
     * @param unit    unit name for the rate, e.g. "slots"
     * @param out     where to draw (stderr)
     * @param enabled whether to draw at all
     * @param clock   nanosecond clock (System::nanoTime; tests pass a fake)
     */
    public ProgressBar(String label, long total, String unit, PrintStream out, boolean enabled, LongSupplier clock) {
        if (total < 1) {
            throw new IllegalArgumentException("total must be ≥ 1, was " + total);
        }
        this.label = label;
        this.total = total;
        this.unit = unit;
        this.out = out;
        this.enabled = enabled;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
    }

    /** A bar on {@code System.err} that draws only when stderr is an interactive terminal. */
    public static ProgressBar forTerminal(String label, long total, String unit) {
        return new ProgressBar(label, total, unit, System.err, isInteractiveTerminal(), System::nanoTime);
    }

    /** Whether this process talks to an interactive terminal (false in CI, pipes and redirections). */
    public static boolean isInteractiveTerminal() {
        java.io.Console c = System.console();
        return c != null && c.isTerminal();
    }

    /** Whether this bar draws. */
    public boolean enabled() {
        return enabled;
    }

    /** Units done so far. */
    public long done() {
        return done;
    }

    /** One more unit done. */
    public void step() {
        update(done + 1);
    }

    /** Sets the units done (clamped to [0, total]) and redraws if the last redraw is old enough. */
    public void update(long unitsDone) {
        done = Math.max(0, Math.min(total, unitsDone));
        if (!enabled || closed) {
            return;
        }
        long now = clock.getAsLong();
        if (done < total && lastDrawNanos != Long.MIN_VALUE && now - lastDrawNanos < MIN_REDRAW_NANOS) {
            return;
        }
        lastDrawNanos = now;
        draw(render(now));
    }

    /** The line as it would be drawn at time {@code nowNanos} (visible for tests). */
    String render(long nowNanos) {
        double elapsed = (nowNanos - startNanos) / 1e9;
        double fraction = (double) done / total;
        int filled = (int) Math.round(fraction * BAR_WIDTH);
        StringBuilder sb = new StringBuilder(96);
        sb.append(label).append(" [");
        for (int i = 0; i < BAR_WIDTH; i++) {
            sb.append(i < filled ? '#' : '.');
        }
        sb.append("] ").append(String.format(Locale.ROOT, "%3d%%", Math.round(fraction * 100)))
                .append(' ').append(done).append('/').append(total);
        if (done > 0 && elapsed > 0) {
            double rate = done / elapsed;
            sb.append(String.format(Locale.ROOT, " %.1f %s/s", rate, unit));
            if (done < total) {
                sb.append(" ETA ").append(formatSeconds((total - done) / rate));
            } else {
                sb.append(" in ").append(formatSeconds(elapsed));
            }
        }
        return sb.toString();
    }

    /** "m:ss" (or "h:mm:ss" from one hour). */
    static String formatSeconds(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private void draw(String line) {
        StringBuilder sb = new StringBuilder(line.length() + 8).append('\r').append(line);
        for (int i = line.length(); i < lastLineLength; i++) {
            sb.append(' '); // erase what a longer previous line left behind
        }
        lastLineLength = line.length();
        out.print(sb);
        out.flush();
    }

    /** Draws the final state and ends the line (only if anything was drawn). Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        if (enabled && lastDrawNanos != Long.MIN_VALUE) {
            draw(render(clock.getAsLong()));
            out.println();
            out.flush();
        }
        closed = true;
    }
}
