package org.airan.phy.sch;

import java.util.Objects;
import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.mimo.Equalizer;
import org.airan.phy.mimo.Equalizers;

/**
 * The shared-channel equalizer seam ({@link SchEqualizer}) served by the block equalizers of
 * {@code org.airan.phy.mimo} (unbiased MMSE or ZF with the structure-of-arrays 1- and 2-layer paths): each OFDM symbol
 * of the allocation is equalized as one contiguous run of 12·N_PRB REs straight from the received grid and the
 * channel estimate, then the data REs are gathered into codeword order (symbol υ·i + j = layer j of data RE i,
 * TS 38.211 §7.3.1.3 / §7.3.1.5). Symbols that carry no data (DM-RS symbols whose CDM groups are all without data)
 * are skipped.
 *
 * <p>Noise: the {@code mimo} equalizers take one N_0 for all antennas, so this uses the mean of the estimate's
 * per-antenna noise variances (the DM-RS estimators report one N_0 for all antennas, so nothing is lost there;
 * {@link MmseSchEqualizer} whitens per antenna when they differ). The MMSE output and its σ² are the same quantities
 * as {@link MmseSchEqualizer}'s (unbiased estimate, σ² = 1/SINR). Scratch sized once; nothing allocated per call.
 * Not thread-safe.
 */
public final class MimoSchEqualizer implements SchEqualizer {

    private final Equalizer equalizer;
    private final int maxLayers;
    private final float[][] sym;
    private final float[][] nv;
    private final float[][] rxView;
    private final float[][] hView;

    /**
     * @param kind           MMSE or ZF
     * @param maxRx          largest number of receive antennas, 1..64
     * @param maxLayers      largest υ, 1..4
     * @param numSubcarriers largest allocation width in subcarriers (12·N_PRB)
     */
    public MimoSchEqualizer(Equalizers.Kind kind, int maxRx, int maxLayers, int numSubcarriers) {
        Objects.requireNonNull(kind, "kind");
        if (maxLayers < 1 || maxLayers > 4 || maxRx < 1 || maxRx > 64 || numSubcarriers < 12) {
            throw new IllegalArgumentException("maxLayers must be in [1, 4], maxRx in [1, 64], numSubcarriers ≥ 12; "
                    + "were " + maxLayers + ", " + maxRx + ", " + numSubcarriers);
        }
        this.equalizer = Equalizers.create(kind, maxRx);
        this.maxLayers = maxLayers;
        this.sym = new float[maxLayers][2 * numSubcarriers];
        this.nv = new float[maxLayers][numSubcarriers];
        this.rxView = new float[maxRx][];
        this.hView = new float[maxRx * maxLayers][];
    }

    @Override
    public void equalize(ResourceGrid rx, ChannelEstimate h, DmrsConfig dmrs, float[] symbols, float[] noiseVar) {
        int nRx = h.numRx();
        int nl = dmrs.numLayers();
        int kLen = 12 * dmrs.numPrb();
        if (nl > maxLayers || nRx > rxView.length || rx.numPorts() < nRx || h.numLayers() != nl
                || kLen > nv[0].length) {
            throw new IllegalArgumentException("equalizer sized for ≤ " + maxLayers + " layers, ≤ " + rxView.length
                    + " antennas, ≤ " + nv[0].length + " subcarriers; got " + nl + " layers, " + rx.numPorts()
                    + " rx ports, estimate " + h.numRx() + "×" + h.numLayers() + ", " + kLen + " subcarriers");
        }
        int total = dmrs.numDataRe() * nl;
        if (symbols.length < 2 * total || noiseVar.length < total) {
            throw new IllegalArgumentException("symbols must hold 2·" + total + " and noiseVar " + total + " values");
        }
        for (int r = 0; r < nRx; r++) {
            rxView[r] = rx.data(r);
            for (int j = 0; j < nl; j++) {
                hView[r * nl + j] = h.data(r, j);
            }
        }
        float n0 = h.meanNoiseVariance();
        int mask = dmrs.dmrsSymbolMask();
        int k0 = 12 * dmrs.startPrb();
        boolean dataInDmrs = dmrs.dataRePerPrbInDmrsSymbol() > 0;
        int idx = 0;
        for (int l = dmrs.startSymbol(); l < dmrs.startSymbol() + dmrs.numSymbols(); l++) {
            boolean dm = (mask & (1 << l)) != 0;
            if (dm && !dataInDmrs) {
                continue;
            }
            int o = rx.offset(l, k0);
            int oh = h.grid().offset(l, k0);
            if (o != oh) {
                throw new IllegalArgumentException("received grid and estimate differ in shape: " + rx.shape()
                        + " vs " + h.grid().shape());
            }
            equalizer.equalize(rxView, o, hView, oh, nRx, nl, kLen, n0, sym, 0, nv, null, 0);
            for (int k = 0; k < kLen; k++) {
                if (dm && dmrs.isReservedInDmrsSymbol(k0 + k)) {
                    continue;
                }
                for (int j = 0; j < nl; j++) {
                    symbols[2 * idx] = sym[j][2 * k];
                    symbols[2 * idx + 1] = sym[j][2 * k + 1];
                    noiseVar[idx] = nv[j][k];
                    idx++;
                }
            }
        }
    }
}
