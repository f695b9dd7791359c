package org.airan.phy.dft;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The stages of {@link MixedRadixDftProcessor} on SIMD vectors (Vector API, {@code jdk.incubator.vector}): the
 * same arithmetic as the scalar stages, with the inner loop over q (stride index, contiguous in the split re/im
 * buffers) running 8 lanes (256-bit) at a time when the stride s is a multiple of 8 and at least 16, else 4 lanes
 * (128-bit) when s is a multiple of 4 and at least 8; the twiddles of one p are broadcast. The inner loop always
 * runs at least twice: with a single iteration (s = 4) C2 was seen to leave the stage on the Vector API's Java
 * fallback (a boxed vector per operation, 51 840 B per 3240-point transform) for thousands of calls, in some JVM
 * runs and not others, so such stages stay scalar. Referenced only when the Vector API module is present (the
 * class cannot load without it).
 */
final class MixedRadixVectorStages {

    static final VectorSpecies<Float> S128 = FloatVector.SPECIES_128;
    static final VectorSpecies<Float> S256 = FloatVector.SPECIES_256;

    private static final float SIN60 = (float) (Math.sqrt(3.0) / 2.0);
    private static final float C5_1 = (float) Math.cos(2 * Math.PI / 5);
    private static final float C5_2 = (float) Math.cos(4 * Math.PI / 5);
    private static final float S5_1 = (float) Math.sin(2 * Math.PI / 5);
    private static final float S5_2 = (float) Math.sin(4 * Math.PI / 5);

    private MixedRadixVectorStages() {
    }

    /** True when a stage of stride {@code s} runs on vectors: s a multiple of 4 and at least 8 (two iterations). */
    static boolean vectorizable(int s) {
        return (s & 3) == 0 && s >= 8;
    }

    static void stage(int r, float[] xr, float[] xi, float[] yr, float[] yi, int s, int m, float[] twRe,
            float[] twIm, int tw) {
        if ((s & 7) == 0 && s >= 16) {
            switch (r) {
                case 4 -> stage4V256(xr, xi, yr, yi, s, m, twRe, twIm, tw);
                case 2 -> stage2V256(xr, xi, yr, yi, s, m, twRe, twIm, tw);
                case 3 -> stage3V256(xr, xi, yr, yi, s, m, twRe, twIm, tw);
                default -> stage5V256(xr, xi, yr, yi, s, m, twRe, twIm, tw);
            }
        } else {
            switch (r) {
                case 4 -> stage4V128(xr, xi, yr, yi, s, m, twRe, twIm, tw);
                case 2 -> stage2V128(xr, xi, yr, yi, s, m, twRe, twIm, tw);
                case 3 -> stage3V128(xr, xi, yr, yi, s, m, twRe, twIm, tw);
                default -> stage5V128(xr, xi, yr, yi, s, m, twRe, twIm, tw);
            }
        }
    }

    private static void stage2V128(float[] xr, float[] xi, float[] yr, float[] yi, int s, int m, float[] twRe,
            float[] twIm, int tw) {
        final VectorSpecies<Float> sp = S128;
        final int lanes = sp.length();
        final int sm = s * m;
        for (int p = 0; p < m; p++) {
            final float w1rs = twRe[tw + p];
            final float w1is = twIm[tw + p];
            int ia = s * p;
            int o = 2 * s * p;
            for (int q = 0; q < s; q += lanes) {
                FloatVector w1r = FloatVector.broadcast(sp, w1rs);
                FloatVector w1i = FloatVector.broadcast(sp, w1is);
                FloatVector a0 = FloatVector.fromArray(sp, xr, ia + q);
                FloatVector a1 = FloatVector.fromArray(sp, xi, ia + q);
                FloatVector b0 = FloatVector.fromArray(sp, xr, ia + sm + q);
                FloatVector b1 = FloatVector.fromArray(sp, xi, ia + sm + q);
                a0.add(b0).intoArray(yr, o + q);
                a1.add(b1).intoArray(yi, o + q);
                FloatVector t0 = a0.sub(b0);
                FloatVector t1 = a1.sub(b1);
                t0.mul(w1r).sub(t1.mul(w1i)).intoArray(yr, o + s + q);
                t0.mul(w1i).add(t1.mul(w1r)).intoArray(yi, o + s + q);
            }
        }
    }

