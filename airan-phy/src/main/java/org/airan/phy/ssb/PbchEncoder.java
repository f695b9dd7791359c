package org.airan.phy.ssb;

import java.util.Objects;
import org.airan.phy.coding.polar.PolarCode;
import org.airan.phy.coding.polar.PolarCodeConfig;
import org.airan.phy.coding.polar.PolarEncoder;

/**
 * PBCH transport-channel coding of TS 38.212 §7.1: payload generation (§7.1.1) and interleaving
 * (Table 7.1.1-1), payload scrambling (§7.1.2), CRC24C attachment (§7.1.3), polar encoding with K = 56,
 * N = 512 (§7.1.4, §5.3.1) and rate matching to E = 864 bits (§7.1.5, §5.4.1).
 *
 * <p>The output is the bit sequence b(0..863) that TS 38.211 §7.3.3.1 scrambles before QPSK; that scrambling is not
 * done here. Not thread-safe (holds scratch buffers); allocation-free after construction.
 */
public final class PbchEncoder {

    /** E: PBCH bits after rate matching (TS 38.212 §7.1.5). */
    public static final int NUM_CODED_BITS = 864;

    /** The PBCH polar code, K = 56, E = 864, N = 512 (TS 38.212 §7.1.4–§7.1.5); immutable, shared. */
    static final PolarCode CODE = new PolarCode(PolarCodeConfig.pbch());

    private final PolarEncoder polar = new PolarEncoder(512);
    private final byte[] bits = new byte[CODE.numInfoBits()];
    private final byte[] scratch = new byte[PbchPayload.A];

    public PbchEncoder() {
    }

    /**
     * Encodes one PBCH transport block.
     *
     * @param mib       the MIB (ssbSubcarrierOffset ≤ 15 when lMax = 64)
     * @param halfFrame 0 or 1: half frame of the SS/PBCH block (TS 38.212 §7.1.1)
     * @param ssbIndex  SS/PBCH block index, 0..lMax−1 (only its bits 5..3 enter the payload, for L_max = 64)
     * @param lMax      4, 8 or 64: maximum number of SS/PBCH blocks in a half frame (TS 38.213 §4.1)
     * @param pci       N_ID^cell, 0..1007: c_init of the §7.1.2 scrambling
     * @param out864    Modified: 864 bits, one per byte (0/1)
     */
    public void encode(Mib mib, int halfFrame, int ssbIndex, int lMax, int pci, byte[] out864) {
        Objects.requireNonNull(mib, "mib");
        PbchPayload.checkLmax(lMax);
        PbchPayload.checkPci(pci);
        if (halfFrame != 0 && halfFrame != 1) {
            throw new IllegalArgumentException("halfFrame must be 0 or 1 (TS 38.212 §7.1.1), was " + halfFrame);
        }
        if (ssbIndex < 0 || ssbIndex >= lMax) {
            throw new IllegalArgumentException("ssbIndex must be in [0, " + (lMax - 1) + "] for L_max = " + lMax
                    + " (TS 38.213 §4.1), was " + ssbIndex);
        }
        boolean fr2Scs = mib.subCarrierSpacingCommon() >= 60;
        if (fr2Scs != (lMax == 64)) {
            throw new IllegalArgumentException("subCarrierSpacingCommon " + mib.subCarrierSpacingCommon()
                    + " kHz does not match L_max = " + lMax + " (15/30 kHz with L_max 4 or 8 in FR1, 60/120 kHz with "
                    + "L_max 64 in FR2, TS 38.213 §4.1)");
        }
        if (lMax == 64 && mib.ssbSubcarrierOffset() > 15) {
            throw new IllegalArgumentException("ssbSubcarrierOffset must be in [0, 15] with L_max = 64 (TS 38.213 "
                    + "§4.1, FR2), was " + mib.ssbSubcarrierOffset());
        }
        if (out864 == null || out864.length < NUM_CODED_BITS) {
            throw new IllegalArgumentException("out864 must hold " + NUM_CODED_BITS + " bits (TS 38.212 §7.1.5), was "
                    + (out864 == null ? "null" : out864.length));
        }
        int sfn = mib.systemFrameNumber();
        // abar_24..abar_31 (TS 38.212 §7.1.1): SFN bits 3..0, half frame, then SSB index bits 5..3 (L_max 64) or
        // k_SSB bit 4 and two reserved zeros (L_max 4, 8).
        int last3 = lMax == 64 ? (ssbIndex >>> 3) & 7 : ((mib.ssbSubcarrierOffset() >>> 4) & 1) << 2;
        int timing = ((sfn & 0xF) << 4) | (halfFrame << 3) | last3;
        PbchPayload.interleave(mib.packMibBits(), timing, bits);
        PbchPayload.scramble(bits, lMax, pci, (sfn >>> 1) & 3, scratch);
        CODE.attachCrc(bits, 0, 0);
        polar.encode(CODE, bits, 0, out864, 0);
    }
}
