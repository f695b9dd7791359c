package org.airan.phy.sch;

import java.util.Objects;
import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.dmrs.PxschDmrsGenerator;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.modulation.ModulationMapper;
import org.airan.phy.transformprecoding.TransformPrecoder;
import org.airan.phy.transformprecoding.TransformPrecoders;

/**
 * Transmit chain of a shared channel, TB to resource grid (TS 38.212 §7.2 / §6.2 then TS 38.211 §7.3.1 / §6.3.1):
 * TB CRC → segmentation → LDPC → rate matching → concatenation ({@link SharedChannelEncoder}) → scrambling →
 * modulation → layer mapping → (PUSCH with transform precoding: DFT spreading of each OFDM symbol's M_sc symbols,
 * TS 38.211 §6.3.1.4, and the low-PAPR DM-RS of §6.4.1.1.1.2) → mapping of data and DM-RS to the REs of the allocation, layer j on grid port j
 * (DM-RS port {@code dmrs.port(j)}; no precoding). Data REs have unit average energy; DM-RS REs carry β_DMRS² (TS
 * 38.214 Table 4.1-1 / 6.2.2-1). Buffers are sized from {@link SchLimits}; nothing is allocated per slot with an
 * unchanged configuration. Not thread-safe.
 */
public abstract sealed class SharedChannelTransmitter permits PdschTransmitter, PuschTransmitter {

    private final SharedChannel channel;
    private final SharedChannelEncoder encoder;
    private final PxschDmrsGenerator dmrsGenerator = new PxschDmrsGenerator();
    private final byte[] bits;
    private final float[] symbols;
    private final TransformPrecoder precoder;

    SharedChannelTransmitter(SharedChannel channel, SchLimits limits) {
        this.channel = channel;
        this.encoder = new SharedChannelEncoder(limits);
        this.precoder = channel == SharedChannel.PUSCH ? TransformPrecoders.create(limits.maxPrb()) : null;
        this.bits = new byte[limits.maxG()];
        this.symbols = new float[2 * limits.maxSymbols()];
    }

    /** PDSCH or PUSCH. */
    public SharedChannel channel() {
        return channel;
    }

    /**
     * Encodes and maps one transport block into {@code grid} (data and DM-RS REs of the allocation are written on
     * ports 0..υ−1; other REs are untouched).
     *
     * @param slotInFrame n_s,f for the DM-RS
     * @param rv          redundancy version 0..3
     * @param tb          TBS/8 bytes from {@code tbOffset}
     * @param grid        Modified: ≥ υ ports, 14 symbols, covering the allocation
     */
    public void transmit(PxschConfig cfg, int slotInFrame, int rv, byte[] tb, int tbOffset, int tbLength,
                         ResourceGrid grid) {
        Objects.requireNonNull(cfg, "cfg");
        if (cfg.channel() != channel) {
            throw new IllegalArgumentException("a " + channel + " transmitter got a " + cfg.channel()
                    + " configuration");
        }
        DmrsConfig dmrs = cfg.dmrs();
        int g = encoder.encode(cfg, rv, tb, tbOffset, tbLength, bits, 0);
        SchScrambling.scramble(cfg.scramblingCinit(), bits, 0, g);
        int nSym = g / cfg.qm();
        ModulationMapper.map(cfg.modulation(), bits, 0, nSym, symbols, 0);
        TransformPrecoding tp = cfg.transformPrecoding();
        if (tp != null) {
            // One layer and no data in DM-RS symbols (checked by PxschConfig): every data symbol holds M_sc values.
            int mSc = 12 * dmrs.numPrb();
            precoder.precode(symbols, 0, mSc, nSym / mSc);
        }
        dmrsGenerator.map(dmrs, tp == null ? null : tp.dmrs(), slotInFrame, grid);
        int nl = cfg.numLayers();
        int mask = dmrs.dmrsSymbolMask();
        int k0 = 12 * dmrs.startPrb();
        int k1 = 12 * (dmrs.startPrb() + dmrs.numPrb());
        int s = 0;
        for (int l = dmrs.startSymbol(); l < dmrs.startSymbol() + dmrs.numSymbols(); l++) {
            boolean dm = (mask & (1 << l)) != 0;
            for (int k = k0; k < k1; k++) {
                if (dm && dmrs.isReservedInDmrsSymbol(k)) {
                    continue;
                }
                int o = grid.offset(l, k);
                for (int j = 0; j < nl; j++) {
                    float[] d = grid.data(j);
                    d[o] = symbols[2 * s];
                    d[o + 1] = symbols[2 * s + 1];
                    s++;
                }
            }
        }
    }
}
