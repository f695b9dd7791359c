package org.airan.phy.sch;

import java.util.Objects;
import org.airan.phy.dmrs.LowPaprDmrs;

/**
 * Transform precoding (DFT-s-OFDM) of a PUSCH transmission, TS 38.211 §6.3.1.4, and what it changes around it: the
 * π/2-BPSK rows of the transform-precoding MCS tables (q = 1 when tp-pi2BPSK is configured, TS 38.214 §6.1.4.1) and
 * the low-PAPR DM-RS sequence (§6.4.1.1.1.2). Attach it to a {@link PxschConfig}; a configuration without it is
 * CP-OFDM.
 *
 * @param pi2Bpsk tp-pi2BPSK: rows of the transform-precoding MCS tables whose Q_m is q use q = 1 (π/2-BPSK), else 2
 * @param dmrs    the low-PAPR DM-RS parameters (hopping, n_ID^RS)
 */
public record TransformPrecoding(boolean pi2Bpsk, LowPaprDmrs dmrs) {

    public TransformPrecoding {
        Objects.requireNonNull(dmrs, "dmrs (low-PAPR DM-RS parameters, TS 38.211 §6.4.1.1.1.2) must not be null");
    }

    /** QPSK for the q rows (tp-pi2BPSK not configured), no hopping, n_ID^RS = {@code nIdRs}. */
    public static TransformPrecoding of(int nIdRs) {
        return new TransformPrecoding(false, LowPaprDmrs.noHopping(nIdRs));
    }

    /** π/2-BPSK for the q rows (tp-pi2BPSK configured), no hopping, n_ID^RS = {@code nIdRs}. */
    public static TransformPrecoding pi2Bpsk(int nIdRs) {
        return new TransformPrecoding(true, LowPaprDmrs.noHopping(nIdRs));
    }
}
