package org.airan.phy.coding.ratematch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.airan.phy.coding.ldpc.LdpcBaseGraph;
import org.airan.phy.coding.ldpc.LdpcDecodeResult;
import org.airan.phy.coding.ldpc.LdpcDecoder;
import org.airan.phy.coding.ldpc.LdpcDecoderConfig;
import org.airan.phy.coding.ldpc.LdpcDecoders;
import org.airan.phy.coding.ldpc.LdpcEncoder;
import org.airan.phy.coding.ldpc.LdpcEncoders;
import org.airan.phy.coding.segmentation.CodeBlockSegmentation;
import org.junit.jupiter.api.Test;

/** Segmentation → encoding → rate matching → (channel) → rate recovery → decoding → concatenation. */
class HarqCombiningTest {

    /** Noiseless LLR magnitude per received bit. */
    private static final float NOISELESS_LLR = 4f;

    private final LdpcEncoder encoder = LdpcEncoders.create(384);
    private final LdpcDecoder decoder = LdpcDecoders.layeredMinSum(LdpcDecoderConfig.defaults(384, 25, true));

    /** Every RV alone, E = N_cb + extra (wraps), with and without limited-buffer rate matching, Q_m = 6. */
    @Test
    void noiselessRoundTripForEveryRedundancyVersion() {
        SplittableRandom rnd = new SplittableRandom(21);
        for (LdpcBaseGraph bg : LdpcBaseGraph.values()) {
            CodeBlockSegmentation seg = CodeBlockSegmentation.compute(8484, bg);
            for (int tbsLbrm : new int[] {0, 8484}) {
                for (int rv = 0; rv < 4; rv++) {
                    byte[] tb = randomBits(seg.inputSize(), rnd);
                    HarqSoftBuffer buffer = new HarqSoftBuffer(seg.numCodeBlocks(), seg.encodedSize());
                    int e = 6 * ((seg.circularBufferSize(tbsLbrm) + 600) / 6);
                    byte[] out = transmitAndDecode(seg, tb, rv, e, tbsLbrm, Double.NaN, buffer, rnd);
                    assertArrayEquals(tb, out, bg + " rv " + rv + " lbrm " + tbsLbrm);
                }
            }
        }
    }

    /**
     * At Es/N0 = 1.5 dB a rate-0.88 first transmission (RV0) fails, and RV0 + RV2 combined in the soft buffer
     * (effective rate 0.44) decodes. BPSK per bit; 20 seeded transport blocks of 1056 bits (BG1, Z_c = 48).
     */
    @Test
    void rv0PlusRv2DecodesWhereRv0AloneFails() {
        SplittableRandom rnd = new SplittableRandom(22);
        CodeBlockSegmentation seg = CodeBlockSegmentation.compute(1056, LdpcBaseGraph.BG1);
        assertEquals(48, seg.z());
        int e = 1200;
        int blocks = 20;
        int rv0Failures = 0;
        int combinedSuccesses = 0;
        HarqSoftBuffer buffer = new HarqSoftBuffer(1, seg.encodedSize());
        for (int b = 0; b < blocks; b++) {
            byte[] tb = randomBits(seg.inputSize(), rnd);
            buffer.reset();
            byte[] first = transmitAndDecode(seg, tb, 0, e, 0, 1.5, buffer, rnd);
            if (!java.util.Arrays.equals(tb, first)) {
                rv0Failures++;
            }
            byte[] combined = transmitAndDecode(seg, tb, 2, e, 0, 1.5, buffer, rnd);
            assertEquals(2, buffer.numTransmissions());
            if (java.util.Arrays.equals(tb, combined)) {
                combinedSuccesses++;
            }
        }
        assertTrue(rv0Failures >= blocks - 1, "RV0 alone should fail at 1.5 dB: failures " + rv0Failures);
        assertTrue(combinedSuccesses >= blocks - 1, "RV0+RV2 should decode: successes " + combinedSuccesses);
    }

    /** One transmission: encode each code block, rate-match, BPSK LLRs, recover into the buffer, decode. */
    private byte[] transmitAndDecode(CodeBlockSegmentation seg, byte[] tb, int rv, int e, int tbsLbrm,
                                     double esN0Db, HarqSoftBuffer buffer, SplittableRandom rnd) {
        int n = seg.encodedSize();
        byte[] c = new byte[seg.k()];
        byte[] d = new byte[n];
        byte[] f = new byte[e];
        float[] llr = new float[e];
        byte[] decoded = new byte[seg.k()];
        byte[] out = new byte[seg.inputSize()];
        LdpcRateMatcher matcher = new LdpcRateMatcher(e);
        LdpcRateRecoverer recoverer = new LdpcRateRecoverer(e);
        LdpcDecodeResult result = new LdpcDecodeResult();
        double sigma2 = 0.5 * Math.pow(10, -esN0Db / 10);
        for (int r = 0; r < seg.numCodeBlocks(); r++) {
            seg.segment(tb, 0, r, c, 0);
            encoder.encode(seg.code(), c, 0, d, 0);
            LdpcRateMatchConfig config = LdpcRateMatchConfig.of(seg, rv, 6, e, tbsLbrm);
            matcher.rateMatch(config, d, 0, f, 0);
            for (int k = 0; k < e; k++) {
                double x = 1 - 2 * f[k];
                llr[k] = Double.isNaN(esN0Db) ? (float) (x * NOISELESS_LLR)
                        : (float) (2 * (x + Math.sqrt(sigma2) * gaussian(rnd)) / sigma2);
            }
            recoverer.recover(config, llr, 0, buffer, r);
            decoder.decode(seg.code(), buffer.data(), buffer.offset(r), decoded, 0, result);
            if (Double.isNaN(esN0Db)) {
                assertTrue(result.parityCheckPassed() && seg.codeBlockCrcPasses(decoded, 0));
            }
            seg.desegment(decoded, 0, r, out, 0);
        }
        buffer.markTransmission();
        return out;
    }

    private static byte[] randomBits(int n, SplittableRandom rnd) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) rnd.nextInt(2);
        }
        return b;
    }

    private static double gaussian(SplittableRandom rnd) {
        double u1 = rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
