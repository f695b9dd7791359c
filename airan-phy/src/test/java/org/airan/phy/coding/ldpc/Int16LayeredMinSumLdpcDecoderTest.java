package org.airan.phy.coding.ldpc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Int16LayeredMinSumLdpcDecoderTest extends LdpcDecoderContractTest {

    /**
     * Largest BLER difference to the float offset min-sum decoder on the same 300 noisy blocks: quantization
     * with 1/8-LLR steps and 16-bit saturation is expected to cost well under 0.05 dB (about 0.01 in BLER on
     * this waterfall, slope ~0.6 BLER per dB); 0.04 is about 2 standard deviations of a BLER near 0.2 over 300
     * blocks, though the shared noise makes the two estimates strongly correlated.
     */
    static final double MAX_BLER_DIFFERENCE = 0.04;

    @Override
    LdpcDecoder create(LdpcDecoderConfig config) {
        return LdpcDecoders.int16LayeredMinSum(config);
    }

    @Test
    void matchesFloatOffsetMinSumInAwgn() {
        MinSumVersusSumProductTest sweep = new MinSumVersusSumProductTest();
        LdpcCode code = LdpcCode.of(LdpcBaseGraph.BG2, 64);
        LdpcDecoderConfig config = LdpcDecoderConfig.defaults(64, 20, true);
        double snr = -4.25; // float OMS BLER ~0.3 here (decision 030)
        double f = sweep.bler(LdpcDecoders.layeredMinSum(config), code, 3 * 640, snr, 300, 12);
        double i = sweep.bler(create(config), code, 3 * 640, snr, 300, 12);
        System.out.println(code + " at " + snr + " dB: float OMS BLER " + f + ", int16 OMS BLER " + i);
        assertTrue(f > 0.1 && f < 0.6, "operating point off the waterfall: float BLER " + f);
        assertTrue(Math.abs(f - i) <= MAX_BLER_DIFFERENCE, "float BLER " + f + ", int16 BLER " + i);
    }
}
