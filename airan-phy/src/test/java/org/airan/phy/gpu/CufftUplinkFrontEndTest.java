package org.airan.phy.gpu;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airan.phy.frontend.FrequencyFilter;
import org.airan.phy.frontend.UplinkFrontEndConfig;
import org.airan.phy.frontend.UplinkSlotFixture;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.modulation.Modulation;
import org.airan.phy.ofdm.OfdmConfig;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every test of {@link CudaUplinkFrontEndTest} (the front-end contract and CPU parity of the LLRs, both streams,
 * the staged path) with the cuFFT FFT stage, plus parity between the two GPU FFT stages. Skips with the reason
 * where cuFFT or the GPU backend is unusable.
 */
class CufftUplinkFrontEndTest extends CudaUplinkFrontEndTest {

    @Override
    GpuFftStage stage() {
        return GpuFftStage.CUFFT;
    }

    @Override
    void assumeUsable() {
        Assumptions.assumeTrue(Cufft.isAvailable(), Cufft.status().reason());
    }

    /**
     * Own kernel vs cuFFT on the production carrier: 7 items in a front end for 8, so half 0 runs one 4-item plan
     * and half 1 runs 2 + 1 (three plan sizes used). Both FFTs are float with ~1e-6 relative error, so the LLRs
     * agree within the CPU-parity bound of the superclass.
     */
    @Test
    void bothFftStagesGiveTheSameLlrs() {
        assumeUsable();
        int nrb = 273;
        OfdmConfig ofdm = new OfdmConfig(CarrierConfig.of(30, nrb, 4096), 0.5, 0);
        UplinkFrontEndConfig c = new UplinkFrontEndConfig(ofdm, 4, 2, 0, nrb, 0, 14, new int[] {2, 11},
                Modulation.QAM64, FrequencyFilter.linear(nrb), 8);
        int items = 7;
        UplinkSlotFixture f = new UplinkSlotFixture(c, items, 25.0, 1, 99L);
        float[][] own = new float[items][c.numLlrs()];
        float[][] cu = new float[items][c.numLlrs()];
        try (CudaUplinkFrontEnd a = new CudaUplinkFrontEnd(c, GpuFftStage.OWN);
             CudaUplinkFrontEnd b = new CudaUplinkFrontEnd(c, GpuFftStage.CUFFT)) {
            a.process(f.in, 6, f.slot, f.pilots, f.noiseVariance, own, items);
            b.process(f.in, 6, f.slot, f.pilots, f.noiseVariance, cu, items);
        }
        long outliers = 0;
        long total = 0;
        double worst = 0;
        for (int i = 0; i < items; i++) {
            for (int j = 0; j < c.numLlrs(); j++) {
                double d = Math.abs(own[i][j] - cu[i][j]);
                double bound = ABS + REL * Math.abs(own[i][j]);
                worst = Math.max(worst, d / bound);
                outliers += d > bound ? 1 : 0;
                total++;
            }
        }
        assertTrue(outliers <= MAX_OUTLIER_SHARE * total, outliers + " of " + total
                + " LLRs differ between the FFT stages beyond the bound; worst |Δ|/bound " + worst);
    }
}
