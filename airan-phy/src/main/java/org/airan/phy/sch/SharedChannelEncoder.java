package org.airan.phy.sch;

import java.util.Objects;
import org.airan.phy.coding.crc.CrcCalculator;
import org.airan.phy.coding.ldpc.LdpcEncoder;
import org.airan.phy.coding.ldpc.LdpcEncoders;
import org.airan.phy.coding.ratematch.LdpcRateMatcher;

/**
 * Transport-block encoder of the DL-SCH / UL-SCH (TS 38.212 §7.2 / §6.2): TB bytes → TB CRC (§7.2.1) → code-block
 * segmentation and CB CRC (§5.2.2) → LDPC encoding (§5.3.2) → rate matching (§5.4.2) → code-block concatenation
 * (§5.5), giving the G coded bits of the codeword (one bit per byte). Buffers come from {@link SchLimits}; the
 * per-configuration plan is cached, so repeated slots with the same configuration allocate nothing. Not
 * thread-safe.
 */
public final class SharedChannelEncoder {

    private final SchLimits limits;
    private final byte[] tbBits;
    private final byte[] block;
    private final byte[] encoded;
    private final LdpcEncoder ldpc;
    private final LdpcRateMatcher rateMatcher;
    private SchPlan plan;

    /** An encoder for transmissions up to {@code limits}. */
    public SharedChannelEncoder(SchLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        tbBits = new byte[limits.maxTbWithCrc()];
        block = new byte[limits.maxCodeBlockSize()];
        encoded = new byte[limits.maxEncodedSize()];
        ldpc = LdpcEncoders.create(384);
        rateMatcher = new LdpcRateMatcher(limits.maxG());
    }

    SchPlan plan(PxschConfig cfg) {
        if (plan == null || !plan.cfg.equals(cfg)) {
            checkLimits(limits, cfg);
            plan = new SchPlan(cfg);
        }
        return plan;
    }

    static void checkLimits(SchLimits limits, PxschConfig cfg) {
        if (cfg.dmrs().numPrb() > limits.maxPrb() || cfg.numLayers() > limits.maxLayers()
                || cfg.qm() > limits.maxQm()) {
            throw new IllegalArgumentException("configuration (" + cfg.dmrs().numPrb() + " PRB, " + cfg.numLayers()
                    + " layers, Qm " + cfg.qm() + ") exceeds the limits this chain was built for: " + limits);
        }
    }

    /**
     * Encodes one transport block.
     *
     * @param tb       TBS/8 bytes from {@code tbOffset}, bits MSB first (a_0 = MSB of the first byte)
     * @param rv       redundancy version 0..3
     * @param out      Modified: G coded bits (0/1 per byte) from {@code outOffset}
     * @return G
     * @throws IllegalArgumentException if {@code tb} does not hold TBS/8 bytes from the offset
     */
    public int encode(PxschConfig cfg, int rv, byte[] tb, int tbOffset, int tbLength, byte[] out, int outOffset) {
        SchPlan p = plan(cfg);
        SchPlan.checkRv(rv);
        if (tbLength != p.tbs / 8) {
            throw new IllegalArgumentException("transport block must be TBS/8 = " + p.tbs / 8 + " bytes (TBS " + p.tbs
                    + ", TS 38.214 §5.1.3.2), was " + tbLength);
        }
        Objects.checkFromIndexSize(tbOffset, tbLength, tb.length);
        Objects.checkFromIndexSize(outOffset, p.g, out.length);
        for (int i = 0; i < tbLength; i++) {
            int v = tb[tbOffset + i];
            for (int b = 0; b < 8; b++) {
                tbBits[8 * i + b] = (byte) ((v >>> (7 - b)) & 1);
            }
        }
        CrcCalculator.of(p.tbCrc).attach(tbBits, 0, p.tbs);
        int c = p.numCodeBlocks();
        for (int r = 0; r < c; r++) {
            p.seg.segment(tbBits, 0, r, block, 0);
            ldpc.encode(p.code, block, 0, encoded, 0);
            rateMatcher.rateMatch(p.rateMatch[rv][r], encoded, 0, out, outOffset + p.eOffset[r]);
        }
        return p.g;
    }
}
