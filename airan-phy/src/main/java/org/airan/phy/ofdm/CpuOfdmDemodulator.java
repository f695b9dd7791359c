package org.airan.phy.ofdm;

import java.util.Objects;
import org.airan.phy.dft.DftProcessor;
import org.airan.phy.dft.StockhamDftProcessor;

/**
 * CPU {@link OfdmDemodulator}: per symbol, the N samples of the DFT window (CP removed, window advanced by d_l
 * samples into the CP) are copied into a scratch buffer, one forward DFT runs in place, and the K subcarriers are
 * read from bins {@code (k + k0 − 6N_RB) mod N} while being multiplied by √K/N, the §5.4 phase (f0 &gt; 0) and the
 * window-phase correction {@code e^{+j2π(k+k0−6N_RB)d_l/N}} (TS 38.211 §5.3.1). Tables are built in the
 * constructor; {@link #demodulate} allocates nothing (given a DFT backend that does not).
 *
 * <p>With a {@link StockhamDftProcessor} the symbol is processed on a fused path: the FFT reads the DFT window
 * straight from the input slot (no copy) and leaves split real/imaginary bins that the extraction reads
 * (no re-interleave); the numbers are the same.
 */
public final class CpuOfdmDemodulator implements OfdmDemodulator {

    private final OfdmConfig config;
    private final DftProcessor dft;
    private final SlotLayout layout;
    private final float[] factors;
    /** [slotInSubframe][l]: window advance d in samples. */
    private final int[][] windowOffset;
    /** [slotInSubframe][l]: window-phase rotation per subcarrier, or null when d = 0. */
    private final float[][][] rotation;
    private final float[] scratch;
    private final boolean phaseCompensation;
    /** Non-null when the fused path is used. */
    private final StockhamDftProcessor fused;
    private final float[] binRe;
    private final float[] binIm;

    /**
     * @param config the configuration
     * @param dft    a DFT of {@code config.carrier().dftSize()} points, owned by this demodulator from now on
     */
    public CpuOfdmDemodulator(OfdmConfig config, DftProcessor dft) {
        this.layout = SlotLayout.of(config, dft);
        this.config = config;
        this.dft = dft;
        this.factors = layout.symbolFactors(config, Math.sqrt(layout.k) / layout.n, +1);
        this.fused = dft instanceof StockhamDftProcessor sd ? sd : null;
        this.scratch = fused == null ? new float[2 * layout.n] : null;
        this.binRe = fused == null ? null : new float[layout.n];
        this.binIm = fused == null ? null : new float[layout.n];
        int slots = layout.slotsPerSubframe;
        int syms = layout.symbolsPerSlot;
        windowOffset = new int[slots][syms];
        rotation = new float[slots][syms][];
        // Without §5.4 compensation the per-symbol factor is the real scale √K/N: fold it into the rotation
        // tables so the hot loop does one complex multiply per RE instead of two.
        phaseCompensation = config.carrierFrequencyHz() != 0.0;
        float tableScale = phaseCompensation ? 1f : (float) (Math.sqrt(layout.k) / layout.n);
        java.util.Map<Integer, float[]> byOffset = new java.util.HashMap<>();
        for (int s = 0; s < slots; s++) {
            for (int l = 0; l < syms; l++) {
                int d = config.windowOffsetSamples(layout.symbolInSubframe[s][l]);
                windowOffset[s][l] = d;
                rotation[s][l] = d == 0 ? null : byOffset.computeIfAbsent(d, dd -> {
                    float[] r = layout.windowRotation(dd);
                    for (int i = 0; i < r.length; i++) {
                        r[i] *= tableScale;
                    }
                    return r;
                });
            }
        }
    }

    @Override
    public OfdmConfig config() {
        return config;
    }

    @Override
    public String backendName() {
        return "cpu/" + dft.backendName();
    }

    @Override
    public void demodulate(float[] in, int inOffset, int slot, float[] grid, int gridOffset) {
        final SlotLayout lay = layout;
        final int s = lay.slotInSubframe(slot);
        final int n = lay.n;
        final int k = lay.k;
        Objects.checkFromIndexSize(inOffset, 2 * lay.slotLength[s], in.length);
        Objects.checkFromIndexSize(gridOffset, 2 * lay.symbolsPerSlot * k, grid.length);
        final float[] x = scratch;
        final int firstBin = lay.firstBin;
        final int run1 = lay.run1;
        final int run2 = k - run1;
        if (fused != null) {
            demodulateFused(in, inOffset, s, grid, gridOffset);
            return;
        }
        for (int l = 0; l < lay.symbolsPerSlot; l++) {
            int sym = lay.symbolInSubframe[s][l];
            int start = inOffset + 2 * (lay.symbolStart[s][l] + lay.cpLength[s][l] - windowOffset[s][l]);
            dft.forward(in, start, x, 0);
            float cr = factors[2 * sym];
            float ci = factors[2 * sym + 1];
            int g = gridOffset + 2 * l * k;
            float[] rot = rotation[s][l];
            if (rot == null) {
                extract(x, 2 * firstBin, grid, g, run1, cr, ci);
                extract(x, 0, grid, g + 2 * run1, run2, cr, ci);
            } else if (phaseCompensation) {
                extractRotated(x, 2 * firstBin, grid, g, rot, 0, run1, cr, ci);
                extractRotated(x, 0, grid, g + 2 * run1, rot, 2 * run1, run2, cr, ci);
            } else {
                extractRotated(x, 2 * firstBin, grid, g, rot, 0, run1);
                extractRotated(x, 0, grid, g + 2 * run1, rot, 2 * run1, run2);
            }
        }
    }

