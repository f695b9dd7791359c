package org.airan.phy.dmrs;

import java.util.Objects;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.sequence.GoldSequence;

/**
 * Generates and maps the PDSCH/PUSCH DM-RS of TS 38.211 §7.4.1.1 / §6.4.1.1 (CP-OFDM):
 * <pre>
 * r(m)     = (1 − 2c(2m))/√2 + j(1 − 2c(2m+1))/√2
 * c_init   = (2^17 (N_symb^slot·n_s,f + l + 1)(2 N_ID + 1) + 2 N_ID + n_SCID) mod 2^31
 * a(k, l)  = β_DMRS · w_f(k') · w_t(l') · r(2n + k')
 * </pre>
 * with β_DMRS from the data-to-DM-RS EPRE ratio of TS 38.214 Table 4.1-1 / 6.2.2-1 (so data REs have unit energy).
 * The Rel-16 λ̄ term of c_init (dmrs-Downlink-r16 / dmrs-Uplink-r16) is not applied (λ̄ = 0).
 *
 * <p>Values are produced in the order of {@link DmrsConfig#dmrsSubcarrier(int, int)}, i = 0 .. numPrb·(6|4) − 1,
 * which is the order a channel estimator reads the received DM-RS REs in. Scratch is sized for 275 PRBs; no
 * allocation per call. Not thread-safe.
 */
public final class PxschDmrsGenerator {

    private final float[] r = new float[2 * DmrsConfig.MAX_PRB * 6];

    /** A generator with scratch for the largest grid. */
    public PxschDmrsGenerator() {
    }

    /** c_init of §7.4.1.1.1 / §6.4.1.1.1.1 (Rel-15 form), computed in 64-bit arithmetic. */
    public static int cInit(int symbolsPerSlot, int slotInFrame, int l, int nId, int nScid) {
        if (nId < 0 || nId > 65535) {
            throw new IllegalArgumentException("nId must be in [0, 65535] (TS 38.211 §7.4.1.1.1), was " + nId);
        }
        if (slotInFrame < 0 || slotInFrame >= 320) {
            throw new IllegalArgumentException("slotInFrame must be in [0, 319] (TS 38.211 §4.3.2), was "
                    + slotInFrame);
        }
        long v = (1L << 17) * ((long) symbolsPerSlot * slotInFrame + l + 1) * (2L * nId + 1) + 2L * nId + nScid;
        return (int) (v & 0x7FFFFFFFL);
    }

    /**
     * Writes the DM-RS values a(k, l) of layer {@code layer} in DM-RS symbol {@code l}: {@link
     * DmrsConfig#dmrsRePerSymbol()} complex values, interleaved, in the order of {@link
     * DmrsConfig#dmrsSubcarrier(int, int)}.
     *
     * @param out Modified: 2·dmrsRePerSymbol floats from {@code outOffset}
     */
    public void generate(DmrsConfig cfg, int slotInFrame, int l, int layer, float[] out, int outOffset) {
        generate(cfg, null, slotInFrame, l, layer, out, outOffset);
    }

    /**
     * As {@link #generate(DmrsConfig, int, int, int, float[], int)}, with the transform-precoded PUSCH sequence of
     * TS 38.211 §6.4.1.1.1.2 ({@link LowPaprDmrs}) in place of the Gold-sequence QPSK one when {@code lowPapr} is not
     * null. Mapping, covers and β_DMRS are the same (§6.4.1.1.3).
     *
     * @param lowPapr low-PAPR DM-RS parameters, or null for CP-OFDM
     */
    public void generate(DmrsConfig cfg, LowPaprDmrs lowPapr, int slotInFrame, int l, int layer, float[] out,
                         int outOffset) {
        if (!cfg.isDmrsSymbol(l)) {
            throw new IllegalArgumentException("symbol l=" + l + " carries no DM-RS for " + cfg);
        }
        Objects.checkIndex(layer, cfg.numLayers());
        int n = cfg.dmrsRePerSymbol();
        Objects.checkFromIndexSize(outOffset, 2 * n, out.length);
        if (lowPapr != null) {
            lowPapr.sequence(cfg.numPrb(), slotInFrame, l, out, outOffset);
        } else {
            int cInit = cInit(DmrsConfig.SYMBOLS_PER_SLOT, slotInFrame, l, cfg.scramblingId(), cfg.nScid());
            GoldSequence.qpskSequence(cInit, cfg.sequenceIndex(0), out, outOffset, n);
        }
        int p = cfg.port(layer);
        float beta = (float) org.airan.phy.nr.Epre.dmrsAmplitude(cfg.numCdmGroupsWithoutData());
        float wt = DmrsConfig.wt(cfg.type(), p, cfg.lPrime(l));
        for (int i = 0; i < n; i++) {
            float s = beta * wt * DmrsConfig.wf(p, i & 1);
            out[outOffset + 2 * i] *= s;
            out[outOffset + 2 * i + 1] *= s;
        }
    }

