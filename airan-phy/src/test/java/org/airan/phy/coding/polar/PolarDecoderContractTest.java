package org.airan.phy.coding.polar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Contract of every {@link PolarDecoder}: encode then decode, noiseless and with a few sign errors, for the (K, E)
 * sizes of PBCH, DCI and UCI; CRC and RNTI outcomes; offsets; degenerate inputs. Subclasses supply the decoder.
 */
abstract class PolarDecoderContractTest {

    /** Magnitude of the noiseless LLRs; any positive value works. */
    private static final float CLEAN_LLR = 4f;

    private final PolarEncoder encoder = new PolarEncoder();
    private final PolarDecoder decoder = create();

    /** The decoder under test, sized for N = 1024. */
    abstract PolarDecoder create();

    @Test
    void everyDciSizeAndAggregationLevelRoundTrips() {
        Random rnd = new Random(2);
        int cases = 0;
        for (int a = 12; a <= 140; a++) {
            for (int al : new int[] {1, 2, 4, 8, 16}) {
                if (a + 24 > PolarCodeConfig.DCI_BITS_PER_CCE * al) {
                    continue; // rate above 1: not a valid DCI / aggregation level pair
                }
                PolarCode code = new PolarCode(PolarCodeConfig.dci(a, al));
                int rnti = rnd.nextInt(1 << 16);
                roundTrip(code, rnd, rnti);
                cases++;
            }
        }
        assertEquals(129 * 5 - countInvalidDci(), cases);
    }

    private static int countInvalidDci() {
        int bad = 0;
        for (int a = 12; a <= 140; a++) {
            for (int al : new int[] {1, 2, 4, 8, 16}) {
                bad += a + 24 > 108 * al ? 1 : 0;
            }
        }
        return bad;
    }

    @Test
    void pbchAndUciSizesRoundTrip() {
        Random rnd = new Random(3);
        roundTrip(new PolarCode(PolarCodeConfig.pbch()), rnd, 0);
        int[] payloads = {12, 13, 16, 19, 20, 32, 64, 100, 200, 359, 500, 1012};
        int[] lengths = {30, 60, 108, 200, 216, 300, 432, 864, 1000, 1087, 1728, 3000, 8192};
        for (int a : payloads) {
            for (int e : lengths) {
                int k = a + (a <= 19 ? 6 : 11);
                if (k > e || (a >= 360 && e >= 1088)) {
                    continue;
                }
                PolarCode code = new PolarCode(PolarCodeConfig.uci(a, e));
                if (code.motherLength() > 1024 || k + code.parityCheckPositions().length > code.motherLength()) {
                    continue;
                }
                roundTrip(code, rnd, 0);
            }
        }
    }

    @Test
    void wrongRntiFailsTheCrcAndAFewSignErrorsAreCorrected() {
        Random rnd = new Random(4);
        PolarCode code = new PolarCode(PolarCodeConfig.dci(40, 4)); // K 64, E 432
        byte[] c = randomBlock(code, rnd, 0x4601);
        byte[] f = new byte[code.numCodedBits()];
        encoder.encode(code, c, 0, f, 0);
        float[] llr = bpsk(f);
        byte[] out = new byte[code.numInfoBits()];
        assertFalse(decoder.decode(code, llr, 0, 0x4602, out, 0));
        assertFalse(decoder.decode(code, llr, 0, 0xFFFF, out, 0));
        assertTrue(decoder.decode(code, llr, 0, 0x4601, out, 0));
        // Flip the sign of 12 of the 432 LLRs (about 3 %) at half magnitude: a rate-0.15 code corrects that.
        for (int i = 0; i < 12; i++) {
            int p = rnd.nextInt(llr.length);
            llr[p] = -llr[p] * 0.5f;
        }
        assertTrue(decoder.decode(code, llr, 0, 0x4601, out, 0));
        assertArrayEquals(c, out);
        assertTrue(decoder.lastPathMetric() > 0f);
    }

