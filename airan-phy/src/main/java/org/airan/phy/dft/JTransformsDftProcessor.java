package org.airan.phy.dft;

import org.jtransforms.fft.FloatFFT_1D;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * CPU DFT backend on JTransforms, single-threaded inside (parallelism belongs to the pipeline).
 *
 * <p>JTransforms' {@code complexForward} uses e^{-j} and its {@code complexInverse(a, false)} is unscaled,
 * matching {@link DftProcessor}'s contract. Power-of-two sizes allocate nothing per call; JTransforms'
 * mixed-radix (e.g. 3·2^k) and Bluestein paths allocate internal scratch on every call — measured and
 * recorded in {@code benchmarks/RESULTS.md}.
 */
public final class JTransformsDftProcessor implements DftProcessor {

    static {
        // One thread inside each FFT: the pipeline parallelizes across symbols, ports and cells.
        ConcurrencyUtils.setNumberOfThreads(1);
        org.jtransforms.utils.CommonUtils.setThreadsBeginN_1D_FFT_2Threads(Integer.MAX_VALUE);
        org.jtransforms.utils.CommonUtils.setThreadsBeginN_1D_FFT_4Threads(Integer.MAX_VALUE);
    }

    private final int n;
    private final FloatFFT_1D fft;

    /** @param n DFT size, at least 1 */
    public JTransformsDftProcessor(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("DFT size must be positive, was " + n);
        }
        this.n = n;
        this.fft = new FloatFFT_1D(n);
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public String backendName() {
        return "jtransforms";
    }

    @Override
    public void transform(Direction direction, float[] data, int offset, int stride, int count) {
        if (!DftProcessor.checkBatch(n, data, offset, stride, count)) {
            return;
        }
        if (direction == Direction.FORWARD) {
            for (int i = 0; i < count; i++) {
                fft.complexForward(data, offset + i * stride);
            }
        } else {
            for (int i = 0; i < count; i++) {
                fft.complexInverse(data, offset + i * stride, false);
            }
        }
    }
}
