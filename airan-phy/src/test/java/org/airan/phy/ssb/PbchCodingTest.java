package org.airan.phy.ssb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.airan.phy.sequence.GoldSequence;
import org.airan.phy.BundledTables;
import org.junit.jupiter.api.Test;

/** PBCH payload, scrambling and channel coding of TS 38.212 §7.1 (encoder and decoder). */
class PbchCodingTest {

    /** Magnitude of noiseless LLRs; any positive value works. */
    private static final float CLEAN_LLR = 4f;

    private final PbchEncoder encoder = new PbchEncoder();
    private final PbchDecoder decoder = new PbchDecoder();

    @Test
    void payloadPositionsAndScrambledSetMatchTheBitMap() {
        List<String[]> rows = BundledTables.rows(PbchCodingTest.class, "pbch_payload_bit_map.csv");
        assertEquals(32, rows.size());
        for (String[] r : rows) {
            int i = Integer.parseInt(r[0]);
            int pos = Integer.parseInt(r[3]);
            assertEquals(pos, PbchPayload.POSITION[i], "a_index of abar_" + i);
            assertEquals(r[4].equals("0"), PbchPayload.unscrambled(pos, 8), "L_max 4/8 scrambling of abar_" + i);
            assertEquals(r[4].equals("0"), PbchPayload.unscrambled(pos, 4));
            assertEquals(r[5].equals("0"), PbchPayload.unscrambled(pos, 64), "L_max 64 scrambling of abar_" + i);
        }
    }

    @Test
    void mibBitsFollowTheTs38331FieldOrder() {
        // The MIB of the n78 lab capture (SFN 436, scs30, k_SSB 0, pos2, CORESET#0 12, SS#0 4, notBarred, allowed),
        // written field by field from the TS 38.331 MIB definition.
        Mib mib = new Mib(436, 30, 0, 2, (12 << 4) | 4, false, true, 0);
        String bits = "0" + "011011" + "1" + "0000" + "0" + "1100" + "0100" + "1" + "0" + "0";
        assertEquals(Integer.parseInt(bits, 2), mib.packMibBits());
        assertEquals(mib, Mib.fromBits(mib.packMibBits(), 436 & 0xF, 0, false));
        assertEquals(12, mib.controlResourceSetZero());
        assertEquals(4, mib.searchSpaceZero());
    }

    @Test
    void payloadScramblingUsesGoldSequenceAtNuTimesM() {
        // An all-zero payload scrambled with nu = 3, L_max = 8 (M = 29): the scrambled positions carry c(j + 3M) in
        // increasing position order, the three unscrambled positions stay 0 (TS 38.212 §7.1.2).
        int pci = 321;
        byte[] a = new byte[32];
        byte[] c = new byte[32];
        PbchPayload.interleave(0, 0, a);
        PbchPayload.scramble(a, 8, pci, 3, c);
        int j = 0;
        for (int i = 0; i < 32; i++) {
            if (PbchPayload.unscrambled(i, 8)) {
                assertEquals(0, a[i]);
            } else {
                assertEquals(GoldSequence.bit(pci, j + 3L * 29), a[i], "s_" + i);
                j++;
            }
        }
        assertEquals(29, j);
    }

    @Test
    void roundTripOverManyMibsFramesAndBlocks() {
        Random rnd = new Random(11);
        byte[] bits = new byte[PbchEncoder.NUM_CODED_BITS];
        float[] llr = new float[PbchEncoder.NUM_CODED_BITS];
        int[] lMaxes = {4, 8, 64};
        for (int t = 0; t < 600; t++) {
            int lMax = lMaxes[t % 3];
            boolean fr2 = lMax == 64;
            int scs = fr2 ? (rnd.nextBoolean() ? 60 : 120) : (rnd.nextBoolean() ? 15 : 30);
            int sfn = t < 64 ? t * 16 + (t % 16) : rnd.nextInt(1024);
            Mib mib = new Mib(sfn, scs, rnd.nextInt(fr2 ? 16 : 32), 2 + rnd.nextInt(2), rnd.nextInt(256),
                    rnd.nextBoolean(), rnd.nextBoolean(), rnd.nextInt(2));
            int hf = rnd.nextInt(2);
            int ssb = rnd.nextInt(lMax);
            int pci = rnd.nextInt(1008);
            encoder.encode(mib, hf, ssb, lMax, pci, bits);
            for (int i = 0; i < bits.length; i++) {
                llr[i] = bits[i] == 0 ? CLEAN_LLR : -CLEAN_LLR;
            }
            PbchDecodeResult r = decoder.decode(llr, 0, lMax, pci);
            assertTrue(r.crcOk(), "case " + t);
            assertEquals(mib, r.mib(), "case " + t);
            assertEquals(sfn, r.systemFrameNumber());
            assertEquals(hf, r.halfFrame());
            assertEquals(fr2 ? ssb >>> 3 : 0, r.ssbIndexMsbs());
            assertEquals(fr2 ? 0 : mib.ssbSubcarrierOffset() >>> 4, r.kSsbMsb());
            assertEquals(0f, r.pathMetric());
        }
    }

