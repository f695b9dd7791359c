package org.airan.phy.dft;

/**
 * CPU DFT for every size N = 2^a·3^b·5^c (N ≥ 1) that allocates nothing per call: a mixed-radix Stockham
 * (self-sorting) FFT with radix-4, -2, -3 and -5 stages, in pure scalar Java (no Vector API, so it loads on any
 * JVM). Built for PUSCH transform precoding, whose DFT size is M_sc = 12·M_RB with M_RB = 2^α2·3^α3·5^α5
 * (TS 38.211 §6.3.1.4), e.g. 3240 for 270 PRB, 300 for 25 PRB, 900 for 75 PRB.
 *
 * <p>N is factored as r_0·r_1·…·r_{S−1} (radix-4 stages first, one radix-2 stage when a is odd, then radix 3,
 * then radix 5). Stage i has length n_i = N/(r_0…r_{i−1}), stride s_i = N/n_i and m_i = n_i/r_i; for p in
 * [0, m_i) and q in [0, s_i) it reads x_t = x[q + s_i(p + t·m_i)], t = 0..r_i−1, forms the r_i-point DFT
 * y_u = Σ_t x_t·ω^{tu} (ω = e^{−j2π/r_i}), and writes y_u·W_{n_i}^{p·u} to y[q + s_i(r_i·p + u)]. After the
 * last stage the output is in natural order. The twiddles W_{n_i}^{pu} are computed in double at construction
 * and stored in float. The inverse uses conj(DFT(conj(x))), folded into the passes that split the caller's
 * interleaved array into the working re/im buffers and join it back, so it costs nothing extra.
 *
 * <p>Same convention as {@link DftProcessor}: forward e^{−j}, inverse e^{+j}, both unscaled. Single-threaded;
 * holds 4N floats of workspace and fewer than 2N complex twiddles; not thread-safe.
 */
public final class MixedRadixDftProcessor implements DftProcessor {

    /** Largest size accepted: 2^24, far above the 3276-point transform-precoding maximum (TS 38.211 §6.3.1.4). */
    public static final int MAX_SIZE = 1 << 24;

    private static final float SIN60 = (float) (Math.sqrt(3.0) / 2.0);
    private static final float C5_1 = (float) Math.cos(2 * Math.PI / 5);
    private static final float C5_2 = (float) Math.cos(4 * Math.PI / 5);
    private static final float S5_1 = (float) Math.sin(2 * Math.PI / 5);
    private static final float S5_2 = (float) Math.sin(4 * Math.PI / 5);

    /** True when the Vector API module is in the boot layer (JVM flag {@code --add-modules jdk.incubator.vector}). */
    private static final boolean VECTOR_MODULE =
            ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private final int n;
    private final boolean vector;
    /** Radix of each stage, in execution order. */
    private final int[] radix;
    /** Offset of each stage's twiddles in {@link #twRe}/{@link #twIm}: entry p·(r−1) + (u−1) is W_{n_i}^{pu}. */
    private final int[] twOff;
    private final float[] twRe;
    private final float[] twIm;
    private final float[] ar;
    private final float[] ai;
    private final float[] br;
    private final float[] bi;

    /**
     * With SIMD stages when the Vector API module is present (see {@link #MixedRadixDftProcessor(int, boolean)}).
     *
     * @param n DFT size: 2^a·3^b·5^c in [1, {@link #MAX_SIZE}]
     * @throws IllegalArgumentException for any other size
     */
    public MixedRadixDftProcessor(int n) {
        this(n, VECTOR_MODULE);
    }

