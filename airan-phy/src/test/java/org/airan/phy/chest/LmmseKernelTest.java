package org.airan.phy.chest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.airan.phy.grid.CarrierConfig;
import org.junit.jupiter.api.Test;

/**
 * The per-PRB LMMSE interpolation kernel against the scalar reference dot products it replaced: same products, same
 * order of addition, so the outputs must be bit-identical for every pilot geometry (type 1 alone on its code, type 1
 * filtered jointly over both w_f codes, type 2), allocation widths below, at and above the 4-PRB window, and every
 * filter bank.
 */
class LmmseKernelTest {

    private static final CarrierConfig CARRIER = CarrierConfig.of(30, 273, 4096);

    @Test
    void perPrbKernelIsBitIdenticalToTheReference() {
        SplittableRandom rnd = new SplittableRandom(11);
        int[][] ports = {{0}, {0, 1}, {0, 2}};
        for (int type = 1; type <= 2; type++) {
            for (int[] p : ports) {
                for (int nPrb : new int[] {1, 2, 3, 5, 273}) {
                    PilotLayout lay = new PilotLayout(type, 0, nPrb, new int[] {2, 11}, false, p, 1f);
                    LmmseChannelEstimator est = new LmmseChannelEstimator(lay, 2, CARRIER,
                            TimeInterpolation.LINEAR, 300e-9);
                    for (float[] a : est.pilotEst) {
                        fill(a, rnd);
                    }
                    if (est.rawLs != null) {
                        for (float[] a : est.rawLs) {
                            fill(a, rnd);
                        }
                    }
                    for (int j = 0; j < est.numPorts; j++) {
                        for (double snrDb = -14; snrDb <= 54; snrDb += 3.7) {
                            double noise = Math.pow(10, -snrDb / 10);
                            int idx = est.numRx * est.numPorts + j; // occasion 1, rx 0
                            float[] a = new float[2 * 12 * nPrb];
                            float[] b = new float[2 * 12 * nPrb];
                            est.interpolateReference(j, idx, est.pilotEst[idx], a, noise, 1.0);
                            String what = "type " + type + " ports " + java.util.Arrays.toString(p) + " nPrb "
                                    + nPrb + " port index " + j + " SNR " + snrDb;
                            est.interpolate(j, idx, est.pilotEst[idx], b, noise, 1.0, false);
                            assertArrayEquals(a, b, what + " (plain-Java loop)");
                            if (LmmseChannelEstimator.VECTOR_API) {
                                java.util.Arrays.fill(b, Float.NaN);
                                est.interpolate(j, idx, est.pilotEst[idx], b, noise, 1.0, true);
                                assertArrayEquals(a, b, what + " (Vector API)");
                            }
                        }
                    }
                }
            }
        }
    }

    private static void fill(float[] a, SplittableRandom rnd) {
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) rnd.nextGaussian();
        }
    }
}
