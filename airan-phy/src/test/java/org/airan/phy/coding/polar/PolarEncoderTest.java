package org.airan.phy.coding.polar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The polar transform of TS 38.212 §5.3.1.2. */
class PolarEncoderTest {

    @Test
    void transformIsMultiplicationByTheKroneckerPower() {
        // G_N = F^{⊗n}, F = [[1,0],[1,1]]: G[i][j] = 1 iff the bits of j are a subset of the bits of i.
        Random rnd = new Random(1);
        for (int n = 1; n <= 64; n <<= 1) {
            byte[] u = new byte[n];
            for (int i = 0; i < n; i++) {
                u[i] = (byte) rnd.nextInt(2);
            }
            byte[] x = u.clone();
            PolarEncoder.transform(x, 0, n);
            for (int j = 0; j < n; j++) {
                int acc = 0;
                for (int i = 0; i < n; i++) {
                    if ((j & ~i) == 0) {
                        acc ^= u[i];
                    }
                }
                assertEquals(acc, x[j], "x_" + j + " for N = " + n);
            }
        }
    }
}
