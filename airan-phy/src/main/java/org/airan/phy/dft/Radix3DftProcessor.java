package org.airan.phy.dft;


/**
 * CPU DFT for sizes N = 3·2^k (k ≥ 1; e.g. 1536 and 3072, the OFDM sizes for 106 and 217 RB at 30 kHz) that
 * allocates nothing per call: one radix-3 decimation-in-frequency pass splits the signal into three sequences
 * of M = N/3 points, each is transformed by a power-of-two DFT (allocation-free: {@link StockhamDftProcessor} or
 * JTransforms), and the results are interleaved back: {@code X[3k + r] = FFT_M{(x[m] + ω^r x[m+M] + ω^{2r} x[m+2M])·W_N^{rm}}[k]} with
 * {@code ω = e^{∓j2π/3}}, {@code W_N = e^{∓j2π/N}}. Same convention as {@link DftProcessor} (unscaled both ways).
 *
 * <p>Exists because JTransforms' own mixed-radix path allocates a scratch copy of the signal on every call
 * (8·N bytes, measured with JMH {@code -prof gc}; see {@code benchmarks/RESULTS.md}). Single-threaded; holds a
 * 2N-float workspace; not thread-safe.
 */
public final class Radix3DftProcessor implements DftProcessor {

    private static final double SIN60 = Math.sqrt(3.0) / 2.0;

    private final int n;
    private final int m;
    private final DftProcessor inner;
    /** W_N^{m} and W_N^{2m} for the forward sign, interleaved, m in [0, M). */
    private final float[] tw1;
    private final float[] tw2;
    private final float[] work;

    /** With JTransforms for the N/3-point transforms. @param n DFT size: 3·2^k with k ≥ 1 */
    public Radix3DftProcessor(int n) {
        this(n, new JTransformsDftProcessor(n / 3 > 0 ? n / 3 : 1));
    }

    /**
     * @param n     DFT size: 3·2^k with k ≥ 1
     * @param inner a DFT of N/3 points (owned by this processor from now on)
     */
    public Radix3DftProcessor(int n, DftProcessor inner) {
        if (!supports(n)) {
            throw new IllegalArgumentException("Radix3DftProcessor needs a size 3·2^k with k ≥ 1, was " + n);
        }
        if (inner.size() != n / 3) {
            throw new IllegalArgumentException("inner DFT must have N/3 = " + n / 3 + " points, had " + inner.size());
        }
        this.n = n;
        this.m = n / 3;
        this.inner = inner;
        tw1 = new float[2 * m];
        tw2 = new float[2 * m];
        for (int i = 0; i < m; i++) {
            double a1 = -2.0 * Math.PI * i / n;
            double a2 = -2.0 * Math.PI * ((2L * i) % n) / n;
            tw1[2 * i] = (float) Math.cos(a1);
            tw1[2 * i + 1] = (float) Math.sin(a1);
            tw2[2 * i] = (float) Math.cos(a2);
            tw2[2 * i + 1] = (float) Math.sin(a2);
        }
        work = new float[2 * n];
    }

    /** True for sizes this processor handles: 3·2^k, k ≥ 1. */
    public static boolean supports(int n) {
        return n >= 6 && n % 3 == 0 && Integer.bitCount(n / 3) == 1;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public String backendName() {
        return "radix3+" + inner.backendName();
    }

    @Override
    public void transform(Direction direction, float[] data, int offset, int stride, int count) {
        if (!DftProcessor.checkBatch(n, data, offset, stride, count)) {
            return;
        }
        boolean fwd = direction == Direction.FORWARD;
        for (int i = 0; i < count; i++) {
            one(fwd, data, offset + i * stride);
        }
    }

    private void one(boolean forward, float[] x, int off) {
        final int mm = m;
        final float[] w = work;
        final float s = forward ? 1f : -1f; // sign of the imaginary parts of ω and W relative to forward
        final float h = (float) SIN60 * -s;   // Im(ω) = ∓sin 60°: forward ω = e^{-j2π/3}
        final int y1 = 2 * mm;
        final int y2 = 4 * mm;
        for (int i = 0; i < mm; i++) {
            int ia = off + 2 * i;
            float ar = x[ia];
            float ai = x[ia + 1];
            float br = x[ia + 2 * mm];
            float bi = x[ia + 2 * mm + 1];
            float cr = x[ia + 4 * mm];
            float ci = x[ia + 4 * mm + 1];
            float t1r = br + cr;
            float t1i = bi + ci;
            float t2r = br - cr;
            float t2i = bi - ci;
            w[2 * i] = ar + t1r;
            w[2 * i + 1] = ai + t1i;
            float mr = ar - 0.5f * t1r;
            float mi = ai - 0.5f * t1i;
            // a + ω b + ω² c = m + j·Im(ω)·t2 ; a + ω² b + ω c = m − j·Im(ω)·t2
            float u1r = mr - h * t2i;
            float u1i = mi + h * t2r;
            float u2r = mr + h * t2i;
            float u2i = mi - h * t2r;
            float w1r = tw1[2 * i];
            float w1i = s * tw1[2 * i + 1];
            float w2r = tw2[2 * i];
            float w2i = s * tw2[2 * i + 1];
            w[y1 + 2 * i] = u1r * w1r - u1i * w1i;
            w[y1 + 2 * i + 1] = u1r * w1i + u1i * w1r;
            w[y2 + 2 * i] = u2r * w2r - u2i * w2i;
            w[y2 + 2 * i + 1] = u2r * w2i + u2i * w2r;
        }
        inner.transform(forward ? Direction.FORWARD : Direction.INVERSE, w, 0, 2 * mm, 3);
        for (int k = 0; k < mm; k++) {
            int o = off + 6 * k;
            x[o] = w[2 * k];
            x[o + 1] = w[2 * k + 1];
            x[o + 2] = w[y1 + 2 * k];
            x[o + 3] = w[y1 + 2 * k + 1];
            x[o + 4] = w[y2 + 2 * k];
            x[o + 5] = w[y2 + 2 * k + 1];
        }
    }
}
