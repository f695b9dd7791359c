package org.airan.phy.sch;

import java.util.Objects;
import org.airan.phy.coding.crc.CrcCalculator;
import org.airan.phy.coding.ldpc.LdpcDecodeResult;
import org.airan.phy.coding.ldpc.LdpcDecoder;
import org.airan.phy.coding.ldpc.LdpcDecoderConfig;
import org.airan.phy.coding.ldpc.LdpcDecoders;
import org.airan.phy.coding.ratematch.HarqSoftBuffer;
import org.airan.phy.coding.ratematch.LdpcRateRecoverer;

/**
 * Transport-block decoder of the DL-SCH / UL-SCH, the inverse of {@link SharedChannelEncoder}: G descrambled LLRs →
 * code-block de-concatenation → rate recovery into the HARQ soft buffer (incremental-redundancy combining,
 * TS 38.212 §5.4.2) → LDPC decoding → CB CRC24B → concatenation → TB CRC (CRC24A / CRC16). Buffers (including one
 * soft buffer per HARQ process) are sized from {@link SchLimits} at construction; the plan for a configuration is
 * cached; a decode allocates nothing. Not thread-safe.
 */
public final class SharedChannelDecoder {

    private final SchLimits limits;
    private final HarqSoftBuffer[] harq;
    private final LdpcRateRecoverer recoverer;
    private final LdpcDecoder ldpc;
    private final LdpcDecodeResult ldpcResult = new LdpcDecodeResult();
    private final byte[] block;
    private final byte[] tbBits;
    private SchPlan plan;

    /**
     * @param limits           largest transmission
     * @param numHarqProcesses soft buffers to keep, 1..16 (TS 38.321: up to 16 HARQ processes)
     * @param decoderConfig    LDPC decoder configuration (its maxZ must be 384 to decode every lifting size)
     */
    public SharedChannelDecoder(SchLimits limits, int numHarqProcesses, LdpcDecoderConfig decoderConfig) {
        this.limits = Objects.requireNonNull(limits, "limits");
        if (numHarqProcesses < 1 || numHarqProcesses > 16) {
            throw new IllegalArgumentException("numHarqProcesses must be in [1, 16] (TS 38.321 §5.3.2), was "
                    + numHarqProcesses);
        }
        harq = new HarqSoftBuffer[numHarqProcesses];
        for (int i = 0; i < numHarqProcesses; i++) {
            harq[i] = new HarqSoftBuffer(limits.maxCodeBlocks(), limits.maxEncodedSize());
        }
        recoverer = new LdpcRateRecoverer(limits.maxG());
        ldpc = LdpcDecoders.fastest(decoderConfig);
        block = new byte[limits.maxCodeBlockSize()];
        tbBits = new byte[limits.maxTbWithCrc()];
    }

    /** The LDPC decoder configuration in use. */
    public LdpcDecoderConfig decoderConfig() {
        return ldpc.config();
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
     */
    public void decode(PxschConfig cfg, int rv, int harqProcess, boolean newData, float[] llr, int llrOffset,
                       int llrLength, byte[] tbOut, int tbOutOffset, SchDecodeResult result) {
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
            buf.reset();
        }
        buf.markTransmission();
        int c = p.numCodeBlocks();
        int okBlocks = 0;
        int totalIter = 0;
        int maxIter = 0;
        for (int r = 0; r < c; r++) {
            recoverer.recover(p.rateMatch[rv][r], llr, llrOffset + p.eOffset[r], buf, r);
            ldpc.decode(p.code, buf.data(), buf.offset(r), block, 0, ldpcResult);
            totalIter += ldpcResult.iterations();
            maxIter = Math.max(maxIter, ldpcResult.iterations());
            if (c > 1 && p.seg.codeBlockCrcPasses(block, 0)) {
                okBlocks++;
            }
            p.seg.desegment(block, 0, r, tbBits, 0);
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
}
