package org.airan.phy.grid;

/**
 * Numerology, bandwidth and sampling of one NR carrier (one SCS-specific carrier / bandwidth part).
 *
 * <p>Everything else is derived: the numerology µ, the sample rate {@code dftSize · Δf}, the cyclic-prefix
 * lengths of TS 38.211 §5.3.1 in samples, and slot/symbol timing within a subframe.
 *
 * <p>Cyclic-prefix lengths (TS 38.211 §5.3.1), in units of T_c = 1/(480·10³·4096) s with κ = 64:
 * extended CP {@code 512κ·2^-µ}; normal CP {@code 144κ·2^-µ + 16κ} for the symbols l = 0 and l = 7·2^µ of
 * every subframe (the first symbol of each half subframe) and {@code 144κ·2^-µ} otherwise. At a sample rate of
 * {@code N·Δf} (N = {@link #dftSize()}), these are {@code N/4}, {@code 9N/128 + 2^µ·N/128} and {@code 9N/128}
 * samples; the DFT size must therefore be a multiple of 128 so that every CP is a whole number of samples.
 *
 * @param subcarrierSpacingKhz Δf in kHz: 15, 30, 60, 120 or 240 (µ = 0..4, TS 38.211 Table 4.2-1)
 * @param cyclicPrefix         normal, or extended (60 kHz only, TS 38.211 Table 4.2-1)
 * @param numResourceBlocks    N_grid^size: 1..275 (TS 38.211 §4.4.2)
 * @param dftSize              DFT size N: a multiple of 128, at least 12·N_RB, at most {@link #MAX_DFT_SIZE}
 * @param k0                   k_0^µ of TS 38.211 §5.3.1 (offset of this carrier's grid, in subcarriers), usually 0
 */
