package org.airan.phy.transformprecoding;

import org.airan.phy.Backend;

/**
 * Builds {@link TransformPrecoder}s and states the allocation-size rule of transform precoding.
 */
public final class TransformPrecoders {

    /** Largest allocation, PRBs (TS 38.211 §4.4.2). */
    public static final int MAX_PRB = 275;
    private static final int[] FACTORS = {2, 3, 5};

    private TransformPrecoders() {
    }

    /** A DFT-based precoder for allocations up to {@code maxPrb} on the CPU DFT backend. */
    public static TransformPrecoder create(int maxPrb) {
        return new DftTransformPrecoder(maxPrb, Backend.CPU);
    }

    /** A DFT-based precoder on {@code backend} (see {@link org.airan.phy.dft.DftProcessors#create}). */
    public static TransformPrecoder create(int maxPrb, Backend backend) {
        return new DftTransformPrecoder(maxPrb, backend);
    }

    /** True when M_RB = 2^α2·3^α3·5^α5 with non-negative integers α (TS 38.211 §6.3.1.4). */
    public static boolean isValidPrbCount(int mRb) {
        if (mRb < 1) {
            return false;
        }
        int m = mRb;
        for (int p : FACTORS) {
            while (m % p == 0) {
                m /= p;
            }
        }
        return m == 1;
    }

    /**
     * The largest valid M_RB ≤ {@code n} (e.g. 270 for 273 and 275).
     *
     * @throws IllegalArgumentException for n &lt; 1
     */
    public static int largestValidPrbCount(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("PRB count must be ≥ 1, was " + n);
        }
        int m = n;
        while (!isValidPrbCount(m)) {
            m--;
        }
        return m;
    }

    /**
     * @throws IllegalArgumentException naming the rule when M_RB is not 2^α2·3^α3·5^α5, with the nearest valid sizes
     */
    public static void checkPrbCount(int mRb) {
        if (!isValidPrbCount(mRb)) {
            int below = mRb < 1 ? 1 : largestValidPrbCount(mRb);
            int above = Math.max(mRb, 1);
            while (!isValidPrbCount(above)) {
                above++;
            }
            throw new IllegalArgumentException("numPrb M_RB must be 2^a·3^b·5^c with transform precoding (TS 38.211 "
                    + "§6.3.1.4: M_sc = 12·M_RB), was " + mRb + "; nearest valid sizes " + below + " and " + above);
        }
    }
}
