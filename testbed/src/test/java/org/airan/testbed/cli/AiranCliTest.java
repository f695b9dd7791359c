package org.airan.testbed.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AiranCliTest {

    /** Every command path, e.g. ["info"], ["vectors", "inspect"]. */
    private static List<List<String>> commandPaths(CommandLine cl, List<String> prefix) {
        List<List<String>> out = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) {
                continue;
            }
            List<String> path = new ArrayList<>(prefix);
            path.add(e.getKey());
            out.add(path);
            out.addAll(commandPaths(e.getValue(), path));
        }
        return out;
    }

    @Test
    void helpOfEveryCommandWorks() {
        List<List<String>> paths = commandPaths(AiranCli.commandLine(), List.of());
        assertTrue(paths.contains(List.of("info")), paths.toString());
        assertTrue(paths.contains(List.of("demo")), paths.toString());
        assertTrue(paths.contains(List.of("vectors", "inspect")), paths.toString());
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, r.exitCode(), path + ": " + r.err());
            assertTrue(r.out().startsWith("Usage: airan " + String.join(" ", path)), path + ":\n" + r.out());
            assertFalse(r.out().contains("%n"), "unformatted help text in " + path);
            assertTrue(r.out().replaceAll("\\s+", " ").strip().endsWith(AiranCli.EXIT_CODES),
                    "exit codes at the end of the help of " + path + ":\n" + r.out());
            if (r.out().contains("--json")) {
                assertTrue(r.out().contains("Examples:"), "examples in the help of " + path + ":\n" + r.out());
            }
        }
    }

    @Test
    void helpTextsAreValidFormatStrings() {
        // picocli passes every description line through String.format; a bare '%' makes it warn on the process's
        // stderr (not the command line's writer) and print the raw line, so check the lines themselves.
        List<String> bad = new ArrayList<>();
        checkFormats(AiranCli.commandLine(), bad);
        assertTrue(bad.isEmpty(), "not valid format strings: " + bad);
    }

    private static void checkFormats(CommandLine cl, List<String> bad) {
        CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
        List<String> lines = new ArrayList<>(List.of(spec.usageMessage().description()));
        lines.addAll(List.of(spec.usageMessage().footer()));
        for (CommandLine.Model.OptionSpec o : spec.options()) {
            lines.addAll(List.of(o.description()));
        }
        for (CommandLine.Model.PositionalParamSpec p : spec.positionalParameters()) {
            lines.addAll(List.of(p.description()));
        }
        for (String line : lines) {
            try {
                String.format(java.util.Locale.ROOT, line);
            } catch (java.util.IllegalFormatException e) {
                bad.add(spec.qualifiedName() + ": " + line);
            }
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub != cl) {
                checkFormats(sub, bad);
            }
        }
    }

    @Test
    void libraryInfoLogsStayOffTheTerminalAndWarningsAreOneLine() {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        java.util.logging.Level saved = root.getLevel();
        try {
            AiranCli.configureLogging();
            if (System.getenv("AIRAN_DEBUG") == null && System.getProperty("java.util.logging.config.file") == null) {
                assertFalse(java.util.logging.Logger.getLogger("org.airan.phy.gpu.GpuBackend")
                        .isLoggable(java.util.logging.Level.INFO), "INFO is not shown by default");
                assertTrue(java.util.logging.Logger.getLogger("x").isLoggable(java.util.logging.Level.WARNING));
            }
            java.util.logging.LogRecord rec = new java.util.logging.LogRecord(java.util.logging.Level.WARNING,
                    "GPU backend: {0}");
            rec.setParameters(new Object[] {"fell back to cpu"});
            assertEquals("airan: warning: GPU backend: fell back to cpu" + System.lineSeparator(),
                    AiranCli.ONE_LINE.format(rec));
        } finally {
            root.setLevel(saved);
        }
    }

    /** A command that needs more heap than there is. */
    @CommandLine.Command(name = "greedy")
    static final class Greedy implements java.util.concurrent.Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void outOfMemoryIsOneLineWithTheRemedy() {
        CommandLine cl = new CommandLine(new Greedy());
        java.io.StringWriter err = new java.io.StringWriter();
        cl.setErr(new java.io.PrintWriter(err, true));
        assertEquals(1, AiranCli.execute(cl));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().startsWith("greedy: out of memory (the JVM may use at most "), err.toString());
        assertTrue(err.toString().contains("AIRAN_JAVA_OPTS=-Xmx8g"), err.toString());
    }

    @Test
    void badArgumentsAreOneLineAndAPointerToHelpNotAUsageDump() {
        CliRun r = CliRun.of("link", "--mcs", "abc");
        assertEquals(CliErrors.BAD_INPUT, r.exitCode());
        String[] lines = r.err().strip().split("\\R");
        assertEquals(2, lines.length, r.err());
        assertEquals("airan link: Invalid value for option '--mcs': 'abc' is not an int", lines[0]);
        assertEquals("Try 'airan link --help' for the options, their units and defaults.", lines[1]);
        assertFalse(r.err().contains("Usage:"), r.err());
        CliRun typo = CliRun.of("demo", "--slot", "3");
        assertEquals(CliErrors.BAD_INPUT, typo.exitCode());
        assertTrue(typo.err().contains("--slots"), "suggests the option meant: " + typo.err());
        CliRun unknown = CliRun.of("bogus");
        assertEquals(CliErrors.BAD_INPUT, unknown.exitCode());
        assertTrue(unknown.err().endsWith("Try 'airan --help' for its commands." + System.lineSeparator()),
                unknown.err());
        CliRun none = CliRun.of();
        assertEquals(0, none.exitCode());
        assertTrue(none.out().startsWith("Usage: airan"), "usage on the command line's writer: " + none.out());
        CliRun missing = CliRun.of("vectors", "inspect");
        assertEquals(CliErrors.BAD_INPUT, missing.exitCode());
        assertTrue(missing.err().startsWith("airan vectors inspect: Missing required parameter: 'FILE'"),
                missing.err());
    }

    @Test
    void topLevelHelpListsTheCommands() {
        CliRun r = CliRun.of("--help");
        assertEquals(0, r.exitCode());
        for (String c : List.of("info", "demo", "vectors")) {
            assertTrue(r.out().contains(c), r.out());
        }
    }

    @Test
    void versionPrintsTheProjectVersion() {
        CliRun r = CliRun.of("--version");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("airan " + AiranVersion.version()), r.out());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun r = CliRun.of("info", "--bogus");
        assertEquals(CliErrors.BAD_INPUT, r.exitCode());
        assertTrue(r.err().contains("--bogus"), r.err());
    }
}
