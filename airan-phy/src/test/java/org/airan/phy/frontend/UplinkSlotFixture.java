package org.airan.phy.frontend;

import java.util.SplittableRandom;
import org.airan.phy.Backend;
import org.airan.phy.channel.FadingChannel;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.modulation.ModulationMapper;
import org.airan.phy.ofdm.Ofdm;
import org.airan.phy.ofdm.OfdmModulator;

/**
 * A batch of synthetic uplink slots for front-end tests: per item, random codeword bits mapped to the data REs
 * in codeword order (layer v of data RE i is symbol i·L + v), random QPSK DMRS per CDM group on each layer's comb
 * with its port's frequency cover (so layers 2-3 share the groups of layers 0-1 through the FD-OCC), a
 * two-path channel per (antenna, layer) well inside the CP (applied per subcarrier, which equals the time-domain
 * convolution for a path shorter than the CP), CPU OFDM modulation per antenna and white Gaussian noise.
 */
public final class UplinkSlotFixture {

    /** {@code in[item][rx]}: time samples. */
    public final float[][][] in;
    /** {@code pilots[item]}: transmitted DMRS [layer][DMRS symbol][pilot]. */
    public final float[][] pilots;
    /** {@code bits[item]}: the codeword bits, one per byte. */
    public final byte[][] bits;
    /** N_0 per item in grid units (time-domain variance × K/N). */
    public final float[] noiseVariance;
    /** The slot number used. */
    public final int slot;
    /** {@code in} as int16 at {@link #int16Scale} (12 dB below full scale at each item's peak). */
    public final short[][][] in16;
    /** Per item: the value of one int16 step of {@link #in16}. */
    public final float[] int16Scale;
    /** Back-off of the int16 copy below full scale at the item's largest component, dB. */
    public static final double INT16_HEADROOM_DB = 12.0;

    /**
     * @param c       the front end's configuration
     * @param items   batch size
     * @param snrDb   per-RE SNR of one unit-energy layer through a unit-gain path, in dB
     * @param slot    slot number
     * @param seed    random seed
     */
    public UplinkSlotFixture(UplinkFrontEndConfig c, int items, double snrDb, int slot, long seed) {
        this(c, items, snrDb, slot, seed, null);
    }

