package org.airan.phy.sch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.dmrs.DmrsType;
import org.airan.phy.dmrs.MappingType;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.mimo.Equalizers;
import org.junit.jupiter.api.Test;

/** The mimo-backed equalizer gives the same symbols and σ² as {@link MmseSchEqualizer} in the same order. */
class MimoSchEqualizerTest {

    private static final int PRB = 6;
    private static final int K = 12 * PRB;
    /**
     * Agreement tolerance: MmseSchEqualizer works in double per RE, the mimo equalizer in float with double
     * accumulations; at SNR 10 dB the quantities are O(1) and float rounding over 4 antennas stays below 1e-4
     * relative, so 1e-3 (absolute on symbols, relative on σ²) is a bound, not a fudge.
     */
    private static final double TOL = 1e-3;

    @Test
    void sameOutputsAsThePerReMmse() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int cdmNoData : new int[] {1, 2}) {
            for (int[] ports : new int[][] {{0}, {0, 1}}) {
                DmrsConfig d = new DmrsConfig(SharedChannel.PUSCH, DmrsType.TYPE1, MappingType.A, 2, 1, 1, 0, 14, 0,
                        PRB, cdmNoData, 0, 0, ports);
                int nl = ports.length;
                int nRx = 4;
                ResourceGrid rx = ResourceGrid.allocate(nRx, 14, K);
                ChannelEstimate h = new ChannelEstimate(nRx, nl, K);
                h.configure(nRx, nl);
                h.setNoiseVariance(0.1f);
                for (int r = 0; r < nRx; r++) {
                    float[] y = rx.data(r);
                    for (int i = 0; i < y.length; i++) {
                        y[i] = (float) rnd.nextGaussian();
                    }
                    for (int j = 0; j < nl; j++) {
                        float[] a = h.data(r, j);
                        for (int i = 0; i < a.length; i++) {
                            a[i] = (float) (rnd.nextGaussian() * Math.sqrt(0.5));
                        }
                    }
                }
                int n = d.numDataRe() * nl;
                float[] s1 = new float[2 * n];
                float[] v1 = new float[n];
                float[] s2 = new float[2 * n];
                float[] v2 = new float[n];
                new MmseSchEqualizer().equalize(rx, h, d, s1, v1);
                new MimoSchEqualizer(Equalizers.Kind.MMSE, nRx, 2, K).equalize(rx, h, d, s2, v2);
                for (int i = 0; i < n; i++) {
                    String what = "cdm " + cdmNoData + " layers " + nl + " symbol " + i;
                    assertEquals(s1[2 * i], s2[2 * i], TOL, what);
                    assertEquals(s1[2 * i + 1], s2[2 * i + 1], TOL, what);
                    assertEquals(v1[i], v2[i], TOL * v1[i], what);
                }
            }
        }
    }
}
