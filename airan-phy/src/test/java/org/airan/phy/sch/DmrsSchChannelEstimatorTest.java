package org.airan.phy.sch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.airan.phy.chest.ChannelEstimators;
import org.airan.phy.chest.TimeInterpolation;
import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.dmrs.DmrsType;
import org.airan.phy.dmrs.MappingType;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.nr.McsTable;
import org.junit.jupiter.api.Test;

/**
 * The DM-RS estimators behind the shared-channel estimator seam: transmit chain → random flat MIMO channel + AWGN
 * → {@link SharedChannelProcessor} with an LS or LMMSE {@link DmrsSchChannelEstimator} (the processor does not know
 * which) → CRC; the estimate and the noise variance it hands to the equalizer; refused configurations.
 */
class DmrsSchChannelEstimatorTest {

    private static final int NUM_PRB = 24;
    private static final CarrierConfig CARRIER = CarrierConfig.of(30, NUM_PRB);
    private static final int K = 12 * NUM_PRB;
    /**
     * Noise-variance estimate tolerance: the estimator averages ~2·2·(pilots−2) ≈ 560 squared second differences
     * per antenna pair (relative std ≈ √(35/18)/√560 ≈ 6 %); 20 % is > 3σ with 2 antennas × 1 slot.
     */
    private static final double NOISE_TOL = 0.20;
    /**
     * At 20 dB SNR the LS pilot NMSE is 1/(β²·N_avg·SNR) = −23 dB (β² = 2, N_avg = 1; TS 38.214 Table 4.1-1), and a
     * flat channel is interpolated without model error, so the data-RE NMSE must be below −20 dB.
     */
    private static final double FLAT_NMSE_BOUND_DB = -20;

    private static PxschConfig cfg(SharedChannel ch, int mcs, int[] ports) {
        DmrsConfig d = new DmrsConfig(ch, DmrsType.TYPE1, MappingType.A, 2, 1, 1, 0, 14, 0, NUM_PRB, 2, 9, 0, ports);
        return new PxschConfig(d, McsTable.TABLE1_QAM64, mcs, 0x4601, 17, 0, 0, 0);
    }

    /** One slot through a flat random nRx×υ channel; returns {NMSE dB over data REs, estimated N0, CRC ok}. */
    private static double[] runSlot(ChannelEstimators.Kind kind, SharedChannel ch, int nl, int nRx, int mcs,
                                    double snrDb, long seed) {
        int[] ports = nl == 1 ? new int[] {0} : new int[] {0, 2};
        PxschConfig c = cfg(ch, mcs, ports);
        SchLimits limits = new SchLimits(NUM_PRB, 2, 6);
        SharedChannelTransmitter tx = ch == SharedChannel.PDSCH ? SharedChannels.pdschTransmitter(limits)
                : SharedChannels.puschTransmitter(limits);
        SharedChannelReceiver rx = ch == SharedChannel.PDSCH ? SharedChannels.pdschReceiver(limits, 1, 10)
                : SharedChannels.puschReceiver(limits, 1, 10);
        DmrsSchChannelEstimator est = new DmrsSchChannelEstimator(kind, CARRIER, 4, TimeInterpolation.LINEAR,
                100e-9);
        SharedChannelProcessor proc = SharedChannels.processor(limits, 4, K, est, rx);
        SplittableRandom rnd = new SplittableRandom(seed);
        byte[] tb = new byte[c.tbs() / 8];
        for (int i = 0; i < tb.length; i++) {
            tb[i] = (byte) rnd.nextInt(256);
        }
        ResourceGrid txGrid = ResourceGrid.allocate(nl, 14, K);
        tx.transmit(c, 5, 0, tb, 0, tb.length, txGrid);
        double[][] h = new double[nRx * nl][2];
        for (double[] g : h) {
            g[0] = rnd.nextGaussian() * Math.sqrt(0.5 / nl);
            g[1] = rnd.nextGaussian() * Math.sqrt(0.5 / nl);
        }
        double n0 = Math.pow(10, -snrDb / 10);
        double s = Math.sqrt(n0 / 2);
        ResourceGrid rxGrid = ResourceGrid.allocate(nRx, 14, K);
        for (int r = 0; r < nRx; r++) {
            float[] y = rxGrid.data(r);
            for (int i = 0; i < y.length; i += 2) {
                double yr = 0;
                double yi = 0;
                for (int j = 0; j < nl; j++) {
                    float[] x = txGrid.data(j);
                    double[] g = h[r * nl + j];
                    yr += g[0] * x[i] - g[1] * x[i + 1];
                    yi += g[0] * x[i + 1] + g[1] * x[i];
                }
                y[i] = (float) (yr + s * rnd.nextGaussian());
                y[i + 1] = (float) (yi + s * rnd.nextGaussian());
            }
        }
        byte[] out = new byte[tb.length];
        SchDecodeResult res = new SchDecodeResult();
        proc.process(c, 5, 0, 0, true, rxGrid, out, 0, res);
        ChannelEstimate e = proc.lastEstimate();
        double err = 0;
        double ref = 0;
        DmrsConfig d = c.dmrs();
        for (int r = 0; r < nRx; r++) {
            for (int j = 0; j < nl; j++) {
                float[] a = e.data(r, j);
                for (int l = 0; l < 14; l++) {
                    for (int k = 0; k < K; k++) {
                        if (!d.isDataRe(l, k)) {
                            continue;
                        }
                        int o = e.grid().offset(l, k);
                        double dr = a[o] - h[r * nl + j][0];
                        double di = a[o + 1] - h[r * nl + j][1];
                        err += dr * dr + di * di;
                        ref += h[r * nl + j][0] * h[r * nl + j][0] + h[r * nl + j][1] * h[r * nl + j][1];
                    }
                }
            }
        }
        if (res.crcOk()) {
            assertArrayEquals(tb, out, "CRC passed, so the payload must match");
        }
        return new double[] {10 * Math.log10(err / ref), e.meanNoiseVariance() / n0, res.crcOk() ? 1 : 0};
    }