    private static void stage3V128(float[] xr, float[] xi, float[] yr, float[] yi, int s, int m, float[] twRe,
            float[] twIm, int tw) {
        final VectorSpecies<Float> sp = S128;
        final int lanes = sp.length();
        final int sm = s * m;
        final float h = SIN60;
        for (int p = 0; p < m; p++) {
            final float w1rs = twRe[tw + 2 * p];
            final float w1is = twIm[tw + 2 * p];
            final float w2rs = twRe[tw + 2 * p + 1];
            final float w2is = twIm[tw + 2 * p + 1];
            int ia = s * p;
            int o = 3 * s * p;
            for (int q = 0; q < s; q += lanes) {
                FloatVector w1r = FloatVector.broadcast(sp, w1rs);
                FloatVector w1i = FloatVector.broadcast(sp, w1is);
                FloatVector w2r = FloatVector.broadcast(sp, w2rs);
                FloatVector w2i = FloatVector.broadcast(sp, w2is);
                FloatVector a0 = FloatVector.fromArray(sp, xr, ia + q);
                FloatVector a1 = FloatVector.fromArray(sp, xi, ia + q);
                FloatVector b0 = FloatVector.fromArray(sp, xr, ia + sm + q);
                FloatVector b1 = FloatVector.fromArray(sp, xi, ia + sm + q);
                FloatVector c0 = FloatVector.fromArray(sp, xr, ia + 2 * sm + q);
                FloatVector c1 = FloatVector.fromArray(sp, xi, ia + 2 * sm + q);
                FloatVector t1r = b0.add(c0);
                FloatVector t1i = b1.add(c1);
                FloatVector t2r = b0.sub(c0).mul(h);
                FloatVector t2i = b1.sub(c1).mul(h);
                a0.add(t1r).intoArray(yr, o + q);
                a1.add(t1i).intoArray(yi, o + q);
                FloatVector mr = a0.sub(t1r.mul(0.5f));
                FloatVector mi = a1.sub(t1i.mul(0.5f));
                FloatVector y1r = mr.add(t2i);
                FloatVector y1i = mi.sub(t2r);
                FloatVector y2r = mr.sub(t2i);
                FloatVector y2i = mi.add(t2r);
                y1r.mul(w1r).sub(y1i.mul(w1i)).intoArray(yr, o + s + q);
                y1r.mul(w1i).add(y1i.mul(w1r)).intoArray(yi, o + s + q);
                y2r.mul(w2r).sub(y2i.mul(w2i)).intoArray(yr, o + 2 * s + q);
                y2r.mul(w2i).add(y2i.mul(w2r)).intoArray(yi, o + 2 * s + q);
            }
        }
    }

