/**
 * The {@code airan} command line (picocli): {@code info} (machine, SIMD, backends, GPU), {@code vectors inspect}
 * (SigMF summary), {@code demo} (synthesise, write, read back and demodulate an NR slot sequence), plus the
 * shared pieces every command uses: {@link org.airan.testbed.cli.CliErrors} (expected failures as one line and
 * exit code 2) and {@link org.airan.testbed.cli.ProgressBar} (terminal-only progress). The backend comes from
 * {@code -Dairan.backend=cpu|gpu|auto} through {@link org.airan.phy.BackendSelector}.
 *
 * <p>The commands orchestrate library blocks; the signal processing they run cites its TS 38.211 clauses in
 * {@code org.airan.phy}.
 */
package org.airan.testbed.cli;
