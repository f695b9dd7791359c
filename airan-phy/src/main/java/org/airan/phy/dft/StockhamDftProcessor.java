package org.airan.phy.dft;

import java.util.Objects;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * CPU DFT for power-of-two sizes N ≥ 16: a radix-4 Stockham (self-sorting) FFT, with one radix-2 stage when log2 N
 * is odd, working on split real/imaginary buffers so that each stage's inner loop runs on SIMD vectors through the
 * Vector API ({@code jdk.incubator.vector}, which the JVM must be started with).
 *
 * <p>Stage j (j = 0, 1, ...) has length n = N/4^j, stride s = 4^j and m = n/4; for p in [0, m) and q in [0, s) it
 * reads a, b, c, d = x[q + s(p + t·m)], t = 0..3, and writes the radix-4 butterfly outputs times W_n^{p·r}
 * to y[q + s(4p + r)], r = 0..3 (W_n = e^{∓j2π/n}). The first stage reads the caller's interleaved array and the
 * last writes it back interleaved, so no separate (de)interleave pass is needed; stages in between vectorize over
 * q (128-bit vectors for s = 4, the platform's preferred width for s ≥ 16). Same convention as
 * {@link DftProcessor}: forward e^{-j}, inverse e^{+j}, both unscaled. Allocates nothing per call; holds
 * 4N floats of workspace and ~3N floats of twiddles; not thread-safe.
 */
public final class StockhamDftProcessor implements DftProcessor {

    private static final VectorSpecies<Float> S128 = FloatVector.SPECIES_128;
    private static final VectorSpecies<Float> SPREF = FloatVector.SPECIES_PREFERRED;

    private final int n;
    private final int radix4Stages;
    private final boolean radix2Last;
    /** Per radix-4 stage j: cos and forward-sign sin of W_n^{p}, W_n^{2p}, W_n^{3p}, p in [0, m_j). */
    private final float[][] c1;
    private final float[][] s1;
    private final float[][] c2;
    private final float[][] s2;
    private final float[][] c3;
    private final float[][] s3;
    private final float[] ar;
    private final float[] ai;
    private final float[] br;
    private final float[] bi;

    /** @param n a power of two, at least 16 */
    public StockhamDftProcessor(int n) {
        if (!supports(n)) {
            throw new IllegalArgumentException("StockhamDftProcessor needs a power of two ≥ 16, was " + n);
        }
        this.n = n;
        int log2 = Integer.numberOfTrailingZeros(n);
        radix4Stages = log2 / 2;
        radix2Last = (log2 & 1) == 1;
        c1 = new float[radix4Stages][];
        s1 = new float[radix4Stages][];
        c2 = new float[radix4Stages][];
        s2 = new float[radix4Stages][];
        c3 = new float[radix4Stages][];
        s3 = new float[radix4Stages][];
        for (int j = 0; j < radix4Stages; j++) {
            int len = n >> (2 * j);
            int m = len / 4;
            c1[j] = new float[m];
            s1[j] = new float[m];
            c2[j] = new float[m];
            s2[j] = new float[m];
            c3[j] = new float[m];
            s3[j] = new float[m];
            for (int p = 0; p < m; p++) {
                for (int r = 1; r <= 3; r++) {
                    double a = -2.0 * Math.PI * ((long) p * r % len) / len;
                    float c = (float) Math.cos(a);
                    float s = (float) Math.sin(a);
                    switch (r) {
                        case 1 -> { c1[j][p] = c; s1[j][p] = s; }
                        case 2 -> { c2[j][p] = c; s2[j][p] = s; }
                        default -> { c3[j][p] = c; s3[j][p] = s; }
                    }
                }
            }
        }
        ar = new float[n];
        ai = new float[n];
        br = new float[n];
        bi = new float[n];
    }

    /** True for the sizes this processor handles: powers of two ≥ 16. */
    public static boolean supports(int n) {
        return n >= 16 && Integer.bitCount(n) == 1;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public String backendName() {
        return "stockham-vector";
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

    /**
     * Forward DFT of the N interleaved samples at {@code in[inOff..]} (not modified) into split outputs: bin k's
     * real part goes to {@code outRe[outOff + k]}, its imaginary part to {@code outIm[outOff + k]}. This is the
     * fused path of the OFDM demodulator: it reads the DFT window straight out of the received slot (no copy) and
     * keeps the last stage on SIMD vectors (no re-interleave). Same numbers as {@link #transform} with
     * {@link Direction#FORWARD}. Allocates nothing.
     */
    public void forwardSplit(float[] in, int inOff, float[] outRe, float[] outIm, int outOff) {
        Objects.checkFromIndexSize(inOff, 2 * n, in.length);
        Objects.checkFromIndexSize(outOff, n, outRe.length);
        Objects.checkFromIndexSize(outOff, n, outIm.length);
        firstStage(true, in, inOff);
        float[] sr = ar;
        float[] si = ai;
        float[] dr = br;
        float[] di = bi;
        int lastRadix4 = radix2Last ? radix4Stages : radix4Stages - 1;
        for (int j = 1; j < lastRadix4; j++) {
            middle(true, j, sr, si, dr, di);
            float[] t = sr;
            sr = dr;
            dr = t;
            t = si;
            si = di;
            di = t;
        }
        if (radix2Last) {
            lastRadix2Split(sr, si, outRe, outIm, outOff);
        } else {
            lastRadix4SplitForward(sr, si, outRe, outIm, outOff);
        }
    }

    private void middle(boolean fwd, int j, float[] sr, float[] si, float[] dr, float[] di) {
        int s = 1 << (2 * j);
        int m = n >> (2 * j + 2);
        if (s >= SPREF.length() && s % SPREF.length() == 0) {
            middleStagePref(fwd, j, s, m, sr, si, dr, di);
        } else {
            middleStage128(fwd, j, s, m, sr, si, dr, di);
        }
    }

    /** Last forward radix-4 stage (n = 4, no twiddles, s = N/4): split → split, on vectors. */
    private void lastRadix4SplitForward(float[] sr, float[] si, float[] yr, float[] yi, int yo) {
        final int s = n >> 2;
        final VectorSpecies<Float> sp = SPREF;
        final int lanes = sp.length();
        int q = 0;
        if (s % lanes == 0) {
            for (; q < s; q += lanes) {
                FloatVector xar = FloatVector.fromArray(sp, sr, q);
                FloatVector xai = FloatVector.fromArray(sp, si, q);
                FloatVector xbr = FloatVector.fromArray(sp, sr, q + s);
                FloatVector xbi = FloatVector.fromArray(sp, si, q + s);
                FloatVector xcr = FloatVector.fromArray(sp, sr, q + 2 * s);
                FloatVector xci = FloatVector.fromArray(sp, si, q + 2 * s);
                FloatVector xdr = FloatVector.fromArray(sp, sr, q + 3 * s);
                FloatVector xdi = FloatVector.fromArray(sp, si, q + 3 * s);
                FloatVector apcr = xar.add(xcr);
                FloatVector apci = xai.add(xci);
                FloatVector amcr = xar.sub(xcr);
                FloatVector amci = xai.sub(xci);
                FloatVector bpdr = xbr.add(xdr);
                FloatVector bpdi = xbi.add(xdi);
                FloatVector bmdr = xbr.sub(xdr);
                FloatVector bmdi = xbi.sub(xdi);
                apcr.add(bpdr).intoArray(yr, yo + q);
                apci.add(bpdi).intoArray(yi, yo + q);
                amcr.add(bmdi).intoArray(yr, yo + q + s);
                amci.sub(bmdr).intoArray(yi, yo + q + s);
                apcr.sub(bpdr).intoArray(yr, yo + q + 2 * s);
                apci.sub(bpdi).intoArray(yi, yo + q + 2 * s);
                amcr.sub(bmdi).intoArray(yr, yo + q + 3 * s);
                amci.add(bmdr).intoArray(yi, yo + q + 3 * s);
            }
        }
        for (; q < s; q++) {
            float apcr = sr[q] + sr[q + 2 * s];
            float apci = si[q] + si[q + 2 * s];
            float amcr = sr[q] - sr[q + 2 * s];
            float amci = si[q] - si[q + 2 * s];
            float bpdr = sr[q + s] + sr[q + 3 * s];
            float bpdi = si[q + s] + si[q + 3 * s];
            float bmdr = sr[q + s] - sr[q + 3 * s];
            float bmdi = si[q + s] - si[q + 3 * s];
            yr[yo + q] = apcr + bpdr;
            yi[yo + q] = apci + bpdi;
            yr[yo + q + s] = amcr + bmdi;
            yi[yo + q + s] = amci - bmdr;
            yr[yo + q + 2 * s] = apcr - bpdr;
            yi[yo + q + 2 * s] = apci - bpdi;
            yr[yo + q + 3 * s] = amcr - bmdi;
            yi[yo + q + 3 * s] = amci + bmdr;
        }
    }

    /** Last radix-2 stage (n = 2, s = N/2): split → split, on vectors. */
    private void lastRadix2Split(float[] sr, float[] si, float[] yr, float[] yi, int yo) {
        final int s = n >> 1;
        final VectorSpecies<Float> sp = SPREF;
        final int lanes = sp.length();
        int q = 0;
        if (s % lanes == 0) {
            for (; q < s; q += lanes) {
                FloatVector xar = FloatVector.fromArray(sp, sr, q);
                FloatVector xai = FloatVector.fromArray(sp, si, q);
                FloatVector xbr = FloatVector.fromArray(sp, sr, q + s);
                FloatVector xbi = FloatVector.fromArray(sp, si, q + s);
                xar.add(xbr).intoArray(yr, yo + q);
                xai.add(xbi).intoArray(yi, yo + q);
                xar.sub(xbr).intoArray(yr, yo + q + s);
                xai.sub(xbi).intoArray(yi, yo + q + s);
            }
        }
        for (; q < s; q++) {
            yr[yo + q] = sr[q] + sr[q + s];
            yi[yo + q] = si[q] + si[q + s];
            yr[yo + q + s] = sr[q] - sr[q + s];
            yi[yo + q + s] = si[q] - si[q + s];
        }
    }

    private void one(boolean fwd, float[] x, int off) {
        firstStage(fwd, x, off);
        float[] sr = ar;
        float[] si = ai;
        float[] dr = br;
        float[] di = bi;
        int lastRadix4 = radix2Last ? radix4Stages : radix4Stages - 1; // index of the radix-4 stage written out
        for (int j = 1; j < lastRadix4; j++) {
            middle(fwd, j, sr, si, dr, di);
            float[] t = sr;
            sr = dr;
            dr = t;
            t = si;
            si = di;
            di = t;
        }
        if (radix2Last) {
            lastRadix2(sr, si, x, off);
        } else {
            lastRadix4(fwd, sr, si, x, off);
        }
    }

    /** Stage 0 (s = 1): interleaved x → split (ar, ai). */
    private void firstStage(boolean fwd, float[] x, int off) {
        final int m = n >> 2;
        final float[] w1c = c1[0];
        final float[] w1s = s1[0];
        final float[] w2c = c2[0];
        final float[] w2s = s2[0];
        final float[] w3c = c3[0];
        final float[] w3s = s3[0];
        final float sg = fwd ? 1f : -1f;
        final float[] yr = ar;
        final float[] yi = ai;
        for (int p = 0; p < m; p++) {
            int ia = off + 2 * p;
            float xar = x[ia];
            float xai = x[ia + 1];
            float xbr = x[ia + 2 * m];
            float xbi = x[ia + 2 * m + 1];
            float xcr = x[ia + 4 * m];
            float xci = x[ia + 4 * m + 1];
            float xdr = x[ia + 6 * m];
            float xdi = x[ia + 6 * m + 1];
            float apcr = xar + xcr;
            float apci = xai + xci;
            float amcr = xar - xcr;
            float amci = xai - xci;
            float bpdr = xbr + xdr;
            float bpdi = xbi + xdi;
            float bmdr = (xbr - xdr) * sg;
            float bmdi = (xbi - xdi) * sg;
            // forward: r=1 gets (a−c) − j(b−d), r=3 gets (a−c) + j(b−d); inverse: the opposite (sg = −1)
            float t1r = amcr + bmdi;
            float t1i = amci - bmdr;
            float t3r = amcr - bmdi;
            float t3i = amci + bmdr;
            float t2r = apcr - bpdr;
            float t2i = apci - bpdi;
            float w1r = w1c[p];
            float w1i = sg * w1s[p];
            float w2r = w2c[p];
            float w2i = sg * w2s[p];
            float w3r = w3c[p];
            float w3i = sg * w3s[p];
            int o = 4 * p;
            yr[o] = apcr + bpdr;
            yi[o] = apci + bpdi;
            yr[o + 1] = t1r * w1r - t1i * w1i;
            yi[o + 1] = t1r * w1i + t1i * w1r;
            yr[o + 2] = t2r * w2r - t2i * w2i;
            yi[o + 2] = t2r * w2i + t2i * w2r;
            yr[o + 3] = t3r * w3r - t3i * w3i;
            yi[o + 3] = t3r * w3i + t3i * w3r;
        }
    }

    private void middleStagePref(boolean fwd, int j, int s, int m, float[] sr, float[] si, float[] dr, float[] di) {
        final VectorSpecies<Float> sp = SPREF;
        final int lanes = sp.length();
        final float sg = fwd ? 1f : -1f;
        final float[] w1c = c1[j];
        final float[] w1s = s1[j];
        final float[] w2c = c2[j];
        final float[] w2s = s2[j];
        final float[] w3c = c3[j];
        final float[] w3s = s3[j];
        final int sm = s * m;
        for (int p = 0; p < m; p++) {
            FloatVector w1r = FloatVector.broadcast(sp, w1c[p]);
            FloatVector w1i = FloatVector.broadcast(sp, sg * w1s[p]);
            FloatVector w2r = FloatVector.broadcast(sp, w2c[p]);
            FloatVector w2i = FloatVector.broadcast(sp, sg * w2s[p]);
            FloatVector w3r = FloatVector.broadcast(sp, w3c[p]);
            FloatVector w3i = FloatVector.broadcast(sp, sg * w3s[p]);
            int ia = s * p;
            int o = 4 * s * p;
            for (int q = 0; q < s; q += lanes) {
                FloatVector xar = FloatVector.fromArray(sp, sr, ia + q);
                FloatVector xai = FloatVector.fromArray(sp, si, ia + q);
                FloatVector xbr = FloatVector.fromArray(sp, sr, ia + sm + q);
                FloatVector xbi = FloatVector.fromArray(sp, si, ia + sm + q);
                FloatVector xcr = FloatVector.fromArray(sp, sr, ia + 2 * sm + q);
                FloatVector xci = FloatVector.fromArray(sp, si, ia + 2 * sm + q);
                FloatVector xdr = FloatVector.fromArray(sp, sr, ia + 3 * sm + q);
                FloatVector xdi = FloatVector.fromArray(sp, si, ia + 3 * sm + q);
                FloatVector apcr = xar.add(xcr);
                FloatVector apci = xai.add(xci);
                FloatVector amcr = xar.sub(xcr);
                FloatVector amci = xai.sub(xci);
                FloatVector bpdr = xbr.add(xdr);
                FloatVector bpdi = xbi.add(xdi);
                FloatVector bmdr = xbr.sub(xdr).mul(sg);
                FloatVector bmdi = xbi.sub(xdi).mul(sg);
                FloatVector t1r = amcr.add(bmdi);
                FloatVector t1i = amci.sub(bmdr);
                FloatVector t3r = amcr.sub(bmdi);
                FloatVector t3i = amci.add(bmdr);
                FloatVector t2r = apcr.sub(bpdr);
                FloatVector t2i = apci.sub(bpdi);
                apcr.add(bpdr).intoArray(dr, o + q);
                apci.add(bpdi).intoArray(di, o + q);
                t1r.mul(w1r).sub(t1i.mul(w1i)).intoArray(dr, o + s + q);
                t1r.mul(w1i).add(t1i.mul(w1r)).intoArray(di, o + s + q);
                t2r.mul(w2r).sub(t2i.mul(w2i)).intoArray(dr, o + 2 * s + q);
                t2r.mul(w2i).add(t2i.mul(w2r)).intoArray(di, o + 2 * s + q);
                t3r.mul(w3r).sub(t3i.mul(w3i)).intoArray(dr, o + 3 * s + q);
                t3r.mul(w3i).add(t3i.mul(w3r)).intoArray(di, o + 3 * s + q);
            }
        }
    }

    private void middleStage128(boolean fwd, int j, int s, int m, float[] sr, float[] si, float[] dr, float[] di) {
        final VectorSpecies<Float> sp = S128;
        final int lanes = sp.length();
        final float sg = fwd ? 1f : -1f;
        final float[] w1c = c1[j];
        final float[] w1s = s1[j];
        final float[] w2c = c2[j];
        final float[] w2s = s2[j];
        final float[] w3c = c3[j];
        final float[] w3s = s3[j];
        final int sm = s * m;
        for (int p = 0; p < m; p++) {
            FloatVector w1r = FloatVector.broadcast(sp, w1c[p]);
            FloatVector w1i = FloatVector.broadcast(sp, sg * w1s[p]);
            FloatVector w2r = FloatVector.broadcast(sp, w2c[p]);
            FloatVector w2i = FloatVector.broadcast(sp, sg * w2s[p]);
            FloatVector w3r = FloatVector.broadcast(sp, w3c[p]);
            FloatVector w3i = FloatVector.broadcast(sp, sg * w3s[p]);
            int ia = s * p;
            int o = 4 * s * p;
            for (int q = 0; q < s; q += lanes) {
                FloatVector xar = FloatVector.fromArray(sp, sr, ia + q);
                FloatVector xai = FloatVector.fromArray(sp, si, ia + q);
                FloatVector xbr = FloatVector.fromArray(sp, sr, ia + sm + q);
                FloatVector xbi = FloatVector.fromArray(sp, si, ia + sm + q);
                FloatVector xcr = FloatVector.fromArray(sp, sr, ia + 2 * sm + q);
                FloatVector xci = FloatVector.fromArray(sp, si, ia + 2 * sm + q);
                FloatVector xdr = FloatVector.fromArray(sp, sr, ia + 3 * sm + q);
                FloatVector xdi = FloatVector.fromArray(sp, si, ia + 3 * sm + q);
                FloatVector apcr = xar.add(xcr);
                FloatVector apci = xai.add(xci);
                FloatVector amcr = xar.sub(xcr);
                FloatVector amci = xai.sub(xci);
                FloatVector bpdr = xbr.add(xdr);
                FloatVector bpdi = xbi.add(xdi);
                FloatVector bmdr = xbr.sub(xdr).mul(sg);
                FloatVector bmdi = xbi.sub(xdi).mul(sg);
                FloatVector t1r = amcr.add(bmdi);
                FloatVector t1i = amci.sub(bmdr);
                FloatVector t3r = amcr.sub(bmdi);
                FloatVector t3i = amci.add(bmdr);
                FloatVector t2r = apcr.sub(bpdr);
                FloatVector t2i = apci.sub(bpdi);
                apcr.add(bpdr).intoArray(dr, o + q);
                apci.add(bpdi).intoArray(di, o + q);
                t1r.mul(w1r).sub(t1i.mul(w1i)).intoArray(dr, o + s + q);
                t1r.mul(w1i).add(t1i.mul(w1r)).intoArray(di, o + s + q);
                t2r.mul(w2r).sub(t2i.mul(w2i)).intoArray(dr, o + 2 * s + q);
                t2r.mul(w2i).add(t2i.mul(w2r)).intoArray(di, o + 2 * s + q);
                t3r.mul(w3r).sub(t3i.mul(w3i)).intoArray(dr, o + 3 * s + q);
                t3r.mul(w3i).add(t3i.mul(w3r)).intoArray(di, o + 3 * s + q);
            }
        }
    }

    /** Last radix-4 stage (n = 4, p = 0, no twiddles, s = N/4): split → interleaved x. */
    private void lastRadix4(boolean fwd, float[] sr, float[] si, float[] x, int off) {
        final int s = n >> 2;
        final float sg = fwd ? 1f : -1f;
        for (int q = 0; q < s; q++) {
            float xar = sr[q];
            float xai = si[q];
            float xbr = sr[q + s];
            float xbi = si[q + s];
            float xcr = sr[q + 2 * s];
            float xci = si[q + 2 * s];
            float xdr = sr[q + 3 * s];
            float xdi = si[q + 3 * s];
            float apcr = xar + xcr;
            float apci = xai + xci;
            float amcr = xar - xcr;
            float amci = xai - xci;
            float bpdr = xbr + xdr;
            float bpdi = xbi + xdi;
            float bmdr = (xbr - xdr) * sg;
            float bmdi = (xbi - xdi) * sg;
            int o = off + 2 * q;
            x[o] = apcr + bpdr;
            x[o + 1] = apci + bpdi;
            x[o + 2 * s] = amcr + bmdi;
            x[o + 2 * s + 1] = amci - bmdr;
            x[o + 4 * s] = apcr - bpdr;
            x[o + 4 * s + 1] = apci - bpdi;
            x[o + 6 * s] = amcr - bmdi;
            x[o + 6 * s + 1] = amci + bmdr;
        }
    }

    /** Last radix-2 stage (n = 2, s = N/2): split → interleaved x. */
    private void lastRadix2(float[] sr, float[] si, float[] x, int off) {
        final int s = n >> 1;
        for (int q = 0; q < s; q++) {
            float xar = sr[q];
            float xai = si[q];
            float xbr = sr[q + s];
            float xbi = si[q + s];
            int o = off + 2 * q;
            x[o] = xar + xbr;
            x[o + 1] = xai + xbi;
            x[o + 2 * s] = xar - xbr;
            x[o + 2 * s + 1] = xai - xbi;
        }
    }
}
