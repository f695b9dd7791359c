package org.airan.phy.ssb;

/** Test helpers that need package access to PBCH result types. */
public final class PbchTestSupport {
    private PbchTestSupport() {
    }

    /** A PBCH result as a decoder would return it. */
    public static PbchDecodeResult result(boolean crcOk, Mib mib, int halfFrame, int ssbIndexMsbs, int lMax) {
        PbchDecodeResult r = new PbchDecodeResult();
        if (mib == null) {
            r.set(false, 0, 0, 0, 0, 0, lMax, 0f);
        } else {
            r.set(crcOk, mib.packMibBits(), mib.systemFrameNumber(), halfFrame, ssbIndexMsbs,
                    mib.ssbSubcarrierOffset() >> 4, lMax, 0f);
        }
        return r;
    }
}
