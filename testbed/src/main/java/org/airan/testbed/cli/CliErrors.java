package org.airan.testbed.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;

/**
 * Turns expected failures (bad input files, invalid configurations) into one clear line on stderr and exit
 * code 2, instead of a stack trace: {@code airan <command>: <file>: <field> = <value>: <rule>} as the library's
 * exceptions phrase it. File-system errors, whose JDK messages are often just a path, get their reason spelled out.
 * Unexpected exceptions still print their trace (they are bugs). Set {@code AIRAN_DEBUG=1} to see traces for every
 * failure.
 */
public final class CliErrors implements CommandLine.IExecutionExceptionHandler {

    /** Exit code for bad input or configuration. */
    public static final int BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) throws Exception {
        boolean expected = ex instanceof IllegalArgumentException || ex instanceof IOException
                || ex instanceof UncheckedIOException || ex instanceof IllegalStateException;
        if (!expected || System.getenv("AIRAN_DEBUG") != null) {
            throw ex;
        }
        cl.getErr().println(cl.getCommandSpec().qualifiedName() + ": " + message(ex));
        cl.getErr().flush();
        return BAD_INPUT;
    }

    /** The one-line message for an expected failure. */
    static String message(Throwable ex) {
        if (ex instanceof UncheckedIOException u && u.getCause() != null) {
            return message(u.getCause());
        }
        if (ex instanceof FileSystemException f) {
            String what = switch (f) {
                case NoSuchFileException e -> "no such file or folder";
                case AccessDeniedException e -> "permission denied";
                case FileAlreadyExistsException e -> "already exists (and is in the way)";
                case NotDirectoryException e -> "not a folder";
                default -> f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
            };
            String file = f.getFile() != null ? f.getFile() : "(unknown file)";
            return f.getOtherFile() != null ? file + " -> " + f.getOtherFile() + ": " + what : file + ": " + what;
        }
        String msg = ex.getMessage();
        return msg != null && !msg.isBlank() ? msg.strip().lines().findFirst().orElse(msg)
                : ex.getClass().getSimpleName();
    }
}
