/**
 * AIRAN 5G NR physical layer (TS 38.211/212/213/214). The root package holds what every block shares, such as
 * the {@link org.airan.phy.Backend} choice; each block lives in its own sub-package ({@code grid}, {@code dft},
 * {@code ofdm}, ...).
 */
package org.airan.phy;