    private static void stage4V128(float[] xr, float[] xi, float[] yr, float[] yi, int s, int m, float[] twRe,
            float[] twIm, int tw) {
        final VectorSpecies<Float> sp = S128;
        final int lanes = sp.length();
        final int sm = s * m;
        for (int p = 0; p < m; p++) {
            final float w1rs = twRe[tw + 3 * p];
            final float w1is = twIm[tw + 3 * p];
            final float w2rs = twRe[tw + 3 * p + 1];
            final float w2is = twIm[tw + 3 * p + 1];
            final float w3rs = twRe[tw + 3 * p + 2];
            final float w3is = twIm[tw + 3 * p + 2];
            int ia = s * p;
            int o = 4 * s * p;
            for (int q = 0; q < s; q += lanes) {
                FloatVector w1r = FloatVector.broadcast(sp, w1rs);
                FloatVector w1i = FloatVector.broadcast(sp, w1is);
                FloatVector w2r = FloatVector.broadcast(sp, w2rs);
                FloatVector w2i = FloatVector.broadcast(sp, w2is);
                FloatVector w3r = FloatVector.broadcast(sp, w3rs);
                FloatVector w3i = FloatVector.broadcast(sp, w3is);
                FloatVector a0 = FloatVector.fromArray(sp, xr, ia + q);
                FloatVector a1 = FloatVector.fromArray(sp, xi, ia + q);
                FloatVector b0 = FloatVector.fromArray(sp, xr, ia + sm + q);
                FloatVector b1 = FloatVector.fromArray(sp, xi, ia + sm + q);
                FloatVector c0 = FloatVector.fromArray(sp, xr, ia + 2 * sm + q);
                FloatVector c1 = FloatVector.fromArray(sp, xi, ia + 2 * sm + q);
                FloatVector d0 = FloatVector.fromArray(sp, xr, ia + 3 * sm + q);
                FloatVector d1 = FloatVector.fromArray(sp, xi, ia + 3 * sm + q);
                FloatVector apcr = a0.add(c0);
                FloatVector apci = a1.add(c1);
                FloatVector amcr = a0.sub(c0);
                FloatVector amci = a1.sub(c1);
                FloatVector bpdr = b0.add(d0);
                FloatVector bpdi = b1.add(d1);
                FloatVector bmdr = b0.sub(d0);
                FloatVector bmdi = b1.sub(d1);
                FloatVector y1r = amcr.add(bmdi);
                FloatVector y1i = amci.sub(bmdr);
                FloatVector y2r = apcr.sub(bpdr);
                FloatVector y2i = apci.sub(bpdi);
                FloatVector y3r = amcr.sub(bmdi);
                FloatVector y3i = amci.add(bmdr);
                apcr.add(bpdr).intoArray(yr, o + q);
                apci.add(bpdi).intoArray(yi, o + q);
                y1r.mul(w1r).sub(y1i.mul(w1i)).intoArray(yr, o + s + q);
                y1r.mul(w1i).add(y1i.mul(w1r)).intoArray(yi, o + s + q);
                y2r.mul(w2r).sub(y2i.mul(w2i)).intoArray(yr, o + 2 * s + q);
                y2r.mul(w2i).add(y2i.mul(w2r)).intoArray(yi, o + 2 * s + q);
                y3r.mul(w3r).sub(y3i.mul(w3i)).intoArray(yr, o + 3 * s + q);
                y3r.mul(w3i).add(y3i.mul(w3r)).intoArray(yi, o + 3 * s + q);
            }
        }
    }

