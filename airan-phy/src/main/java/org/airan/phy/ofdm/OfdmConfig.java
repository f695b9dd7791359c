package org.airan.phy.ofdm;

import org.airan.phy.grid.CarrierConfig;

/**
 * How a carrier's slots are OFDM-(de)modulated: the carrier, the receive DFT window position inside the cyclic
 * prefix, and the carrier frequency f0 used for the TS 38.211 §5.4 up-conversion phase term.
 *
 * <p><b>DFT window.</b> The receiver's DFT window of symbol l starts {@code d_l = round(windowOffsetFraction ·
 * N_CP,l)} samples before the end of the cyclic prefix ({@code 0} = the §5.3.1 position, right after the CP;
 * {@code 0.5} = the middle of the CP, which tolerates timing error both ways). The linear phase
 * {@code e^{-j2π·k'·d_l/N}} that the early window puts on subcarrier frequency index k' is removed, so the
 * demodulated grid does not depend on the window position for a signal whose channel is shorter than the CP.
 *
 * <p><b>Phase compensation.</b> With {@code carrierFrequencyHz = f0 > 0} the modulator multiplies symbol l by
 * {@code e^{-j2π f0 (t_start,l + N_CP,l T_c)}} (times measured from the start of the subframe) and the demodulator
 * by its conjugate, so that baseband generated with one IDFT per symbol matches §5.4, whose carrier phase restarts
 * at the useful part of every symbol. {@code f0 = 0} disables it (the factor is 1).
 *
 * @param carrier              the carrier (numerology, N_RB, DFT size, k0)
 * @param windowOffsetFraction receive DFT window advance as a fraction of each symbol's CP, in [0, 1]
 * @param carrierFrequencyHz   f0 of TS 38.211 §5.4 in Hz, in [0, 100 GHz]; 0 switches the compensation off
 */
public record OfdmConfig(CarrierConfig carrier, double windowOffsetFraction, double carrierFrequencyHz) {

    /** Largest f0 accepted (FR2-2 ends at 71 GHz, TS 38.104 §5.2). */
    public static final double MAX_CARRIER_FREQUENCY_HZ = 100e9;

    public OfdmConfig {
        if (carrier == null) {
            throw new IllegalArgumentException("carrier must not be null");
        }
        if (!(windowOffsetFraction >= 0.0 && windowOffsetFraction <= 1.0)) {
            throw new IllegalArgumentException("windowOffsetFraction must be in [0, 1] (fraction of the TS 38.211 "
                    + "§5.3.1 cyclic prefix), was " + windowOffsetFraction);
        }
        if (!(carrierFrequencyHz >= 0.0 && carrierFrequencyHz <= MAX_CARRIER_FREQUENCY_HZ)) {
            throw new IllegalArgumentException("carrierFrequencyHz must be in [0, " + MAX_CARRIER_FREQUENCY_HZ
                    + "] (f0 of TS 38.211 §5.4; 0 = no phase compensation), was " + carrierFrequencyHz);
        }
        int n = carrier.dftSize();
        int lowest = carrier.k0() - 6 * carrier.numResourceBlocks();
        int highest = lowest + carrier.numSubcarriers() - 1;
        if (lowest < -n / 2 || highest > n / 2 - 1) {
            throw new IllegalArgumentException("carrier k0=" + carrier.k0() + " with " + carrier.numResourceBlocks()
                    + " RB puts subcarrier frequency indices k+k0-6·N_RB (TS 38.211 §5.3.1) in [" + lowest + ", "
                    + highest + "], outside the DFT's [" + (-n / 2) + ", " + (n / 2 - 1) + "] for dftSize " + n);
        }
    }

    /** The §5.3.1 window position (right after the CP) and no phase compensation. */
    public static OfdmConfig of(CarrierConfig carrier) {
        return new OfdmConfig(carrier, 0.0, 0.0);
    }

    /** This configuration with another DFT window advance. */
    public OfdmConfig withWindowOffsetFraction(double fraction) {
        return new OfdmConfig(carrier, fraction, carrierFrequencyHz);
    }

    /** This configuration with another f0 (0 = no §5.4 phase compensation). */
    public OfdmConfig withCarrierFrequencyHz(double f0) {
        return new OfdmConfig(carrier, windowOffsetFraction, f0);
    }

    /** d_l: samples by which the DFT window of symbol {@code symbolInSubframe} starts before the end of its CP. */
    public int windowOffsetSamples(int symbolInSubframe) {
        return (int) Math.round(windowOffsetFraction * carrier.cpLengthSamples(symbolInSubframe));
    }

    /**
     * The §5.4 phase angle {@code 2π f0 (t_start,l + N_CP,l T_c)} in radians (reduced modulo 2π) of symbol
     * {@code symbolInSubframe}: the modulator multiplies by {@code e^{-j·angle}}, the demodulator by
     * {@code e^{+j·angle}}.
     */
    public double upconversionPhaseRadians(int symbolInSubframe) {
        // t in samples is an integer; cycles = f0·t/fs. Reduce before scaling by 2π to keep precision.
        double cycles = carrierFrequencyHz * carrier.usefulStartInSubframe(symbolInSubframe) / carrier.sampleRateHz();
        return 2.0 * Math.PI * (cycles - Math.floor(cycles));
    }
}
