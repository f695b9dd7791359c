package org.airan.phy.sch;

import java.util.Objects;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.modulation.SoftDemapper;

/**
 * Receive chain of a shared channel after equalization: soft symbols (codeword order, see {@link SchEqualizer}) →
 * soft demapping → descrambling → rate recovery with HARQ combining → LDPC decoding → CB CRC → concatenation → TB
 * CRC ({@link SharedChannelDecoder}). The grid-level composition with a channel estimator and an equalizer is
 * {@link SharedChannelProcessor}. Buffers are sized from {@link SchLimits}; nothing is allocated per slot with an
 * unchanged configuration. The code blocks are decoded on {@link SchDecoderConfig#numThreads()} threads (the caller's
 * and worker threads the decoder owns; see {@link SharedChannelDecoder}); {@link #close()} stops them. One caller at
 * a time (not thread-safe).
 */
public abstract sealed class SharedChannelReceiver implements AutoCloseable permits PdschReceiver, PuschReceiver {

    private final SharedChannel channel;
    private final SoftDemapper demapper;
    private final SharedChannelDecoder decoder;
    private final float[] llr;

    SharedChannelReceiver(SharedChannel channel, SchLimits limits, SchDecoderConfig decoderConfig,
                          SoftDemapper demapper) {
        this.channel = channel;
        this.demapper = Objects.requireNonNull(demapper, "demapper");
        this.decoder = new SharedChannelDecoder(limits, decoderConfig);
        this.llr = new float[limits.maxG()];
    }

    /** PDSCH or PUSCH. */
    public SharedChannel channel() {
        return channel;
    }

    /** The TB decoder (for its configuration). */
    public SharedChannelDecoder decoder() {
        return decoder;
    }

    /**
     * Decodes one transmission from equalized symbols.
     *
     * @param symbols     G/Q_m soft symbols, interleaved, codeword order (symbol υ·i + j = layer j of data RE i)
     * @param noiseVar    G/Q_m post-equalization noise variances
     * @param rv          redundancy version 0..3
     * @param harqProcess soft buffer index
     * @param newData     first transmission of this TB (clears the soft buffer)
     * @param tbOut       Modified: TBS/8 bytes
     * @param result      Modified: CRC outcome and decoder statistics
     */
    public void decodeEqualized(PxschConfig cfg, float[] symbols, float[] noiseVar, int rv, int harqProcess,
                                boolean newData, byte[] tbOut, int tbOutOffset, SchDecodeResult result) {
        Objects.requireNonNull(cfg, "cfg");
        if (cfg.channel() != channel) {
            throw new IllegalArgumentException("a " + channel + " receiver got a " + cfg.channel()
                    + " configuration");
        }
        int nSym = cfg.numSymbolsTotal();
        int g = nSym * cfg.qm();
        if (symbols.length < 2 * nSym || noiseVar.length < nSym) {
            throw new IllegalArgumentException("symbols must hold 2·G/Qm = " + 2 * nSym + " floats and noiseVar "
                    + nSym + " values (TS 38.212 §7.2.7), were " + symbols.length + ", " + noiseVar.length);
        }
        demapper.demap(cfg.modulation(), symbols, 0, noiseVar, 0, nSym, llr, 0, 0);
        SchScrambling.descramble(cfg.scramblingCinit(), llr, 0, g);
        decoder.decode(cfg, rv, harqProcess, newData, llr, 0, g, tbOut, tbOutOffset, result);
    }

    /** Stops the decoder's code-block worker threads; idempotent. */
    @Override
    public void close() {
        decoder.close();
    }
}
