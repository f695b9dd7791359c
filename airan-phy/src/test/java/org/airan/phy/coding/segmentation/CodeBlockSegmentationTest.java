package org.airan.phy.coding.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.airan.phy.coding.ldpc.LdpcBaseGraph;
import org.junit.jupiter.api.Test;

class CodeBlockSegmentationTest {

    /** Hand-derived from the TS 38.212 §5.2.2 procedure. */
    @Test
    void sizesFollow5_2_2() {
        assertSeg(CodeBlockSegmentation.compute(8448, LdpcBaseGraph.BG1), 1, 0, 8448, 22, 384, 8448);
        // TBS 8456 + CRC24A: C = ceil(8480/8424) = 2, K' = (8480+48)/2 = 4264, Z >= 193.8 -> 208
        assertSeg(CodeBlockSegmentation.compute(8480, LdpcBaseGraph.BG1), 2, 24, 4264, 22, 208, 4576);
        assertSeg(CodeBlockSegmentation.compute(3840, LdpcBaseGraph.BG2), 1, 0, 3840, 10, 384, 3840);
        assertSeg(CodeBlockSegmentation.compute(200, LdpcBaseGraph.BG2), 1, 0, 200, 8, 26, 260);
        assertSeg(CodeBlockSegmentation.compute(100, LdpcBaseGraph.BG2), 1, 0, 100, 6, 18, 180);
        assertSeg(CodeBlockSegmentation.compute(600, LdpcBaseGraph.BG2), 1, 0, 600, 9, 72, 720);
        // C = ceil(3888/3816) = 2, K' = 1968, K_b = 10, Z >= 196.8 -> 208
        assertSeg(CodeBlockSegmentation.compute(3888, LdpcBaseGraph.BG2), 2, 24, 1968, 10, 208, 2080);
        // largest TBS of TS 38.214 (1277992 + 24): C = 152
        CodeBlockSegmentation big = CodeBlockSegmentation.compute(1278016, LdpcBaseGraph.BG1);
        assertEquals(152, big.numCodeBlocks());
        assertEquals(8432, big.kPrime());
        assertEquals(384, big.z());
        assertEquals(16, big.numFillerBits());
        assertThrows(IllegalArgumentException.class, () -> CodeBlockSegmentation.compute(8449, LdpcBaseGraph.BG1));
        assertThrows(IllegalArgumentException.class, () -> CodeBlockSegmentation.compute(0, LdpcBaseGraph.BG1));
        assertThrows(IllegalArgumentException.class,
                () -> new CodeBlockSegmentation(LdpcBaseGraph.BG1, 8448, 1, 0, 8448, 22, 352, 7744));
    }

    @Test
    void rateMatchOutputSizesSumToG() {
        CodeBlockSegmentation seg = CodeBlockSegmentation.compute(25368, LdpcBaseGraph.BG1); // C = 4 (TBS 25344)
        assertEquals(4, seg.numCodeBlocks());
        int g = 2 * 6 * 1001; // N_L = 2, Q_m = 6
        int sum = 0;
        for (int r = 0; r < 4; r++) {
            int e = seg.rateMatchOutputSize(r, g, 2, 6);
            assertEquals(0, e % 12);
            sum += e;
        }
        assertEquals(g, sum);
        // G/(N_L Q_m) = 1001 symbols over 4 blocks: 1001 mod 4 = 1 -> first 3 get 250, the last 251
        assertEquals(12 * 250, seg.rateMatchOutputSize(0, g, 2, 6));
        assertEquals(12 * 250, seg.rateMatchOutputSize(2, g, 2, 6));
        assertEquals(12 * 251, seg.rateMatchOutputSize(3, g, 2, 6));
        assertThrows(IllegalArgumentException.class, () -> seg.rateMatchOutputSize(0, 13, 2, 6));
    }

    @Test
    void limitedBufferRateMatching() {
        CodeBlockSegmentation seg = CodeBlockSegmentation.compute(25368, LdpcBaseGraph.BG1);
        assertEquals(66 * seg.z(), seg.circularBufferSize(0));
        // N_ref = floor(TBS_LBRM / (C * 2/3)) = floor(3 * 40000 / 8) = 15000 < N = 66 * 320
        assertEquals(15000, seg.circularBufferSize(40000));
        assertEquals(66 * seg.z(), seg.circularBufferSize(10_000_000));
    }

    @Test
    void segmentAttachesCrc24bAndDesegmentRestores() {
        CodeBlockSegmentation seg = CodeBlockSegmentation.compute(8480, LdpcBaseGraph.BG1);
        SplittableRandom rnd = new SplittableRandom(3);
        byte[] tb = new byte[seg.inputSize()];
        for (int i = 0; i < tb.length; i++) {
            tb[i] = (byte) rnd.nextInt(2);
        }
        byte[] back = new byte[tb.length];
        byte[] block = new byte[seg.k()];
        for (int r = 0; r < seg.numCodeBlocks(); r++) {
            java.util.Arrays.fill(block, (byte) 1);
            seg.segment(tb, 0, r, block, 0);
            assertTrue(seg.codeBlockCrcPasses(block, 0));
            for (int j = seg.kPrime(); j < seg.k(); j++) {
                assertEquals(0, block[j], "filler bits are 0");
            }
            seg.desegment(block, 0, r, back, 0);
            block[5] ^= 1;
            assertFalse(seg.codeBlockCrcPasses(block, 0));
        }
        assertArrayEquals(tb, back);
    }

    private static void assertSeg(CodeBlockSegmentation s, int c, int l, int kPrime, int kb, int z, int k) {
        assertEquals(c, s.numCodeBlocks(), "C " + s);
        assertEquals(l, s.crcLength(), "L " + s);
        assertEquals(kPrime, s.kPrime(), "K' " + s);
        assertEquals(kb, s.kb(), "K_b " + s);
        assertEquals(z, s.z(), "Z_c " + s);
        assertEquals(k, s.k(), "K " + s);
        assertEquals(k - kPrime, s.numFillerBits());
    }
}
