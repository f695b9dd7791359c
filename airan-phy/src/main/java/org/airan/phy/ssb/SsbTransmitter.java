package org.airan.phy.ssb;

import java.util.Arrays;
import java.util.Objects;
import org.airan.phy.dft.DftProcessor;
import org.airan.phy.dft.JTransformsDftProcessor;
import org.airan.phy.grid.ResourceGrid;

/**
 * Transmits an SS burst set (TS 38.213 §4.1) with one beam per SSB index: for every transmitted SSB index the
 * 864 coded PBCH bits are scrambled (TS 38.211 §7.3.3.1), QPSK-modulated (§7.3.3.2), mapped with PSS, SSS and
 * PBCH DM-RS into the block (§7.4.3.1), multiplied by the SSB index's weight on each antenna, and placed at the
 * candidate symbol of TS 38.213 §4.1 — either into resource grids of a half frame at the SSB numerology, or as
 * time-domain baseband IQ (normal CP, TS 38.211 §5.3.1) with the SSB centre (SS_REF, subcarrier 120) at a chosen
 * frequency offset from DC.
 *
 * <p>The §5.4 up-conversion phase term is not applied (it is a constant phase per OFDM symbol, which the
 * receivers of this project estimate per symbol). Not thread-safe; scratch is sized in the constructor.
 */
public final class SsbTransmitter {

    private final SsbBurstConfig config;
    private final SsbMapper mapper = new SsbMapper();
    private final byte[] bits = new byte[SsbLayout.PBCH_BITS];
    private final float[] symbols = new float[2 * SsbLayout.PBCH_SYMBOLS];
    private final float[] block = new float[2 * SsbLayout.NUM_SYMBOLS * SsbLayout.NUM_SUBCARRIERS];
    private DftProcessor dft;
    private float[] sym;

