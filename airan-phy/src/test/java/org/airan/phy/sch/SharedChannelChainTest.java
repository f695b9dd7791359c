package org.airan.phy.sch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.nr.McsTable;
import org.junit.jupiter.api.Test;

/** PDSCH/PUSCH transmit → AWGN on the grid → perfect-CSI MMSE receive, end to end. */
class SharedChannelChainTest {

    private static final int NUM_PRB = 24;
    private static final int K = 12 * NUM_PRB;

    /** A loopback: transmitter, identity channel (layer j on antenna j), AWGN of variance n0, processor. */
    private static final class Loop {
        final SchLimits limits = new SchLimits(NUM_PRB, 4, 10);
        final SharedChannelTransmitter tx;
        final SharedChannelReceiver rxChain;
        final SharedChannelProcessor processor;
        final ChannelEstimate truth = new ChannelEstimate(4, 4, K);
        final ResourceGrid txGrid = ResourceGrid.allocate(4, 14, K);
        final ResourceGrid rxGrid;
        final SchDecodeResult result = new SchDecodeResult();
        final SplittableRandom rnd;

        Loop(SharedChannel ch, int numRx, long seed) {
            tx = ch == SharedChannel.PDSCH ? SharedChannels.pdschTransmitter(limits)
                    : SharedChannels.puschTransmitter(limits);
            rxChain = ch == SharedChannel.PDSCH ? SharedChannels.pdschReceiver(limits, 2, 10)
                    : SharedChannels.puschReceiver(limits, 2, 10);
            processor = SharedChannels.processor(limits, 4, K, new PerfectChannelEstimator(truth), rxChain);
            rxGrid = ResourceGrid.allocate(numRx, 14, K);
            rnd = new SplittableRandom(seed);
        }

        byte[] randomTb(PxschConfig cfg) {
            byte[] tb = new byte[cfg.tbs() / 8];
            for (int i = 0; i < tb.length; i++) {
                tb[i] = (byte) rnd.nextInt(256);
            }
            return tb;
        }

        /** rx = identity channel (layer j → antenna j) + CN(0, n0). */
        void run(PxschConfig cfg, int rv, boolean newData, byte[] tb, double n0, byte[] out) {
            txGrid.clear();
            tx.transmit(cfg, 3, rv, tb, 0, tb.length, txGrid);
            int nRx = rxGrid.numPorts();
            int nl = cfg.numLayers();
            truth.configure(nRx, nl);
            truth.grid().clear();
            truth.setNoiseVariance((float) n0);
            double s = Math.sqrt(n0 / 2);
            for (int r = 0; r < nRx; r++) {
                float[] y = rxGrid.data(r);
                float[] x = txGrid.data(r % nl);
                for (int i = 0; i < y.length; i++) {
                    y[i] = (float) (x[i] + s * rnd.nextGaussian());
                }
                float[] h = truth.data(r, r % nl);
                for (int i = 0; i < h.length; i += 2) {
                    h[i] = 1f;
                }
            }
            processor.process(cfg, 3, rv, 0, newData, rxGrid, out, 0, result);
        }
    }

    private static PxschConfig cfg(SharedChannel ch, McsTable t, int mcs, int layers, int addPos) {
        return new PxschConfig(DmrsConfig.typical(ch, 0, 14, 0, NUM_PRB, addPos, layers, 7), t, mcs, 0x4601, 17, 0, 0,
                0);
    }

