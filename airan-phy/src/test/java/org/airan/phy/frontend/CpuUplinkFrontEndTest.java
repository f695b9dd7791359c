package org.airan.phy.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airan.phy.Backend;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.modulation.Modulation;
import org.airan.phy.ofdm.OfdmConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The front-end contract against the CPU reference, plus the configuration's derived sizes and the tap-list
 * linear interpolator.
 */
class CpuUplinkFrontEndTest extends UplinkFrontEndContractTest {

    @Override
    protected UplinkFrontEnd create(UplinkFrontEndConfig config) {
        return UplinkFrontEnds.create(config, Backend.CPU);
    }


    @ParameterizedTest
    @CsvSource({"24", "1"})
    void linearFilterReproducesALinearChannelExactlyBetweenPilots(int nrb) {
        FrequencyFilter f = FrequencyFilter.linear(nrb);
        for (int v = 0; v < 2; v++) {
            float[] hLs = new float[2 * 6 * nrb];
            for (int p = 0; p < 6 * nrb; p++) {
                int sc = 2 * p + v;
                hLs[2 * p] = 1 + 0.01f * sc;
                hLs[2 * p + 1] = -0.02f * sc;
            }
            float[] h = new float[2 * 12 * nrb];
            f.apply(v, hLs, 0, h, 0);
            for (int i = v; i <= 2 * (6 * nrb - 1) + v; i++) {
                assertEquals(1 + 0.01f * i, h[2 * i], 1e-5, "re sc " + i);
                assertEquals(-0.02f * i, h[2 * i + 1], 1e-5, "im sc " + i);
            }
        }
    }

    @org.junit.jupiter.api.Test
    void configDerivesSizesAndRefusesBadValues() {
        OfdmConfig ofdm = OfdmConfig.of(CarrierConfig.of(30, 273));
        UplinkFrontEndConfig c = UplinkFrontEndConfig.fullSlot(ofdm, 4, 2, Modulation.QAM64, 16);
        assertEquals(12 * 273, c.numSubcarriers());
        assertEquals(12 * 12 * 273, c.numDataRe());
        assertEquals(12 * 12 * 273 * 2 * 6, c.numLlrs());
        assertEquals(2 * 2 * 2 * 6 * 273, c.numPilotFloats());
        assertThrows(IllegalArgumentException.class, () -> new UplinkFrontEndConfig(ofdm, 4, 3, 0, 273, 0, 14,
                new int[] {2}, Modulation.QPSK, FrequencyFilter.linear(273), 1));
        assertThrows(IllegalArgumentException.class, () -> new UplinkFrontEndConfig(ofdm, 4, 1, 0, 273, 0, 14,
                new int[] {14}, Modulation.QPSK, FrequencyFilter.linear(273), 1));
        assertThrows(IllegalArgumentException.class, () -> new UplinkFrontEndConfig(ofdm, 4, 1, 0, 273, 0, 14,
                new int[] {2}, Modulation.BPSK, FrequencyFilter.linear(273), 1));
        assertThrows(IllegalArgumentException.class, () -> new UplinkFrontEndConfig(ofdm, 4, 1, 1, 273, 0, 14,
                new int[] {2}, Modulation.QPSK, FrequencyFilter.linear(273), 1));
        var e = assertThrows(IllegalArgumentException.class, () -> new UplinkFrontEndConfig(ofdm, 0, 1, 0, 273, 0,
                14, new int[] {2}, Modulation.QPSK, FrequencyFilter.linear(273), 1));
        assertTrue(e.getMessage().contains("numRx"), e.getMessage());
    }
}
