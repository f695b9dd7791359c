package org.airan.phy.transformprecoding;

import java.util.Objects;
import org.airan.phy.Backend;
import org.airan.phy.dft.DftProcessor;
import org.airan.phy.dft.DftProcessors;

/**
 * {@link TransformPrecoder} on the project's DFT backends ({@link DftProcessors#create(int, Backend)}: FFTW where the
 * system library exists, else JTransforms' mixed-radix path for 12·M_RB with odd factors). A processor is built the
 * first time a size M_RB is used and kept, so steady-state slots allocate nothing in this class; whether the DFT itself
 * allocates depends on the backend (FFTW: no; JTransforms mixed radix: scratch per call, see
 * {@code benchmarks/RESULTS.md}). Batched: all data symbols of a slot go to the DFT in one call. Not thread-safe.
 */
public final class DftTransformPrecoder implements TransformPrecoder {

    private final int maxPrb;
    private final Backend backend;
    private final DftProcessor[] bySize;

    /**
     * @param maxPrb  largest allocation M_RB, 1..275
     * @param backend DFT backend
     */
    public DftTransformPrecoder(int maxPrb, Backend backend) {
        if (maxPrb < 1 || maxPrb > TransformPrecoders.MAX_PRB) {
            throw new IllegalArgumentException("maxPrb must be in [1, 275] (TS 38.211 §4.4.2), was " + maxPrb);
        }
        this.maxPrb = maxPrb;
        this.backend = Objects.requireNonNull(backend, "backend");
        this.bySize = new DftProcessor[maxPrb + 1];
    }

    @Override
    public int maxSubcarriers() {
        return 12 * maxPrb;
    }

    private DftProcessor dft(int mSc, int numSymbols, float[] data, int offset) {
        if (mSc % 12 != 0 || mSc / 12 > maxPrb) {
            throw new IllegalArgumentException("M_sc must be 12·M_RB with M_RB in [1, " + maxPrb + "] for this "
                    + "precoder, was " + mSc);
        }
        int mRb = mSc / 12;
        TransformPrecoders.checkPrbCount(mRb);
        if (numSymbols < 0) {
            throw new IllegalArgumentException("numSymbols must be ≥ 0, was " + numSymbols);
        }
        Objects.checkFromIndexSize(offset, 2 * mSc * numSymbols, data.length);
        DftProcessor p = bySize[mRb];
        if (p == null) {
            p = DftProcessors.create(mSc, backend);
            bySize[mRb] = p;
        }
        return p;
    }

    @Override
    public void precode(float[] data, int offset, int mSc, int numSymbols) {
        DftProcessor p = dft(mSc, numSymbols, data, offset);
        p.transform(DftProcessor.Direction.FORWARD, data, offset, 2 * mSc, numSymbols);
        scale(data, offset, 2 * mSc * numSymbols, (float) (1.0 / Math.sqrt(mSc)));
    }

    @Override
    public void deprecode(float[] data, int offset, float[] noiseVar, int nvOffset, int mSc, int numSymbols) {
        DftProcessor p = dft(mSc, numSymbols, data, offset);
        Objects.checkFromIndexSize(nvOffset, mSc * numSymbols, noiseVar.length);
        p.transform(DftProcessor.Direction.INVERSE, data, offset, 2 * mSc, numSymbols);
        scale(data, offset, 2 * mSc * numSymbols, (float) (1.0 / Math.sqrt(mSc)));
        for (int s = 0; s < numSymbols; s++) {
            int o = nvOffset + s * mSc;
            double sum = 0;
            for (int k = 0; k < mSc; k++) {
                sum += noiseVar[o + k];
            }
            float mean = (float) (sum / mSc);
            java.util.Arrays.fill(noiseVar, o, o + mSc, mean);
        }
    }

    @Override
    public void deprecodeMmse(float[] data, int offset, float[] noiseVar, int nvOffset, int mSc, int numSymbols) {
        DftProcessor p = dft(mSc, numSymbols, data, offset);
        Objects.checkFromIndexSize(nvOffset, mSc * numSymbols, noiseVar.length);
        for (int s = 0; s < numSymbols; s++) {
            int o = nvOffset + s * mSc;
            int d = offset + 2 * s * mSc;
            double sum = 0;
            for (int k = 0; k < mSc; k++) {
                float v = noiseVar[o + k];
                float b = v >= 0 && v < Float.POSITIVE_INFINITY ? 1f / (1f + v) : 0f; // NaN and ∞ carry nothing
                sum += b;
                data[d + 2 * k] *= b;
                data[d + 2 * k + 1] *= b;
            }
            double mu = sum / mSc;
            float gain = mu > 0 ? (float) (1.0 / (mu * Math.sqrt(mSc))) : 0f;
            float var = mu > 0 ? (float) ((1.0 - mu) / mu) : Float.POSITIVE_INFINITY;
            p.transform(DftProcessor.Direction.INVERSE, data, d, 2 * mSc, 1);
            scale(data, d, 2 * mSc, gain);
            java.util.Arrays.fill(noiseVar, o, o + mSc, Math.max(var, 0f));
        }
    }

    private static void scale(float[] d, int off, int len, float s) {
        for (int i = off; i < off + len; i++) {
            d[i] *= s;
        }
    }
}