    private static void stage5V128(float[] xr, float[] xi, float[] yr, float[] yi, int s, int m, float[] twRe,
            float[] twIm, int tw) {
        final VectorSpecies<Float> sp = S128;
        final int lanes = sp.length();
        final int sm = s * m;
        for (int p = 0; p < m; p++) {
            int w = tw + 4 * p;
            final float w1rs = twRe[w];
            final float w1is = twIm[w];
            final float w2rs = twRe[w + 1];
            final float w2is = twIm[w + 1];
            final float w3rs = twRe[w + 2];
            final float w3is = twIm[w + 2];
            final float w4rs = twRe[w + 3];
            final float w4is = twIm[w + 3];
            int ia = s * p;
            int o = 5 * s * p;
            for (int q = 0; q < s; q += lanes) {
                FloatVector w1r = FloatVector.broadcast(sp, w1rs);
                FloatVector w1i = FloatVector.broadcast(sp, w1is);
                FloatVector w2r = FloatVector.broadcast(sp, w2rs);
                FloatVector w2i = FloatVector.broadcast(sp, w2is);
                FloatVector w3r = FloatVector.broadcast(sp, w3rs);
                FloatVector w3i = FloatVector.broadcast(sp, w3is);
                FloatVector w4r = FloatVector.broadcast(sp, w4rs);
                FloatVector w4i = FloatVector.broadcast(sp, w4is);
                FloatVector a0 = FloatVector.fromArray(sp, xr, ia + q);
                FloatVector a1 = FloatVector.fromArray(sp, xi, ia + q);
                FloatVector b0 = FloatVector.fromArray(sp, xr, ia + sm + q);
                FloatVector b1 = FloatVector.fromArray(sp, xi, ia + sm + q);
                FloatVector cr = FloatVector.fromArray(sp, xr, ia + 2 * sm + q);
                FloatVector ci = FloatVector.fromArray(sp, xi, ia + 2 * sm + q);
                FloatVector d0 = FloatVector.fromArray(sp, xr, ia + 3 * sm + q);
                FloatVector d1 = FloatVector.fromArray(sp, xi, ia + 3 * sm + q);
                FloatVector e0 = FloatVector.fromArray(sp, xr, ia + 4 * sm + q);
                FloatVector e1 = FloatVector.fromArray(sp, xi, ia + 4 * sm + q);
                FloatVector t1r = b0.add(e0);
                FloatVector t1i = b1.add(e1);
                FloatVector t2r = cr.add(d0);
                FloatVector t2i = ci.add(d1);
                FloatVector t3r = b0.sub(e0);
                FloatVector t3i = b1.sub(e1);
                FloatVector t4r = cr.sub(d0);
                FloatVector t4i = ci.sub(d1);
                a0.add(t1r).add(t2r).intoArray(yr, o + q);
                a1.add(t1i).add(t2i).intoArray(yi, o + q);
                FloatVector p1r = a0.add(t1r.mul(C5_1)).add(t2r.mul(C5_2));
                FloatVector p1i = a1.add(t1i.mul(C5_1)).add(t2i.mul(C5_2));
                FloatVector q1r = t3r.mul(S5_1).add(t4r.mul(S5_2));
                FloatVector q1i = t3i.mul(S5_1).add(t4i.mul(S5_2));
                FloatVector p2r = a0.add(t1r.mul(C5_2)).add(t2r.mul(C5_1));
                FloatVector p2i = a1.add(t1i.mul(C5_2)).add(t2i.mul(C5_1));
                FloatVector q2r = t3r.mul(S5_2).sub(t4r.mul(S5_1));
                FloatVector q2i = t3i.mul(S5_2).sub(t4i.mul(S5_1));
                FloatVector y1r = p1r.add(q1i);
                FloatVector y1i = p1i.sub(q1r);
                FloatVector y4r = p1r.sub(q1i);
                FloatVector y4i = p1i.add(q1r);
                FloatVector y2r = p2r.add(q2i);
                FloatVector y2i = p2i.sub(q2r);
                FloatVector y3r = p2r.sub(q2i);
                FloatVector y3i = p2i.add(q2r);
                y1r.mul(w1r).sub(y1i.mul(w1i)).intoArray(yr, o + s + q);
                y1r.mul(w1i).add(y1i.mul(w1r)).intoArray(yi, o + s + q);
                y2r.mul(w2r).sub(y2i.mul(w2i)).intoArray(yr, o + 2 * s + q);
                y2r.mul(w2i).add(y2i.mul(w2r)).intoArray(yi, o + 2 * s + q);
                y3r.mul(w3r).sub(y3i.mul(w3i)).intoArray(yr, o + 3 * s + q);
                y3r.mul(w3i).add(y3i.mul(w3r)).intoArray(yi, o + 3 * s + q);
                y4r.mul(w4r).sub(y4i.mul(w4i)).intoArray(yr, o + 4 * s + q);
                y4r.mul(w4i).add(y4i.mul(w4r)).intoArray(yi, o + 4 * s + q);
            }
        }
    }