    /**
     * As {@link #UplinkSlotFixture(UplinkFrontEndConfig, int, double, int, long)}, through {@code channel} (numTx =
     * layers, numRx = antennas; evaluated per RE for slot {@code slot + item}) instead of the two-path channel
     * when it is not null.
     */
    public UplinkSlotFixture(UplinkFrontEndConfig c, int items, double snrDb, int slot, long seed,
                             FadingChannel channel) {
        CarrierConfig carrier = c.ofdm().carrier();
        SplittableRandom rnd = new SplittableRandom(seed);
        OfdmModulator mod = Ofdm.modulator(c.ofdm(), Backend.CPU);
        int k = carrier.numSubcarriers();
        int n = carrier.dftSize();
        int layers = c.numLayers();
        int qm = c.modulation().bitsPerSymbol();
        int firstSc = 12 * c.startRb();
        int nsc = c.numSubcarriers();
        int[] dmrs = c.dmrsSymbols();
        int[] data = c.dataSymbols();
        int len = 2 * carrier.slotLengthSamples(carrier.slotInSubframe(slot));
        double n0 = Math.pow(10, -snrDb / 10);
        double timeSigma = Math.sqrt(n0 * n / k / 2);
        this.slot = slot;
        in = new float[items][c.numRx()][len + 6];
        pilots = new float[items][c.numPilotFloats()];
        bits = new byte[items][c.numLlrs()];
        noiseVariance = new float[items];
        float a = (float) Math.sqrt(0.5);
        for (int item = 0; item < items; item++) {
            noiseVariance[item] = (float) n0;
            ResourceGrid tx = ResourceGrid.forSlot(carrier, layers);
            byte[] b = bits[item];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (rnd.nextBoolean() ? 1 : 0);
            }
            float[] sym = new float[2 * c.numDataRe() * layers];
            ModulationMapper.map(c.modulation(), b, 0, c.numDataRe() * layers, sym, 0, 0);
            for (int ds = 0; ds < data.length; ds++) {
                for (int i = 0; i < nsc; i++) {
                    int e = ds * nsc + i;
                    for (int v = 0; v < layers; v++) {
                        int s = 2 * (e * layers + v);
                        tx.set(v, data[ds], firstSc + i, sym[s], sym[s + 1]);
                    }
                }
            }
            // One QPSK base sequence per CDM group, DMRS symbol and pilot; layer v sends it times w_f(k') of its
            // port (TS 38.211 §6.4.1.1.3: ports of one CDM group share r(m)).
            float[] seq = new float[2 * 2 * dmrs.length * c.numPilots()];
            for (int i = 0; i < seq.length; i++) {
                seq[i] = rnd.nextBoolean() ? a : -a;
            }
            for (int v = 0; v < layers; v++) {
                int group = UplinkFrontEndConfig.comb(v);
                for (int d = 0; d < dmrs.length; d++) {
                    for (int p = 0; p < c.numPilots(); p++) {
                        int w = (p & 1) == 1 ? UplinkFrontEndConfig.occSign(v) : 1;
                        int bi = 2 * ((group * dmrs.length + d) * c.numPilots() + p);
                        float re = w * seq[bi];
                        float im = w * seq[bi + 1];
                        int x = 2 * ((v * dmrs.length + d) * c.numPilots() + p);
                        pilots[item][x] = re;
                        pilots[item][x + 1] = im;
                        tx.set(v, dmrs[d], firstSc + 2 * p + group, re, im);
                    }
                }
            }
            in[item] = channel == null ? receive(c, mod, tx, layers, slot, timeSigma, rnd)
                    : receiveThrough(c, mod, tx, layers, slot, item, timeSigma, rnd, channel);
        }
        in16 = new short[items][c.numRx()][len + 6];
        int16Scale = new float[items];
        for (int item = 0; item < items; item++) {
            float peak = 0f;
            for (int r = 0; r < c.numRx(); r++) {
                peak = Math.max(peak, Int16Samples.peak(in[item][r], 6, len));
            }
            int16Scale[item] = Int16Samples.scaleForPeak(peak, INT16_HEADROOM_DB);
            for (int r = 0; r < c.numRx(); r++) {
                Int16Samples.quantize(in[item][r], 0, in16[item][r], 0, len + 6, int16Scale[item]);
            }
        }
    }

    /**
     * Sends the first {@code layers} ports of {@code tx} through a two-path channel per (antenna, layer) (delays 0
     * and 2 samples, Rayleigh gains of total power 1), OFDM-modulates each antenna and adds white Gaussian noise of
     * standard deviation {@code timeSigma} per real dimension: one slot per antenna from float 6.
     */
    static float[][] receive(UplinkFrontEndConfig c, OfdmModulator mod, ResourceGrid tx, int layers, int slot,
                             double timeSigma, SplittableRandom rnd) {
        CarrierConfig carrier = c.ofdm().carrier();
        int k = carrier.numSubcarriers();
        int n = carrier.dftSize();
        int len = 2 * carrier.slotLengthSamples(carrier.slotInSubframe(slot));
        ResourceGrid rx = ResourceGrid.forSlot(carrier, c.numRx());
        for (int r = 0; r < c.numRx(); r++) {
            for (int v = 0; v < layers; v++) {
                // Two paths: delay 0 and 2 samples, Rayleigh gains of total power 1.
                double g0r = rnd.nextGaussian() * Math.sqrt(0.35);
                double g0i = rnd.nextGaussian() * Math.sqrt(0.35);
                double g1r = rnd.nextGaussian() * Math.sqrt(0.15);
                double g1i = rnd.nextGaussian() * Math.sqrt(0.15);
                int base = carrier.k0() - 6 * carrier.numResourceBlocks();
                for (int kk = 0; kk < k; kk++) {
                    double ph = -2 * Math.PI * (base + kk) * 2.0 / n;
                    double hr = g0r + g1r * Math.cos(ph) - g1i * Math.sin(ph);
                    double hi = g0i + g1r * Math.sin(ph) + g1i * Math.cos(ph);
                    for (int l = 0; l < carrier.symbolsPerSlot(); l++) {
                        float xr = tx.re(v, l, kk);
                        float xi = tx.im(v, l, kk);
                        rx.set(r, l, kk, rx.re(r, l, kk) + (float) (hr * xr - hi * xi),
                                rx.im(r, l, kk) + (float) (hr * xi + hi * xr));
                    }
                }
            }
        }
        float[][] out = new float[c.numRx()][len + 6];
        mod.modulate(rx, slot, out, 6);
        for (int r = 0; r < c.numRx(); r++) {
            for (int i = 0; i < len; i++) {
                out[r][6 + i] += (float) (timeSigma * rnd.nextGaussian());
            }
        }
        return out;
    }

    /** Time-domain noise standard deviation per real dimension for per-RE SNR {@code snrDb} (grid N_0 = 10^(−SNR/10)). */
    static double timeSigma(CarrierConfig carrier, double snrDb) {
        double n0 = Math.pow(10, -snrDb / 10);
        return Math.sqrt(n0 * carrier.dftSize() / carrier.numSubcarriers() / 2);
    }

    /** Like {@link #receive} through the frequency response of {@code channel} for absolute slot slot + item. */
    static float[][] receiveThrough(UplinkFrontEndConfig c, OfdmModulator mod, ResourceGrid tx, int layers, int slot,
                                    int item, double timeSigma, SplittableRandom rnd, FadingChannel channel) {
        CarrierConfig carrier = c.ofdm().carrier();
        int k = carrier.numSubcarriers();
        int syms = carrier.symbolsPerSlot();
        int len = 2 * carrier.slotLengthSamples(carrier.slotInSubframe(slot));
        float[][] h = new float[c.numRx() * layers][2 * syms * k];
        channel.frequencyResponse(slot + item, h, 0);
        ResourceGrid rx = ResourceGrid.forSlot(carrier, c.numRx());
        for (int r = 0; r < c.numRx(); r++) {
            for (int v = 0; v < layers; v++) {
                float[] hq = h[r * layers + v];
                for (int l = 0; l < syms; l++) {
                    for (int kk = 0; kk < k; kk++) {
                        float hr = hq[2 * (l * k + kk)];
                        float hi = hq[2 * (l * k + kk) + 1];
                        float xr = tx.re(v, l, kk);
                        float xi = tx.im(v, l, kk);
                        rx.set(r, l, kk, rx.re(r, l, kk) + hr * xr - hi * xi, rx.im(r, l, kk) + hr * xi + hi * xr);
                    }
                }
            }
        }
        float[][] out = new float[c.numRx()][len + 6];
        mod.modulate(rx, slot, out, 6);
        for (int r = 0; r < c.numRx(); r++) {
            for (int i = 0; i < len; i++) {
                out[r][6 + i] += (float) (timeSigma * rnd.nextGaussian());
            }
        }
        return out;
    }
}