    /**
     * @param n      DFT size: 2^a·3^b·5^c in [1, {@link #MAX_SIZE}]
     * @param vector run the stages whose stride is a multiple of 4 on SIMD vectors (Vector API; 256-bit when the
     *               stride is a multiple of 8, else 128-bit); false gives the all-scalar transform
     * @throws IllegalArgumentException for any other size, or {@code vector} without the Vector API module
     */
    public MixedRadixDftProcessor(int n, boolean vector) {
        if (vector && !VECTOR_MODULE) {
            throw new IllegalArgumentException("vector = true needs the JVM flag --add-modules jdk.incubator.vector");
        }
        this.vector = vector;
        if (!supports(n)) {
            throw new IllegalArgumentException("MixedRadixDftProcessor needs a size 2^a·3^b·5^c in [1, " + MAX_SIZE
                    + "] (e.g. M_sc = 12·M_RB, TS 38.211 §6.3.1.4), was " + n);
        }
        this.n = n;
        radix = factor(n);
        twOff = new int[radix.length];
        int total = 0;
        int len = n;
        for (int i = 0; i < radix.length; i++) {
            twOff[i] = total;
            total += (len / radix[i]) * (radix[i] - 1);
            len /= radix[i];
        }
        twRe = new float[Math.max(total, 1)];
        twIm = new float[Math.max(total, 1)];
        len = n;
        for (int i = 0; i < radix.length; i++) {
            int r = radix[i];
            int m = len / r;
            for (int p = 0; p < m; p++) {
                for (int u = 1; u < r; u++) {
                    double a = -2.0 * Math.PI * ((long) p * u % len) / len;
                    twRe[twOff[i] + p * (r - 1) + u - 1] = (float) Math.cos(a);
                    twIm[twOff[i] + p * (r - 1) + u - 1] = (float) Math.sin(a);
                }
            }
            len = m;
        }
        ar = new float[n];
        ai = new float[n];
        br = new float[n];
        bi = new float[n];
    }

    /** True for the sizes this processor handles: 2^a·3^b·5^c in [1, {@link #MAX_SIZE}]. */
    public static boolean supports(int n) {
        if (n < 1 || n > MAX_SIZE) {
            return false;
        }
        int v = n >> Integer.numberOfTrailingZeros(n);
        while (v % 3 == 0) {
            v /= 3;
        }
        while (v % 5 == 0) {
            v /= 5;
        }
        return v == 1;
    }