public record CarrierConfig(int subcarrierSpacingKhz, CyclicPrefix cyclicPrefix, int numResourceBlocks,
                            int dftSize, int k0) {

    /** Subcarriers per resource block, N_sc^RB (TS 38.211 §4.4.4.1). */
    public static final int SUBCARRIERS_PER_RB = 12;
    /** Largest DFT size accepted. */
    public static final int MAX_DFT_SIZE = 16384;
    /** Subframes per 10 ms frame (TS 38.211 §4.3.1). */
    public static final int SUBFRAMES_PER_FRAME = 10;
    /** Largest occupied fraction of the DFT used when picking a default size. */
    public static final double MAX_DEFAULT_OCCUPANCY = 0.85;

    public CarrierConfig {
        if (subcarrierSpacingKhz != 15 && subcarrierSpacingKhz != 30 && subcarrierSpacingKhz != 60
                && subcarrierSpacingKhz != 120 && subcarrierSpacingKhz != 240) {
            throw new IllegalArgumentException("subcarrierSpacingKhz must be one of 15, 30, 60, 120, 240 "
                    + "(TS 38.211 Table 4.2-1), was " + subcarrierSpacingKhz);
        }
        if (cyclicPrefix == null) {
            throw new IllegalArgumentException("cyclicPrefix must not be null");
        }
        if (cyclicPrefix == CyclicPrefix.EXTENDED && subcarrierSpacingKhz != 60) {
            throw new IllegalArgumentException("cyclicPrefix EXTENDED is defined only for 60 kHz "
                    + "(TS 38.211 Table 4.2-1), subcarrierSpacingKhz was " + subcarrierSpacingKhz);
        }
        if (numResourceBlocks < 1 || numResourceBlocks > 275) {
            throw new IllegalArgumentException("numResourceBlocks must be in [1, 275] (TS 38.211 §4.4.2), was "
                    + numResourceBlocks);
        }
        if (dftSize < SUBCARRIERS_PER_RB * numResourceBlocks) {
            throw new IllegalArgumentException("dftSize must be at least 12·numResourceBlocks = "
                    + SUBCARRIERS_PER_RB * numResourceBlocks + " so every subcarrier fits, was " + dftSize);
        }
        if (dftSize % 128 != 0 || dftSize > MAX_DFT_SIZE) {
            throw new IllegalArgumentException("dftSize must be a multiple of 128 (so the TS 38.211 §5.3.1 cyclic "
                    + "prefixes are whole samples) and at most " + MAX_DFT_SIZE + ", was " + dftSize);
        }
        if (Math.abs(k0) > 2 * 275 * SUBCARRIERS_PER_RB) {
            throw new IllegalArgumentException("k0 must be within ±" + 2 * 275 * SUBCARRIERS_PER_RB
                    + " subcarriers (TS 38.211 §5.3.1), was " + k0);
        }
    }

    /** A normal-CP carrier with the default DFT size ({@link #defaultDftSize(int)}) and k0 = 0. */
    public static CarrierConfig of(int subcarrierSpacingKhz, int numResourceBlocks) {
        return new CarrierConfig(subcarrierSpacingKhz, CyclicPrefix.NORMAL, numResourceBlocks,
                defaultDftSize(numResourceBlocks), 0);
    }

    /** A normal-CP carrier with an explicit DFT size and k0 = 0. */
    public static CarrierConfig of(int subcarrierSpacingKhz, int numResourceBlocks, int dftSize) {
        return new CarrierConfig(subcarrierSpacingKhz, CyclicPrefix.NORMAL, numResourceBlocks, dftSize, 0);
    }

    /**
     * The default DFT size for a bandwidth: the smallest power of two (at least 128) whose size is at least
     * {@code 12·N_RB / 0.85}, which gives the customary sizes (e.g. 273 RB → 4096, 106 RB → 2048, 51 RB → 1024,
     * 24 RB → 512).
     */
    public static int defaultDftSize(int numResourceBlocks) {
        if (numResourceBlocks < 1 || numResourceBlocks > 275) {
            throw new IllegalArgumentException("numResourceBlocks must be in [1, 275] (TS 38.211 §4.4.2), was "
                    + numResourceBlocks);
        }
        int needed = (int) Math.ceil(SUBCARRIERS_PER_RB * numResourceBlocks / MAX_DEFAULT_OCCUPANCY);
        int n = 128;
        while (n < needed) {
            n <<= 1;
        }
        return n;
    }

    /** This carrier with another DFT size (and so another sample rate). */
    public CarrierConfig withDftSize(int newDftSize) {
        return new CarrierConfig(subcarrierSpacingKhz, cyclicPrefix, numResourceBlocks, newDftSize, k0);
    }

    /** Numerology µ = log2(Δf / 15 kHz) (TS 38.211 §4.2). */
    public int numerology() {
        return Integer.numberOfTrailingZeros(subcarrierSpacingKhz / 15);
    }

    /** Δf in Hz. */
    public double subcarrierSpacingHz() {
        return subcarrierSpacingKhz * 1000.0;
    }

    /** Sample rate N·Δf in Hz. */
    public double sampleRateHz() {
        return (double) dftSize * subcarrierSpacingKhz * 1000.0;
    }

    /** K = 12·N_RB subcarriers in the grid. */
    public int numSubcarriers() {
        return SUBCARRIERS_PER_RB * numResourceBlocks;
    }

    /** N_symb^slot: 14 (normal CP) or 12 (extended CP). */
    public int symbolsPerSlot() {
        return cyclicPrefix.symbolsPerSlot();
    }

    /** N_slot^subframe,µ = 2^µ (TS 38.211 Tables 4.3.2-1/2). */
    public int slotsPerSubframe() {
        return 1 << numerology();
    }

    /** N_slot^frame,µ = 10·2^µ. */
    public int slotsPerFrame() {
        return SUBFRAMES_PER_FRAME * slotsPerSubframe();
    }

    /** OFDM symbols per subframe, N_symb^slot · 2^µ. */
    public int symbolsPerSubframe() {
        return symbolsPerSlot() * slotsPerSubframe();
    }

    /** Samples in one 1 ms subframe: N·Δf / 1000 = N·2^µ·15. */
    public int samplesPerSubframe() {
        return dftSize * subcarrierSpacingKhz;
    }

    /** Slot duration in seconds (1 ms / 2^µ). */
    public double slotDurationSeconds() {
        return 1e-3 / slotsPerSubframe();
    }

    /** Number of slots per second (1000·2^µ), i.e. the real-time slot rate. */
    public int slotsPerSecond() {
        return 1000 * slotsPerSubframe();
    }

    /**
     * Cyclic-prefix length in samples of OFDM symbol {@code symbolInSubframe} (0 .. symbolsPerSubframe-1),
     * TS 38.211 §5.3.1.
     */
    public int cpLengthSamples(int symbolInSubframe) {
        checkSymbolInSubframe(symbolInSubframe);
        if (cyclicPrefix == CyclicPrefix.EXTENDED) {
            return dftSize / 4;
        }
        int base = 9 * dftSize / 128;
        int half = 7 << numerology();
        return (symbolInSubframe == 0 || symbolInSubframe == half) ? base + (dftSize << numerology()) / 128 : base;
    }

    /** Cyclic-prefix length in samples of symbol {@code l} of slot {@code slotInSubframe}. */
    public int cpLengthSamples(int slotInSubframe, int l) {
        return cpLengthSamples(symbolInSubframe(slotInSubframe, l));
    }

    /** Total length (CP + N) in samples of a symbol. */
    public int symbolLengthSamples(int symbolInSubframe) {
        return cpLengthSamples(symbolInSubframe) + dftSize;
    }

    /**
     * Start sample (first CP sample) of OFDM symbol {@code symbolInSubframe} relative to the subframe start.
     */
    public int symbolStartInSubframe(int symbolInSubframe) {
        checkSymbolInSubframe(symbolInSubframe);
        int start = 0;
        for (int s = 0; s < symbolInSubframe; s++) {
            start += symbolLengthSamples(s);
        }
        return start;
    }

    /**
     * Start sample of the useful part (first sample after the CP) of symbol {@code symbolInSubframe} relative to the
     * subframe start: {@code (t_start,l + N_CP,l·T_c)·N·Δf} of TS 38.211 §5.3.1/§5.4.
     */
    public int usefulStartInSubframe(int symbolInSubframe) {
        return symbolStartInSubframe(symbolInSubframe) + cpLengthSamples(symbolInSubframe);
    }

    /** Start sample (first CP sample) of symbol {@code l} of slot {@code slotInSubframe} relative to the slot start. */
    public int symbolStartInSlot(int slotInSubframe, int l) {
        return symbolStartInSubframe(symbolInSubframe(slotInSubframe, l)) - slotStartInSubframe(slotInSubframe);
    }

    /** Start sample of slot {@code slotInSubframe} relative to the subframe start. */
    public int slotStartInSubframe(int slotInSubframe) {
        checkSlotInSubframe(slotInSubframe);
        return slotInSubframe == 0 ? 0 : symbolStartInSubframe(slotInSubframe * symbolsPerSlot());
    }

    /** Length in samples of slot {@code slotInSubframe} (slots holding a long-CP symbol are longer). */
    public int slotLengthSamples(int slotInSubframe) {
        checkSlotInSubframe(slotInSubframe);
        int first = slotInSubframe * symbolsPerSlot();
        int len = 0;
        for (int l = 0; l < symbolsPerSlot(); l++) {
            len += symbolLengthSamples(first + l);
        }
        return len;
    }

    /** Longest slot in samples (the size of a buffer that holds any slot). */
    public int maxSlotLengthSamples() {
        int max = 0;
        for (int s = 0; s < slotsPerSubframe(); s++) {
            max = Math.max(max, slotLengthSamples(s));
        }
        return max;
    }

    /** Index of symbol {@code l} of slot {@code slotInSubframe} within the subframe. */
    public int symbolInSubframe(int slotInSubframe, int l) {
        checkSlotInSubframe(slotInSubframe);
        if (l < 0 || l >= symbolsPerSlot()) {
            throw new IllegalArgumentException("symbol l must be in [0, " + (symbolsPerSlot() - 1) + "], was " + l);
        }
        return slotInSubframe * symbolsPerSlot() + l;
    }

    /** Slot index within the subframe of the slot numbered {@code slotInFrame} (n_s,f^µ) in its frame. */
    public int slotInSubframe(int slotInFrame) {
        return Math.floorMod(slotInFrame, slotsPerSubframe());
    }

    private void checkSymbolInSubframe(int s) {
        if (s < 0 || s >= symbolsPerSubframe()) {
            throw new IllegalArgumentException("symbolInSubframe must be in [0, " + (symbolsPerSubframe() - 1)
                    + "] for µ=" + numerology() + ", was " + s);
        }
    }

    private void checkSlotInSubframe(int s) {
        if (s < 0 || s >= slotsPerSubframe()) {
            throw new IllegalArgumentException("slotInSubframe must be in [0, " + (slotsPerSubframe() - 1)
                    + "] for µ=" + numerology() + ", was " + s);
        }
    }
}
