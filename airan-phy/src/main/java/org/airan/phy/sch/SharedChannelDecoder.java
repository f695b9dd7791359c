package org.airan.phy.sch;

import java.util.Objects;
import java.util.function.Function;
import org.airan.phy.coding.crc.CrcCalculator;
import org.airan.phy.coding.crc.CrcPolynomial;
import org.airan.phy.coding.ldpc.LdpcDecodeResult;
import org.airan.phy.coding.ldpc.LdpcDecoder;
import org.airan.phy.coding.ldpc.LdpcDecoderConfig;
import org.airan.phy.coding.ldpc.LdpcDecoders;
import org.airan.phy.coding.ratematch.HarqSoftBuffer;
import org.airan.phy.coding.ratematch.LdpcRateRecoverer;

/**
 * Transport-block decoder of the DL-SCH / UL-SCH, the inverse of {@link SharedChannelEncoder}: G descrambled LLRs →
 * code-block de-concatenation → per code block: rate recovery into the HARQ soft buffer (incremental-redundancy
 * combining, TS 38.212 §5.4.2) → LDPC decoding → CB CRC24B (§5.2.2) → concatenation → TB CRC (CRC24A / CRC16,
 * §7.2.1).
 *
 * <p><b>Code-block threads.</b> With {@link SchDecoderConfig#numThreads()} = n &gt; 1 the C code blocks of a
 * transport block are spread over the calling thread and n − 1 daemon worker threads ({@code airan-sch-cb-*}) that
 * the constructor starts once; each participant owns its rate recoverer, LDPC decoder (decoders are not
 * thread-safe) and block scratch, and blocks are claimed one at a time from a shared counter. Code blocks are
 * independent and write disjoint ranges of the soft buffer and of the transport block, so the decoded bits and
 * every statistic are the same for any thread count. A block that throws surfaces in the caller as an
 * {@link IllegalStateException} naming the block. {@link #close()} stops the workers (an unclosed multi-threaded
 * decoder keeps its parked threads and its buffers until the JVM exits). With n = 1 (the default)
 * everything runs on the calling thread and no thread is started.
 *
 * <p>Buffers (including one soft buffer per HARQ process) are sized from {@link SchLimits} at construction; the
 * plan for a configuration is cached; a decode allocates nothing. One caller at a time (not thread-safe).
 */
public final class SharedChannelDecoder implements AutoCloseable {

    private final SchLimits limits;
    private final SchDecoderConfig config;
    private final HarqSoftBuffer[] harq;
    private final BlockWorker[] workers;
    private final CodeBlockThreads threads;
    private final int[] cbIterations;
    private final boolean[] cbCrcOk;
    private final byte[] tbBits;
    private SchPlan plan;
    private boolean closed;

    // the job of the current call, written by the caller before the hand-off (published by CodeBlockThreads)
    private SchPlan jobPlan;
    private int jobRv;
    private HarqSoftBuffer jobBuffer;
    private boolean jobNewData;
    private float[] jobLlr;
    private int jobLlrOffset;
    private BlockLlrSource jobSource;
    private CrcCalculator jobStopCrc;
    private int jobStopCrcBits;

    /**
     * A single-threaded decoder with the CRC-aided early stop on.
     *
     * @param limits           largest transmission
     * @param numHarqProcesses soft buffers to keep, 1..16 (TS 38.321: up to 16 HARQ processes)
     * @param decoderConfig    LDPC decoder configuration (its maxZ must be 384 to decode every lifting size)
     */
    public SharedChannelDecoder(SchLimits limits, int numHarqProcesses, LdpcDecoderConfig decoderConfig) {
        this(limits, new SchDecoderConfig(numHarqProcesses, decoderConfig, 1, true));
    }

    /**
     * A decoder for {@code limits}; starts {@code config.numThreads() − 1} worker threads.
     *
     * @param limits largest transmission
     * @param config HARQ processes, LDPC decoder, threads, CRC-aided early stop
     */
    public SharedChannelDecoder(SchLimits limits, SchDecoderConfig config) {
        this(limits, config, LdpcDecoders::fastest);
    }