    @Test
    void noiselessLoopbackDecodesEveryModulationAndLayerCount() {
        Object[][] cases = {
            {SharedChannel.PDSCH, McsTable.TABLE1_QAM64, 0, 1},
            {SharedChannel.PDSCH, McsTable.TABLE1_QAM64, 16, 2},
            {SharedChannel.PUSCH, McsTable.TABLE1_QAM64, 28, 1},
            {SharedChannel.PUSCH, McsTable.TABLE2_QAM256, 27, 3},
            {SharedChannel.PDSCH, McsTable.TABLE2_QAM256, 20, 4},
            {SharedChannel.PDSCH, McsTable.TABLE4_QAM1024, 26, 1},
            {SharedChannel.PUSCH, McsTable.TABLE3_QAM64_LOW_SE, 5, 2},
        };
        for (Object[] c : cases) {
            SharedChannel ch = (SharedChannel) c[0];
            int layers = (Integer) c[3];
            PxschConfig cfg = cfg(ch, (McsTable) c[1], (Integer) c[2], layers, 1);
            Loop loop = new Loop(ch, layers, 1);
            byte[] tb = loop.randomTb(cfg);
            byte[] out = new byte[tb.length];
            loop.run(cfg, 0, true, tb, 1e-6, out);
            assertTrue(loop.result.crcOk(), ch + " " + c[1] + " mcs " + c[2] + " layers " + layers + ": " + loop.result);
            assertArrayEquals(tb, out);
            assertEquals(cfg.tbs(), loop.result.bits());
        }
    }

    @Test
    void type2DoubleSymbolMappingTypeBLoopback() {
        // Type 2, double-symbol DM-RS, 3 CDM groups without data (β = √3 nominal), 4 layers on ports 0, 1, 6, 7
        // (ports 6, 7 use w_t = −1), PDSCH mapping type B S = 1, L = 13 with one additional occasion.
        DmrsConfig dmrs = new DmrsConfig(SharedChannel.PDSCH, org.airan.phy.dmrs.DmrsType.TYPE2,
                org.airan.phy.dmrs.MappingType.B, 2, 1, 2, 1, 13, 2, NUM_PRB - 2, 3, 99, 1, new int[] {0, 1, 6, 7});
        PxschConfig cfg = new PxschConfig(dmrs, McsTable.TABLE2_QAM256, 10, 0x1234, 500, 0, 6, 0);
        // 2 occasions × 2 symbols carry no data (3 CDM groups × 4 REs = 12 per PRB): 9 data symbols × 12 × 22 PRB.
        assertEquals(9 * 12 * (NUM_PRB - 2), cfg.numDataRe());
        Loop loop = new Loop(SharedChannel.PDSCH, 4, 9);
        byte[] tb = loop.randomTb(cfg);
        byte[] out = new byte[tb.length];
        // rv 3 is self-decodable (rv 1 and 2 alone are not at this rate: E ≈ N/2 starts past most systematic bits).
        loop.run(cfg, 3, true, tb, 1e-4, out);
        assertTrue(loop.result.crcOk(), loop.result.toString());
        assertArrayEquals(tb, out);
    }

    @Test
    void severalCodeBlocksAndTheirCount() {
        // 24 PRB × 144 data REs × 8 bits × 4 layers at MCS 27 of table 2: TBS well above 8448 → several CBs.
        PxschConfig cfg = cfg(SharedChannel.PDSCH, McsTable.TABLE2_QAM256, 27, 4, 1);
        Loop loop = new Loop(SharedChannel.PDSCH, 4, 2);
        byte[] tb = loop.randomTb(cfg);
        byte[] out = new byte[tb.length];
        loop.run(cfg, 0, true, tb, 1e-6, out);
        assertTrue(loop.result.numCodeBlocks() > 1);
        assertEquals(loop.result.numCodeBlocks(), loop.result.numCodeBlocksOk());
        assertArrayEquals(tb, out);
    }

    @Test
    void crcFailureIsAResultAndHarqCombiningRecovers() {
        // MCS 16 (16QAM, R ≈ 0.64): needs SNR ≈ 8 dB; at 3 dB the first transmission fails.
        PxschConfig cfg = cfg(SharedChannel.PUSCH, McsTable.TABLE1_QAM64, 16, 1, 1);
        Loop loop = new Loop(SharedChannel.PUSCH, 1, 3);
        byte[] tb = loop.randomTb(cfg);
        byte[] out = new byte[tb.length];
        double n0 = Math.pow(10, -3.0 / 10);
        loop.run(cfg, 0, true, tb, n0, out);
        assertFalse(loop.result.crcOk());
        assertEquals(0, loop.result.bits());
        assertEquals(1, loop.result.harqTransmissions());
        // Retransmissions with rv 2, 3, 1 add parity and energy (incremental redundancy): 4 transmissions give
        // about +6 dB of energy and a rate near 0.16, well inside the decoding region.
        int[] rvs = {2, 3, 1};
        for (int rv : rvs) {
            loop.run(cfg, rv, false, tb, n0, out);
        }
        assertEquals(4, loop.result.harqTransmissions());
        assertTrue(loop.result.crcOk(), loop.result.toString());
        assertArrayEquals(tb, out);
    }

