package org.airan.phy.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.airan.phy.Backend;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.ofdm.Ofdm;
import org.airan.phy.ofdm.OfdmConfig;
import org.airan.phy.ofdm.OfdmDemodulator;
import org.airan.phy.ofdm.OfdmModulator;
import org.junit.jupiter.api.Test;

/** The time-domain channel and noise through the project's OFDM modulator/demodulator. */
class OfdmChannelTest {

    private static final CarrierConfig CARRIER = CarrierConfig.of(30, 51); // N = 1024, K = 612
    private static final double SIGMAS = 4.0;

    private static ResourceGrid qpskGrid(int ports, long seed) {
        ResourceGrid g = ResourceGrid.forSlot(CARRIER, ports);
        SplittableRandom r = new SplittableRandom(seed);
        float a = (float) Math.sqrt(0.5);
        for (int p = 0; p < ports; p++) {
            float[] d = g.data(p);
            for (int i = 0; i < d.length; i++) {
                d[i] = r.nextBoolean() ? a : -a;
            }
        }
        return g;
    }

    @Test
    void timeDomainNoiseGivesN0PerReAfterDemodulation() {
        OfdmConfig oc = OfdmConfig.of(CARRIER);
        OfdmDemodulator demod = Ofdm.demodulator(oc, Backend.CPU);
        int len = CARRIER.slotLengthSamples(0);
        double n0 = AwgnChannel.reNoiseVariance(5);
        float[] noise = new float[2 * len];
        new AwgnChannel(3).addNoise(noise, 0, len, AwgnChannel.sampleNoiseVarianceForOfdm(n0, CARRIER));
        float[] grid = new float[2 * 14 * CARRIER.numSubcarriers()];
        demod.demodulate(noise, 0, 0, grid, 0);
        double p = 0;
        for (float v : grid) {
            p += v * v;
        }
        int m = grid.length / 2;
        assertEquals(n0, p / m, SIGMAS * n0 / Math.sqrt(m));
    }

    @Test
    void timeDomainChannelThroughOfdmMatchesFrequencyResponse() {
        OfdmConfig oc = OfdmConfig.of(CARRIER).withWindowOffsetFraction(0.5);
        OfdmModulator mod = Ofdm.modulator(oc, Backend.CPU);
        OfdmDemodulator demod = Ofdm.demodulator(oc, Backend.CPU);
        // static TDL-B 100 ns (longest tap 478 ns, well inside the 2.3 µs CP), 1 TX × 2 RX
        TdlChannel ch = new TdlChannel(TdlConfig.of(TdlModel.TDL_B.profile(100e-9), 0, 1, 2, 5), CARRIER);
        int len = CARRIER.slotLengthSamples(0);
        ResourceGrid x = qpskGrid(1, 9);
        float[][] txIq = {new float[2 * len]};
        mod.modulate(x, 0, txIq, 0);
        // two slots so the channel's delay line is filled; compare the second
        float[][] rxIq = {new float[2 * len], new float[2 * len]};
        ch.apply(txIq, 0, rxIq, 0, len);
        ch.apply(txIq, 0, rxIq, 0, len);
        ResourceGrid y = ResourceGrid.forSlot(CARRIER, 2);
        demod.demodulate(rxIq, 0, 1, y);
        int kk = CARRIER.numSubcarriers();
        float[][] h = new float[2][2 * 14 * kk];
        ch.frequencyResponse(1, h, 0);
        double fs = CARRIER.sampleRateHz(), df = CARRIER.subcarrierSpacingHz();
        int lat = ch.latencySamples();
        double err = 0, ref = 0;
        for (int r = 0; r < 2; r++) {
            for (int l = 0; l < 14; l++) {
                for (int k = 0; k < kk; k++) {
                    int o = 2 * (l * kk + k);
                    // expected: H(k)·e^{−j2π f_k·latency/fs}·X
                    double ph = -2 * Math.PI * (k - kk / 2) * df * lat / fs;
                    double hr = h[r][o] * Math.cos(ph) - h[r][o + 1] * Math.sin(ph);
                    double hi = h[r][o] * Math.sin(ph) + h[r][o + 1] * Math.cos(ph);
                    float xr = x.data(0)[o], xi = x.data(0)[o + 1];
                    double er = hr * xr - hi * xi, ei = hr * xi + hi * xr;
                    double dr = y.data(r)[o] - er, di = y.data(r)[o + 1] - ei;
                    err += dr * dr + di * di;
                    ref += er * er + ei * ei;
                }
            }
        }
        double nmseDb = 10 * Math.log10(err / ref);
        // fractional-delay interpolation error (−57 dB in TdlChannelTest) plus float rounding of two FFTs
        assertTrue(nmseDb < -40, "OFDM(time-domain channel) vs H·X: " + nmseDb + " dB");
    }
}