    private static void stage2V256(float[] xr, float[] xi, float[] yr, float[] yi, int s, int m, float[] twRe,
            float[] twIm, int tw) {
        final VectorSpecies<Float> sp = S256;
        final int lanes = sp.length();
        final int sm = s * m;
        for (int p = 0; p < m; p++) {
            final float w1rs = twRe[tw + p];
            final float w1is = twIm[tw + p];
            int ia = s * p;
            int o = 2 * s * p;
            for (int q = 0; q < s; q += lanes) {
                FloatVector w1r = FloatVector.broadcast(sp, w1rs);
                FloatVector w1i = FloatVector.broadcast(sp, w1is);
                FloatVector a0 = FloatVector.fromArray(sp, xr, ia + q);
                FloatVector a1 = FloatVector.fromArray(sp, xi, ia + q);
                FloatVector b0 = FloatVector.fromArray(sp, xr, ia + sm + q);
                FloatVector b1 = FloatVector.fromArray(sp, xi, ia + sm + q);
                a0.add(b0).intoArray(yr, o + q);
                a1.add(b1).intoArray(yi, o + q);
                FloatVector t0 = a0.sub(b0);
                FloatVector t1 = a1.sub(b1);
                t0.mul(w1r).sub(t1.mul(w1i)).intoArray(yr, o + s + q);
                t0.mul(w1i).add(t1.mul(w1r)).intoArray(yi, o + s + q);
            }
        }
    }

    private static void stage3V256(float[] xr, float[] xi, float[] yr, float[] yi, int s, int m, float[] twRe,
            float[] twIm, int tw) {
        final VectorSpecies<Float> sp = S256;
        final int lanes = sp.length();
        final int sm = s * m;
        final float h = SIN60;
        for (int p = 0; p < m; p++) {
            final float w1rs = twRe[tw + 2 * p];
            final float w1is = twIm[tw + 2 * p];
            final float w2rs = twRe[tw + 2 * p + 1];
            final float w2is = twIm[tw + 2 * p + 1];
            int ia = s * p;
            int o = 3 * s * p;
            for (int q = 0; q < s; q += lanes) {
                FloatVector w1r = FloatVector.broadcast(sp, w1rs);
                FloatVector w1i = FloatVector.broadcast(sp, w1is);
                FloatVector w2r = FloatVector.broadcast(sp, w2rs);
                FloatVector w2i = FloatVector.broadcast(sp, w2is);
                FloatVector a0 = FloatVector.fromArray(sp, xr, ia + q);
                FloatVector a1 = FloatVector.fromArray(sp, xi, ia + q);
                FloatVector b0 = FloatVector.fromArray(sp, xr, ia + sm + q);
                FloatVector b1 = FloatVector.fromArray(sp, xi, ia + sm + q);
                FloatVector c0 = FloatVector.fromArray(sp, xr, ia + 2 * sm + q);
                FloatVector c1 = FloatVector.fromArray(sp, xi, ia + 2 * sm + q);
                FloatVector t1r = b0.add(c0);
                FloatVector t1i = b1.add(c1);
                FloatVector t2r = b0.sub(c0).mul(h);
                FloatVector t2i = b1.sub(c1).mul(h);
                a0.add(t1r).intoArray(yr, o + q);
                a1.add(t1i).intoArray(yi, o + q);
                FloatVector mr = a0.sub(t1r.mul(0.5f));
                FloatVector mi = a1.sub(t1i.mul(0.5f));
                FloatVector y1r = mr.add(t2i);
                FloatVector y1i = mi.sub(t2r);
                FloatVector y2r = mr.sub(t2i);
                FloatVector y2i = mi.add(t2r);
                y1r.mul(w1r).sub(y1i.mul(w1i)).intoArray(yr, o + s + q);
                y1r.mul(w1i).add(y1i.mul(w1r)).intoArray(yi, o + s + q);
                y2r.mul(w2r).sub(y2i.mul(w2i)).intoArray(yr, o + 2 * s + q);
                y2r.mul(w2i).add(y2i.mul(w2r)).intoArray(yi, o + 2 * s + q);
            }
        }
    }

