package org.airan.testbed.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code airan vectors}: commands on recorded radio vectors (SigMF). */
@Command(name = "vectors", mixinStandardHelpOptions = true,
        description = "Work with recorded radio vectors (SigMF recordings).",
        subcommands = {InspectCommand.class})
public final class VectorsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: try 'inspect FILE'");
    }
}
