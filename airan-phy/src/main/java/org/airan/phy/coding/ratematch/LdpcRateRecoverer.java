package org.airan.phy.coding.ratematch;

import java.util.Objects;
import org.airan.phy.coding.ldpc.LdpcDecoder;

/**
 * LDPC rate recovery of one code block, the inverse of {@link LdpcRateMatcher} (TS 38.212 §5.4.2): de-interleaves
 * E received LLRs ({@code e_{i·E/Q_m + j} = f_{i + j·Q_m}}) and adds them into the circular buffer at the
 * positions bit selection read them from, starting at k0, skipping filler bits and wrapping at N_cb. Adding
 * (instead of overwriting) is the soft combining of repeated bits within one transmission and across redundancy
 * versions. Filler positions are set to {@code +}{@link LdpcDecoder#KNOWN_BIT_LLR} (known 0).
 *
 * <p>The buffer then holds the decoder input: N LLRs for {@code d_0..d_{N−1}}, positions never received being 0.
 * Sized once for the largest E; allocates nothing per call; not thread-safe.
 */
public final class LdpcRateRecoverer {

    private final float[] deinterleaved;

    /** @param maxOutputSize largest E to recover, ≥ 1 */
    public LdpcRateRecoverer(int maxOutputSize) {
        if (maxOutputSize < 1) {
            throw new IllegalArgumentException("maxOutputSize must be >= 1, was " + maxOutputSize);
        }
        this.deinterleaved = new float[maxOutputSize];
    }

    /**
     * Adds the E LLRs of one transmission of code block r into a HARQ soft buffer.
     *
     * @param config  N_cb, filler range, rv, Q_m, E of this transmission
     * @param llr     E received LLRs from {@code llrOffset} (demapper output order)
     * @param buffer  the HARQ process's soft buffer (Modified: code block r)
     * @param r       code block index
     */
    public void recover(LdpcRateMatchConfig config, float[] llr, int llrOffset, HarqSoftBuffer buffer, int r) {
        if (config.encodedSize() > buffer.maxCodeBlockLength()) {
            throw new IllegalArgumentException("code block length N=" + config.encodedSize()
                    + " exceeds the soft buffer's " + buffer.maxCodeBlockLength());
        }
        recover(config, llr, llrOffset, buffer.data(), buffer.offset(r));
    }

    /**
     * Adds the E LLRs of one transmission into a circular buffer of N LLRs.
     *
     * @param config        N_cb, filler range, rv, Q_m, E
     * @param llr           E received LLRs from {@code llrOffset}
     * @param softBuffer    N LLRs from {@code softOffset} (Modified: accumulated, filler set to known 0)
     */
    public void recover(LdpcRateMatchConfig config, float[] llr, int llrOffset, float[] softBuffer,
                        int softOffset) {
        int e = config.outputSize();
        if (e > deinterleaved.length) {
            throw new IllegalArgumentException("outputSize E=" + e + " exceeds this recoverer's maximum "
                    + deinterleaved.length);
        }
        Objects.checkFromIndexSize(llrOffset, e, llr.length);
        Objects.checkFromIndexSize(softOffset, config.encodedSize(), softBuffer.length);
        int qm = config.modulationOrder();
        int rows = e / qm;
        for (int i = 0; i < qm; i++) {
            int dst = i * rows;
            for (int j = 0; j < rows; j++) {
                deinterleaved[dst + j] = llr[llrOffset + i + j * qm];
            }
        }
        int ncb = config.circularBufferSize();
        int fillerStart = Math.min(config.fillerStart(), ncb);
        int fillerEnd = Math.min(config.fillerEnd(), ncb);
        for (int p = fillerStart; p < fillerEnd; p++) {
            softBuffer[softOffset + p] = LdpcDecoder.KNOWN_BIT_LLR;
        }
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
            int base = softOffset + pos;
            for (int t = 0; t < run; t++) {
                softBuffer[base + t] += deinterleaved[k + t];
            }
            k += run;
            pos += run;
        }
    }
}
