package org.airan.testbed.cli;

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
        spec.commandLine().usage(System.out);
    }

    /** Builds the command line (used by {@link #main} and by tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new AiranCli());
        cl.setExecutionExceptionHandler(new CliErrors());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
