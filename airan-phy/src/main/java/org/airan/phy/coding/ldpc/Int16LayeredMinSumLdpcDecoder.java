package org.airan.phy.coding.ldpc;

import java.util.Arrays;
import java.util.Objects;
import jdk.incubator.vector.ShortVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Layered min-sum LDPC decoder in 16-bit fixed point on the Java Vector API (run with
 * {@code --add-modules jdk.incubator.vector}): the schedule and data layout of
 * {@link VectorLayeredMinSumLdpcDecoder} with {@code short} lanes, i.e. twice as many lanes per vector
 * ({@link ShortVector#SPECIES_PREFERRED}: 16 with AVX2, 32 with AVX-512).
 *
 * <p>Number format: LLR·{@link #SCALE} rounded (3 fractional bits). Channel LLRs are clamped to
 * ±{@link #CHANNEL_MAX} (±1023.9 in LLR units, so filler bits stay "known"), posteriors and messages use
 * saturating 16-bit arithmetic kept within ±32767. The offset rule subtracts round(β·SCALE); the normalized rule
 * multiplies by α rounded to 1/16 (a sum of shifts). Results are close to, not identical with, the float decoders
 * (tested against the float offset min-sum in AWGN).
 */
public final class Int16LayeredMinSumLdpcDecoder implements LdpcDecoder {

    /** Fixed-point scale: LLR units per step = 1/8. */
    public static final float SCALE = 8f;
    /** Largest channel LLR magnitude after quantization (steps). */
    public static final short CHANNEL_MAX = 8191;
    private static final short LIMIT = 32767;

    private static final VectorSpecies<Short> S = ShortVector.SPECIES_PREFERRED;

    private final LdpcDecoderConfig config;
    private final int maxZ;
    private final short[] app;
    private final short[] msg;
    private final short[] q;
    private final byte[] hard;
    private final byte[] parity;
    private final short offsetSteps;
    private final int scale16;

    /** A decoder sized for {@code config.maxZ()}. */
    public Int16LayeredMinSumLdpcDecoder(LdpcDecoderConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.maxZ = config.maxZ();
        LdpcCode any = LdpcCode.of(LdpcBaseGraph.BG1, 2);
        this.app = new short[LdpcBaseGraph.BG1.numColumns() * maxZ + S.length()];
        this.msg = new short[any.numEdges() * maxZ + S.length()];
        this.q = new short[(any.maxRowDegree() + 1) * maxZ + S.length()];
        this.hard = new byte[LdpcBaseGraph.BG1.numColumns() * maxZ];
        this.parity = new byte[maxZ];
        this.offsetSteps = (short) Math.min(LIMIT, Math.round(config.offset() * SCALE));
        this.scale16 = Math.max(1, Math.round(config.scale() * 16));
    }

    /** SIMD width in 16-bit lanes of this platform's preferred species. */
    public static int lanes() {
        return S.length();
    }

    @Override
    public LdpcDecoderConfig config() {
        return config;
    }

    @Override
    public void decode(LdpcCode code, float[] llr, int llrOffset, byte[] bits, int bitsOffset,
                       LdpcDecodeResult result) {
        int rows = DecoderInputs.activeRows(code, maxZ, llr, llrOffset, bits, bitsOffset, result);
        int z = code.z();
        int k = code.k();
        int columns = code.baseGraph().numInfoColumns() + rows;
        int punctured = LdpcBaseGraph.NUM_PUNCTURED_COLUMNS * z;
        Arrays.fill(app, 0, punctured, (short) 0);
        for (int j = punctured; j < columns * z; j++) {
            float v = llr[llrOffset + j - punctured] * SCALE;
            // NaN maps to 0 (no information)
            int s = v >= CHANNEL_MAX ? CHANNEL_MAX : v <= -CHANNEL_MAX ? -CHANNEL_MAX : Math.round(v);
            app[j] = (short) s;
        }
        Arrays.fill(msg, 0, code.rowEnd(rows - 1) * z, (short) 0);

        boolean normalized = config.checkNodeRule() == LdpcDecoderConfig.CheckNodeRule.NORMALIZED;
        boolean ok = false;
        int iteration = 0;
        while (iteration < config.maxIterations()) {
            iteration++;
            for (int i = 0; i < rows; i++) {
                layer(code, i, z, normalized);
            }
            if (config.earlyTermination()) {
                ok = parityHolds(code, rows, columns, z);
                if (ok) {
                    break;
                }
            }
        }
        if (!config.earlyTermination()) {
            ok = parityHolds(code, rows, columns, z);
        }
        for (int j = 0; j < k; j++) {
            bits[bitsOffset + j] = (byte) ((app[j] >>> 15) & 1);
        }
        result.set(iteration, ok);
    }

    private void layer(LdpcCode code, int row, int z, boolean normalized) {
        int first = code.rowStart(row);
        int degree = code.rowEnd(row) - first;
        short[] app = this.app;
        short[] msg = this.msg;
        short[] q = this.q;
        for (int t = 0; t < degree; t++) {
            int e = first + t;
            int base = code.edgeColumn(e) * z;
            int shift = code.edgeShift(e);
            int head = z - shift;
            subtract(app, base + shift, msg, e * z, q, t * z, head);
            subtract(app, base, msg, e * z + head, q, t * z + head, shift);
        }
        int msgBase = first * z;
        int r = 0;
        int bound = S.loopBound(z);
        ShortVector zero = ShortVector.zero(S);
        ShortVector big = ShortVector.broadcast(S, LIMIT);
        for (; r < bound; r += S.length()) {
            ShortVector m1 = big;
            ShortVector m2 = big;
            ShortVector idx = zero;
            ShortVector sg = zero;
            for (int t = 0; t < degree; t++) {
                ShortVector qv = ShortVector.fromArray(S, q, t * z + r);
                ShortVector a = qv.abs();
                VectorMask<Short> lower = a.lt(m1);
                m2 = m2.min(a).blend(m1, lower);
                m1 = m1.blend(a, lower);
                idx = idx.blend((short) t, lower);
                sg = sg.lanewise(VectorOperators.XOR, qv);
            }
            if (normalized) {
                m1 = scaleVector(m1);
                m2 = scaleVector(m2);
            } else {
                m1 = m1.sub(offsetSteps).max(zero);
                m2 = m2.sub(offsetSteps).max(zero);
            }
            for (int t = 0; t < degree; t++) {
                ShortVector qv = ShortVector.fromArray(S, q, t * z + r);
                ShortVector m = m1.blend(m2, idx.eq((short) t));
                VectorMask<Short> negative = sg.lanewise(VectorOperators.XOR, qv).lt((short) 0);
                ShortVector rv = m.blend(m.neg(), negative);
                rv.intoArray(msg, msgBase + t * z + r);
                qv.lanewise(VectorOperators.SADD, rv).max((short) -LIMIT).intoArray(q, t * z + r);
            }
        }
        for (; r < z; r++) {
            int m1 = LIMIT;
            int m2 = LIMIT;
            int idx = 0;
            int sg = 0;
            for (int t = 0; t < degree; t++) {
                int qv = q[t * z + r];
                int a = Math.abs(qv);
                boolean lower = a < m1;
                m2 = lower ? m1 : Math.min(m2, a);
                m1 = lower ? a : m1;
                idx = lower ? t : idx;
                sg ^= qv;
            }
            if (normalized) {
                m1 = scaleScalar(m1);
                m2 = scaleScalar(m2);
            } else {
                m1 = Math.max(m1 - offsetSteps, 0);
                m2 = Math.max(m2 - offsetSteps, 0);
            }
            for (int t = 0; t < degree; t++) {
                int qv = q[t * z + r];
                int m = idx == t ? m2 : m1;
                int rv = (sg ^ qv) < 0 ? -m : m;
                msg[msgBase + t * z + r] = (short) rv;
                q[t * z + r] = (short) Math.max(-LIMIT, Math.min(LIMIT, qv + rv));
            }
        }
        for (int t = 0; t < degree; t++) {
            int base = code.edgeColumn(first + t) * z;
            int shift = code.edgeShift(first + t);
            int head = z - shift;
            System.arraycopy(q, t * z, app, base + shift, head);
            System.arraycopy(q, t * z + head, app, base, shift);
        }
    }

    /** α·m with α = scale16/16, as a sum of right shifts (m ≥ 0, no overflow). */
    private ShortVector scaleVector(ShortVector m) {
        if (scale16 >= 16) {
            return m;
        }
        ShortVector sum = ShortVector.zero(S);
        for (int b = 3; b >= 0; b--) {
            if ((scale16 & (1 << b)) != 0) {
                sum = sum.add(m.lanewise(VectorOperators.ASHR, 4 - b));
            }
        }
        return sum;
    }

    private int scaleScalar(int m) {
        if (scale16 >= 16) {
            return m;
        }
        int sum = 0;
        for (int b = 3; b >= 0; b--) {
            if ((scale16 & (1 << b)) != 0) {
                sum += m >> (4 - b);
            }
        }
        return sum;
    }

    /**
     * {@code out[o + i] = max(sat(a[ao + i] − b[bo + i]), −32767)} for i in [0, n), in whole vectors: up to one
     * vector past n is read and written (the arrays carry that slack); the next run of the layer overwrites it.
     */
    private static void subtract(short[] a, int ao, short[] b, int bo, short[] out, int o, int n) {
        for (int i = 0; i < n; i += S.length()) {
            ShortVector.fromArray(S, a, ao + i)
                    .lanewise(VectorOperators.SSUB, ShortVector.fromArray(S, b, bo + i))
                    .max((short) -LIMIT)
                    .intoArray(out, o + i);
        }
    }

    private boolean parityHolds(LdpcCode code, int rows, int columns, int z) {
        for (int j = 0; j < columns * z; j++) {
            hard[j] = (byte) ((app[j] >>> 15) & 1);
        }
        return LdpcParity.holds(code, hard, rows, parity);
    }
}