    @Test
    void badInputIsRejectedAtTheBoundary() {
        PxschConfig cfg = cfg(SharedChannel.PDSCH, McsTable.TABLE1_QAM64, 10, 1, 1);
        Loop loop = new Loop(SharedChannel.PDSCH, 1, 4);
        byte[] wrong = new byte[cfg.tbs() / 8 + 1];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> loop.tx.transmit(cfg, 0, 0, wrong, 0, wrong.length, loop.txGrid));
        assertTrue(e.getMessage().contains("TBS/8"));
        SharedChannelDecoder dec = new SharedChannelDecoder(loop.limits, 1, SharedChannels.decoderConfig(5));
        e = assertThrows(IllegalArgumentException.class, () -> dec.decode(cfg, 0, 0, true, new float[cfg.g()], 0,
                cfg.g() - 1, new byte[cfg.tbs() / 8], 0, new SchDecodeResult()));
        assertTrue(e.getMessage().contains("G"));
        assertThrows(IllegalArgumentException.class, () -> dec.decode(cfg, 4, 0, true, new float[cfg.g()], 0,
                cfg.g(), new byte[cfg.tbs() / 8], 0, new SchDecodeResult()));
        // PUSCH on the 1024QAM table, reserved MCS, PUSCH on a PDSCH transmitter.
        assertThrows(IllegalArgumentException.class, () -> cfg(SharedChannel.PUSCH, McsTable.TABLE4_QAM1024, 3, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> cfg(SharedChannel.PDSCH, McsTable.TABLE1_QAM64, 29, 1, 1));
        PxschConfig pusch = cfg(SharedChannel.PUSCH, McsTable.TABLE1_QAM64, 10, 1, 1);
        byte[] tb = new byte[pusch.tbs() / 8];
        assertThrows(IllegalArgumentException.class, () -> loop.tx.transmit(pusch, 0, 0, tb, 0, tb.length,
                loop.txGrid));
        // Configuration beyond the chain's limits.
        PxschConfig big = new PxschConfig(DmrsConfig.typical(SharedChannel.PDSCH, 0, 14, 0, 50, 1, 1, 7),
                McsTable.TABLE1_QAM64, 5, 1, 1, 0, 0, 0);
        byte[] bigTb = new byte[big.tbs() / 8];
        assertTrue(assertThrows(IllegalArgumentException.class, () -> loop.tx.transmit(big, 0, 0, bigTb, 0,
                bigTb.length, ResourceGrid.allocate(1, 14, 600))).getMessage().contains("limits"));
    }

    @Test
    void layerMapperRoundTrip() {
        float[] d = new float[2 * 12];
        for (int i = 0; i < d.length; i++) {
            d[i] = i;
        }
        float[][] x = new float[3][8];
        LayerMapper.map(d, 0, 3, 4, x, 0, 0);
        // x^(1)(2) = d(3·2 + 1) = d(7): floats 14, 15.
        assertEquals(14f, x[1][4]);
        float[] back = new float[24];
        LayerMapper.demap(x, 0, 0, 3, 4, back, 0);
        assertArrayEquals(d, back);
        assertEquals(4, LayerMapper.layersOfCodeword(7, 1));
        assertEquals(3, LayerMapper.layersOfCodeword(7, 0));
        assertEquals(4, LayerMapper.layersOfCodeword(8, 1));
        // c_init examples: PDSCH n_RNTI = 0x4601, q = 1, n_ID = 17 → 0x4601·32768 + 16384 + 17.
        assertEquals(0x4601 * 32768 + 16384 + 17, SchScrambling.cInitPdsch(0x4601, 1, 17));
        assertEquals(0x4601 * 32768 + 17, SchScrambling.cInitPusch(0x4601, 17));
        assertThrows(IllegalArgumentException.class, () -> SchScrambling.cInitPusch(70000, 1));
    }
}
