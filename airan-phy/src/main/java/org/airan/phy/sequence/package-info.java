/**
 * Pseudo-random sequences of TS 38.211 §5.2: the Gold sequence c(n) with skip-ahead, and the scrambling and
 * QPSK reference-signal helpers built on it.
 */
package org.airan.phy.sequence;
