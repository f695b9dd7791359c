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
import org.airan.phy.dmrs.LowPaprDmrs;
import org.airan.phy.dmrs.LowPaprHopping;
import org.airan.phy.dmrs.MappingType;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.modulation.Modulation;
import org.airan.phy.nr.McsTable;
import org.junit.jupiter.api.Test;

/** PUSCH with transform precoding (TS 38.211 §6.3.1.4, §6.4.1.1.1.2; TS 38.214 §6.1.4.1), end to end. */
class TransformPrecodedPuschTest {

    private static final int GRID_PRB = 30;
    private static final int K = 12 * GRID_PRB;

    private static DmrsConfig dmrs(int startPrb, int numPrb, int addPos) {
        return new DmrsConfig(SharedChannel.PUSCH, DmrsType.TYPE1, MappingType.A, 2, addPos, 1, 0, 14, startPrb, numPrb,
                2, 0, 0, new int[] {0});
    }

    private static PxschConfig cfg(McsTable t, int mcs, int startPrb, int numPrb, TransformPrecoding tp) {
        return new PxschConfig(dmrs(startPrb, numPrb, 1), t, mcs, 0x4601, 17, 0, 0, 0, tp);
    }

    @Test
    void configurationRulesNameTheClause() {
        TransformPrecoding tp = TransformPrecoding.of(10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> cfg(McsTable.PUSCH_TP_TABLE1, 5, 0, 7, tp));
        assertTrue(e.getMessage().contains("2^a·3^b·5^c"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new PxschConfig(DmrsConfig.typical(SharedChannel.PUSCH,
                0, 14, 0, 10, 1, 2, 0), McsTable.PUSCH_TP_TABLE1, 5, 1, 1, 0, 0, 0, tp));
        assertTrue(e.getMessage().contains("single layer") && e.getMessage().contains("§6.3.1.3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new PxschConfig(DmrsConfig.typical(SharedChannel.PDSCH,
                0, 14, 0, 10, 1, 1, 0), McsTable.TABLE2_QAM256, 5, 1, 1, 0, 0, 0, tp));
        assertTrue(e.getMessage().contains("PUSCH only"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> cfg(McsTable.TABLE1_QAM64, 5, 0, 10, tp));
        assertTrue(e.getMessage().contains("§6.1.4.1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new PxschConfig(new DmrsConfig(SharedChannel.PUSCH,
                DmrsType.TYPE1, MappingType.A, 2, 1, 1, 0, 14, 0, 10, 1, 0, 0, new int[] {0}), McsTable.PUSCH_TP_TABLE1,
                5, 1, 1, 0, 0, 0, tp));
        assertTrue(e.getMessage().contains("numCdmGroupsWithoutData must be 2"), e.getMessage());
        // Without transform precoding the TP tables and π/2-BPSK stay refused.
        assertThrows(IllegalArgumentException.class, () -> cfg(McsTable.PUSCH_TP_TABLE1, 5, 0, 10, null));
    }

    @Test
    void pi2BpskRowsAndTheirSize() {
        PxschConfig q1 = cfg(McsTable.PUSCH_TP_TABLE1, 0, 0, 10, TransformPrecoding.pi2Bpsk(1));
        PxschConfig q2 = cfg(McsTable.PUSCH_TP_TABLE1, 0, 0, 10, TransformPrecoding.of(1));
        assertEquals(Modulation.PI_2_BPSK, q1.modulation());
        assertEquals(Modulation.QPSK, q2.modulation());
        // 10 PRB, 12 data symbols (2 DM-RS symbols carry no data): 1440 REs; G = 1440·Q_m.
        assertEquals(1440, q1.numDataRe());
        assertEquals(1440, q1.g());
        assertEquals(2880, q2.g());
        // Same spectral efficiency Q_m·R: q = 1 doubles R (TS 38.214 Table 6.1.4.1-1), so the TBS is the same.
        assertEquals(q2.tbs(), q1.tbs());
    }

    /** Transmitter, a channel, AWGN, and the grid-level processor with the given estimator. */
    private static final class Loop {
        final SchLimits limits = new SchLimits(GRID_PRB, 1, 8);
        final PuschTransmitter tx = SharedChannels.puschTransmitter(limits);
        final ChannelEstimate truth = new ChannelEstimate(2, 1, K);
        final ResourceGrid txGrid = ResourceGrid.allocate(1, 14, K);
        final ResourceGrid rxGrid = ResourceGrid.allocate(2, 14, K);
        final SchDecodeResult result = new SchDecodeResult();
        final SharedChannelProcessor processor;
        final SplittableRandom rnd;

        Loop(boolean ls, long seed) {
            this(ls ? ChannelEstimators.Kind.LS_LINEAR : null, seed);
        }

        /** {@code kind} null: perfect CSI. */
        Loop(ChannelEstimators.Kind kind, long seed) {
            SchChannelEstimator est = kind != null
                    ? new DmrsSchChannelEstimator(kind, CarrierConfig.of(30, GRID_PRB), 2, TimeInterpolation.LINEAR,
                    300e-9)
                    : new PerfectChannelEstimator(truth);
            processor = SharedChannels.processor(limits, 2, K, est, SharedChannels.puschReceiver(limits, 1, 10));
            rnd = new SplittableRandom(seed);
        }

