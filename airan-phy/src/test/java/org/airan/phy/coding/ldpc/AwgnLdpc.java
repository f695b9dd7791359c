package org.airan.phy.coding.ldpc;

import java.util.SplittableRandom;

/** Test helper: encodes a block and produces BPSK-over-AWGN (or noiseless) LLRs for d. */
final class AwgnLdpc {

    private AwgnLdpc() {
    }

    /**
     * @param noiselessLlr if not NaN, LLR = ±noiselessLlr (no noise)
     * @param snrDb        otherwise Es/N0 in dB of BPSK x = 1 − 2b over real AWGN of variance σ² = N0/2, so
     *                     σ² = 1/(2·Es/N0) and LLR = 2y/σ²
     * @param filler       the last {@code filler} systematic bits are filler: LLR = +KNOWN_BIT_LLR
     */
    static float[] encodeToLlr(LdpcEncoder encoder, LdpcCode code, byte[] c, int filler, float noiselessLlr,
                               float snrDb, SplittableRandom rnd) {
        byte[] d = new byte[code.n()];
        encoder.encode(code, c, 0, d, 0);
        float[] llr = new float[code.n()];
        double sigma2 = 0.5 * Math.pow(10, -snrDb / 10.0);
        double sigma = Math.sqrt(sigma2);
        int fillerStart = code.k() - filler - 2 * code.z();
        int fillerEnd = code.k() - 2 * code.z();
        for (int j = 0; j < llr.length; j++) {
            double x = 1 - 2 * d[j];
            if (j >= fillerStart && j < fillerEnd) {
                llr[j] = LdpcDecoder.KNOWN_BIT_LLR;
            } else if (!Float.isNaN(noiselessLlr)) {
                llr[j] = (float) (x * noiselessLlr);
            } else {
                llr[j] = (float) (2 * (x + sigma * gaussian(rnd)) / sigma2);
            }
        }
        return llr;
    }

    static double gaussian(SplittableRandom rnd) {
        double u1 = rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
