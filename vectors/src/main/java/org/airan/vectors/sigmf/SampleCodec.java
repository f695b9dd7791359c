package org.airan.vectors.sigmf;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Converts between a SigMF dataset's stored samples (all channels interleaved per sample) and one interleaved
 * {@code float[]} (re, im) per channel, in chunks of at most {@link #CHUNK_FRAMES} samples per channel, using
 * scratch arrays allocated once. Scaling is documented on {@link SigmfDatatype}. Not thread-safe.
 */
final class SampleCodec {

    /** Samples per channel converted per step (bounds the scratch memory: 4096 · channels · 2 components). */
    static final int CHUNK_FRAMES = 4096;

    private final SigmfDatatype type;
    private final int numChannels;
    private final int componentsPerFrame;
    private final ValueLayout layout;
    /** Two's-complement mask of a stored integer component before removing the offset-binary zero. */
    private final int mask;
    /** The offset-binary zero code (0 for signed types). */
    private final int zero;
    private final float scale;
    private final double scaleD;
    private final double fullScaleD;
    private final long minCode;
    private final long maxCode;

    private final float[] f;
    private final double[] d;
    private final int[] i;
    private final short[] s;
    private final byte[] b;

    /** Samples (per channel, counted once per sample) saturated by the last {@link #encode} calls. */
    long clipped;
    /** Samples with a NaN or infinite component passed to {@link #encode}. */
    long nonFinite;

    SampleCodec(SigmfDatatype type, int numChannels) {
        this.type = type;
        this.numChannels = numChannels;
        this.componentsPerFrame = 2 * numChannels;
        int n = CHUNK_FRAMES * componentsPerFrame;
        int bits = 8 * type.bytesPerComponent();
        var order = type.byteOrder();
        this.fullScaleD = type.fullScale();
        this.scaleD = 1.0 / fullScaleD;
        this.scale = (float) scaleD;
        this.minCode = type.isFloating() ? 0 : -(1L << (bits - 1));
        this.maxCode = type.isFloating() ? 0 : (1L << (bits - 1)) - 1;
        this.zero = type.isSigned() || type.isFloating() ? 0 : 1 << (bits - 1);
        this.mask = type.isSigned() ? -1 : (int) ((1L << bits) - 1);
        float[] ff = null;
        double[] dd = null;
        int[] ii = null;
        short[] ss = null;
        byte[] bb = null;
        if (type.isFloating() && type.bytesPerComponent() == 8) {
            layout = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(order);
            dd = new double[n];
        } else if (type.isFloating()) {
            layout = ValueLayout.JAVA_FLOAT_UNALIGNED.withOrder(order);
            ff = new float[n];
        } else if (type.bytesPerComponent() == 4) {
            layout = ValueLayout.JAVA_INT_UNALIGNED.withOrder(order);
            ii = new int[n];
        } else if (type.bytesPerComponent() == 2) {
            layout = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(order);
            ss = new short[n];
        } else {
            layout = ValueLayout.JAVA_BYTE;
            bb = new byte[n];
        }
        f = ff;
        d = dd;
        i = ii;
        s = ss;
        b = bb;
    }

    /** The stored sample format. */
    SigmfDatatype datatype() {
        return type;
    }

    /** Bytes of one sample of all channels. */
    int frameBytes() {
        return componentsPerFrame * type.bytesPerComponent();
    }

    /**
     * Decodes {@code frames} (at most {@link #CHUNK_FRAMES}) samples per channel stored at {@code byteOffset} of
     * {@code seg} into {@code out[c][outOff + 2k]} (re) and {@code [outOff + 2k + 1]} (im).
     */
    void decode(MemorySegment seg, long byteOffset, int frames, float[][] out, int outOff) {
        int n = frames * componentsPerFrame;
        int stride = componentsPerFrame;
        switch (layout) {
            case ValueLayout.OfFloat lf -> {
                MemorySegment.copy(seg, lf, byteOffset, f, 0, n);
                for (int c = 0; c < numChannels; c++) {
                    float[] o = out[c];
                    for (int k = 0, src = 2 * c, dst = outOff; k < frames; k++, src += stride, dst += 2) {
                        o[dst] = f[src];
                        o[dst + 1] = f[src + 1];
                    }
                }
            }
            case ValueLayout.OfDouble ld -> {
                MemorySegment.copy(seg, ld, byteOffset, d, 0, n);
                for (int c = 0; c < numChannels; c++) {
                    float[] o = out[c];
                    for (int k = 0, src = 2 * c, dst = outOff; k < frames; k++, src += stride, dst += 2) {
                        o[dst] = (float) d[src];
                        o[dst + 1] = (float) d[src + 1];
                    }
                }
            }
            case ValueLayout.OfInt li -> {
                MemorySegment.copy(seg, li, byteOffset, i, 0, n);
                for (int c = 0; c < numChannels; c++) {
                    float[] o = out[c];
                    for (int k = 0, src = 2 * c, dst = outOff; k < frames; k++, src += stride, dst += 2) {
                        o[dst] = (float) (i[src] * scaleD);
                        o[dst + 1] = (float) (i[src + 1] * scaleD);
                    }
                }
            }
            case ValueLayout.OfShort ls -> {
                MemorySegment.copy(seg, ls, byteOffset, s, 0, n);
                for (int c = 0; c < numChannels; c++) {
                    float[] o = out[c];
                    for (int k = 0, src = 2 * c, dst = outOff; k < frames; k++, src += stride, dst += 2) {
                        o[dst] = ((s[src] & mask) - zero) * scale;
                        o[dst + 1] = ((s[src + 1] & mask) - zero) * scale;
                    }
                }
            }
            default -> {
                MemorySegment.copy(seg, ValueLayout.JAVA_BYTE, byteOffset, b, 0, n);
                for (int c = 0; c < numChannels; c++) {
                    float[] o = out[c];
                    for (int k = 0, src = 2 * c, dst = outOff; k < frames; k++, src += stride, dst += 2) {
                        o[dst] = ((b[src] & mask) - zero) * scale;
                        o[dst + 1] = ((b[src + 1] & mask) - zero) * scale;
                    }
                }
            }
        }
    }

    /**
     * Encodes {@code frames} (at most {@link #CHUNK_FRAMES}) samples per channel from
     * {@code in[c][inOff + 2k]} into {@code dst} (stored layout) and returns the number of bytes written; updates
     * {@link #clipped} and {@link #nonFinite}.
     */
    int encode(float[][] in, int inOff, int frames, byte[] dst) {
        int n = frames * componentsPerFrame;
        int stride = componentsPerFrame;
        MemorySegment out = MemorySegment.ofArray(dst);
        long clip = 0;
        long bad = 0;
        boolean floating = type.isFloating();
        boolean wide = floating && type.bytesPerComponent() == 8;
        for (int c = 0; c < numChannels; c++) {
            float[] x = in[c];
            for (int k = 0, src = inOff, j = 2 * c; k < frames; k++, src += 2, j += stride) {
                float re = x[src];
                float im = x[src + 1];
                if (!Float.isFinite(re) || !Float.isFinite(im)) {
                    bad++;
                }
                if (wide) {
                    d[j] = re;
                    d[j + 1] = im;
                } else if (floating) {
                    f[j] = re;
                    f[j + 1] = im;
                } else {
                    long qr = Float.isNaN(re) ? 0 : Math.round(re * fullScaleD);
                    long qi = Float.isNaN(im) ? 0 : Math.round(im * fullScaleD);
                    if (qr < minCode || qr > maxCode || qi < minCode || qi > maxCode) {
                        clip++;
                        qr = Math.clamp(qr, minCode, maxCode);
                        qi = Math.clamp(qi, minCode, maxCode);
                    }
                    store(j, qr + zero);
                    store(j + 1, qi + zero);
                }
            }
        }
        clipped += clip;
        nonFinite += bad;
        switch (layout) {
            case ValueLayout.OfFloat lf -> MemorySegment.copy(f, 0, out, lf, 0, n);
            case ValueLayout.OfDouble ld -> MemorySegment.copy(d, 0, out, ld, 0, n);
            case ValueLayout.OfInt li -> MemorySegment.copy(i, 0, out, li, 0, n);
            case ValueLayout.OfShort ls -> MemorySegment.copy(s, 0, out, ls, 0, n);
            default -> System.arraycopy(b, 0, dst, 0, n);
        }
        return n * type.bytesPerComponent();
    }

    private void store(int j, long code) {
        switch (type.bytesPerComponent()) {
            case 4 -> i[j] = (int) code;
            case 2 -> s[j] = (short) code;
            default -> b[j] = (byte) code;
        }
    }

    /** Scratch bytes needed by {@link #encode} for a full chunk. */
    int chunkBytes() {
        return CHUNK_FRAMES * frameBytes();
    }
}
