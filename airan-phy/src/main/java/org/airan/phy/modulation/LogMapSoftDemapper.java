package org.airan.phy.modulation;

/**
 * Exact log-MAP soft demapper, the reference: {@code LLR(b) = ln Σ_{d: b=0} e^{−|y−d|²/σ²} − ln Σ_{d: b=1}
 * e^{−|y−d|²/σ²}} over the full constellation (2^Q_m points, computed with the TS 38.211 §5.1 mapper itself), in
 * double precision with the log-sum-exp shift. Cost O(2^Q_m · Q_m) per symbol: use it for tests and capacity
 * computations, not on the hot path. Holds scratch arrays; not thread-safe.
 */
public final class LogMapSoftDemapper implements SoftDemapper {

    private final float[][] points = new float[Modulation.values().length][];
    private final double[] metric = new double[1 << 10];

    LogMapSoftDemapper() {
        for (Modulation mod : Modulation.values()) {
            int qm = mod.bitsPerSymbol();
            int n = 1 << qm;
            byte[] bits = new byte[qm];
            float[] pts = new float[2 * n];
            for (int v = 0; v < n; v++) {
                for (int j = 0; j < qm; j++) {
                    bits[j] = (byte) ((v >>> (qm - 1 - j)) & 1);
                }
                ModulationMapper.map(mod, bits, 0, 1, pts, 2 * v, 0);
            }
            points[mod.ordinal()] = pts;
        }
    }

    /** The constellation of {@code mod}: point v (bits b0..b_{Qm−1} = MSB..LSB of v) at (2v, 2v+1). */
    public float[] constellation(Modulation mod) {
        return points[mod.ordinal()].clone();
    }

    @Override
    public void demap(Modulation mod, float[] symbols, int symbolsOffset, float[] noiseVar, int noiseVarOffset,
                      int numSymbols, float[] llr, int llrOffset, int symbolIndex) {
        java.util.Objects.checkFromIndexSize(noiseVarOffset, numSymbols, noiseVar.length);
        MaxLogSoftDemapper.check(mod, symbols, symbolsOffset, numSymbols, llr, llrOffset);
        for (int i = 0; i < numSymbols; i++) {
            one(mod, symbols[symbolsOffset + 2 * i], symbols[symbolsOffset + 2 * i + 1],
                    noiseVar[noiseVarOffset + i], llr, llrOffset + i * mod.bitsPerSymbol(), symbolIndex + i);
        }
    }

    @Override
    public void demap(Modulation mod, float[] symbols, int symbolsOffset, float noiseVar, int numSymbols,
                      float[] llr, int llrOffset, int symbolIndex) {
        MaxLogSoftDemapper.check(mod, symbols, symbolsOffset, numSymbols, llr, llrOffset);
        for (int i = 0; i < numSymbols; i++) {
            one(mod, symbols[symbolsOffset + 2 * i], symbols[symbolsOffset + 2 * i + 1], noiseVar, llr,
                    llrOffset + i * mod.bitsPerSymbol(), symbolIndex + i);
        }
    }

    private void one(Modulation mod, float yr, float yi, float n0, float[] llr, int o, int index) {
        int qm = mod.bitsPerSymbol();
        double inv = MaxLogSoftDemapper.inverseNoise(n0);
        if (inv == 0 || yr != yr || yi != yi) {
            for (int j = 0; j < qm; j++) {
                llr[o + j] = 0f;
            }
            return;
        }
        float[] pts = points[mod.ordinal()];
        int n = 1 << qm;
        boolean rotate = mod == Modulation.PI_2_BPSK && (index & 1) != 0;
        for (int v = 0; v < n; v++) {
            double pr = pts[2 * v];
            double pi = pts[2 * v + 1];
            if (rotate) {
                double t = pr;
                pr = -pi;
                pi = t;
            }
            double dr = yr - pr;
            double di = yi - pi;
            double m = -(dr * dr + di * di) * inv;
            metric[v] = m;
        }
        for (int j = 0; j < qm; j++) {
            int shift = qm - 1 - j;
            double max0 = Double.NEGATIVE_INFINITY;
            double max1 = Double.NEGATIVE_INFINITY;
            for (int v = 0; v < n; v++) {
                if (((v >>> shift) & 1) == 0) {
                    max0 = Math.max(max0, metric[v]);
                } else {
                    max1 = Math.max(max1, metric[v]);
                }
            }
            double s0 = 0;
            double s1 = 0;
            for (int v = 0; v < n; v++) {
                if (((v >>> shift) & 1) == 0) {
                    s0 += Math.exp(metric[v] - max0);
                } else {
                    s1 += Math.exp(metric[v] - max1);
                }
            }
            llr[o + j] = (float) (max0 - max1 + Math.log(s0) - Math.log(s1));
        }
    }
}
