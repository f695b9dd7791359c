package org.airan.phy.dmrs;

import java.util.Objects;
import org.airan.phy.sequence.GoldSequence;
import org.airan.phy.sequence.LowPaprSequence;

/**
 * The PUSCH DM-RS sequence when transform precoding is enabled (TS 38.211 §6.4.1.1.1.2, low-PAPR sequence type 1):
 * <pre>
 * r(n) = r^(α,δ)_{u,v}(n),  n = 0 .. M_sc^PUSCH/2 − 1,  δ = 1, α = 0   (so M_ZC = 6·N_PRB)
 * u    = (f_gh + n_ID^RS) mod 30
 * </pre>
 * with f_gh and v from {@link LowPaprHopping}:
 * <pre>
 * neither:          f_gh = 0, v = 0
 * group hopping:    f_gh = (Σ_{m=0}^{7} 2^m c(8(N_symb^slot·n_s,f + l) + m)) mod 30, c_init = ⌊n_ID^RS/30⌋, v = 0
 * sequence hopping: f_gh = 0, v = c(N_symb^slot·n_s,f + l) if M_ZC ≥ 6·N_sc^RB else 0, c_init = n_ID^RS
 * </pre>
 * where l is the OFDM symbol of the DM-RS in the slot. The sequence is mapped like the CP-OFDM DM-RS of
 * configuration type 1 (§6.4.1.1.3): r(2n + k') on subcarrier 4n + 2k' + Δ of the allocation, so the m-th DM-RS RE of
 * the allocation carries r(m) (the sequence counts from the allocation start, not from CRB 0).
 *
 * @param hopping sequence-group / sequence hopping
 * @param nIdRs   n_ID^RS: nPUSCH-Identity (0..1007) if configured, else N_ID^cell (0..1007)
 */
public record LowPaprDmrs(LowPaprHopping hopping, int nIdRs) {

    public LowPaprDmrs {
        Objects.requireNonNull(hopping, "hopping");
        if (nIdRs < 0 || nIdRs > 1007) {
            throw new IllegalArgumentException("nIdRs (n_ID^RS, nPUSCH-Identity or N_ID^cell) must be in [0, 1007] "
                    + "(TS 38.211 §6.4.1.1.1.2), was " + nIdRs);
        }
    }

    /** Without hopping, n_ID^RS = {@code nIdRs}. */
    public static LowPaprDmrs noHopping(int nIdRs) {
        return new LowPaprDmrs(LowPaprHopping.NEITHER, nIdRs);
    }

    /** Sequence group u of DM-RS symbol l in slot n_s,f (14 symbols per slot). */
    public int groupNumber(int slotInFrame, int l) {
        int fgh = 0;
        if (hopping == LowPaprHopping.GROUP) {
            long base = 8L * (DmrsConfig.SYMBOLS_PER_SLOT * (long) slotInFrame + l);
            int cInit = nIdRs / 30;
            for (int m = 0; m < 8; m++) {
                fgh += GoldSequence.bit(cInit, base + m) << m;
            }
            fgh %= 30;
        }
        return (fgh + nIdRs) % 30;
    }

    /** Base sequence number v of DM-RS symbol l in slot n_s,f for a sequence of length M_ZC. */
    public int baseSequenceNumber(int slotInFrame, int l, int mZc) {
        if (hopping != LowPaprHopping.SEQUENCE || mZc < LowPaprSequence.MIN_LENGTH_TWO_BASE_SEQUENCES) {
            return 0;
        }
        return GoldSequence.bit(nIdRs, DmrsConfig.SYMBOLS_PER_SLOT * (long) slotInFrame + l);
    }

    /**
     * Writes r(n), n = 0 .. 6·numPrb − 1, of DM-RS symbol l (unit modulus, no β_DMRS, no covers).
     *
     * @param out Modified: 12·numPrb floats from {@code outOffset}
     */
    public void sequence(int numPrb, int slotInFrame, int l, float[] out, int outOffset) {
        if (slotInFrame < 0 || slotInFrame >= 320) {
            throw new IllegalArgumentException("slotInFrame must be in [0, 319] (TS 38.211 §4.3.2), was "
                    + slotInFrame);
        }
        if (l < 0 || l >= DmrsConfig.SYMBOLS_PER_SLOT) {
            throw new IllegalArgumentException("symbol l must be in [0, 13], was " + l);
        }
        int mZc = 6 * numPrb;
        LowPaprSequence.generate(mZc, groupNumber(slotInFrame, l), baseSequenceNumber(slotInFrame, l, mZc), 0.0, out,
                outOffset);
    }
}
