package org.airan.phy.sch;

import java.util.Objects;
import org.airan.phy.coding.ldpc.LdpcDecoderConfig;

/**
 * Configuration of the transport-block decoder of the DL-SCH / UL-SCH ({@link SharedChannelDecoder}, TS 38.212
 * §7.2 / §6.2 reversed).
 *
 * @param numHarqProcesses soft buffers to keep, 1..16 (TS 38.321 §5.3.2: up to 16 HARQ processes)
 * @param ldpc             LDPC decoder configuration; its maxZ must be 384 to decode every lifting size
 *                         (TS 38.212 Table 5.3.2-1)
 * @param numThreads       threads that decode the code blocks of one transport block, 1..{@value #MAX_THREADS}:
 *                         the calling thread plus {@code numThreads − 1} worker threads started once by the
 *                         decoder. 1 (the default) decodes on the calling thread only. The decoded bits and every
 *                         statistic are the same for any count.
 * @param crcEarlyStop     with {@code ldpc.earlyTermination()}, also stop a code block's LDPC iterations as soon as
 *                         the hard decision of its systematic bits passes the code block's CRC24B (TS 38.212
 *                         §5.2.2), or for a single code block the transport block's CRC24A (§7.2.1); blocks with a
 *                         CRC16 keep the parity-check (syndrome) stop only. Decoded bits are the same as with the
 *                         syndrome stop whenever the blocks converge; fewer iterations are run.
 */
public record SchDecoderConfig(int numHarqProcesses, LdpcDecoderConfig ldpc, int numThreads, boolean crcEarlyStop) {

    /** Upper bound of {@link #numThreads()}. */
    public static final int MAX_THREADS = 64;

    public SchDecoderConfig {
        if (numHarqProcesses < 1 || numHarqProcesses > 16) {
            throw new IllegalArgumentException("numHarqProcesses must be in [1, 16] (TS 38.321 §5.3.2), was "
                    + numHarqProcesses);
        }
        Objects.requireNonNull(ldpc, "ldpc");
        if (numThreads < 1 || numThreads > MAX_THREADS) {
            throw new IllegalArgumentException("numThreads must be in [1, " + MAX_THREADS
                    + "] (code-block decoding threads, 1 = calling thread only), was " + numThreads);
        }
    }

    /**
     * The project defaults: {@code numHarqProcesses} soft buffers, offset min-sum with early termination and at
     * most {@code ldpcIterations} iterations ({@link SharedChannels#decoderConfig(int)}), one thread, CRC-aided
     * early stop on.
     */
    public static SchDecoderConfig defaults(int numHarqProcesses, int ldpcIterations) {
        return new SchDecoderConfig(numHarqProcesses, SharedChannels.decoderConfig(ldpcIterations), 1, true);
    }

    /** The same configuration with another number of code-block threads. */
    public SchDecoderConfig withThreads(int threads) {
        return new SchDecoderConfig(numHarqProcesses, ldpc, threads, crcEarlyStop);
    }

    /** The same configuration with the CRC-aided early stop switched on or off. */
    public SchDecoderConfig withCrcEarlyStop(boolean enabled) {
        return new SchDecoderConfig(numHarqProcesses, ldpc, numThreads, enabled);
    }

    /** The same configuration with another LDPC decoder configuration. */
    public SchDecoderConfig withLdpc(LdpcDecoderConfig config) {
        return new SchDecoderConfig(numHarqProcesses, config, numThreads, crcEarlyStop);
    }
}
