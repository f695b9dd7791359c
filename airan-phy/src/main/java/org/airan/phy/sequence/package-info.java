/**
 * Sequences of TS 38.211 §5.2: the Gold sequence c(n) with skip-ahead, and the scrambling and QPSK reference-signal
 * helpers built on it (§5.2.1); the low-PAPR sequences of type 1 (§5.2.2: Zadoff-Chu for M_ZC ≥ 36, the length-30
 * formula and Tables 5.2.2.2-1..4 below).
 */
package org.airan.phy.sequence;
