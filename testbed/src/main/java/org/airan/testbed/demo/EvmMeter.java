package org.airan.testbed.demo;

import org.airan.phy.grid.ResourceGrid;

/**
 * Scores demodulated slots against what was sent, per receive antenna.
 *
 * <p>For each slot and antenna, a one-tap channel ĥ = Σ y·p* / Σ |p|² is estimated from the pilots (it absorbs
 * the antenna's phase and any gain), the data REs are equalised (y/ĥ) and compared with the sent symbols:
 * EVM = sqrt(Σ|y/ĥ − x|² / Σ|x|²) over all data REs of all slots (TS 38.101-1 Annex F defines EVM the same way,
 * without its equaliser details). The pilot residual Σ|y − ĥp|² / (N_p − 1) estimates the noise variance per
 * RE, which gives the SNR estimate |ĥ|²·E_s / σ̂² with E_s = 1 (unit-energy constellations and pilots).
 *
 * <p>With white noise of per-RE SNR ρ, the expected EVM is 1/√ρ (EVM in dB = −ρ in dB), raised by the pilot
 * estimate's own error by a factor (1 + 1/N_p) in power. Allocation-free after construction; not thread-safe.
 */
public final class EvmMeter {

    private final int numAntennas;
    private final double[] errorEnergy;
    private final double[] referenceEnergy;
    private final double[] channelGain;
    private final double[] noiseVariance;
    private final double[] channelRe;
    private final double[] channelIm;
    private final long[] slots;

    public EvmMeter(int numAntennas) {
        if (numAntennas < 1) {
            throw new IllegalArgumentException("numAntennas must be ≥ 1, was " + numAntennas);
        }
        this.numAntennas = numAntennas;
        errorEnergy = new double[numAntennas];
        referenceEnergy = new double[numAntennas];
        channelGain = new double[numAntennas];
        noiseVariance = new double[numAntennas];
        channelRe = new double[numAntennas];
        channelIm = new double[numAntennas];
        slots = new long[numAntennas];
    }

    /**
     * Adds one slot of one antenna.
     *
     * @param antenna  receive antenna index
     * @param received demodulated grid; port {@code rxPort} is scored
     * @param sent     reference grid from {@link DemoSlotSource}; port {@code refPort}
     */
    public void add(int antenna, ResourceGrid received, int rxPort, ResourceGrid sent, int refPort) {
        if (received.numSubcarriers() != sent.numSubcarriers() || received.numSymbols() != sent.numSymbols()) {
            throw new IllegalArgumentException("grid shapes differ: " + received.shape() + " vs " + sent.shape());
        }
        float[] y = received.data(rxPort);
        float[] x = sent.data(refPort);
        int k = received.numSubcarriers();
        // one-tap LS channel from the pilots
        double hr = 0;
        double hi = 0;
        double pp = 0;
        int np = 0;
        for (int l : DemoSlotSource.PILOT_SYMBOLS) {
            int oy = received.symbolOffset(l);
            int ox = sent.symbolOffset(l);
            for (int sc = 0; sc < k; sc += 2) {
                float yr = y[oy + 2 * sc];
                float yi = y[oy + 2 * sc + 1];
                float pr = x[ox + 2 * sc];
                float pi = x[ox + 2 * sc + 1];
                hr += yr * pr + yi * pi; // y·conj(p)
                hi += yi * pr - yr * pi;
                pp += pr * pr + pi * pi;
                np++;
            }
        }
        hr /= pp;
        hi /= pp;
        double resid = 0;
        for (int l : DemoSlotSource.PILOT_SYMBOLS) {
            int oy = received.symbolOffset(l);
            int ox = sent.symbolOffset(l);
            for (int sc = 0; sc < k; sc += 2) {
                double pr = x[ox + 2 * sc];
                double pi = x[ox + 2 * sc + 1];
                double er = y[oy + 2 * sc] - (hr * pr - hi * pi);
                double ei = y[oy + 2 * sc + 1] - (hr * pi + hi * pr);
                resid += er * er + ei * ei;
            }
        }
        double g = hr * hr + hi * hi;
        // equalise data: y/h = y·conj(h)/|h|²
        double err = 0;
        double ref = 0;
        double ir = hr / g;
        double ii = -hi / g;
        for (int l = 0; l < received.numSymbols(); l++) {
            if (DemoSlotSource.isPilotSymbol(l)) {
                continue;
            }
            int oy = received.symbolOffset(l);
            int ox = sent.symbolOffset(l);
            for (int sc = 0; sc < k; sc++) {
                double yr = y[oy + 2 * sc];
                double yi = y[oy + 2 * sc + 1];
                double er = yr * ir - yi * ii - x[ox + 2 * sc];
                double ei = yr * ii + yi * ir - x[ox + 2 * sc + 1];
                err += er * er + ei * ei;
                ref += (double) x[ox + 2 * sc] * x[ox + 2 * sc] + (double) x[ox + 2 * sc + 1] * x[ox + 2 * sc + 1];
            }
        }
        errorEnergy[antenna] += err;
        referenceEnergy[antenna] += ref;
        channelGain[antenna] += g;
        noiseVariance[antenna] += np > 1 ? resid / (np - 1) : Double.NaN;
        channelRe[antenna] += hr;
        channelIm[antenna] += hi;
        slots[antenna]++;
    }

    public int numAntennas() {
        return numAntennas;
    }

    /** RMS EVM of antenna {@code a} as a fraction (0.01 = 1 %). NaN before any slot. */
    public double evmRms(int a) {
        return Math.sqrt(errorEnergy[a] / referenceEnergy[a]);
    }

    /** RMS EVM in dB: 10·log10(error energy / reference energy). */
    public double evmDb(int a) {
        return 10 * Math.log10(errorEnergy[a] / referenceEnergy[a]);
    }

    /** Per-RE SNR estimated from the pilot residuals, in dB. */
    public double snrEstimateDb(int a) {
        return 10 * Math.log10(channelGain[a] / noiseVariance[a]);
    }

    /** Phase of the mean one-tap channel, in degrees within (−180, 180]. */
    public double phaseDeg(int a) {
        return Math.toDegrees(Math.atan2(channelIm[a], channelRe[a]));
    }

    /** Mean |ĥ|² in dB (the gain of transmit, channel and receive scaling together). */
    public double gainDb(int a) {
        return 10 * Math.log10(channelGain[a] / slots[a]);
    }

    /** Slots added for antenna {@code a}. */
    public long slots(int a) {
        return slots[a];
    }
}
