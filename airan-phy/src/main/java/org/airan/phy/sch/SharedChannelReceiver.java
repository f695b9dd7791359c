package org.airan.phy.sch;

import java.util.Objects;
import java.util.function.Supplier;
import org.airan.phy.coding.ldpc.LdpcDecoderConfig;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.modulation.SoftDemapper;
import org.airan.phy.transformprecoding.DespreadingMode;
import org.airan.phy.transformprecoding.TransformPrecoder;
import org.airan.phy.transformprecoding.TransformPrecoders;

/**
 * Receive chain of a shared channel after equalization: soft symbols (codeword order, see {@link SchEqualizer}) →
 * (PUSCH with transform precoding: inverse DFT of each OFDM symbol's M_sc equalized symbols with the noise variance
 * handled as a linear MMSE frequency-domain equalizer by default, {@link TransformPrecoder#deprecodeMmse}, or as the
 * plain inverse DFT with the per-RE noise variances averaged, {@link TransformPrecoder#deprecode}; into a buffer of
 * this receiver, on the calling thread) → per code block: soft demapping → descrambling (TS 38.211 §7.3.1.1 /
 * §6.3.1.1) → rate recovery with HARQ combining → LDPC decoding → CB CRC → concatenation → TB
 * CRC ({@link SharedChannelDecoder}). The grid-level composition with a channel estimator and an equalizer is
 * {@link SharedChannelProcessor}. Buffers are sized from {@link SchLimits}; nothing is allocated per slot with an
 * unchanged configuration. Demapping and descrambling run per code-block range (the same split for any thread count),
 * on the thread that decodes the block. The code blocks are decoded on {@link SchDecoderConfig#numThreads()} threads (the caller's
 * and worker threads the decoder owns; see {@link SharedChannelDecoder}); {@link #close()} stops them. One caller at
 * a time (not thread-safe).
 */
public abstract sealed class SharedChannelReceiver implements AutoCloseable permits PdschReceiver, PuschReceiver {

    private final SharedChannel channel;
    private final SoftDemapper[] demappers;
    private final SharedChannelDecoder decoder;
    private final float[] llr;
    private final TransformPrecoder precoder;
    private final float[] tpSymbols;
    private final float[] tpNoiseVar;
    private final DespreadingMode despreading;
    private final SharedChannelDecoder.BlockLlrSource blockSource = this::demapBlock;
    // the slot being decoded (read by the participants in demapBlock)
    private PxschConfig current;
    private float[] currentSymbols;
    private float[] currentNoiseVar;

    SharedChannelReceiver(SharedChannel channel, SchLimits limits, SchDecoderConfig decoderConfig,
                          Supplier<? extends SoftDemapper> demappers, DespreadingMode despreading) {
        this.channel = channel;
        this.despreading = Objects.requireNonNull(despreading, "despreading");
        Objects.requireNonNull(demappers, "demappers");
        this.demappers = new SoftDemapper[decoderConfig.numThreads()];
        for (int i = 0; i < this.demappers.length; i++) {
            this.demappers[i] = Objects.requireNonNull(demappers.get(), "demapper");
        }
        for (int i = 1; i < this.demappers.length; i++) {
            if (this.demappers[i] == this.demappers[0]) {
                throw new IllegalArgumentException("demappers must supply a new SoftDemapper per thread (they are not "
                        + "thread-safe) for numThreads = " + decoderConfig.numThreads());
            }
        }
        boolean tp = channel == SharedChannel.PUSCH;
        this.precoder = tp ? TransformPrecoders.create(limits.maxPrb()) : null;
        this.tpSymbols = tp ? new float[2 * limits.maxDataRe()] : null;
        this.tpNoiseVar = tp ? new float[limits.maxDataRe()] : null;
        this.decoder = new SharedChannelDecoder(limits, decoderConfig);
        this.llr = new float[limits.maxG()];
    }

    SharedChannelReceiver(SharedChannel channel, SchLimits limits, SchDecoderConfig decoderConfig,
                          Supplier<? extends SoftDemapper> demappers) {
        this(channel, limits, decoderConfig, demappers, DespreadingMode.MMSE);
    }

    SharedChannelReceiver(SharedChannel channel, SchLimits limits, int numHarqProcesses,
                          LdpcDecoderConfig decoderConfig, SoftDemapper demapper) {
        this(channel, limits, numHarqProcesses, decoderConfig, demapper, DespreadingMode.MMSE);
    }

    SharedChannelReceiver(SharedChannel channel, SchLimits limits, int numHarqProcesses,
                          LdpcDecoderConfig decoderConfig, SoftDemapper demapper,
                          DespreadingMode despreading) {
        this(channel, limits, new SchDecoderConfig(numHarqProcesses, decoderConfig, 1, true),
                singleton(Objects.requireNonNull(demapper, "demapper")), despreading);
    }

    private static Supplier<SoftDemapper> singleton(SoftDemapper d) {
        return () -> d;
    }

    /** How transform-precoded symbols are de-spread (PUSCH). */
    public DespreadingMode despreading() {
        return despreading;
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
     * @param symbols     G/Q_m soft symbols, interleaved, codeword order (symbol υ·i + j = layer j of data RE i); with
     *                    transform precoding these are the equalized frequency-domain values of the data REs, which
     *                    this method de-spreads into its own buffer (the array is not modified)
     * @param noiseVar    G/Q_m post-equalization noise variances (per RE; not modified)
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
        float[] sym = symbols;
        float[] nv = noiseVar;
        if (cfg.isTransformPrecoded()) {
            int mSc = 12 * cfg.dmrs().numPrb();
            System.arraycopy(symbols, 0, tpSymbols, 0, 2 * nSym);
            System.arraycopy(noiseVar, 0, tpNoiseVar, 0, nSym);
            if (despreading == DespreadingMode.MMSE) {
                precoder.deprecodeMmse(tpSymbols, 0, tpNoiseVar, 0, mSc, nSym / mSc);
            } else {
                precoder.deprecode(tpSymbols, 0, tpNoiseVar, 0, mSc, nSym / mSc);
            }
            sym = tpSymbols;
            nv = tpNoiseVar;
        }
        current = cfg;
        currentSymbols = sym;
        currentNoiseVar = nv;
        try {
            decoder.decode(cfg, rv, harqProcess, newData, blockSource, llr, 0, g, tbOut, tbOutOffset, result);
        } finally {
            currentSymbols = null;
            currentNoiseVar = null;
        }
    }

    /**
     * Demaps and descrambles the LLRs of one code block: E_r is a multiple of υ·Q_m (TS 38.212 §5.4.2.1), so the
     * block's LLRs are those of whole symbols [start/Q_m, (start + E_r)/Q_m).
     */
    private void demapBlock(int participant, int start, int length) {
        PxschConfig cfg = current;
        int qm = cfg.qm();
        int s0 = start / qm;
        demappers[participant].demap(cfg.modulation(), currentSymbols, 2 * s0, currentNoiseVar, s0, length / qm, llr,
                start, s0);
        SchScrambling.descramble(cfg.scramblingCinit(), start, llr, start, length);
    }

    /** Stops the decoder's code-block worker threads; idempotent. */
    @Override
    public void close() {
        decoder.close();
    }
}