    private static void stage4V256(float[] xr, float[] xi, float[] yr, float[] yi, int s, int m, float[] twRe,
            float[] twIm, int tw) {
        final VectorSpecies<Float> sp = S256;
        final int lanes = sp.length();
        final int sm = s * m;
        for (int p = 0; p < m; p++) {
            final float w1rs = twRe[tw + 3 * p];
            final float w1is = twIm[tw + 3 * p];
            final float w2rs = twRe[tw + 3 * p + 1];
            final float w2is = twIm[tw + 3 * p + 1];
            final float w3rs = twRe[tw + 3 * p + 2];
            final float w3is = twIm[tw + 3 * p + 2];
            int ia = s * p;
            int o = 4 * s * p;
            for (int q = 0; q < s; q += lanes) {
                FloatVector w1r = FloatVector.broadcast(sp, w1rs);
                FloatVector w1i = FloatVector.broadcast(sp, w1is);
                FloatVector w2r = FloatVector.broadcast(sp, w2rs);
                FloatVector w2i = FloatVector.broadcast(sp, w2is);
                FloatVector w3r = FloatVector.broadcast(sp, w3rs);
                FloatVector w3i = FloatVector.broadcast(sp, w3is);
                FloatVector a0 = FloatVector.fromArray(sp, xr, ia + q);
                FloatVector a1 = FloatVector.fromArray(sp, xi, ia + q);
                FloatVector b0 = FloatVector.fromArray(sp, xr, ia + sm + q);
                FloatVector b1 = FloatVector.fromArray(sp, xi, ia + sm + q);
                FloatVector c0 = FloatVector.fromArray(sp, xr, ia + 2 * sm + q);
                FloatVector c1 = FloatVector.fromArray(sp, xi, ia + 2 * sm + q);
                FloatVector d0 = FloatVector.fromArray(sp, xr, ia + 3 * sm + q);
                FloatVector d1 = FloatVector.fromArray(sp, xi, ia + 3 * sm + q);
                FloatVector apcr = a0.add(c0);
                FloatVector apci = a1.add(c1);
                FloatVector amcr = a0.sub(c0);
                FloatVector amci = a1.sub(c1);
                FloatVector bpdr = b0.add(d0);
                FloatVector bpdi = b1.add(d1);
                FloatVector bmdr = b0.sub(d0);
                FloatVector bmdi = b1.sub(d1);
                FloatVector y1r = amcr.add(bmdi);
                FloatVector y1i = amci.sub(bmdr);
                FloatVector y2r = apcr.sub(bpdr);
                FloatVector y2i = apci.sub(bpdi);
                FloatVector y3r = amcr.sub(bmdi);
                FloatVector y3i = amci.add(bmdr);
                apcr.add(bpdr).intoArray(yr, o + q);
                apci.add(bpdi).intoArray(yi, o + q);
                y1r.mul(w1r).sub(y1i.mul(w1i)).intoArray(yr, o + s + q);
                y1r.mul(w1i).add(y1i.mul(w1r)).intoArray(yi, o + s + q);
                y2r.mul(w2r).sub(y2i.mul(w2i)).intoArray(yr, o + 2 * s + q);
                y2r.mul(w2i).add(y2i.mul(w2r)).intoArray(yi, o + 2 * s + q);
                y3r.mul(w3r).sub(y3i.mul(w3i)).intoArray(yr, o + 3 * s + q);
                y3r.mul(w3i).add(y3i.mul(w3r)).intoArray(yi, o + 3 * s + q);
            }
        }
    }

