package org.airan.testbed.demo;

import java.util.Objects;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.modulation.Modulation;
import org.airan.phy.modulation.ModulationMapper;
import org.airan.phy.sequence.GoldSequence;

/**
 * Deterministic content of the demo's transmitted slots: every resource element of slot {@code n} is a function
 * of (seed, n), so a receiver regenerates the reference instead of storing what was sent.
 *
 * <p>Layout of one slot (K = 12·N_RB subcarriers, 14 symbols, normal CP):
 * <ul>
 *   <li>pilot symbols {@link #PILOT_SYMBOLS} (l = 2 and 11, the positions of a type-A DM-RS with one additional
 *       position, TS 38.211 §7.4.1.1.2): pilots on even subcarriers (comb 2, as DM-RS configuration type 1 CDM
 *       group 0), zero on odd subcarriers; pilot values are the QPSK sequence r(m) of TS 38.211 §7.4.1.1.1 with
 *       c_init = (2^17·(14·n_s + l + 1)·(2·N_ID + 1) + 2·N_ID) mod 2^31, N_ID = {@link #SCRAMBLING_ID},
 *       n_s = slot number within the frame;</li>
 *   <li>every other RE carries data: QPSK in even slots, 16QAM in odd slots (TS 38.211 §5.1.3, §5.1.4, through
 *       {@link ModulationMapper}), from uniformly random bits; both constellations have unit mean energy.</li>
 * </ul>
 * Not thread-safe (reuses one pilot buffer); allocation-free after construction.
 */
public final class DemoSlotSource {

    /** Symbols that carry pilots. */
    public static final int[] PILOT_SYMBOLS = {2, 11};
    /** N_ID used for the pilot sequence (like a DM-RS scrambling identity, TS 38.211 §7.4.1.1.1). */
    public static final int SCRAMBLING_ID = 1;

    private final CarrierConfig carrier;
    private final long seed;
    private final float[] pilots;
    private final byte[] bits;

    /** @param carrier the carrier (normal CP: 14 symbols per slot) */
    public DemoSlotSource(CarrierConfig carrier, long seed) {
        this.carrier = Objects.requireNonNull(carrier, "carrier");
        if (carrier.symbolsPerSlot() != 14) {
            throw new IllegalArgumentException("the demo needs a normal cyclic prefix (14 symbols per slot, "
                    + "TS 38.211 Table 4.3.2-1), carrier has " + carrier.symbolsPerSlot());
        }
        this.seed = seed;
        this.pilots = new float[carrier.numSubcarriers()]; // K/2 complex pilots
        this.bits = new byte[carrier.numSubcarriers() * Modulation.QAM16.bitsPerSymbol()];
    }

    /** Whether symbol l carries pilots. */
    public static boolean isPilotSymbol(int l) {
        return l == PILOT_SYMBOLS[0] || l == PILOT_SYMBOLS[1];
    }

    /** Whether RE (l, k) is a pilot (an even subcarrier of a pilot symbol). */
    public static boolean isPilot(int l, int k) {
        return isPilotSymbol(l) && (k & 1) == 0;
    }

    /** Whether RE (l, k) carries data. */
    public static boolean isData(int l, int k) {
        return !isPilotSymbol(l);
    }

    /** Bits per data symbol in slot {@code slot}: 2 (QPSK) in even slots, 4 (16QAM) in odd ones. */
    public static int bitsPerSymbol(long slot) {
        return modulation(slot).bitsPerSymbol();
    }

    /** The data modulation of slot {@code slot}: QPSK in even slots, 16QAM in odd ones. */
    public static Modulation modulation(long slot) {
        return (slot & 1) == 0 ? Modulation.QPSK : Modulation.QAM16;
    }

    /** Number of data REs per slot. */
    public int dataResourceElements() {
        return (carrier.symbolsPerSlot() - PILOT_SYMBOLS.length) * carrier.numSubcarriers();
    }

    /** Number of pilot REs per slot. */
    public int pilotResourceElements() {
        return PILOT_SYMBOLS.length * (carrier.numSubcarriers() / 2 + (carrier.numSubcarriers() & 1));
    }

    /** c_init of the pilot on symbol l of slot {@code slotInFrame} (TS 38.211 §7.4.1.1.1, n_SCID = 0). */
    public int pilotCinit(int slotInFrame, int l) {
        long v = (1L << 17) * (carrier.symbolsPerSlot() * (long) slotInFrame + l + 1) * (2L * SCRAMBLING_ID + 1)
                + 2L * SCRAMBLING_ID;
        return (int) (v & 0x7FFF_FFFFL);
    }

    /**
     * Writes slot {@code slot} (0-based count from the start of the recording) into port {@code port} of
     * {@code grid}. Every RE is written.
     *
     * @param grid one-slot grid with K = 12·N_RB subcarriers; Modified
     */
    public void fill(long slot, ResourceGrid grid, int port) {
        int k = carrier.numSubcarriers();
        if (grid.numSubcarriers() != k || grid.numSymbols() != carrier.symbolsPerSlot()) {
            throw new IllegalArgumentException("grid must be " + carrier.symbolsPerSlot() + "×" + k + ", was "
                    + grid.shape());
        }
        float[] a = grid.data(port);
        long state = mix(seed ^ mix(slot + 0x5DEECE66DL));
        Modulation mod = modulation(slot);
        int slotInFrame = (int) (slot % carrier.slotsPerFrame());
        for (int l = 0; l < carrier.symbolsPerSlot(); l++) {
            int o = grid.symbolOffset(l);
            if (isPilotSymbol(l)) {
                int numPilots = (k + 1) / 2;
                GoldSequence.qpskSequence(pilotCinit(slotInFrame, l), 0, pilots, 0, numPilots);
                for (int sc = 0; sc < k; sc++) {
                    boolean pilot = (sc & 1) == 0;
                    a[o + 2 * sc] = pilot ? pilots[sc] : 0f;          // pilot m = sc/2 is at 2m = sc
                    a[o + 2 * sc + 1] = pilot ? pilots[sc + 1] : 0f;
                }
                continue;
            }
            int numBits = k * mod.bitsPerSymbol();
            for (int i = 0; i < numBits; i += 64) {
                state += 0x9E3779B97F4A7C15L;
                long r = mix(state);
                int n = Math.min(64, numBits - i);
                for (int b = 0; b < n; b++) {
                    bits[i + b] = (byte) ((r >>> b) & 1);
                }
            }
            ModulationMapper.map(mod, bits, 0, k, a, o);
        }
    }

    /** SplitMix64 finaliser: a well-mixed 64-bit function of its input. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
