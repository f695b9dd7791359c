package org.airan.phy.frontend;

/**
 * Where the uplink front end takes the noise variance N_0 of each item from (the N_0 of the MMSE equalizer and of
 * the LLR scaling, TS 38.211 §6.3.1 receiver side; not specified by 3GPP).
 */
public enum NoiseEstimation {

    /** N_0 is given by the caller per item ({@code noiseVariance[item]}, read only). */
    GIVEN,

    /**
     * N_0 is estimated per item from the DMRS and written to {@code noiseVariance[item]}: at every DMRS RE of a CDM
     * group in use, {@code z_d = y_d·conj(x_d)/|x_d|²} (x_d the transmitted DMRS of the group's first layer in DMRS
     * symbol d) equals the same composite channel in every DMRS symbol — the other layer of the group contributes
     * {@code h_b·w_b(k')/w_a(k')}, constant over d because the ports of a CDM group share r(m) (TS 38.211
     * §6.4.1.1.1-3) — so its spread over the DMRS symbols is noise only:
     * {@code N̂_0 = Σ|z_d − z̄|² / Σ (1 − 1/D)·Σ_d 1/|x_d|²} over REs and antennas, unbiased for a channel that does not
     * change during the slot, whatever its frequency selectivity and the number of layers. Needs D ≥ 2 DMRS
     * symbols. Channel change between DMRS symbols adds {@code (1 − ρ(Δt))·P_g} (ρ the time correlation over their
     * distance, P_g the composite channel power): decision 095 gives the figures.
     */
    DMRS
}
