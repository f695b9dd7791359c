package org.airan.phy.coding.ratematch;

import java.util.Objects;

/**
 * LDPC rate matching of one code block (TS 38.212 §5.4.2): bit selection from the circular buffer
 * {@code d_0..d_{N_cb−1}} starting at k0 and skipping filler bits (§5.4.2.1), then the row-column bit
 * interleaver {@code f_{i + j·Q_m} = e_{i·E/Q_m + j}} (§5.4.2.2).
 *
 * <p>Sized once for the largest E; allocates nothing per call; not thread-safe.
 */
public final class LdpcRateMatcher {

    private final byte[] selected;

    /** @param maxOutputSize largest E this matcher will produce, ≥ 1 */
    public LdpcRateMatcher(int maxOutputSize) {
        if (maxOutputSize < 1) {
            throw new IllegalArgumentException("maxOutputSize must be >= 1, was " + maxOutputSize);
        }
        this.selected = new byte[maxOutputSize];
    }

    /**
     * Rate-matches one code block.
     *
     * @param config  N_cb, filler range, rv, Q_m, E
     * @param d       encoder output, N bits from {@code dOffset} (filler positions are ignored)
     * @param f       output, E bits from {@code fOffset} (Modified)
     */
    public void rateMatch(LdpcRateMatchConfig config, byte[] d, int dOffset, byte[] f, int fOffset) {
        int e = config.outputSize();
        if (e > selected.length) {
            throw new IllegalArgumentException("outputSize E=" + e + " exceeds this matcher's maximum "
                    + selected.length);
        }
        Objects.checkFromIndexSize(dOffset, config.encodedSize(), d.length);
        Objects.checkFromIndexSize(fOffset, e, f.length);
        int ncb = config.circularBufferSize();
        int fillerStart = Math.min(config.fillerStart(), ncb);
        int fillerEnd = Math.min(config.fillerEnd(), ncb);
        int pos = config.k0();
        int k = 0;
        while (k < e) {
            if (pos >= fillerStart && pos < fillerEnd) {
                pos = fillerEnd;
            }
            if (pos >= ncb) {
                pos = 0;
                continue;
            }
            int runEnd = pos < fillerStart ? fillerStart : ncb;
            int run = Math.min(runEnd - pos, e - k);
            System.arraycopy(d, dOffset + pos, selected, k, run);
            k += run;
            pos += run;
        }
        int qm = config.modulationOrder();
        int rows = e / qm;
        for (int i = 0; i < qm; i++) {
            int src = i * rows;
            for (int j = 0; j < rows; j++) {
                f[fOffset + i + j * qm] = selected[src + j];
            }
        }
    }
}