    @Test
    void estimatedChannelDecodesAndHandsItsNoiseVarianceToTheEqualizer() {
        for (ChannelEstimators.Kind kind : ChannelEstimators.Kind.values()) {
            for (SharedChannel ch : SharedChannel.values()) {
                for (int[] lr : new int[][] {{1, 2}, {2, 4}}) {
                    double[] r = runSlot(kind, ch, lr[0], lr[1], 16, 20, 11);
                    String what = kind + " " + ch + " " + lr[0] + "L/" + lr[1] + "R";
                    assertTrue(r[0] < FLAT_NMSE_BOUND_DB, what + ": NMSE " + r[0] + " dB");
                    assertEquals(1.0, r[1], NOISE_TOL, what + ": estimated N0 / true N0");
                    assertEquals(1.0, r[2], what + ": CRC");
                }
            }
        }
    }

    @Test
    void lowSnrFailsAsAResultNotAnException() {
        double[] r = runSlot(ChannelEstimators.Kind.LMMSE, SharedChannel.PUSCH, 1, 2, 27, -5, 3);
        assertEquals(0.0, r[2], "64QAM rate 0.9 at −5 dB cannot decode");
    }

    @Test
    void refusesConfigurationsThatCannotBeEstimated() {
        DmrsSchChannelEstimator est = new DmrsSchChannelEstimator(ChannelEstimators.Kind.LS_LINEAR, CARRIER, 2,
                TimeInterpolation.LINEAR, 0);
        // more layers than receive antennas
        PxschConfig two = cfg(SharedChannel.PUSCH, 4, new int[] {0, 2});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> est.checkEstimable(two.dmrs(), 1));
        assertTrue(e.getMessage().contains("rank ≤ N_rx"), e.getMessage());
        ChannelEstimate out = new ChannelEstimate(2, 2, K);
        e = assertThrows(IllegalArgumentException.class,
                () -> est.estimate(ResourceGrid.allocate(1, 14, K), two.dmrs(), 0, out));
        assertTrue(e.getMessage().contains("rank ≤ N_rx"), e.getMessage());
        // more antennas than the estimator was built for
        e = assertThrows(IllegalArgumentException.class, () -> est.checkEstimable(two.dmrs(), 3));
        assertTrue(e.getMessage().contains("receive antennas must be in [1, 2]"), e.getMessage());
        // an allocation beyond the carrier
        DmrsConfig wide = new DmrsConfig(SharedChannel.PUSCH, DmrsType.TYPE1, MappingType.A, 2, 1, 1, 0, 14, 20, 10,
                2, 0, 0, new int[] {0});
        e = assertThrows(IllegalArgumentException.class, () -> est.checkEstimable(wide, 1));
        assertTrue(e.getMessage().contains("§4.4.4.4"), e.getMessage());
        // DM-RS ports beyond the configuration (single-symbol type 1 has ports 0..3) and an empty allocation are
        // refused by the DM-RS configuration itself
        e = assertThrows(IllegalArgumentException.class, () -> new DmrsConfig(SharedChannel.PUSCH, DmrsType.TYPE1,
                MappingType.A, 2, 1, 1, 0, 14, 0, 4, 2, 0, 0, new int[] {0, 5}));
        assertTrue(e.getMessage().contains("Tables 7.4.1.1.2-1/2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new DmrsConfig(SharedChannel.PUSCH, DmrsType.TYPE1,
                MappingType.A, 2, 1, 1, 0, 14, 0, 0, 2, 0, 0, new int[] {0}));
        assertTrue(e.getMessage().contains("numPrb ≥ 1"), e.getMessage());
        // a port whose CDM group carries data cannot be estimated either
        e = assertThrows(IllegalArgumentException.class, () -> new DmrsConfig(SharedChannel.PUSCH, DmrsType.TYPE1,
                MappingType.A, 2, 1, 1, 0, 14, 0, 4, 1, 0, 0, new int[] {2}));
        assertTrue(e.getMessage().contains("numCdmGroupsWithoutData"), e.getMessage());
    }
}