    /** As above with the LDPC decoder of each participant made by {@code ldpcFactory} (tests inject faults). */
    SharedChannelDecoder(SchLimits limits, SchDecoderConfig config,
                         Function<LdpcDecoderConfig, LdpcDecoder> ldpcFactory) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.config = Objects.requireNonNull(config, "config");
        int numHarqProcesses = config.numHarqProcesses();
        harq = new HarqSoftBuffer[numHarqProcesses];
        for (int i = 0; i < numHarqProcesses; i++) {
            harq[i] = new HarqSoftBuffer(limits.maxCodeBlocks(), limits.maxEncodedSize());
        }
        int n = config.numThreads();
        workers = new BlockWorker[n];
        for (int i = 0; i < n; i++) {
            workers[i] = new BlockWorker(limits, ldpcFactory.apply(config.ldpc()));
        }
        cbIterations = new int[limits.maxCodeBlocks()];
        cbCrcOk = new boolean[limits.maxCodeBlocks()];
        tbBits = new byte[limits.maxTbWithCrc()];
        threads = n > 1 ? new CodeBlockThreads(n, this::runBlock) : null;
    }

    /** The LDPC decoder configuration in use. */
    public LdpcDecoderConfig decoderConfig() {
        return config.ldpc();
    }

    /** The whole decoder configuration (threads, HARQ processes, early stop). */
    public SchDecoderConfig config() {
        return config;
    }

    /** Code-block worker threads started by this decoder (numThreads − 1; empty with one thread). */
    Thread[] workerThreads() {
        return threads == null ? new Thread[0] : threads.workerThreads();
    }

    SchPlan plan(PxschConfig cfg) {
        if (plan == null || !plan.cfg.equals(cfg)) {
            SharedChannelEncoder.checkLimits(limits, cfg);
            plan = new SchPlan(cfg);
        }
        return plan;
    }

    /**
     * Decodes one transmission of a transport block.
     *
     * @param rv          redundancy version of this transmission, 0..3
     * @param harqProcess soft buffer index, 0..numHarqProcesses−1
     * @param newData     true for the first transmission of a TB (clears the soft buffer)
     * @param llr         G descrambled LLRs from {@code llrOffset}
     * @param llrLength   must equal G
     * @param tbOut       Modified: TBS/8 bytes from {@code tbOutOffset} (written even when the CRC fails)
     * @param result      Modified: CRC outcome, iterations, HARQ transmissions
     * @throws IllegalStateException when decoding a code block failed on a worker thread (the message names the
     *                               block), or after {@link #close()}
     */
    public void decode(PxschConfig cfg, int rv, int harqProcess, boolean newData, float[] llr, int llrOffset,
                       int llrLength, byte[] tbOut, int tbOutOffset, SchDecodeResult result) {
        decode(cfg, rv, harqProcess, newData, null, llr, llrOffset, llrLength, tbOut, tbOutOffset, result);
    }

    /**
     * Produces the descrambled LLRs of one code block's range on the participant that decodes it, just before its
     * rate recovery (the receiver demaps and descrambles per code block, so that this work is spread too).
     */
    interface BlockLlrSource {
        /**
         * @param participant 0 = calling thread, 1.. = worker threads (index of per-thread scratch)
         * @param llrStart    first LLR of the block in the {@code llr} array given to decode
         * @param llrLength   E_r
         */
        void produce(int participant, int llrStart, int llrLength);
    }

    /** As {@link #decode(PxschConfig, int, int, boolean, float[], int, int, byte[], int, SchDecodeResult)}; when
     * {@code source} is not null it fills each block's range of {@code llr} before that block is decoded. */
    void decode(PxschConfig cfg, int rv, int harqProcess, boolean newData, BlockLlrSource source, float[] llr,
                int llrOffset, int llrLength, byte[] tbOut, int tbOutOffset, SchDecodeResult result) {
        if (closed) {
            throw new IllegalStateException("this decoder is closed");
        }
        SchPlan p = plan(cfg);
        SchPlan.checkRv(rv);
        Objects.checkIndex(harqProcess, harq.length);
        if (llrLength != p.g) {
            throw new IllegalArgumentException("llr length must be G = " + p.g + " coded bits (TS 38.212 §7.2.7), was "
                    + llrLength);
        }
        Objects.checkFromIndexSize(llrOffset, llrLength, llr.length);
        Objects.checkFromIndexSize(tbOutOffset, p.tbs / 8, tbOut.length);
        HarqSoftBuffer buf = harq[harqProcess];
        if (newData) {
            buf.restart(); // each block clears its own region below (in parallel when threaded)
        }
        buf.markTransmission();
        int c = p.numCodeBlocks();
        jobPlan = p;
        jobRv = rv;
        jobBuffer = buf;
        jobNewData = newData;
        jobLlr = llr;
        jobLlrOffset = llrOffset;
        jobSource = source;
        boolean crcStop = config.crcEarlyStop() && config.ldpc().earlyTermination();
        if (crcStop && c > 1) {
            jobStopCrc = CrcCalculator.of(CrcPolynomial.CRC24B);
            jobStopCrcBits = p.seg.kPrime();
        } else if (crcStop && p.tbCrc == CrcPolynomial.CRC24A) {
            jobStopCrc = CrcCalculator.of(CrcPolynomial.CRC24A);
            jobStopCrcBits = p.tbs + p.tbCrcLength;
        } else {
            jobStopCrc = null;
            jobStopCrcBits = 0;
        }
        if (threads == null || c == 1) {
            for (int r = 0; r < c; r++) {
                runBlock(0, r);
            }
        } else {
            threads.run(c);
        }
        jobLlr = null;
        jobBuffer = null;
        jobSource = null;
        int okBlocks = 0;
        int totalIter = 0;
        int maxIter = 0;
        for (int r = 0; r < c; r++) {
            totalIter += cbIterations[r];
            maxIter = Math.max(maxIter, cbIterations[r]);
            if (c > 1 && cbCrcOk[r]) {
                okBlocks++;
            }
        }
        boolean crcOk = CrcCalculator.of(p.tbCrc).check(tbBits, 0, p.tbs + p.tbCrcLength)
                && (c == 1 || okBlocks == c);
        if (c == 1) {
            okBlocks = crcOk ? 1 : 0; // a single block has no CB CRC: the TB CRC decides
        }
        int nBytes = p.tbs / 8;
        for (int i = 0; i < nBytes; i++) {
            int v = 0;
            int o = 8 * i;
            for (int b = 0; b < 8; b++) {
                v = (v << 1) | tbBits[o + b];
            }
            tbOut[tbOutOffset + i] = (byte) v;
        }
        result.set(crcOk, p.tbs, c, okBlocks, totalIter, maxIter, buf.numTransmissions());
    }

    /** Code block r of the current job on participant w: clear (new data), recover, decode, check, concatenate. */
    private void runBlock(int w, int r) {
        BlockWorker wk = workers[w];
        SchPlan p = jobPlan;
        HarqSoftBuffer buf = jobBuffer;
        if (jobNewData) {
            buf.resetCodeBlock(r);
        }
        if (jobSource != null) {
            jobSource.produce(w, jobLlrOffset + p.eOffset[r], p.eOffset[r + 1] - p.eOffset[r]);
        }
        wk.recoverer.recover(p.rateMatch[jobRv][r], jobLlr, jobLlrOffset + p.eOffset[r], buf, r);
        wk.ldpc.decode(p.code, buf.data(), buf.offset(r), wk.block, 0, jobStopCrc, jobStopCrcBits, wk.ldpcResult);
        cbIterations[r] = wk.ldpcResult.iterations();
        cbCrcOk[r] = p.numCodeBlocks() > 1 && p.seg.codeBlockCrcPasses(wk.block, 0);
        p.seg.desegment(wk.block, 0, r, tbBits, 0);
    }

    /** Stops the code-block worker threads (no-op with one thread); idempotent. */
    @Override
    public void close() {
        closed = true;
        if (threads != null) {
            threads.close();
        }
    }

    /** The scratch one participant owns: LDPC decoders and rate recoverers are not thread-safe. */
    private static final class BlockWorker {
        final LdpcRateRecoverer recoverer;
        final LdpcDecoder ldpc;
        final LdpcDecodeResult ldpcResult = new LdpcDecodeResult();
        final byte[] block;

        BlockWorker(SchLimits limits, LdpcDecoder ldpc) {
            recoverer = new LdpcRateRecoverer(limits.maxG());
            this.ldpc = Objects.requireNonNull(ldpc, "ldpc");
            block = new byte[limits.maxCodeBlockSize()];
        }
    }
}
