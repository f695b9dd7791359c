package org.airan.phy.dft;

/**
 * A batched complex DFT of one size, on interleaved single-precision data (re, im, re, im, ...).
 *
 * <p>Convention (the contract every backend is tested against):
 * forward {@code X[k] = Σ_n x[n]·e^{-j2πkn/N}}, inverse {@code x[n] = Σ_k X[k]·e^{+j2πkn/N}}; neither direction
 * scales (forward then inverse multiplies by N). Scaling is the caller's business (see the OFDM blocks).
 *
 * <p>A call transforms {@code count} signals of N complex samples each, the i-th starting at float index
 * {@code offset + i·stride} (stride in floats, at least 2N). Batching lets a GPU backend run many symbols ×
 * ports in one launch; the CPU backend simply loops. Implementations allocate nothing per call in steady state
 * unless their documentation says otherwise, and are not thread-safe: use one instance per thread.
 */
public interface DftProcessor extends AutoCloseable {

    /** Transform direction. */
    enum Direction {
        /** e^{-j2πkn/N}. */
        FORWARD,
        /** e^{+j2πkn/N}, unscaled. */
        INVERSE
    }

    /** DFT size N (complex samples). */
    int size();

    /** Short backend name, e.g. "jtransforms". */
    String backendName();

    /**
     * In-place batched transform.
     *
     * @param data   interleaved complex data; Modified
     * @param offset float index of the first signal
     * @param stride float distance between consecutive signals (≥ 2N)
     * @param count  number of signals (≥ 0)
     */
    void transform(Direction direction, float[] data, int offset, int stride, int count);

    /** Single in-place transform of N complex samples at {@code offset}. */
    default void transform(Direction direction, float[] data, int offset) {
        transform(direction, data, offset, 2 * size(), 1);
    }

    /**
     * Out-of-place forward transform of N complex samples: {@code out[outOff..]} receives the DFT of
     * {@code in[inOff..]}, which is not modified. The default copies and transforms in place; backends that keep
     * their own buffers (e.g. a native library) override it to save the copy. The OFDM demodulator uses it to read
     * the DFT window straight out of a received slot.
     *
     * @param out Modified: 2N floats from {@code outOff}
     */
    default void forward(float[] in, int inOff, float[] out, int outOff) {
        java.util.Objects.checkFromIndexSize(inOff, 2 * size(), in.length);
        java.util.Objects.checkFromIndexSize(outOff, 2 * size(), out.length);
        System.arraycopy(in, inOff, out, outOff, 2 * size());
        transform(Direction.FORWARD, out, outOff);
    }

    /** Releases native resources, if any. The CPU backend holds none. */
    @Override
    default void close() {
    }

    /**
     * Checks the arguments of a batched {@link #transform} call for a DFT of {@code n} points: {@code count ≥ 0},
     * {@code stride ≥ 2n}, and every signal inside {@code data}. Returns false when there is nothing to do
     * ({@code count = 0}). For implementations.
     *
     * @throws IllegalArgumentException  for a negative count or a too-short stride
     * @throws IndexOutOfBoundsException when the batch does not fit {@code data}
     */
    static boolean checkBatch(int n, float[] data, int offset, int stride, int count) {
        if (count < 0 || (count > 0 && stride < 2 * n)) {
            throw new IllegalArgumentException("stride must be ≥ 2N = " + 2 * n + " and count ≥ 0, were stride="
                    + stride + " count=" + count);
        }
        if (count == 0) {
            return false;
        }
        long span = (long) (count - 1) * stride + 2L * n;
        java.util.Objects.checkFromIndexSize(offset, span > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) span,
                data.length);
        return true;
    }
}