    @Test
    void decoderAcceptsOffsets() {
        Random rnd = new Random(5);
        PolarCode code = new PolarCode(PolarCodeConfig.uci(30, 100));
        byte[] c = randomBlock(code, rnd, 0);
        byte[] f = new byte[code.numCodedBits() + 3];
        encoder.encode(code, c, 0, f, 3);
        float[] llr = new float[f.length + 5];
        for (int i = 0; i < code.numCodedBits(); i++) {
            llr[7 + i] = f[3 + i] == 0 ? CLEAN_LLR : -CLEAN_LLR;
        }
        byte[] out = new byte[code.numInfoBits() + 9];
        assertTrue(decoder.decode(code, llr, 7, out, 9));
        assertArrayEquals(c, Arrays.copyOfRange(out, 9, out.length));
    }

    @Test
    void degenerateLlrsGiveDocumentedResults() {
        Random rnd = new Random(6);
        for (PolarCode code : new PolarCode[] {new PolarCode(PolarCodeConfig.pbch()),
                                               new PolarCode(PolarCodeConfig.uci(40, 100))}) {
            byte[] out = new byte[code.numInfoBits()];
            float[] zeros = new float[code.numCodedBits()];
            float[] nans = new float[code.numCodedBits()];
            Arrays.fill(nans, Float.NaN);
            for (PolarDecoder d : new PolarDecoder[] {decoder}) {
                // The all-zero word passes these zero-initialized CRCs: no information must not mean "decoded".
                assertFalse(d.decode(code, zeros, 0, out, 0), "all-zero LLRs, " + code);
                assertFalse(d.decode(code, nans, 0, out, 0), "all-NaN LLRs, " + code);
                assertEquals(0f, d.lastPathMetric());
            }
            // Infinite LLRs of the right sign, about 10 % of the positions erased by NaN at random: still decodes.
            // (A regular pattern such as every 4th bit would erase whole sub-codes: the sub-block interleaver keeps
            // the index mod N/32, so it is not a fair test.)
            byte[] c = randomBlock(code, rnd, 0);
            byte[] f = new byte[code.numCodedBits()];
            encoder.encode(code, c, 0, f, 0);
            float[] llr = new float[f.length];
            for (int i = 0; i < f.length; i++) {
                llr[i] = rnd.nextInt(10) == 0 ? Float.NaN
                        : f[i] == 0 ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY;
            }
            for (PolarDecoder d : new PolarDecoder[] {decoder}) {
                assertTrue(d.decode(code, llr, 0, out, 0), code.toString());
                assertArrayEquals(c, out);
                assertTrue(Float.isFinite(d.lastPathMetric()));
            }
        }
    }

    private void roundTrip(PolarCode code, Random rnd, int rnti) {
        byte[] c = randomBlock(code, rnd, rnti);
        byte[] f = new byte[code.numCodedBits()];
        encoder.encode(code, c, 0, f, 0);
        float[] llr = bpsk(f);
        byte[] out = new byte[code.numInfoBits()];
        assertTrue(decoder.decode(code, llr, 0, rnti, out, 0), "CRC on " + code);
        assertArrayEquals(c, out, "bits of " + code);
        assertEquals(0f, decoder.lastPathMetric(), "metric of " + code);
    }

    static byte[] randomBlock(PolarCode code, Random rnd, int rnti) {
        byte[] c = new byte[code.numInfoBits()];
        for (int i = 0; i < code.config().payloadBits(); i++) {
            c[i] = (byte) rnd.nextInt(2);
        }
        code.attachCrc(c, 0, rnti);
        return c;
    }

    static float[] bpsk(byte[] f) {
        float[] llr = new float[f.length];
        for (int i = 0; i < f.length; i++) {
            llr[i] = f[i] == 0 ? CLEAN_LLR : -CLEAN_LLR;
        }
        return llr;
    }
}