        /** Two antennas, a two-path channel per antenna (frequency selective), noise variance n0; returns CRC. */
        boolean run(PxschConfig cfg, int slot, double n0) {
            byte[] tb = new byte[cfg.tbs() / 8];
            for (int i = 0; i < tb.length; i++) {
                tb[i] = (byte) rnd.nextInt(256);
            }
            txGrid.clear();
            tx.transmit(cfg, slot, 0, tb, 0, tb.length, txGrid);
            truth.configure(2, 1);
            truth.setNoiseVariance((float) n0);
            double s = Math.sqrt(n0 / 2);
            for (int r = 0; r < 2; r++) {
                double a0 = 0.8;
                double a1 = 0.6;
                double delay = 3 + 2 * r; // samples of a 512-point DFT: a notch every 512/delay subcarriers
                float[] h = truth.data(r, 0);
                float[] x = txGrid.data(0);
                float[] y = rxGrid.data(r);
                for (int l = 0; l < 14; l++) {
                    for (int k = 0; k < K; k++) {
                        double ph = -2 * Math.PI * k * delay / 512;
                        float hr = (float) (a0 + a1 * Math.cos(ph));
                        float hi = (float) (a1 * Math.sin(ph));
                        int o = rxGrid.offset(l, k);
                        h[o] = hr;
                        h[o + 1] = hi;
                        y[o] = (float) (hr * x[o] - hi * x[o + 1] + s * rnd.nextGaussian());
                        y[o + 1] = (float) (hr * x[o + 1] + hi * x[o] + s * rnd.nextGaussian());
                    }
                }
            }
            byte[] out = new byte[tb.length];
            processor.process(cfg, slot, 0, 0, true, rxGrid, out, 0, result);
            if (result.crcOk()) {
                assertArrayEquals(tb, out);
            }
            return result.crcOk();
        }
    }

    @Test
    void loopbackDecodesEveryModulationWithPerfectCsi() {
        Object[][] cases = {
            {McsTable.PUSCH_TP_TABLE1, 0, true},   // π/2-BPSK
            {McsTable.PUSCH_TP_TABLE1, 0, false},  // QPSK
            {McsTable.PUSCH_TP_TABLE1, 14, false}, // 16QAM
            {McsTable.PUSCH_TP_TABLE2, 20, false},
            {McsTable.PUSCH_TP_TABLE1, 25, false}, // 64QAM
            {McsTable.TABLE2_QAM256, 22, false},   // 256QAM (mcs-TableTransformPrecoder qam256)
        };
        Loop loop = new Loop(false, 3);
        for (Object[] c : cases) {
            TransformPrecoding tp = (Boolean) c[2] ? TransformPrecoding.pi2Bpsk(5) : TransformPrecoding.of(5);
            PxschConfig cfg = cfg((McsTable) c[0], (Integer) c[1], 3, 24, tp);
            assertTrue(loop.run(cfg, 7, 1e-5), c[0] + " mcs " + c[1] + " " + cfg.modulation() + ": " + loop.result);
        }
    }

    @Test
    void leastSquaresEstimationFromTheLowPaprDmrsWithHopping() {
        Loop loop = new Loop(true, 4);
        for (LowPaprHopping h : LowPaprHopping.values()) {
            for (int prb : new int[] {1, 4, 5, 12, 27}) { // table lengths 6 and 24, the length-30 formula, ZC
                TransformPrecoding tp = new TransformPrecoding(false, new LowPaprDmrs(h, 123));
                PxschConfig cfg = cfg(McsTable.PUSCH_TP_TABLE1, 10, 0, prb, tp);
                for (int slot : new int[] {0, 13}) {
                    assertTrue(loop.run(cfg, slot, 1e-3), h + " prb " + prb + " slot " + slot + ": " + loop.result);
                }
            }
        }
    }

    @Test
    void lmmseEstimationFromTheLowPaprDmrs() {
        Loop loop = new Loop(ChannelEstimators.Kind.LMMSE, 6);
        TransformPrecoding tp = new TransformPrecoding(true, new LowPaprDmrs(LowPaprHopping.SEQUENCE, 500));
        PxschConfig cfg = cfg(McsTable.PUSCH_TP_TABLE2, 2, 2, 24, tp); // π/2-BPSK row of Table 6.1.4.1-2
        assertEquals(Modulation.PI_2_BPSK, cfg.modulation());
        for (int slot = 0; slot < 4; slot++) {
            assertTrue(loop.run(cfg, slot, 1e-2), "slot " + slot + ": " + loop.result);
        }
    }

    @Test
    void aWrongDmrsSequenceFailsTheCrc() {
        // The estimator must use the transmitted low-PAPR sequence: decoding with another n_ID^RS (another group u)
        // gives a garbage channel estimate.
        Loop loop = new Loop(true, 5);
        PxschConfig sent = cfg(McsTable.PUSCH_TP_TABLE1, 10, 0, 12, TransformPrecoding.of(3));
        PxschConfig wrong = cfg(McsTable.PUSCH_TP_TABLE1, 10, 0, 12, TransformPrecoding.of(4));
        byte[] tb = new byte[sent.tbs() / 8];
        loop.txGrid.clear();
        loop.tx.transmit(sent, 2, 0, tb, 0, tb.length, loop.txGrid);
        for (int r = 0; r < 2; r++) {
            System.arraycopy(loop.txGrid.data(0), 0, loop.rxGrid.data(r), 0, loop.txGrid.data(0).length);
        }
        byte[] out = new byte[tb.length];
        loop.processor.process(sent, 2, 0, 0, true, loop.rxGrid, out, 0, loop.result);
        assertTrue(loop.result.crcOk(), loop.result.toString());
        loop.processor.process(wrong, 2, 0, 0, true, loop.rxGrid, out, 0, loop.result);
        assertTrue(!loop.result.crcOk(), "decoded with the wrong DM-RS sequence");
    }
}
