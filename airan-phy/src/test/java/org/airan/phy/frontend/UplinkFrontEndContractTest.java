package org.airan.phy.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.modulation.Modulation;
import org.airan.phy.ofdm.OfdmConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@link UplinkFrontEnd} contract, run against every backend: at 30 dB SNR per RE (4 RX, 1-2 layers, QPSK to
 * 64QAM, a two-path channel, DFT window in mid-CP, both slot types) every LLR has the sign of its transmitted
 * bit, which also pins the codeword order of the LLRs (a wrong layer or bit order flips about half of them).
 */
public abstract class UplinkFrontEndContractTest {

    /** The front end under test. */
    protected abstract UplinkFrontEnd create(UplinkFrontEndConfig config);

    @ParameterizedTest
    @CsvSource({"1, QPSK, 0", "2, QPSK, 1", "2, QAM16, 3", "1, QAM64, 2"})
    public void highSnrLlrSignsAreTheTransmittedBits(int layers, Modulation mod, int slot) {
        OfdmConfig ofdm = new OfdmConfig(CarrierConfig.of(30, 24), 0.5, 0);
        UplinkFrontEndConfig c = new UplinkFrontEndConfig(ofdm, 4, layers, 2, 20, 0, 14, new int[] {2, 11}, mod,
                FrequencyFilter.linear(20), 3);
        UplinkSlotFixture f = new UplinkSlotFixture(c, 3, 30.0, slot, 42 + layers);
        try (UplinkFrontEnd fe = create(c)) {
            assertEquals(c, fe.config());
            float[][] llr = new float[3][c.numLlrs()];
            fe.process(f.in, 6, f.slot, f.pilots, f.noiseVariance, llr, 3);
            for (int item = 0; item < 3; item++) {
                int wrong = 0;
                for (int i = 0; i < c.numLlrs(); i++) {
                    boolean zero = llr[item][i] > 0;
                    if (zero != (f.bits[item][i] == 0)) {
                        wrong++;
                    }
                }
                assertEquals(0, wrong, "item " + item + ": wrong LLR signs out of " + c.numLlrs());
            }
        }
    }

}