    /**
     * Maps the DM-RS of every layer into {@code grid}: layer i goes to grid port i (the DM-RS port {@code
     * cfg.port(i)} is carried on grid port i; precoding, if any, is applied afterwards). Other REs are untouched.
     *
     * @param grid Modified: at least {@code cfg.numLayers()} ports, 14 symbols, covering the allocation
     */
    public void map(DmrsConfig cfg, int slotInFrame, ResourceGrid grid) {
        map(cfg, null, slotInFrame, grid);
    }

    /**
     * As {@link #map(DmrsConfig, int, ResourceGrid)} with the low-PAPR sequence of the transform-precoded PUSCH
     * (TS 38.211 §6.4.1.1.1.2) when {@code lowPapr} is not null.
     */
    public void map(DmrsConfig cfg, LowPaprDmrs lowPapr, int slotInFrame, ResourceGrid grid) {
        if (grid.numPorts() < cfg.numLayers() || grid.numSymbols() < DmrsConfig.SYMBOLS_PER_SLOT
                || grid.numSubcarriers() < 12 * (cfg.startPrb() + cfg.numPrb())) {
            throw new IllegalArgumentException("grid " + grid.shape() + " cannot hold " + cfg.numLayers()
                    + " layers × 14 symbols × " + 12 * (cfg.startPrb() + cfg.numPrb()) + " subcarriers");
        }
        int mask = cfg.dmrsSymbolMask();
        int n = cfg.dmrsRePerSymbol();
        for (int layer = 0; layer < cfg.numLayers(); layer++) {
            float[] dst = grid.data(layer);
            for (int m = mask; m != 0; m &= m - 1) {
                int l = Integer.numberOfTrailingZeros(m);
                generate(cfg, lowPapr, slotInFrame, l, layer, r, 0);
                for (int i = 0; i < n; i++) {
                    int o = grid.offset(l, cfg.dmrsSubcarrier(layer, i));
                    dst[o] = r[2 * i];
                    dst[o + 1] = r[2 * i + 1];
                }
            }
        }
    }

    /**
     * Lists the DM-RS REs of layer {@code layer} over the whole slot: symbol l and subcarrier k of entry j, symbols
     * in increasing order, subcarriers as in {@link DmrsConfig#dmrsSubcarrier(int, int)}.
     *
     * @return the number of REs written (numDmrsSymbols × dmrsRePerSymbol)
     */
    public static int dmrsResourceElements(DmrsConfig cfg, int layer, int[] symbols, int[] subcarriers) {
        Objects.checkIndex(layer, cfg.numLayers());
        int n = cfg.dmrsRePerSymbol();
        int total = cfg.numDmrsSymbols() * n;
        if (symbols.length < total || subcarriers.length < total) {
            throw new IllegalArgumentException("symbols and subcarriers must hold " + total + " entries");
        }
        int j = 0;
        for (int m = cfg.dmrsSymbolMask(); m != 0; m &= m - 1) {
            int l = Integer.numberOfTrailingZeros(m);
            for (int i = 0; i < n; i++) {
                symbols[j] = l;
                subcarriers[j++] = cfg.dmrsSubcarrier(layer, i);
            }
        }
        return j;
    }
}
