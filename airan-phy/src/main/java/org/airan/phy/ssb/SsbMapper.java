package org.airan.phy.ssb;

import java.util.Objects;

/**
 * Maps one SS/PBCH block into a resource grid, TS 38.211 §7.4.3.1 (Table 7.4.3.1-1): PSS on symbol 0, SSS on
 * symbol 2 (subcarriers 56..182), PBCH data and PBCH DM-RS on symbols 1-3 with the DM-RS at k ≡ N_ID^cell mod 4,
 * each scaled by its β of {@link SsbPower} and by a complex beam weight. The zero subcarriers of the block are
 * written as zero.
 *
 * <p>The grid is one port's {@code float[]}, symbol-major, RE (l, k) at {@code off + 2·(l·K + k)}. Not
 * thread-safe (holds the DM-RS scratch); allocates nothing per call.
 */
public final class SsbMapper {

    private final float[] pss = new float[SsbSequences.PSS_SSS_LENGTH];
    private final float[] sss = new float[SsbSequences.PSS_SSS_LENGTH];
    private final float[] dmrs = new float[2 * SsbSequences.PBCH_DMRS_LENGTH];

    /**
     * Writes the 4 × 240 block with its first RE at (firstSymbol, firstSubcarrier).
     *
     * @param pci             N_ID^cell
     * @param iSsbBar         ī_SSB (TS 38.211 §7.4.1.4.1), 0..7
     * @param pbchSymbols     432 scrambled QPSK symbols d(i), interleaved, from {@code pbchOff}
     * @param power           β factors
     * @param wRe             beam weight, real part (1 for no beamforming)
     * @param wIm             beam weight, imaginary part
     * @param grid            Modified: the port's grid array
     * @param gridOff         float index of RE (0, 0) of the grid
     * @param numSubcarriers  K of the grid (≥ firstSubcarrier + 240)
     * @param firstSymbol     grid symbol of SSB symbol 0
     * @param firstSubcarrier grid subcarrier of SSB subcarrier 0
     */
    public void map(int pci, int iSsbBar, float[] pbchSymbols, int pbchOff, SsbPower power, float wRe, float wIm,
                    float[] grid, int gridOff, int numSubcarriers, int firstSymbol, int firstSubcarrier) {
        Objects.checkFromIndexSize(pbchOff, 2 * SsbLayout.PBCH_SYMBOLS, pbchSymbols.length);
        if (firstSubcarrier < 0 || firstSubcarrier + SsbLayout.NUM_SUBCARRIERS > numSubcarriers || firstSymbol < 0) {
            throw new IllegalArgumentException("the SSB (240 subcarriers from " + firstSubcarrier + ", symbol "
                    + firstSymbol + ") must fit in a grid of " + numSubcarriers + " subcarriers (TS 38.211 §7.4.3.1)");
        }
        Objects.checkFromIndexSize(gridOff, 2 * (firstSymbol + SsbLayout.NUM_SYMBOLS) * numSubcarriers, grid.length);
        SsbSequences.pss(SsbSequences.nId2(pci), pss, 0);
        SsbSequences.sss(pci, sss, 0);
        SsbSequences.pbchDmrs(pci, iSsbBar, dmrs, 0);
        int v = SsbLayout.dmrsShift(pci);
        // Zero the whole block first.
        for (int l = 0; l < SsbLayout.NUM_SYMBOLS; l++) {
            int base = gridOff + 2 * ((firstSymbol + l) * numSubcarriers + firstSubcarrier);
            java.util.Arrays.fill(grid, base, base + 2 * SsbLayout.NUM_SUBCARRIERS, 0f);
        }
        for (int n = 0; n < SsbSequences.PSS_SSS_LENGTH; n++) {
            int k = SsbLayout.PSS_SSS_FIRST_SUBCARRIER + n;
            put(grid, gridOff, numSubcarriers, firstSymbol, firstSubcarrier, SsbLayout.PSS_SYMBOL * 240 + k,
                    power.betaPss() * pss[n], 0f, wRe, wIm);
            put(grid, gridOff, numSubcarriers, firstSymbol, firstSubcarrier, SsbLayout.SSS_SYMBOL * 240 + k,
                    power.betaSss() * sss[n], 0f, wRe, wIm);
        }
        int[] data = SsbLayout.dataTable(v);
        float bp = power.betaPbch();
        for (int i = 0; i < data.length; i++) {
            put(grid, gridOff, numSubcarriers, firstSymbol, firstSubcarrier, data[i],
                    bp * pbchSymbols[pbchOff + 2 * i], bp * pbchSymbols[pbchOff + 2 * i + 1], wRe, wIm);
        }
        int[] dm = SsbLayout.dmrsTable(v);
        float bd = power.betaDmrs();
        for (int i = 0; i < dm.length; i++) {
            put(grid, gridOff, numSubcarriers, firstSymbol, firstSubcarrier, dm[i],
                    bd * dmrs[2 * i], bd * dmrs[2 * i + 1], wRe, wIm);
        }
    }

    private static void put(float[] grid, int gridOff, int numSubcarriers, int firstSymbol, int firstSubcarrier,
                            int re, float xr, float xi, float wRe, float wIm) {
        int l = re / SsbLayout.NUM_SUBCARRIERS;
        int k = re % SsbLayout.NUM_SUBCARRIERS;
        int idx = gridOff + 2 * ((firstSymbol + l) * numSubcarriers + firstSubcarrier + k);
        grid[idx] = xr * wRe - xi * wIm;
        grid[idx + 1] = xr * wIm + xi * wRe;
    }
}
