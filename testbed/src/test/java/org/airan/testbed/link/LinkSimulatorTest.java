package org.airan.testbed.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.nr.McsTable;
import org.junit.jupiter.api.Test;

class LinkSimulatorTest {

    @Test
    void sameSeedSameNumbers() {
        LinkConfig c = LinkConfig.awgn(SharedChannel.PUSCH, McsTable.TABLE1_QAM64, 9, 8, 14, 1, 1, 0, 1, 2, 12, 1,
                42);
        List<LinkPointResult> a = new LinkSimulator(c).run(null);
        List<LinkPointResult> b = new LinkSimulator(c).run(null);
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).roundErrors(), b.get(i).roundErrors());
            assertArrayEquals(a.get(i).roundTrials(), b.get(i).roundTrials());
            assertEquals(a.get(i).meanLdpcIterations(), b.get(i).meanLdpcIterations());
        }
    }

    @Test
    void highSnrDeliversEveryTbAndThroughputIsTbsPerSlot() {
        LinkConfig c = LinkConfig.awgn(SharedChannel.PDSCH, McsTable.TABLE2_QAM256, 20, 6, 14, 2, 2, 30, 1, 30, 6, 0,
                1);
        LinkPointResult p = new LinkSimulator(c).run(null).get(0);
        assertEquals(0.0, p.bler()[0]);
        // 6 TBs in 6 slots of 0.5 ms (30 kHz): throughput = TBS / 0.5 ms.
        assertEquals(p.tbs() / 0.5e-3 / 1e6, p.throughputMbps(), 1e-9);
    }

    @Test
    void harqRoundsAreCountedAndThroughputCountsOnlyCrcPassedBlocks() {
        // MCS 16 at 4 dB (limit ≈ 7.5 dB): round 0 always fails, retransmissions add parity and energy.
        LinkConfig c = LinkConfig.awgn(SharedChannel.PUSCH, McsTable.TABLE1_QAM64, 16, 6, 14, 1, 1, 4, 1, 4, 8, 3,
                5);
        LinkPointResult p = new LinkSimulator(c).run(null).get(0);
        assertEquals(8, p.roundTrials()[0]);
        assertEquals(8, p.roundErrors()[0]);
        assertEquals(p.roundErrors()[0], p.roundTrials()[1]);
        int delivered = 8 - (int) Math.round(p.residualBler() * 8);
        assertTrue(delivered > 0, "IR combining over 4 rounds should deliver at 4 dB");
        assertEquals(delivered * (double) p.tbs() / (p.slotsUsed() * 0.5e-3) / 1e6, p.throughputMbps(), 1e-9);
    }

    @Test
    void fadingModelsRun() {
        for (ChannelModel m : new ChannelModel[] {ChannelModel.RAYLEIGH, ChannelModel.TDL_A}) {
            LinkConfig c = new LinkConfig(SharedChannel.PUSCH, McsTable.TABLE1_QAM64, 5, 6, 14, 1, 2, 2, 40, 1, 40,
                    4, 0, 3, m, 30, 10, 10, 30, Estimation.PERFECT);
            LinkPointResult p = new LinkSimulator(c).run(null).get(0);
            assertEquals(0.0, p.bler()[0], m.toString());
        }
    }

    @Test
    void dmrsChannelEstimationDecodesAtModerateSnr() {
        // LS and LMMSE estimation from the DM-RS on TDL-A: at 25 dB, QPSK R 0.37 decodes with estimated CSI too.
        for (Estimation e : new Estimation[] {Estimation.LS, Estimation.LMMSE}) {
            LinkConfig c = new LinkConfig(SharedChannel.PUSCH, McsTable.TABLE1_QAM64, 5, 6, 14, 1, 1, 2, 25, 1, 25,
                    4, 0, 3, ChannelModel.TDL_A, 30, 10, 10, 30, e);
            LinkPointResult p = new LinkSimulator(c).run(null).get(0);
            assertEquals(0.0, p.bler()[0], e.toString());
        }
    }

    @Test
    void badConfigurationsAreRejected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LinkConfig.awgn(SharedChannel.PUSCH,
                McsTable.TABLE1_QAM64, 5, 6, 14, 2, 1, 0, 1, 1, 1, 0, 1)).getMessage().contains("rx-antennas"));
        assertThrows(IllegalArgumentException.class, () -> LinkConfig.awgn(SharedChannel.PUSCH,
                McsTable.TABLE4_QAM1024, 5, 6, 14, 1, 1, 0, 1, 1, 1, 0, 1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> LinkConfig.awgn(SharedChannel.PUSCH,
                McsTable.TABLE1_QAM64, 5, 6, 14, 1, 1, 0, 0, 1, 1, 0, 1)).getMessage().contains("--snr"));
        assertThrows(IllegalArgumentException.class, () -> LinkConfig.awgn(SharedChannel.PUSCH,
                McsTable.TABLE1_QAM64, 5, 300, 14, 1, 1, 0, 1, 1, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> LinkConfig.awgn(SharedChannel.PUSCH,
                McsTable.TABLE1_QAM64, 5, 6, 14, 1, 1, 0, 1, 1, 1, 4, 1));
    }
}
