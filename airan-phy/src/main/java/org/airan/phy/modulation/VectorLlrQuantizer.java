package org.airan.phy.modulation;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link LlrQuantizer#quantize(float[], int, byte[], int, int, float)} on the Java Vector API (needs
 * {@code --add-modules jdk.incubator.vector}; {@link LlrQuantizer#quantizeFast} picks it when the module is present):
 * the same rule, bit for bit — clamp to ±127, truncate toward zero, step by one when the remainder is ≥ 1/2 or
 * < −1/2, NaN to 0 — without the data-dependent branches that make the scalar loop mispredict on noisy LLRs.
 */
final class VectorLlrQuantizer {

    private static final VectorSpecies<Float> F = FloatVector.SPECIES_256;
    private static final VectorSpecies<Integer> I = IntVector.SPECIES_256;
    private static final VectorSpecies<Byte> B = ByteVector.SPECIES_64;
    private static final IntVector ONE = IntVector.broadcast(I, 1);

    private VectorLlrQuantizer() {
    }

    static void quantize(float[] llr, int llrOffset, byte[] out, int outOffset, int n, float scale) {
        int i = 0;
        int bound = F.loopBound(n);
        float max = LlrQuantizer.MAX_MAGNITUDE;
        for (; i < bound; i += F.length()) {
            FloatVector v = FloatVector.fromArray(F, llr, llrOffset + i).mul(scale);
            VectorMask<Float> nan = v.test(VectorOperators.IS_NAN);
            v = v.max(-max).min(max).blend(0f, nan);
            IntVector t = (IntVector) v.convert(VectorOperators.F2I, 0);
            FloatVector r = v.sub((FloatVector) t.convert(VectorOperators.I2F, 0));
            VectorMask<Integer> up = r.compare(VectorOperators.GE, 0.5f).cast(I);
            VectorMask<Integer> down = r.compare(VectorOperators.LT, -0.5f).cast(I);
            IntVector q = t.add(ONE, up).sub(ONE, down);
            ((ByteVector) q.convertShape(VectorOperators.I2B, B, 0)).intoArray(out, outOffset + i);
        }
        for (; i < n; i++) {
            out[outOffset + i] = LlrQuantizer.quantize(llr[llrOffset + i], scale);
        }
    }
}
