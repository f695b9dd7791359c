package org.airan.phy.coding.polar;

/**
 * Factories for {@link PolarDecoder}s, sized up front for the largest mother code they will see (N = 512 for
 * PBCH/DCI with n_max = 9, N = 1024 for UCI).
 */
public final class PolarDecoders {

    /** Default list size of the CRC-aided list decoder. */
    public static final int DEFAULT_LIST_SIZE = 8;
    /** Largest supported list size. */
    public static final int MAX_LIST_SIZE = 32;

    private PolarDecoders() {
    }

    /** Successive-cancellation decoder (Arıkan), min-sum, for N ≤ {@code maxMotherLength}. */
    public static PolarDecoder successiveCancellation(int maxMotherLength) {
        return new ScPolarDecoder(maxMotherLength);
    }

    /** CRC-aided SC list decoder with list size {@code listSize} (1..32, power of two or not) for N ≤ {@code maxMotherLength}. */
    public static PolarDecoder crcAidedList(int listSize, int maxMotherLength) {
        return new ScListPolarDecoder(listSize, maxMotherLength);
    }

    /**
     * Successive cancellation first, CRC-aided SCL with {@code listSize} only when SC fails the CRC: list-decoder
     * error rate at close to SC cost when the channel is good (see {@link AdaptiveListPolarDecoder}).
     */
    public static PolarDecoder adaptiveList(int listSize, int maxMotherLength) {
        return new AdaptiveListPolarDecoder(listSize, maxMotherLength);
    }

    /** CRC-aided SCL-8 for every NR polar code (N ≤ 1024). */
    public static PolarDecoder crcAidedList() {
        return new ScListPolarDecoder(DEFAULT_LIST_SIZE, 1024);
    }

    static void checkMaxLength(int maxMotherLength) {
        if (maxMotherLength < 32 || maxMotherLength > 1024 || Integer.bitCount(maxMotherLength) != 1) {
            throw new IllegalArgumentException("maxMotherLength must be a power of two in [32, 1024] "
                    + "(TS 38.212 §5.3.1), was " + maxMotherLength);
        }
    }
}
