package org.airan.phy.nr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airan.phy.modulation.Modulation;
import org.junit.jupiter.api.Test;

class McsTableTest {

    @Test
    void spotValuesFromTheTables() {
        // TS 38.214 Table 5.1.3.1-1 MCS 28: 64QAM, R = 948/1024, SE 5.5547.
        McsEntry e = McsTable.TABLE1_QAM64.entry(28);
        assertEquals(Modulation.QAM64, e.modulation());
        assertEquals(948, e.codeRateX1024());
        assertEquals(5.5547, e.spectralEfficiency(), 1e-9);
        // Table 5.1.3.1-2 MCS 27: 256QAM, R = 948.
        assertEquals(Modulation.QAM256, McsTable.TABLE2_QAM256.entry(27).modulation());
        assertEquals(948, McsTable.TABLE2_QAM256.entry(27).codeRateX1024());
        // Table 5.1.3.1-2 MCS 20: R = 682.5 (a fractional entry).
        assertEquals(682.5, McsTable.TABLE2_QAM256.entry(20).codeRateX1024());
        assertEquals(Modulation.QAM1024, McsTable.TABLE4_QAM1024.entry(26).modulation());
        assertEquals(28, McsTable.TABLE1_QAM64.maxDataMcs());
        assertEquals(27, McsTable.TABLE2_QAM256.maxDataMcs());
    }

    @Test
    void spectralEfficiencyEqualsQmTimesRate() {
        for (McsTable t : McsTable.values()) {
            for (int i = 0; i < t.size(); i++) {
                for (boolean q1 : new boolean[] {false, true}) {
                    McsEntry e = t.entry(i, q1);
                    if (!e.reserved()) {
                        // Printed SE is Q_m·R rounded to 4 decimals.
                        assertEquals(e.qm() * e.codeRate(), e.spectralEfficiency(), 0.5e-4 + 1e-12, t + " " + i);
                    }
                }
            }
        }
    }

    @Test
    void transformPrecodingQSelectsPi2Bpsk() {
        // Table 6.1.4.1-1 MCS 0: q = 1 -> π/2-BPSK R = 240/1024; q = 2 -> QPSK R = 120/1024.
        assertEquals(Modulation.PI_2_BPSK, McsTable.PUSCH_TP_TABLE1.entry(0, true).modulation());
        assertEquals(240, McsTable.PUSCH_TP_TABLE1.entry(0, true).codeRateX1024());
        assertEquals(Modulation.QPSK, McsTable.PUSCH_TP_TABLE1.entry(0, false).modulation());
        assertEquals(120, McsTable.PUSCH_TP_TABLE1.entry(0, false).codeRateX1024());
    }

    @Test
    void cqiAndEpre() {
        assertTrue(CqiTable.TABLE1.entry(0).outOfRange());
        assertEquals(Modulation.QAM64, CqiTable.TABLE1.entry(15).modulation());
        assertEquals(948, CqiTable.TABLE1.entry(15).codeRateX1024());
        assertEquals(Modulation.QAM256, CqiTable.TABLE2.entry(15).modulation());
        assertEquals(1.0, Epre.dmrsAmplitude(1), 1e-12);
        // −3 dB data-to-DM-RS: β = 10^(3/20) = 1.41254.
        assertEquals(1.41254, Epre.dmrsAmplitude(2), 1e-5);
        assertThrows(IllegalArgumentException.class, () -> Epre.dmrsAmplitude(4));
    }

    @Test
    void invalidMcsRejected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> McsTable.TABLE1_QAM64.entry(32))
                .getMessage().contains("mcs"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> McsTable.TABLE2_QAM256.dataEntry(28))
                .getMessage().contains("reserved"));
    }
}
