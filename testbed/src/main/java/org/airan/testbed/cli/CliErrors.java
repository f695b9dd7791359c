package org.airan.testbed.cli;

import picocli.CommandLine;

/**
 * Turns expected failures (bad input files, invalid configurations) into one clear line on stderr and exit
 * code 2, instead of a stack trace. Unexpected exceptions still print their trace (they are bugs).
 * Set {@code AIRAN_DEBUG=1} to see traces for every failure.
 */
public final class CliErrors implements CommandLine.IExecutionExceptionHandler {

    /** Exit code for bad input or configuration. */
    public static final int BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) throws Exception {
        boolean expected = ex instanceof IllegalArgumentException || ex instanceof java.io.IOException
                || ex instanceof java.io.UncheckedIOException || ex instanceof IllegalStateException;
        if (!expected || System.getenv("AIRAN_DEBUG") != null) {
            throw ex;
        }
        String msg = ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName();
        cl.getErr().println(cl.getCommandSpec().qualifiedName() + ": " + msg);
        cl.getErr().flush();
        return BAD_INPUT;
    }
}
