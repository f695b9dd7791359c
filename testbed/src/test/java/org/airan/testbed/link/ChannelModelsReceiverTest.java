package org.airan.testbed.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airan.phy.channel.MimoCorrelation;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.nr.McsTable;
import org.junit.jupiter.api.Test;

/** Every channel model runs with DM-RS LMMSE estimation in both directions, and its name parses back. */
class ChannelModelsReceiverTest {

    /**
     * QPSK at rate ≈ 0.3 (MCS 4) with 2 layers on 4 RX at 30 dB decodes on every model (its 10 % point on
     * TDLC300-100 is −2.7 dB with perfect CSI and −1.8 dB with LMMSE, docs/receivers.md), and the LMMSE estimate
     * must be far below 0 dB NMSE there (pilot NMSE 1/(β²·SNR) = −33 dB before interpolation gain; −15 dB leaves room
     * for the fastest, most selective models and the LOS K-factor ones).
     */
    private static final double NMSE_BOUND_DB = -15;

    @Test
    void everyModelDecodesWithEstimatedCsi() {
        for (ChannelModel m : ChannelModel.values()) {
            assertEquals(m, ChannelModel.parse(m.cliName()));
            for (SharedChannel ch : SharedChannel.values()) {
                LinkConfig c = new LinkConfig(ch, McsTable.TABLE1_QAM64, 4, 4, 14, 1, 2, 4, 30, 1, 30, 2, 0, 5, m,
                        100, 50, 10, 30, 4, MimoCorrelation.MEDIUM, 3.5e9, Estimation.LMMSE);
                LinkPointResult p = new LinkSimulator(c).run(null).get(0);
                assertEquals(0.0, p.bler()[0], m + " " + ch);
                assertNotNull(p.chestNmseDb());
                assertTrue(p.chestNmseDb() < NMSE_BOUND_DB, m + " " + ch + ": NMSE " + p.chestNmseDb());
            }
        }
    }
}
