package org.airan.phy.ofdm;

import java.util.Arrays;
import java.util.Objects;
import org.airan.phy.dft.DftProcessor;

/**
 * CPU {@link OfdmModulator}: per symbol, the K subcarriers (scaled by 1/√K and, with f0 &gt; 0, rotated by the
 * TS 38.211 §5.4 phase) are placed on DFT bins {@code (k + k0 − 6N_RB) mod N}, the other bins are zeroed, one
 * unscaled inverse DFT runs in a scratch buffer, and the CP and useful part are copied out.
 * Everything is precomputed in the constructor; {@link #modulate} allocates nothing (given a DFT backend that
 * does not).
 */
public final class CpuOfdmModulator implements OfdmModulator {

    private final OfdmConfig config;
    private final DftProcessor dft;
    private final SlotLayout layout;
    private final float[] factors;
    private final float[] scratch;

    /**
     * @param config the configuration
     * @param dft    a DFT of {@code config.carrier().dftSize()} points, owned by this modulator from now on
     */
    public CpuOfdmModulator(OfdmConfig config, DftProcessor dft) {
        this.layout = SlotLayout.of(config, dft);
        this.config = config;
        this.dft = dft;
        this.factors = layout.symbolFactors(config, 1.0 / Math.sqrt(layout.k), -1);
        this.scratch = new float[2 * layout.n];
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
    public void modulate(float[] grid, int gridOffset, int slot, float[] out, int outOffset) {
        final SlotLayout lay = layout;
        final int s = lay.slotInSubframe(slot);
        final int n = lay.n;
        final int k = lay.k;
        Objects.checkFromIndexSize(gridOffset, 2 * lay.symbolsPerSlot * k, grid.length);
        Objects.checkFromIndexSize(outOffset, 2 * lay.slotLength[s], out.length);
        final float[] x = scratch;
        final int firstBin = lay.firstBin;
        final int run1 = lay.run1;
        final int run2 = k - run1;
        for (int l = 0; l < lay.symbolsPerSlot; l++) {
            int sym = lay.symbolInSubframe[s][l];
            float cr = factors[2 * sym];
            float ci = factors[2 * sym + 1];
            int g = gridOffset + 2 * l * k;
            // Unused bins: [run2, firstBin) when the occupied band wraps, else everything outside [firstBin, +K).
            if (run2 > 0) {
                Arrays.fill(x, 2 * run2, 2 * firstBin, 0f);
            } else {
                Arrays.fill(x, 0, 2 * firstBin, 0f);
                Arrays.fill(x, 2 * (firstBin + k), 2 * n, 0f);
            }
            place(grid, g, x, 2 * firstBin, run1, cr, ci);
            place(grid, g + 2 * run1, x, 0, run2, cr, ci);
            dft.transform(DftProcessor.Direction.INVERSE, x, 0);
            int cp = lay.cpLength[s][l];
            int o = outOffset + 2 * lay.symbolStart[s][l];
            System.arraycopy(x, 2 * (n - cp), out, o, 2 * cp);
            System.arraycopy(x, 0, out, o + 2 * cp, 2 * n);
        }
    }

    private static void place(float[] src, int so, float[] dst, int d0, int count, float cr, float ci) {
        for (int i = 0; i < 2 * count; i += 2) {
            float re = src[so + i];
            float im = src[so + i + 1];
            dst[d0 + i] = re * cr - im * ci;
            dst[d0 + i + 1] = re * ci + im * cr;
        }
    }
}
