package org.airan.testbed.demo;

import java.util.Objects;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
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
 *   <li>every other RE carries data: QPSK (TS 38.211 §5.1.3) in even slots, 16QAM (§5.1.4) in odd slots, from
 *       uniformly random bits; both constellations have unit mean energy.</li>
 * </ul>
 * Not thread-safe (reuses one pilot buffer); allocation-free after construction.
 */
public final class DemoSlotSource {

    /** Symbols that carry pilots. */
    public static final int[] PILOT_SYMBOLS = {2, 11};
    /** N_ID used for the pilot sequence (like a DM-RS scrambling identity, TS 38.211 §7.4.1.1.1). */
    public static final int SCRAMBLING_ID = 1;

    private static final float QPSK = (float) (1.0 / Math.sqrt(2.0));
    private static final float QAM16 = (float) (1.0 / Math.sqrt(10.0));

    private final CarrierConfig carrier;
    private final long seed;
    private final float[] pilots;

    /** @param carrier the carrier (normal CP: 14 symbols per slot) */
    public DemoSlotSource(CarrierConfig carrier, long seed) {
        this.carrier = Objects.requireNonNull(carrier, "carrier");
        if (carrier.symbolsPerSlot() != 14) {
            throw new IllegalArgumentException("the demo needs a normal cyclic prefix (14 symbols per slot, "
                    + "TS 38.211 Table 4.3.2-1), carrier has " + carrier.symbolsPerSlot());
        }
        this.seed = seed;
        this.pilots = new float[carrier.numSubcarriers()]; // K/2 complex pilots
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
        return (slot & 1) == 0 ? 2 : 4;
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
        int bits = bitsPerSymbol(slot);
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
            for (int sc = 0; sc < k; sc++) {
                state += 0x9E3779B97F4A7C15L;
                long r = mix(state);
                if (bits == 2) {
                    a[o + 2 * sc] = (r & 1) == 0 ? QPSK : -QPSK;
                    a[o + 2 * sc + 1] = (r & 2) == 0 ? QPSK : -QPSK;
                } else {
                    int b0 = (int) (r & 1);
                    int b1 = (int) ((r >>> 1) & 1);
                    int b2 = (int) ((r >>> 2) & 1);
                    int b3 = (int) ((r >>> 3) & 1);
                    // TS 38.211 §5.1.4: d = ((1−2b0)(2−(1−2b2)) + j(1−2b1)(2−(1−2b3)))/√10
                    a[o + 2 * sc] = QAM16 * (1 - 2 * b0) * (2 - (1 - 2 * b2));
                    a[o + 2 * sc + 1] = QAM16 * (1 - 2 * b1) * (2 - (1 - 2 * b3));
                }
            }
        }
    }

    /** SplitMix64 finaliser: a well-mixed 64-bit function of its input. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