    @Test
    void corruptedPbchIsAResultNotAnException() {
        float[] llr = new float[PbchEncoder.NUM_CODED_BITS];
        Random rnd = new Random(12);
        for (int i = 0; i < llr.length; i++) {
            llr[i] = (float) rnd.nextGaussian();
        }
        PbchDecodeResult r = decoder.decode(llr, 0, 8, 1);
        assertFalse(r.crcOk());
        assertThrows(IllegalStateException.class, r::mib);
        // No signal at all (zero LLRs): the all-zero word would pass CRC24C, so this must be a failure too.
        assertFalse(decoder.decode(new float[864], 0, 8, 1).crcOk());
    }

    @Test
    void wrongCellIdentityGivesADifferentMib() {
        // The CRC covers the scrambled payload (TS 38.212 §7.1.3 after §7.1.2), so a wrong N_ID^cell is not caught by
        // the CRC here; the SSB side knows the cell from PSS/SSS before decoding.
        Mib mib = new Mib(100, 30, 3, 2, 0x12, false, true, 0);
        byte[] bits = new byte[864];
        encoder.encode(mib, 0, 1, 8, 77, bits);
        float[] llr = new float[864];
        for (int i = 0; i < 864; i++) {
            llr[i] = bits[i] == 0 ? 1f : -1f;
        }
        PbchDecodeResult r = decoder.decode(llr, 0, 8, 78);
        assertTrue(r.crcOk());
        assertNotEquals(mib.packMibBits(), r.mibBits());
    }

    @Test
    void invalidArgumentsNameTheRule() {
        Mib fr1 = new Mib(0, 15, 0, 2, 0, false, true, 0);
        byte[] out = new byte[864];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> encoder.encode(fr1, 0, 0, 64, 0, out));
        assertTrue(e.getMessage().contains("L_max"));
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(fr1, 0, 4, 4, 0, out));
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(fr1, 2, 0, 4, 0, out));
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(fr1, 0, 0, 4, 1008, out));
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(fr1, 0, 0, 16, 0, out));
        assertThrows(IllegalArgumentException.class, () -> encoder.encode(fr1, 0, 0, 4, 0, new byte[100]));
        assertThrows(IllegalArgumentException.class,
                () -> encoder.encode(new Mib(0, 120, 16, 2, 0, false, true, 0), 0, 0, 64, 0, out));
        e = assertThrows(IllegalArgumentException.class, () -> new Mib(1024, 15, 0, 2, 0, false, true, 0));
        assertTrue(e.getMessage().contains("systemFrameNumber") && e.getMessage().contains("1024"));
        assertThrows(IllegalArgumentException.class, () -> new Mib(0, 45, 0, 2, 0, false, true, 0));
        assertThrows(IllegalArgumentException.class, () -> new Mib(0, 15, 32, 2, 0, false, true, 0));
        assertThrows(IllegalArgumentException.class, () -> new Mib(0, 15, 0, 4, 0, false, true, 0));
        assertThrows(IllegalArgumentException.class, () -> new Mib(0, 15, 0, 2, 256, false, true, 0));
        assertThrows(IllegalArgumentException.class, () -> new Mib(0, 15, 0, 2, 0, false, true, 2));
    }
}
