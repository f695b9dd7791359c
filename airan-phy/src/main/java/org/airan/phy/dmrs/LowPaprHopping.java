package org.airan.phy.dmrs;

/**
 * Sequence-group and sequence hopping of the transform-precoded PUSCH DM-RS (TS 38.211 §6.4.1.1.1.2; higher-layer
 * parameters sequenceGroupHopping and sequenceHopping of PUSCH-ConfigCommon / DMRS-UplinkConfig, which cannot both be
 * enabled).
 */
public enum LowPaprHopping {
    /** Neither: f_gh = 0, v = 0. */
    NEITHER,
    /** Group hopping: f_gh from c(i) with c_init = ⌊n_ID^RS/30⌋, v = 0. */
    GROUP,
    /** Sequence hopping: f_gh = 0, v = c(N_symb^slot·n_s,f + l) with c_init = n_ID^RS when M_ZC ≥ 72, else 0. */
    SEQUENCE
}