    /** @param config the burst set */
    public SsbTransmitter(SsbBurstConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The burst set configuration. */
    public SsbBurstConfig config() {
        return config;
    }

    /** Fills {@link #block} with SSB index {@code i} before beamforming. */
    private void buildBlock(int i, int halfFrame, PbchBitSource source) {
        int lMax = config.pattern().lMax();
        source.pbchBits(i, halfFrame, bits, 0);
        PbchModulation.scramble(bits, 0, config.pci(), i, lMax);
        PbchModulation.qpsk(bits, 0, symbols, 0, SsbLayout.PBCH_SYMBOLS);
        mapper.map(config.pci(), SsbSequences.iSsbBar(i, halfFrame, lMax), symbols, 0, config.power(), 1f, 0f,
                block, 0, SsbLayout.NUM_SUBCARRIERS, 0, 0);
    }

    /**
     * Maps every transmitted SSB of one half frame into {@code grid}: one port per antenna, at least
     * {@link SsbBurstPattern#symbolsPerHalfFrame()} symbols, SSB subcarrier 0 at grid subcarrier
     * {@code firstSubcarrier}. REs outside the SSBs are left untouched.
     *
     * @param halfFrame n_hf, 0 or 1
     * @param source    the coded PBCH bits per SSB index
     * @param grid      Modified
     */
    public void mapHalfFrame(int halfFrame, PbchBitSource source, ResourceGrid grid, int firstSubcarrier) {
        SsbBurstPattern p = config.pattern();
        if (grid.numPorts() != config.numAntennas()) {
            throw new IllegalArgumentException("grid must have numAntennas = " + config.numAntennas() + " ports, had "
                    + grid.numPorts());
        }
        if (grid.numSymbols() < p.firstSymbol(lastIndex()) + SsbLayout.NUM_SYMBOLS) {
            throw new IllegalArgumentException("grid must hold the half frame's SSB symbols (≥ "
                    + (p.firstSymbol(lastIndex()) + SsbLayout.NUM_SYMBOLS) + "), had " + grid.numSymbols());
        }
        int kk = grid.numSubcarriers();
        if (firstSubcarrier < 0 || firstSubcarrier + SsbLayout.NUM_SUBCARRIERS > kk) {
            throw new IllegalArgumentException("firstSubcarrier must leave room for 240 subcarriers in " + kk
                    + ", was " + firstSubcarrier);
        }
        for (int i = 0; i < p.lMax(); i++) {
            if (!config.transmitted(i)) {
                continue;
            }
            buildBlock(i, halfFrame, source);
            int l0 = p.firstSymbol(i);
            for (int a = 0; a < config.numAntennas(); a++) {
                float wr = config.weightRe(i, a);
                float wi = config.weightIm(i, a);
                float[] g = grid.data(a);
                for (int l = 0; l < SsbLayout.NUM_SYMBOLS; l++) {
                    int dst = grid.offset(l0 + l, firstSubcarrier);
                    int src = 2 * l * SsbLayout.NUM_SUBCARRIERS;
                    for (int k = 0; k < SsbLayout.NUM_SUBCARRIERS; k++) {
                        float xr = block[src + 2 * k];
                        float xi = block[src + 2 * k + 1];
                        g[dst + 2 * k] = xr * wr - xi * wi;
                        g[dst + 2 * k + 1] = xr * wi + xi * wr;
                    }
                }
            }
        }
    }

    private int lastIndex() {
        return 63 - Long.numberOfLeadingZeros(config.ssbBitmap());
    }

    /**
     * Number of samples of one half frame (5 ms) at {@code sampleRateHz}.
     */
    public static int halfFrameSamples(double sampleRateHz) {
        return (int) Math.round(sampleRateHz * 5e-3);
    }

    /**
     * Writes the time-domain baseband of one half frame's SSBs, added to {@code out[a]} from float index
     * {@code outOff} (sample 0 = start of the half frame). The sample rate must be a multiple of 128·SCS so that
     * every cyclic prefix is whole samples (TS 38.211 §5.3.1). The SSB centre sits at {@code ssbOffsetHz} from DC,
     * with a phase continuous over the output (phase 0 at sample 0). Signals are unnormalized: each RE of the
     * SSB contributes its |a|² to the mean sample power.
     *
     * @param out Modified: one interleaved array per antenna, at least {@code outOff + 2·halfFrameSamples}
     */
    public void modulateHalfFrame(int halfFrame, PbchBitSource source, double sampleRateHz, double ssbOffsetHz,
                                  float[][] out, int outOff) {
        SsbBurstPattern p = config.pattern();
        double scs = p.subcarrierSpacingKhz() * 1e3;
        double nd = sampleRateHz / scs;
        int n = (int) Math.round(nd);
        if (Math.abs(nd - n) > 1e-9 || n % 128 != 0 || n < 256) {
            throw new IllegalArgumentException("sampleRateHz must be a multiple of 128·SCS (≥ 256·SCS) so that the "
                    + "TS 38.211 §5.3.1 cyclic prefixes are whole samples, was " + sampleRateHz + " for SCS " + scs);
        }
        if (Math.abs(ssbOffsetHz) + 120 * scs > sampleRateHz / 2) {
            throw new IllegalArgumentException("ssbOffsetHz " + ssbOffsetHz + " puts the SSB (±" + 120 * scs
                    + " Hz) outside the sampled band ±" + sampleRateHz / 2);
        }
        if (out.length != config.numAntennas()) {
            throw new IllegalArgumentException("out must have numAntennas = " + config.numAntennas() + " arrays");
        }
        int total = halfFrameSamples(sampleRateHz);
        for (float[] o : out) {
            Objects.checkFromIndexSize(outOff, 2 * total, o.length);
        }
        if (dft == null || dft.size() != n) {
            dft = new JTransformsDftProcessor(n);
            sym = new float[2 * n];
        }
        int cp = 9 * n / 128;
        for (int i = 0; i < p.lMax(); i++) {
            if (!config.transmitted(i)) {
                continue;
            }
            buildBlock(i, halfFrame, source);
            for (int a = 0; a < config.numAntennas(); a++) {
                float wr = config.weightRe(i, a);
                float wi = config.weightIm(i, a);
                for (int l = 0; l < SsbLayout.NUM_SYMBOLS; l++) {
                    Arrays.fill(sym, 0f);
                    int src = 2 * l * SsbLayout.NUM_SUBCARRIERS;
                    for (int k = 0; k < SsbLayout.NUM_SUBCARRIERS; k++) {
                        int bin = Math.floorMod(k - SsbLayout.SS_REF_SUBCARRIER, n);
                        float xr = block[src + 2 * k];
                        float xi = block[src + 2 * k + 1];
                        sym[2 * bin] = xr * wr - xi * wi;
                        sym[2 * bin + 1] = xr * wi + xi * wr;
                    }
                    dft.transform(DftProcessor.Direction.INVERSE, sym, 0);
                    long start = SsbBurstPattern.symbolStartSample(p.firstSymbol(i) + l, p.ssbCase().numerology(), n);
                    float[] o = out[a];
                    for (int s = 0; s < n + cp; s++) {
                        long t = start + s;
                        if (t >= total) {
                            break;
                        }
                        int u = Math.floorMod(s - cp, n);
                        double ph = 2 * Math.PI * ssbOffsetHz * t / sampleRateHz;
                        float c = (float) Math.cos(ph);
                        float sn = (float) Math.sin(ph);
                        float yr = sym[2 * u];
                        float yi = sym[2 * u + 1];
                        int idx = outOff + 2 * (int) t;
                        o[idx] += yr * c - yi * sn;
                        o[idx + 1] += yr * sn + yi * c;
                    }
                }
            }
        }
    }
}
