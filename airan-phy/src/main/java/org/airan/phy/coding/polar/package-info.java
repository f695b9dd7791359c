/**
 * Polar channel coding of NR (TS 38.212 §5.3.1 and §5.4.1), used by PBCH (§7.1), DCI (§7.3) and UCI (§6.3.1).
 *
 * <ul>
 *   <li>{@link org.airan.phy.coding.polar.PolarCodeConfig}: what the channel fixes (K, E, n_max, I_IL, n_PC,
 *       n_PC^wm, I_BIL, CRC); factories {@code pbch()}, {@code dci(A, AL)}, {@code uci(A, E)}.</li>
 *   <li>{@link org.airan.phy.coding.polar.PolarCode}: the constructed code: N (§5.3.1), information, parity-check
 *       and frozen sets from the reliability sequence of Table 5.3.1.2-1 with the puncturing/shortening pre-freeze
 *       (§5.3.1.2), the input interleaver (§5.3.1.1) and the composed rate-matching pattern (§5.4.1.1–§5.4.1.3);
 *       CRC attachment and check, including the DCI CRC with RNTI masking (§7.3.2).</li>
 *   <li>{@link org.airan.phy.coding.polar.PolarEncoder}: u placement, d = u·G_N, rate matching.</li>
 *   <li>{@link org.airan.phy.coding.polar.PolarRateMatcher}: rate matching on bits and rate recovery on LLRs.</li>
 *   <li>{@link org.airan.phy.coding.polar.PolarDecoder}: {@link org.airan.phy.coding.polar.ScPolarDecoder}
 *       (successive cancellation), {@link org.airan.phy.coding.polar.ScListPolarDecoder} (CRC-aided list,
 *       L = 1..32) and {@link org.airan.phy.coding.polar.AdaptiveListPolarDecoder} (SC first, the list only when
 *       SC fails the CRC), built by {@link org.airan.phy.coding.polar.PolarDecoders}.</li>
 * </ul>
 *
 * <p>Hard bits are one per {@code byte} (0/1); soft bits are {@code float} LLRs ln P(b=0)/P(b=1). Codes are
 * immutable and shared; encoders and decoders hold scratch sized up front and allocate nothing per block.
 */
package org.airan.phy.coding.polar;
