/**
 * MIMO equalization per resource element: {@link org.airan.phy.mimo.Equalizer} with zero-forcing
 * ({@link org.airan.phy.mimo.ZfEqualizer}) and bias-removed linear MMSE ({@link org.airan.phy.mimo.MmseEqualizer})
 * for 1–4 layers (TS 38.211 §7.3.1.3) and up to 64 receive antennas, producing the post-equalization noise
 * variance and SINR per RE that scale a soft demapper's LLRs (TS 38.211 §5.1 constellations have unit energy).
 */
package org.airan.phy.mimo;
