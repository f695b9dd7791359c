package org.airan.phy.coding.ldpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Checks every {@link LdpcDecoder} implementation must pass. */
abstract class LdpcDecoderContractTest {

    /** Noiseless channel LLR magnitude: well inside the float range and far from the decision threshold. */
    static final float NOISELESS_LLR = 8f;

    abstract LdpcDecoder create(LdpcDecoderConfig config);

    private final LdpcEncoder encoder = LdpcEncoders.create(384);

    @Test
    void noiselessBlocksDecodeInOneIterationForEveryLiftingSize() {
        LdpcDecoder decoder = create(LdpcDecoderConfig.normalized(384, 10, true));
        SplittableRandom rnd = new SplittableRandom(7);
        LdpcDecodeResult result = new LdpcDecodeResult();
        for (LdpcBaseGraph bg : LdpcBaseGraph.values()) {
            for (int z : LiftingSizes.all()) {
                LdpcCode code = LdpcCode.of(bg, z);
                byte[] c = randomBlock(code, rnd, 0);
                float[] llr = AwgnLdpc.encodeToLlr(encoder, code, c, 0, NOISELESS_LLR, Float.NaN, rnd);
                byte[] out = new byte[code.k()];
                decoder.decode(code, llr, 0, out, 0, result);
                assertArrayEquals(c, out, code.toString());
                assertTrue(result.parityCheckPassed(), code.toString());
                assertEquals(1, result.iterations(), code.toString());
            }
        }
    }

    @Test
    void fillerBitsAndPuncturedTailAreHandled() {
        LdpcDecoder decoder = create(LdpcDecoderConfig.normalized(64, 20, true));
        SplittableRandom rnd = new SplittableRandom(8);
        LdpcCode code = LdpcCode.of(LdpcBaseGraph.BG1, 64);
        int filler = 300;
        byte[] c = randomBlock(code, rnd, filler);
        float[] llr = AwgnLdpc.encodeToLlr(encoder, code, c, filler, NOISELESS_LLR, Float.NaN, rnd);
        // keep only the first 30 columns' worth of bits: rate ~ 0.73, extension rows mostly inactive
        for (int j = 30 * 64; j < llr.length; j++) {
            llr[j] = 0f;
        }
        // erase a few systematic bits too
        for (int j = 0; j < 40; j++) {
            llr[5 * j] = 0f;
        }
        byte[] out = new byte[code.k()];
        LdpcDecodeResult result = new LdpcDecodeResult();
        decoder.decode(code, llr, 0, out, 0, result);
        assertArrayEquals(c, out);
        assertTrue(result.parityCheckPassed());
    }

    @Test
    void earlyTerminationOffRunsAllIterationsAndNoiseFailureIsAResult() {
        LdpcCode code = LdpcCode.of(LdpcBaseGraph.BG2, 20);
        SplittableRandom rnd = new SplittableRandom(9);
        byte[] c = randomBlock(code, rnd, 0);
        float[] llr = AwgnLdpc.encodeToLlr(encoder, code, c, 0, NOISELESS_LLR, Float.NaN, rnd);
        LdpcDecodeResult result = new LdpcDecodeResult();
        byte[] out = new byte[code.k()];
        create(LdpcDecoderConfig.normalized(20, 7, false)).decode(code, llr, 0, out, 0, result);
        assertEquals(7, result.iterations());
        assertTrue(result.parityCheckPassed());
        assertArrayEquals(c, out);
        // pure noise (SNR -10 dB): must not converge, and must say so instead of throwing
        float[] noise = AwgnLdpc.encodeToLlr(encoder, code, c, 0, Float.NaN, -10.0f, rnd);
        create(LdpcDecoderConfig.normalized(20, 5, true)).decode(code, noise, 0, out, 0, result);
        assertFalse(result.parityCheckPassed());
        assertEquals(5, result.iterations());
    }

    @Test
    void nanLlrsAreErasures() {
        LdpcDecoder decoder = create(LdpcDecoderConfig.normalized(32, 20, true));
        SplittableRandom rnd = new SplittableRandom(10);
        LdpcCode code = LdpcCode.of(LdpcBaseGraph.BG1, 32);
        byte[] c = randomBlock(code, rnd, 0);
        float[] llr = AwgnLdpc.encodeToLlr(encoder, code, c, 0, NOISELESS_LLR, Float.NaN, rnd);
        for (int j = 0; j < llr.length; j += 7) {
            llr[j] = Float.NaN;
        }
        byte[] out = new byte[code.k()];
        LdpcDecodeResult result = new LdpcDecodeResult();
        decoder.decode(code, llr, 0, out, 0, result);
        assertArrayEquals(c, out);
        assertTrue(result.parityCheckPassed());
        // all NaN: nothing known, the all-zero word is the decision and it is a codeword
        java.util.Arrays.fill(llr, Float.NaN);
        decoder.decode(code, llr, 0, out, 0, result);
        assertArrayEquals(new byte[code.k()], out);
    }

    static byte[] randomBlock(LdpcCode code, SplittableRandom rnd, int filler) {
        byte[] c = new byte[code.k()];
        for (int j = 0; j < c.length - filler; j++) {
            c[j] = (byte) rnd.nextInt(2);
        }
        return c;
    }
}
