package org.airan.testbed.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.airan.phy.Backend;
import org.airan.phy.BackendSelector;
import org.airan.phy.gpu.GpuBackend;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code airan} command line: entry point of the launcher script.
 * Subcommands are registered in the {@code subcommands} list below: {@code info}, {@code vectors inspect},
 * {@code demo}, {@code link}, {@code cell-search}. Every command writes to the command line's out/err writers (so
 * tests capture them), turns bad input into one line and exit code {@link CliErrors#BAD_INPUT}, and offers
 * {@code --json} for scripts. The root option {@code --backend cpu|gpu|auto} (before the subcommand) chooses the
 * PHY backend.
 */
@Command(name = "airan",
        mixinStandardHelpOptions = true,
        versionProvider = AiranVersion.class,
        description = "AIRAN: AI-RAN base-station signal processing for the JVM (5G NR PHY, beam and power "
                + "management, SigMF vectors, testbed).",
        footer = {"", "Every command takes --help (what it does, units, defaults, examples) and --json (one JSON "
                + "document with a schema tag on stdout).",
            "Examples:",
            "  airan demo",
            "  airan vectors inspect demo-output/airan-demo.sigmf-meta",
            "  airan link --mcs 10 --snr 0:1:10",
            "  airan cell-search capture.sigmf-meta"},
        subcommands = {CommandLine.HelpCommand.class, InfoCommand.class, VectorsCommand.class, DemoCommand.class,
            LinkCommand.class, CellSearchCommand.class})
public final class AiranCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * {@code --backend cpu|gpu|auto}: sets the {@value BackendSelector#PROPERTY} system property for the commands
     * that follow. {@code gpu} without a usable GPU backend is refused here, with the reason.
     */
    @CommandLine.Option(names = "--backend", paramLabel = "cpu|gpu|auto",
            description = "Backend of the PHY blocks (sets -D" + BackendSelector.PROPERTY + "; default: that property,"
                    + " else auto). 'gpu' fails with the reason when no GPU backend is usable.")
    void backend(String value) {
        Backend b;
        try {
            b = BackendSelector.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--backend: " + e.getMessage());
        }
        if (b == Backend.GPU && !GpuBackend.isAvailable()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--backend gpu: no usable GPU backend: " + GpuBackend.status().reason());
        }
        System.setProperty(BackendSelector.PROPERTY, b.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The help footer every command ends with. */
    static final String EXIT_CODES = "Exit codes: 0 done (finding nothing is a result, not an error), 2 bad input "
            + "or options (one line on stderr naming the file or option, the value and the rule), 1 out of memory "
            + "(one line) or an internal error.";

    /** Builds the command line (used by {@link #main} and by tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new AiranCli());
        cl.setExecutionExceptionHandler(new CliErrors());
        cl.setParameterExceptionHandler(AiranCli::badArguments);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        addExitCodes(cl);
        return cl;
    }

    private static void addExitCodes(CommandLine cl) {
        CommandLine.Model.UsageMessageSpec usage = cl.getCommandSpec().usageMessage();
        List<String> footer = new ArrayList<>(List.of(usage.footer()));
        footer.add("");
        footer.add(EXIT_CODES);
        usage.footer(footer.toArray(String[]::new));
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                addExitCodes(sub);
            }
        }
    }

    /**
     * Unknown options, missing or malformed values: one line naming the option and value, suggestions for a
     * mistyped name, a pointer to {@code --help}, and exit code {@link CliErrors#BAD_INPUT} (no usage dump).
     */
    private static int badArguments(CommandLine.ParameterException ex, String[] args) {
        CommandLine c = ex.getCommandLine();
        PrintWriter err = c.getErr();
        String name = c.getCommandSpec().qualifiedName();
        err.println(name + ": " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        boolean hasCommands = c.getSubcommands().keySet().stream().anyMatch(k -> !k.equals("help"));
        err.println("Try '" + name + " --help' for " + (hasCommands ? "its commands."
                : "the options, their units and defaults."));
        err.flush();
        return CliErrors.BAD_INPUT;
    }

    public static void main(String[] args) {
        configureLogging();
        System.exit(execute(commandLine(), args));
    }

    /**
     * Library log records (e.g. the GPU probe's "GPU unavailable" when {@code auto} falls back to the CPU, which
     * {@code airan info} reports anyway) stay off the terminal unless they are warnings; {@code AIRAN_DEBUG=1} shows
     * INFO records too. Each record is one line, {@code airan: LEVEL: message}. A logging configuration given with
     * {@code -Djava.util.logging.config.file} is left alone.
     */
    static void configureLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        java.util.logging.Level level = System.getenv("AIRAN_DEBUG") != null ? java.util.logging.Level.INFO
                : java.util.logging.Level.WARNING;
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(level);
        for (java.util.logging.Handler h : root.getHandlers()) {
            h.setLevel(level);
            h.setFormatter(ONE_LINE);
        }
    }

    /** {@code airan: LEVEL: message} on one line (the JDK default spends two lines and a timestamp per record). */
    static final java.util.logging.Formatter ONE_LINE = new java.util.logging.Formatter() {
        @Override
        public String format(java.util.logging.LogRecord r) {
            return "airan: " + r.getLevel().getName().toLowerCase(java.util.Locale.ROOT) + ": "
                    + formatMessage(r).strip().replace(System.lineSeparator(), " ") + System.lineSeparator();
        }
    };

    /**
     * Runs {@code cl}; running out of heap becomes one line with the remedy and exit code 1 instead of a JVM trace
     * (the work asked for is too large for the heap: not a bug, not bad input either).
     */
    static int execute(CommandLine cl, String... args) {
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            cl.getErr().println(cl.getCommandName() + ": out of memory (the JVM may use at most "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB): give it more, e.g. "
                    + "AIRAN_JAVA_OPTS=-Xmx8g, or ask for less (fewer slots, antennas, PRBs or samples)");
            cl.getErr().flush();
            return 1;
        }
    }
}