    /** The stage radices for {@code n}: 4s, then one 2 if the power of two is odd, then 3s, then 5s. */
    static int[] factor(int n) {
        int twos = Integer.numberOfTrailingZeros(n);
        int v = n >> twos;
        int threes = 0;
        while (v % 3 == 0) {
            v /= 3;
            threes++;
        }
        int fives = 0;
        while (v % 5 == 0) {
            v /= 5;
            fives++;
        }
        int[] r = new int[twos / 2 + (twos & 1) + threes + fives];
        int k = 0;
        for (int i = 0; i < twos / 2; i++) {
            r[k++] = 4;
        }
        if ((twos & 1) == 1) {
            r[k++] = 2;
        }
        for (int i = 0; i < threes; i++) {
            r[k++] = 3;
        }
        for (int i = 0; i < fives; i++) {
            r[k++] = 5;
        }
        return r;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public String backendName() {
        return vector ? "mixed-radix-vector" : "mixed-radix";
    }

    @Override
    public void transform(Direction direction, float[] data, int offset, int stride, int count) {
        if (!DftProcessor.checkBatch(n, data, offset, stride, count)) {
            return;
        }
        float sign = direction == Direction.FORWARD ? 1f : -1f;
        for (int i = 0; i < count; i++) {
            one(sign, data, offset + i * stride);
        }
    }

    /** One transform; {@code sign} −1 conjugates on the way in and out (inverse DFT). */
    private void one(float sign, float[] x, int off) {
        final int nn = n;
        float[] sr = ar;
        float[] si = ai;
        float[] dr = br;
        float[] di = bi;
        int len = nn;
        int st = 0;
        if (radix.length > 0 && radix[0] == 4) {
            firstStage4(sign, x, off, dr, di);
            float[] t = sr;
            sr = dr;
            dr = t;
            t = si;
            si = di;
            di = t;
            len = nn / 4;
            st = 1;
        } else {
            for (int i = 0; i < nn; i++) {
                sr[i] = x[off + 2 * i];
                si[i] = sign * x[off + 2 * i + 1];
            }
        }
        for (; st < radix.length; st++) {
            int r = radix[st];
            int m = len / r;
            int s = nn / len;
            if (vector && MixedRadixVectorStages.vectorizable(s)) {
                MixedRadixVectorStages.stage(r, sr, si, dr, di, s, m, twRe, twIm, twOff[st]);
            } else {
                switch (r) {
                    case 4 -> stage4(sr, si, dr, di, s, m, twOff[st]);
                    case 2 -> stage2(sr, si, dr, di, s, m, twOff[st]);
                    case 3 -> stage3(sr, si, dr, di, s, m, twOff[st]);
                    default -> stage5(sr, si, dr, di, s, m, twOff[st]);
                }
            }
            float[] t = sr;
            sr = dr;
            dr = t;
            t = si;
            si = di;
            di = t;
            len = m;
        }
        for (int i = 0; i < nn; i++) {
            x[off + 2 * i] = sr[i];
            x[off + 2 * i + 1] = sign * si[i];
        }
    }

    /**
     * Stage 0 when it is radix 4 (s = 1, n = N): reads the caller's interleaved array (conjugated when
     * {@code sign} is −1) and writes the split buffers, saving the separate de-interleave pass.
     */
    private void firstStage4(float sign, float[] x, int off, float[] yr, float[] yi) {
        final int m = n >> 2;
        final int b = off + 2 * m;
        final int c = off + 4 * m;
        final int d = off + 6 * m;
        for (int p = 0; p < m; p++) {
            final int w = 3 * p;
            final int i = 2 * p;
            float a0 = x[off + i];
            float a1 = sign * x[off + i + 1];
            float b0 = x[b + i];
            float b1 = sign * x[b + i + 1];
            float c0 = x[c + i];
            float c1 = sign * x[c + i + 1];
            float d0 = x[d + i];
            float d1 = sign * x[d + i + 1];
            float apcr = a0 + c0;
            float apci = a1 + c1;
            float amcr = a0 - c0;
            float amci = a1 - c1;
            float bpdr = b0 + d0;
            float bpdi = b1 + d1;
            float bmdr = b0 - d0;
            float bmdi = b1 - d1;
            float y1r = amcr + bmdi;
            float y1i = amci - bmdr;
            float y2r = apcr - bpdr;
            float y2i = apci - bpdi;
            float y3r = amcr - bmdi;
            float y3i = amci + bmdr;
            float w1r = twRe[w];
            float w1i = twIm[w];
            float w2r = twRe[w + 1];
            float w2i = twIm[w + 1];
            float w3r = twRe[w + 2];
            float w3i = twIm[w + 2];
            int o = 4 * p;
            yr[o] = apcr + bpdr;
            yi[o] = apci + bpdi;
            yr[o + 1] = y1r * w1r - y1i * w1i;
            yi[o + 1] = y1r * w1i + y1i * w1r;
            yr[o + 2] = y2r * w2r - y2i * w2i;
            yi[o + 2] = y2r * w2i + y2i * w2r;
            yr[o + 3] = y3r * w3r - y3i * w3i;
            yi[o + 3] = y3r * w3i + y3i * w3r;
        }
    }

    private void stage2(float[] xr, float[] xi, float[] yr, float[] yi, int s, int m, int tw) {
        final int sm = s * m;
        for (int p = 0; p < m; p++) {
            final float w1r = twRe[tw + p];
            final float w1i = twIm[tw + p];
            final int ia = s * p;
            final int o = 2 * s * p;
            for (int q = 0; q < s; q++) {
                float a0 = xr[ia + q];
                float a1 = xi[ia + q];
                float b0 = xr[ia + sm + q];
                float b1 = xi[ia + sm + q];
                yr[o + q] = a0 + b0;
                yi[o + q] = a1 + b1;
                float t0 = a0 - b0;
                float t1 = a1 - b1;
                yr[o + s + q] = t0 * w1r - t1 * w1i;
                yi[o + s + q] = t0 * w1i + t1 * w1r;
            }
        }
    }

    private void stage3(float[] xr, float[] xi, float[] yr, float[] yi, int s, int m, int tw) {
        final int sm = s * m;
        final float h = SIN60;
        for (int p = 0; p < m; p++) {
            final float w1r = twRe[tw + 2 * p];
            final float w1i = twIm[tw + 2 * p];
            final float w2r = twRe[tw + 2 * p + 1];
            final float w2i = twIm[tw + 2 * p + 1];
            final int ia = s * p;
            final int o = 3 * s * p;
            for (int q = 0; q < s; q++) {
                float a0 = xr[ia + q];
                float a1 = xi[ia + q];
                float b0 = xr[ia + sm + q];
                float b1 = xi[ia + sm + q];
                float c0 = xr[ia + 2 * sm + q];
                float c1 = xi[ia + 2 * sm + q];
                float t1r = b0 + c0;
                float t1i = b1 + c1;
                float t2r = b0 - c0;
                float t2i = b1 - c1;
                yr[o + q] = a0 + t1r;
                yi[o + q] = a1 + t1i;
                float mr = a0 - 0.5f * t1r;
                float mi = a1 - 0.5f * t1i;
                // y1 = m − j·sin60·t2, y2 = m + j·sin60·t2 (ω = e^{−j2π/3})
                float y1r = mr + h * t2i;
                float y1i = mi - h * t2r;
                float y2r = mr - h * t2i;
                float y2i = mi + h * t2r;
                yr[o + s + q] = y1r * w1r - y1i * w1i;
                yi[o + s + q] = y1r * w1i + y1i * w1r;
                yr[o + 2 * s + q] = y2r * w2r - y2i * w2i;
                yi[o + 2 * s + q] = y2r * w2i + y2i * w2r;
            }
        }
    }

    private void stage4(float[] xr, float[] xi, float[] yr, float[] yi, int s, int m, int tw) {
        final int sm = s * m;
        for (int p = 0; p < m; p++) {
            final float w1r = twRe[tw + 3 * p];
            final float w1i = twIm[tw + 3 * p];
            final float w2r = twRe[tw + 3 * p + 1];
            final float w2i = twIm[tw + 3 * p + 1];
            final float w3r = twRe[tw + 3 * p + 2];
            final float w3i = twIm[tw + 3 * p + 2];
            final int ia = s * p;
            final int o = 4 * s * p;
            for (int q = 0; q < s; q++) {
                float a0 = xr[ia + q];
                float a1 = xi[ia + q];
                float b0 = xr[ia + sm + q];
                float b1 = xi[ia + sm + q];
                float c0 = xr[ia + 2 * sm + q];
                float c1 = xi[ia + 2 * sm + q];
                float d0 = xr[ia + 3 * sm + q];
                float d1 = xi[ia + 3 * sm + q];
                float apcr = a0 + c0;
                float apci = a1 + c1;
                float amcr = a0 - c0;
                float amci = a1 - c1;
                float bpdr = b0 + d0;
                float bpdi = b1 + d1;
                float bmdr = b0 - d0;
                float bmdi = b1 - d1;
                // y1 = (a−c) − j(b−d), y2 = (a+c) − (b+d), y3 = (a−c) + j(b−d)
                float y1r = amcr + bmdi;
                float y1i = amci - bmdr;
                float y2r = apcr - bpdr;
                float y2i = apci - bpdi;
                float y3r = amcr - bmdi;
                float y3i = amci + bmdr;
                yr[o + q] = apcr + bpdr;
                yi[o + q] = apci + bpdi;
                yr[o + s + q] = y1r * w1r - y1i * w1i;
                yi[o + s + q] = y1r * w1i + y1i * w1r;
                yr[o + 2 * s + q] = y2r * w2r - y2i * w2i;
                yi[o + 2 * s + q] = y2r * w2i + y2i * w2r;
                yr[o + 3 * s + q] = y3r * w3r - y3i * w3i;
                yi[o + 3 * s + q] = y3r * w3i + y3i * w3r;
            }
        }
    }

    private void stage5(float[] xr, float[] xi, float[] yr, float[] yi, int s, int m, int tw) {
        final int sm = s * m;
        final float c1 = C5_1;
        final float c2 = C5_2;
        final float s1 = S5_1;
        final float s2 = S5_2;
        for (int p = 0; p < m; p++) {
            final int w = tw + 4 * p;
            final float w1r = twRe[w];
            final float w1i = twIm[w];
            final float w2r = twRe[w + 1];
            final float w2i = twIm[w + 1];
            final float w3r = twRe[w + 2];
            final float w3i = twIm[w + 2];
            final float w4r = twRe[w + 3];
            final float w4i = twIm[w + 3];
            final int ia = s * p;
            final int o = 5 * s * p;
            for (int q = 0; q < s; q++) {
                float a0 = xr[ia + q];
                float a1 = xi[ia + q];
                float b0 = xr[ia + sm + q];
                float b1 = xi[ia + sm + q];
                float cr = xr[ia + 2 * sm + q];
                float ci = xi[ia + 2 * sm + q];
                float d0 = xr[ia + 3 * sm + q];
                float d1 = xi[ia + 3 * sm + q];
                float e0 = xr[ia + 4 * sm + q];
                float e1 = xi[ia + 4 * sm + q];
                float t1r = b0 + e0;
                float t1i = b1 + e1;
                float t2r = cr + d0;
                float t2i = ci + d1;
                float t3r = b0 - e0;
                float t3i = b1 - e1;
                float t4r = cr - d0;
                float t4i = ci - d1;
                yr[o + q] = a0 + t1r + t2r;
                yi[o + q] = a1 + t1i + t2i;
                // y1,4 = a + c1·t1 + c2·t2 ∓ j(s1·t3 + s2·t4); y2,3 = a + c2·t1 + c1·t2 ∓ j(s2·t3 − s1·t4)
                float p1r = a0 + c1 * t1r + c2 * t2r;
                float p1i = a1 + c1 * t1i + c2 * t2i;
                float q1r = s1 * t3r + s2 * t4r;
                float q1i = s1 * t3i + s2 * t4i;
                float p2r = a0 + c2 * t1r + c1 * t2r;
                float p2i = a1 + c2 * t1i + c1 * t2i;
                float q2r = s2 * t3r - s1 * t4r;
                float q2i = s2 * t3i - s1 * t4i;
                // −j·q = (q_i, −q_r)
                float y1r = p1r + q1i;
                float y1i = p1i - q1r;
                float y4r = p1r - q1i;
                float y4i = p1i + q1r;
                float y2r = p2r + q2i;
                float y2i = p2i - q2r;
                float y3r = p2r - q2i;
                float y3i = p2i + q2r;
                yr[o + s + q] = y1r * w1r - y1i * w1i;
                yi[o + s + q] = y1r * w1i + y1i * w1r;
                yr[o + 2 * s + q] = y2r * w2r - y2i * w2i;
                yi[o + 2 * s + q] = y2r * w2i + y2i * w2r;
                yr[o + 3 * s + q] = y3r * w3r - y3i * w3i;
                yi[o + 3 * s + q] = y3r * w3i + y3i * w3r;
                yr[o + 4 * s + q] = y4r * w4r - y4i * w4i;
                yi[o + 4 * s + q] = y4r * w4i + y4i * w4r;
            }
        }
    }
}
