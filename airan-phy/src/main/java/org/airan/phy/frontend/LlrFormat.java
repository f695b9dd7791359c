package org.airan.phy.frontend;

import org.airan.phy.modulation.LlrQuantizer;

/**
 * Format of the LLRs an {@link UplinkFrontEnd} returns (codeword bits, TS 38.212 §6.2.7 / §7.2.7 order): float32
 * LLRs, or int8 LLRs {@code q = clamp(round(LLR·s), −127, 127)} with the fixed-point scale s of
 * {@link UplinkIoFormat#llrScale()} ({@link LlrQuantizer}).
 */
public enum LlrFormat {

    /** float32 LLRs: 4 bytes each. */
    FLOAT32(4),
    /** int8 LLRs with a fixed-point scale: 1 byte each. */
    INT8(1);

    private final int bytes;

    LlrFormat(int bytes) {
        this.bytes = bytes;
    }

    /** Bytes per LLR. */
    public int bytesPerLlr() {
        return bytes;
    }
}
