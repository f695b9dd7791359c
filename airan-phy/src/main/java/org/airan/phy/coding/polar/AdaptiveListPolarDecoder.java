package org.airan.phy.coding.polar;

/**
 * Adaptive CRC-aided list decoding (Li, Chen and Liu 2012, restricted to two steps): successive cancellation
 * first, and the CRC-aided list decoder only when the SC output fails the CRC. At the SNRs where a link works,
 * almost every block is settled by SC at SC cost; the block error rate is that of the list decoder except for
 * the blocks where SC's output passes the CRC but is wrong, whose probability is that of an undetected CRC error
 * (about 2^−L_CRC per failed SC block; 6·10^−8 with CRC24C).
 *
 * <p>Allocation-free after construction; not thread-safe.
 */
public final class AdaptiveListPolarDecoder implements PolarDecoder {

    private final ScPolarDecoder sc;
    private final ScListPolarDecoder list;
    private float pm;
    private boolean listUsed;

    /**
     * @param listSize        L of the fallback list decoder, 1..{@value PolarDecoders#MAX_LIST_SIZE}
     * @param maxMotherLength largest N, a power of two in [32, 1024]
     */
    public AdaptiveListPolarDecoder(int listSize, int maxMotherLength) {
        this.sc = new ScPolarDecoder(maxMotherLength);
        this.list = new ScListPolarDecoder(listSize, maxMotherLength);
    }

    @Override
    public boolean decode(PolarCode code, float[] llr, int llrOffset, int rnti, byte[] out, int outOffset) {
        if (sc.decode(code, llr, llrOffset, rnti, out, outOffset)) {
            pm = sc.lastPathMetric();
            listUsed = false;
            return true;
        }
        listUsed = true;
        boolean ok = list.decode(code, llr, llrOffset, rnti, out, outOffset);
        pm = list.lastPathMetric();
        return ok;
    }

    /** True when the last {@code decode} needed the list decoder (SC's output failed the CRC). */
    public boolean lastUsedList() {
        return listUsed;
    }

    @Override
    public float lastPathMetric() {
        return pm;
    }

    @Override
    public int listSize() {
        return list.listSize();
    }
}
