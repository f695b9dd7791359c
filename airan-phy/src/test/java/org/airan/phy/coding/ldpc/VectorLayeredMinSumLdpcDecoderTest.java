package org.airan.phy.coding.ldpc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VectorLayeredMinSumLdpcDecoderTest extends LdpcDecoderContractTest {

    @Override
    LdpcDecoder create(LdpcDecoderConfig config) {
        return LdpcDecoders.vectorLayeredMinSum(config);
    }

    /** Same operations in the same order as the scalar decoder: identical bits and iteration counts in noise. */
    @Test
    void agreesExactlyWithScalarDecoder() {
        LdpcEncoder encoder = LdpcEncoders.create(384);
        SplittableRandom rnd = new SplittableRandom(31);
        LdpcDecodeResult rs = new LdpcDecodeResult();
        LdpcDecodeResult rv = new LdpcDecodeResult();
        for (LdpcDecoderConfig.CheckNodeRule rule : LdpcDecoderConfig.CheckNodeRule.values()) {
            LdpcDecoderConfig config = new LdpcDecoderConfig(384, 12, true, rule, 0.75f, 0.5f);
            LdpcDecoder scalar = LdpcDecoders.layeredMinSum(config);
            LdpcDecoder vector = create(config);
            for (int z : new int[] {2, 7, 15, 36, 104, 208, 384}) {
                for (LdpcBaseGraph bg : LdpcBaseGraph.values()) {
                    LdpcCode code = LdpcCode.of(bg, z);
                    byte[] c = randomBlock(code, rnd, 0);
                    float[] llr = AwgnLdpc.encodeToLlr(encoder, code, c, 0, Float.NaN, -1.0f, rnd);
                    byte[] bs = new byte[code.k()];
                    byte[] bv = new byte[code.k()];
                    scalar.decode(code, llr, 0, bs, 0, rs);
                    vector.decode(code, llr, 0, bv, 0, rv);
                    assertArrayEquals(bs, bv, code + " " + rule);
                    assertEquals(rs.iterations(), rv.iterations(), code + " " + rule);
                    assertEquals(rs.parityCheckPassed(), rv.parityCheckPassed(), code + " " + rule);
                }
            }
        }
    }
}