    private static void stage5V256(float[] xr, float[] xi, float[] yr, float[] yi, int s, int m, float[] twRe,
            float[] twIm, int tw) {
        final VectorSpecies<Float> sp = S256;
        final int lanes = sp.length();
        final int sm = s * m;
        for (int p = 0; p < m; p++) {
            int w = tw + 4 * p;
            final float w1rs = twRe[w];
            final float w1is = twIm[w];
            final float w2rs = twRe[w + 1];
            final float w2is = twIm[w + 1];
            final float w3rs = twRe[w + 2];
            final float w3is = twIm[w + 2];
            final float w4rs = twRe[w + 3];
            final float w4is = twIm[w + 3];
            int ia = s * p;
            int o = 5 * s * p;
            for (int q = 0; q < s; q += lanes) {
                FloatVector w1r = FloatVector.broadcast(sp, w1rs);
                FloatVector w1i = FloatVector.broadcast(sp, w1is);
                FloatVector w2r = FloatVector.broadcast(sp, w2rs);
                FloatVector w2i = FloatVector.broadcast(sp, w2is);
                FloatVector w3r = FloatVector.broadcast(sp, w3rs);
                FloatVector w3i = FloatVector.broadcast(sp, w3is);
                FloatVector w4r = FloatVector.broadcast(sp, w4rs);
                FloatVector w4i = FloatVector.broadcast(sp, w4is);
                FloatVector a0 = FloatVector.fromArray(sp, xr, ia + q);
                FloatVector a1 = FloatVector.fromArray(sp, xi, ia + q);
                FloatVector b0 = FloatVector.fromArray(sp, xr, ia + sm + q);
                FloatVector b1 = FloatVector.fromArray(sp, xi, ia + sm + q);
                FloatVector cr = FloatVector.fromArray(sp, xr, ia + 2 * sm + q);
                FloatVector ci = FloatVector.fromArray(sp, xi, ia + 2 * sm + q);
                FloatVector d0 = FloatVector.fromArray(sp, xr, ia + 3 * sm + q);
                FloatVector d1 = FloatVector.fromArray(sp, xi, ia + 3 * sm + q);
                FloatVector e0 = FloatVector.fromArray(sp, xr, ia + 4 * sm + q);
                FloatVector e1 = FloatVector.fromArray(sp, xi, ia + 4 * sm + q);
                FloatVector t1r = b0.add(e0);
                FloatVector t1i = b1.add(e1);
                FloatVector t2r = cr.add(d0);
                FloatVector t2i = ci.add(d1);
                FloatVector t3r = b0.sub(e0);
                FloatVector t3i = b1.sub(e1);
                FloatVector t4r = cr.sub(d0);
                FloatVector t4i = ci.sub(d1);
                a0.add(t1r).add(t2r).intoArray(yr, o + q);
                a1.add(t1i).add(t2i).intoArray(yi, o + q);
                FloatVector p1r = a0.add(t1r.mul(C5_1)).add(t2r.mul(C5_2));
                FloatVector p1i = a1.add(t1i.mul(C5_1)).add(t2i.mul(C5_2));
                FloatVector q1r = t3r.mul(S5_1).add(t4r.mul(S5_2));
                FloatVector q1i = t3i.mul(S5_1).add(t4i.mul(S5_2));
                FloatVector p2r = a0.add(t1r.mul(C5_2)).add(t2r.mul(C5_1));
                FloatVector p2i = a1.add(t1i.mul(C5_2)).add(t2i.mul(C5_1));
                FloatVector q2r = t3r.mul(S5_2).sub(t4r.mul(S5_1));
                FloatVector q2i = t3i.mul(S5_2).sub(t4i.mul(S5_1));
                FloatVector y1r = p1r.add(q1i);
                FloatVector y1i = p1i.sub(q1r);
                FloatVector y4r = p1r.sub(q1i);
                FloatVector y4i = p1i.add(q1r);
                FloatVector y2r = p2r.add(q2i);
                FloatVector y2i = p2i.sub(q2r);
                FloatVector y3r = p2r.sub(q2i);
                FloatVector y3i = p2i.add(q2r);
                y1r.mul(w1r).sub(y1i.mul(w1i)).intoArray(yr, o + s + q);
                y1r.mul(w1i).add(y1i.mul(w1r)).intoArray(yi, o + s + q);
                y2r.mul(w2r).sub(y2i.mul(w2i)).intoArray(yr, o + 2 * s + q);
                y2r.mul(w2i).add(y2i.mul(w2r)).intoArray(yi, o + 2 * s + q);
                y3r.mul(w3r).sub(y3i.mul(w3i)).intoArray(yr, o + 3 * s + q);
                y3r.mul(w3i).add(y3i.mul(w3r)).intoArray(yi, o + 3 * s + q);
                y4r.mul(w4r).sub(y4i.mul(w4i)).intoArray(yr, o + 4 * s + q);
                y4r.mul(w4i).add(y4i.mul(w4r)).intoArray(yi, o + 4 * s + q);
            }
        }
    }
}