    private void demodulateFused(float[] in, int inOffset, int s, float[] grid, int gridOffset) {
        final SlotLayout lay = layout;
        final int k = lay.k;
        final int firstBin = lay.firstBin;
        final int run1 = lay.run1;
        final int run2 = k - run1;
        final float[] xr = binRe;
        final float[] xi = binIm;
        for (int l = 0; l < lay.symbolsPerSlot; l++) {
            int sym = lay.symbolInSubframe[s][l];
            int start = inOffset + 2 * (lay.symbolStart[s][l] + lay.cpLength[s][l] - windowOffset[s][l]);
            fused.forwardSplit(in, start, xr, xi, 0);
            float cr = factors[2 * sym];
            float ci = factors[2 * sym + 1];
            int g = gridOffset + 2 * l * k;
            float[] rot = rotation[s][l];
            if (rot == null) {
                extractSplit(xr, xi, firstBin, grid, g, run1, cr, ci);
                extractSplit(xr, xi, 0, grid, g + 2 * run1, run2, cr, ci);
            } else if (phaseCompensation) {
                extractSplitRotated(xr, xi, firstBin, grid, g, rot, 0, run1, cr, ci);
                extractSplitRotated(xr, xi, 0, grid, g + 2 * run1, rot, 2 * run1, run2, cr, ci);
            } else {
                extractSplitRotated(xr, xi, firstBin, grid, g, rot, 0, run1);
                extractSplitRotated(xr, xi, 0, grid, g + 2 * run1, rot, 2 * run1, run2);
            }
        }
    }

    private static void extractSplit(float[] xr, float[] xi, int b0, float[] dst, int d0, int count, float cr,
                                     float ci) {
        for (int i = 0; i < count; i++) {
            float re = xr[b0 + i];
            float im = xi[b0 + i];
            dst[d0 + 2 * i] = re * cr - im * ci;
            dst[d0 + 2 * i + 1] = re * ci + im * cr;
        }
    }

    private static void extractSplitRotated(float[] xr, float[] xi, int b0, float[] dst, int d0, float[] rot, int r0,
                                            int count) {
        for (int i = 0; i < count; i++) {
            float re = xr[b0 + i];
            float im = xi[b0 + i];
            float rr = rot[r0 + 2 * i];
            float ri = rot[r0 + 2 * i + 1];
            dst[d0 + 2 * i] = re * rr - im * ri;
            dst[d0 + 2 * i + 1] = re * ri + im * rr;
        }
    }

    private static void extractSplitRotated(float[] xr, float[] xi, int b0, float[] dst, int d0, float[] rot, int r0,
                                            int count, float cr, float ci) {
        for (int i = 0; i < count; i++) {
            float re = xr[b0 + i];
            float im = xi[b0 + i];
            float rr = rot[r0 + 2 * i] * cr - rot[r0 + 2 * i + 1] * ci;
            float ri = rot[r0 + 2 * i] * ci + rot[r0 + 2 * i + 1] * cr;
            dst[d0 + 2 * i] = re * rr - im * ri;
            dst[d0 + 2 * i + 1] = re * ri + im * rr;
        }
    }

    private static void extract(float[] x, int x0, float[] dst, int d0, int count, float cr, float ci) {
        for (int i = 0; i < 2 * count; i += 2) {
            float re = x[x0 + i];
            float im = x[x0 + i + 1];
            dst[d0 + i] = re * cr - im * ci;
            dst[d0 + i + 1] = re * ci + im * cr;
        }
    }

    /** dst = x · rot (rot already holds the scale). */
    private static void extractRotated(float[] x, int x0, float[] dst, int d0, float[] rot, int r0, int count) {
        for (int i = 0; i < 2 * count; i += 2) {
            float re = x[x0 + i];
            float im = x[x0 + i + 1];
            float rr = rot[r0 + i];
            float ri = rot[r0 + i + 1];
            dst[d0 + i] = re * rr - im * ri;
            dst[d0 + i + 1] = re * ri + im * rr;
        }
    }

    /** dst = x · rot · (cr + j·ci). */
    private static void extractRotated(float[] x, int x0, float[] dst, int d0, float[] rot, int r0, int count,
                                       float cr, float ci) {
        for (int i = 0; i < 2 * count; i += 2) {
            float re = x[x0 + i];
            float im = x[x0 + i + 1];
            float rr = rot[r0 + i] * cr - rot[r0 + i + 1] * ci;
            float ri = rot[r0 + i] * ci + rot[r0 + i + 1] * cr;
            dst[d0 + i] = re * rr - im * ri;
            dst[d0 + i + 1] = re * ri + im * rr;
        }
    }
}
