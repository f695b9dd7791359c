package org.airan.phy.modulation;

import java.util.Objects;

/**
 * A {@link SoftDemapper} whose LLRs pass through int8 ({@link LlrQuantizer}): the wrapped demapper's LLRs, each
 * replaced by {@code clamp(round(LLR·s), −127, 127)/s}. Put in a receive chain (e.g. a shared-channel receiver),
 * it shows the decoder exactly what an int8 LLR transfer delivers, which is how the BLER cost of int8 LLRs is
 * measured (decision 092). Allocation-free; as thread-safe as the wrapped demapper.
 */
public final class QuantizedSoftDemapper implements SoftDemapper {

    private final SoftDemapper inner;
    private final float scale;

    /** Wraps {@code inner} with int8 quantization at {@code scale} steps per LLR unit. */
    public QuantizedSoftDemapper(SoftDemapper inner, float scale) {
        this.inner = Objects.requireNonNull(inner, "inner");
        if (!(scale > 0) || Float.isInfinite(scale)) {
            throw new IllegalArgumentException("scale must be finite and > 0, was " + scale);
        }
        this.scale = scale;
    }

    /** The fixed-point scale (steps per LLR unit). */
    public float scale() {
        return scale;
    }

    @Override
    public void demap(Modulation mod, float[] symbols, int symbolsOffset, float[] noiseVar, int noiseVarOffset,
                      int numSymbols, float[] llr, int llrOffset, int symbolIndex) {
        inner.demap(mod, symbols, symbolsOffset, noiseVar, noiseVarOffset, numSymbols, llr, llrOffset, symbolIndex);
        LlrQuantizer.roundTrip(llr, llrOffset, numSymbols * mod.bitsPerSymbol(), scale);
    }

    @Override
    public void demap(Modulation mod, float[] symbols, int symbolsOffset, float noiseVar, int numSymbols, float[] llr,
                      int llrOffset, int symbolIndex) {
        inner.demap(mod, symbols, symbolsOffset, noiseVar, numSymbols, llr, llrOffset, symbolIndex);
        LlrQuantizer.roundTrip(llr, llrOffset, numSymbols * mod.bitsPerSymbol(), scale);
    }
}
