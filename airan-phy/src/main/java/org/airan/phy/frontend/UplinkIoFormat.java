package org.airan.phy.frontend;

import org.airan.phy.modulation.LlrQuantizer;

/**
 * The data formats at the two ends of an {@link UplinkFrontEnd}: what comes in (time samples, float32 or int16 with
 * a per-item scale given at each call) and what goes out (LLRs, float32 or int8 with a fixed-point scale fixed by
 * the configuration). The compact formats cut the bytes a GPU front end moves per 100 MHz 4-RX cell-slot from
 * 1.97 MB up and 4 bytes per LLR down to 0.98 MB up and 1 byte per LLR down.
 *
 * <p>The LLR scale is a per-configuration constant, not derived from N_0 or the modulation: the front end's LLRs
 * are already normalized by the per-RE post-equalization noise variance (max-log metric over σ², TS 38.211 §5.1
 * labels), so their unit means the same at every SNR, modulation and fading state, and a per-item scale from N_0
 * could not follow the per-RE variance anyway. What matters is a step fine enough near 0 and a saturation high
 * enough that clipped bits are near-certain: the default s = {@value LlrQuantizer#DEFAULT_SCALE} (steps of 0.125,
 * saturation at 15.875) costs at most 0.014 dB at 10% BLER over MCS 4, 16 and 27 in AWGN and Rayleigh fading
 * (decision 092, {@code Int8LlrBlerTest}), and equals the int16 LDPC decoder's fixed-point scale.
 *
 * @param samples  input sample format
 * @param llrs     output LLR format
 * @param llrScale fixed-point scale s of int8 LLRs (steps per LLR unit), finite and in (0, 127]; ignored for float
 *                 LLRs
 */
public record UplinkIoFormat(SampleFormat samples, LlrFormat llrs, float llrScale) {

    /** float32 samples in, float32 LLRs out (the reference format). */
    public static final UplinkIoFormat FLOAT = new UplinkIoFormat(SampleFormat.FLOAT32, LlrFormat.FLOAT32,
            LlrQuantizer.DEFAULT_SCALE);
    /** int16 samples in, int8 LLRs out at the default scale (the transfer-lean format). */
    public static final UplinkIoFormat COMPACT = new UplinkIoFormat(SampleFormat.INT16, LlrFormat.INT8,
            LlrQuantizer.DEFAULT_SCALE);

    public UplinkIoFormat {
        if (samples == null || llrs == null) {
            throw new IllegalArgumentException("samples and llrs formats must not be null, were " + samples + ", "
                    + llrs);
        }
        if (!(llrScale > 0f && llrScale <= LlrQuantizer.MAX_MAGNITUDE)) {
            throw new IllegalArgumentException("llrScale must be finite and in (0, " + LlrQuantizer.MAX_MAGNITUDE
                    + "] steps per LLR unit, was " + llrScale);
        }
    }

    /** {@code samples} in and {@code llrs} out at the default LLR scale. */
    public static UplinkIoFormat of(SampleFormat samples, LlrFormat llrs) {
        return new UplinkIoFormat(samples, llrs, LlrQuantizer.DEFAULT_SCALE);
    }

    /** Parses "float32/float32", "int16/int8" etc. (samples/LLRs, case-insensitive), at the default LLR scale. */
    public static UplinkIoFormat parse(String s) {
        String[] p = s.trim().toUpperCase(java.util.Locale.ROOT).split("/");
        if (p.length != 2) {
            throw new IllegalArgumentException("format must be samples/llrs, e.g. int16/int8, was '" + s + "'");
        }
        return of(SampleFormat.valueOf(p[0]), LlrFormat.valueOf(p[1]));
    }

    /** Short name, e.g. "int16/int8". */
    public String label() {
        return samples.name().toLowerCase(java.util.Locale.ROOT) + "/" + llrs.name().toLowerCase(java.util.Locale.ROOT);
    }
}
