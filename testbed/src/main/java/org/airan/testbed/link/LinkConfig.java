package org.airan.testbed.link;

import org.airan.phy.channel.MimoCorrelation;
import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.dmrs.DmrsType;
import org.airan.phy.dmrs.MappingType;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.nr.McsTable;
import org.airan.phy.sch.PxschConfig;
import org.airan.phy.sch.TransformPrecoding;

/**
 * One link-level simulation: a PDSCH or PUSCH configuration, a channel model and an SNR sweep.
 *
 * <p>SNR definition: mean data-RE energy per receive antenna over the noise variance per RE, in the frequency
 * domain, with unit-energy data REs and a unit-power channel; DM-RS power boosting is excluded. With υ layers the
 * fading channel from the layers to each antenna is scaled by 1/√υ so the received data energy per antenna is 1;
 * for AWGN each antenna receives one layer with unit gain.
 *
 * <p>Layers to transmit antennas: layer j is sent from transmit antenna j (identity precoding on the first υ
 * antennas); with more transmit antennas than layers the others are silent but still shape the channel (antenna
 * correlation, CDL array). DM-RS: type 1, single symbol, mapping type A (l0 = 2), 2 CDM groups without data, and
 * the layers on ports in distinct CDM groups first: 1 layer {0}, 2 layers {0, 2}, 3 layers {0, 1, 2}, 4 layers
 * {0, 1, 2, 3} (TS 38.211 Table 7.4.1.1.2-1).
 *
 * @param channel           PDSCH or PUSCH
 * @param mcsTable          MCS table
 * @param mcs               I_MCS (non-reserved)
 * @param numPrb            allocation (starting at PRB 0 of a grid of the same size), 1..275
 * @param numSymbols        allocation length L from symbol 0 (mapping type A, l0 = 2), 4..14
 * @param additionalDmrs    dmrs-AdditionalPosition 0..3
 * @param numLayers         υ, 1..4
 * @param numRx             receive antennas, ≥ 1 (≥ υ)
 * @param snrStartDb        first SNR point
 * @param snrStepDb         step (> 0)
 * @param snrStopDb         last SNR point (inclusive, ≥ start)
 * @param numSlots          transport blocks per SNR point (each takes 1 + retransmissions slots)
 * @param harqRetx          maximum retransmissions per TB, 0..3 (rv sequence 0, 2, 3, 1)
 * @param seed              random seed (payloads, noise, fading); same seed → same numbers
 * @param model             channel model
 * @param delaySpreadNs     TDL delay spread in ns
 * @param dopplerHz         TDL maximum Doppler in Hz
 * @param ldpcIterations    LDPC iteration limit (early termination on)
 * @param subcarrierSpacingKhz 15 or 30 (slot duration for throughput)
 * @param numTx             transmit antennas, υ..16 (layer j on antenna j)
 * @param correlation       antenna correlation of the TDL models (TS 38.101-4 Annex B.2.3); ignored otherwise
 * @param carrierFrequencyHz carrier frequency f_c (CDL array geometry, speed ↔ Doppler), [0.5e9, 100e9]
 * @param estimation        channel knowledge of the receiver: perfect, DM-RS LS or DM-RS LMMSE
 * @param transformPrecoding PUSCH transform precoding (DFT-s-OFDM, TS 38.211 §6.3.1.4), or null for CP-OFDM; with
 *                          it: one layer, M_RB = 2^a·3^b·5^c, MCS tables 6.1.4.1-1/2 or 5.1.3.1-2, low-PAPR DM-RS
 */
public record LinkConfig(SharedChannel channel, McsTable mcsTable, int mcs, int numPrb, int numSymbols,
                         int additionalDmrs, int numLayers, int numRx, double snrStartDb, double snrStepDb,
                         double snrStopDb, int numSlots, int harqRetx, long seed, ChannelModel model,
                         double delaySpreadNs, double dopplerHz, int ldpcIterations, int subcarrierSpacingKhz,
                         int numTx, MimoCorrelation correlation, double carrierFrequencyHz, Estimation estimation,
                         TransformPrecoding transformPrecoding) {

    /** A CP-OFDM configuration (no transform precoding). */
    public LinkConfig(SharedChannel channel, McsTable mcsTable, int mcs, int numPrb, int numSymbols,
                      int additionalDmrs, int numLayers, int numRx, double snrStartDb, double snrStepDb,
                      double snrStopDb, int numSlots, int harqRetx, long seed, ChannelModel model,
                      double delaySpreadNs, double dopplerHz, int ldpcIterations, int subcarrierSpacingKhz,
                      int numTx, MimoCorrelation correlation, double carrierFrequencyHz, Estimation estimation) {
        this(channel, mcsTable, mcs, numPrb, numSymbols, additionalDmrs, numLayers, numRx, snrStartDb, snrStepDb,
                snrStopDb, numSlots, harqRetx, seed, model, delaySpreadNs, dopplerHz, ldpcIterations,
                subcarrierSpacingKhz, numTx, correlation, carrierFrequencyHz, estimation, null);
    }

    /** Default carrier frequency, Hz (a mid-band FR1 carrier). */
    public static final double DEFAULT_CARRIER_FREQUENCY_HZ = 3.5e9;

    /** Most SNR points in one sweep (0.01 dB steps over 10 dB); more is a mistyped STEP, not an experiment. */
    public static final int MAX_SNR_POINTS = 1001;

    /** The shorter form: as many transmit antennas as layers, low correlation, 3.5 GHz. */
    public LinkConfig(SharedChannel channel, McsTable mcsTable, int mcs, int numPrb, int numSymbols,
                      int additionalDmrs, int numLayers, int numRx, double snrStartDb, double snrStepDb,
                      double snrStopDb, int numSlots, int harqRetx, long seed, ChannelModel model,
                      double delaySpreadNs, double dopplerHz, int ldpcIterations, int subcarrierSpacingKhz,
                      Estimation estimation) {
        this(channel, mcsTable, mcs, numPrb, numSymbols, additionalDmrs, numLayers, numRx, snrStartDb, snrStepDb,
                snrStopDb, numSlots, harqRetx, seed, model, delaySpreadNs, dopplerHz, ldpcIterations,
                subcarrierSpacingKhz, numLayers, MimoCorrelation.LOW, DEFAULT_CARRIER_FREQUENCY_HZ, estimation);
    }

    public LinkConfig {
        if (correlation == null || estimation == null) {
            throw new IllegalArgumentException("correlation and estimation must not be null");
        }
        if (numTx < numLayers || numTx > 16) {
            throw new IllegalArgumentException("numTx (--tx-antennas) must be in [layers, 16] = [" + numLayers
                    + ", 16] (one layer per transmit antenna, identity precoding), was " + numTx);
        }
        if (!(carrierFrequencyHz >= 0.5e9 && carrierFrequencyHz <= 100e9)) {
            throw new IllegalArgumentException("carrierFrequencyHz (--carrier-frequency) must be in [0.5e9, 100e9] Hz "
                    + "(TR 38.901 §7.1), was " + carrierFrequencyHz);
        }
        if (model.tdl() != null && model.tdl().scalesWithDelaySpread() && !(delaySpreadNs > 0)) {
            throw new IllegalArgumentException("--delay-spread must be > 0 ns for " + model.cliName()
                    + " (TR 38.901 §7.7.3 delay scaling), was " + delaySpreadNs);
        }
        if (model.cdl() != null && !(delaySpreadNs > 0)) {
            throw new IllegalArgumentException("--delay-spread must be > 0 ns for " + model.cliName()
                    + " (TR 38.901 §7.7.3 delay scaling), was " + delaySpreadNs);
        }
        if (channel == null || mcsTable == null || model == null) {
            throw new IllegalArgumentException("channel, mcsTable and model must not be null");
        }
        if (numRx < 1 || numRx > 16) {
            throw new IllegalArgumentException("numRx (--rx-antennas) must be in [1, 16], was " + numRx);
        }
        if (numLayers > numRx) {
            throw new IllegalArgumentException("numLayers (--layers) " + numLayers + " needs at least as many receive "
                    + "antennas, --rx-antennas was " + numRx);
        }
        if (!(snrStepDb > 0) || !(snrStopDb >= snrStartDb) || !Double.isFinite(snrStartDb)
                || !Double.isFinite(snrStopDb)) {
            throw new IllegalArgumentException("--snr START:STEP:STOP needs finite START and STOP, STEP > 0 and "
                    + "STOP ≥ START, was " + snrStartDb + ":" + snrStepDb + ":" + snrStopDb);
        }
        if ((snrStopDb - snrStartDb) / snrStepDb >= MAX_SNR_POINTS) {
            throw new IllegalArgumentException("--snr START:STEP:STOP must give at most " + MAX_SNR_POINTS
                    + " points, was " + snrStartDb + ":" + snrStepDb + ":" + snrStopDb + " (a larger STEP?)");
        }
        if (numSlots < 1) {
            throw new IllegalArgumentException("numSlots (--slots) must be ≥ 1, was " + numSlots);
        }
        if (harqRetx < 0 || harqRetx > 3) {
            throw new IllegalArgumentException("harqRetx (--harq-retx) must be in [0, 3], was " + harqRetx);
        }
        if (ldpcIterations < 1 || ldpcIterations > 100) {
            throw new IllegalArgumentException("ldpcIterations must be in [1, 100], was " + ldpcIterations);
        }
        if (subcarrierSpacingKhz != 15 && subcarrierSpacingKhz != 30) {
            throw new IllegalArgumentException("subcarrierSpacingKhz must be 15 or 30, was " + subcarrierSpacingKhz);
        }
        if (!(delaySpreadNs >= 0) || !(dopplerHz >= 0) || Double.isInfinite(delaySpreadNs)
                || Double.isInfinite(dopplerHz)) {
            throw new IllegalArgumentException("delaySpreadNs (--delay-spread) and dopplerHz (--doppler-hz) must be "
                    + "finite and ≥ 0, were " + delaySpreadNs + " ns and " + dopplerHz + " Hz");
        }
        // Validates MCS/table/PRB/symbols/layers through the PHY records (messages name the field and rule).
        pxsch(channel, mcsTable, mcs, numPrb, numSymbols, additionalDmrs, numLayers, transformPrecoding);
    }

    /** This configuration with transform precoding {@code tp} (null: CP-OFDM). */
    public LinkConfig withTransformPrecoding(TransformPrecoding tp) {
        return new LinkConfig(channel, mcsTable, mcs, numPrb, numSymbols, additionalDmrs, numLayers, numRx, snrStartDb,
                snrStepDb, snrStopDb, numSlots, harqRetx, seed, model, delaySpreadNs, dopplerHz, ldpcIterations,
                subcarrierSpacingKhz, numTx, correlation, carrierFrequencyHz, estimation, tp);
    }

    /** An AWGN sweep with the usual defaults (30 kHz, 10 LDPC iterations, no fading parameters). */
    public static LinkConfig awgn(SharedChannel channel, McsTable table, int mcs, int numPrb, int numSymbols,
                                  int numLayers, int numRx, double start, double step, double stop, int slots,
                                  int harqRetx, long seed) {
        return new LinkConfig(channel, table, mcs, numPrb, numSymbols, 1, numLayers, numRx, start, step, stop, slots,
                harqRetx, seed, ChannelModel.AWGN, 0, 0, 10, 30, Estimation.PERFECT);
    }

    static PxschConfig pxsch(SharedChannel ch, McsTable table, int mcs, int numPrb, int numSymbols, int addPos,
                             int layers, TransformPrecoding tp) {
        if (numSymbols < 4 || numSymbols > 14) {
            throw new IllegalArgumentException("numSymbols (--symbols) must be in [4, 14] for mapping type A from "
                    + "symbol 0 (TS 38.214 Table 5.1.2.1-1 / 6.1.2.1-1), was " + numSymbols);
        }
        if (layers < 1 || layers > 4) {
            throw new IllegalArgumentException("numLayers (--layers) must be in [1, 4] for one codeword and "
                    + "single-symbol type 1 DM-RS (TS 38.211 Table 7.4.1.1.2-1), was " + layers);
        }
        DmrsConfig dmrs = new DmrsConfig(ch, DmrsType.TYPE1, MappingType.A, 2, addPos, 1, 0, numSymbols, 0, numPrb,
                2, 0, 0, dmrsPorts(layers));
        return new PxschConfig(dmrs, table, mcs, 0x4601, 0, 0, 0, 0, tp);
    }

    /** DM-RS ports of υ layers: distinct CDM groups first ({0}, {0, 2}, {0, 1, 2}, {0, 1, 2, 3}). */
    static int[] dmrsPorts(int layers) {
        return switch (layers) {
            case 1 -> new int[] {0};
            case 2 -> new int[] {0, 2};
            case 3 -> new int[] {0, 1, 2};
            default -> new int[] {0, 1, 2, 3};
        };
    }

    /** Maximum Doppler f_D = v·f_c/c in Hz for a UE speed in km/h at this carrier frequency. */
    public static double dopplerForSpeed(double speedKmh, double carrierFrequencyHz) {
        return speedKmh / 3.6 * carrierFrequencyHz / 299_792_458.0;
    }

    /** UE speed in m/s that gives {@link #dopplerHz()} at {@link #carrierFrequencyHz()}. */
    public double ueSpeedMps() {
        return dopplerHz * 299_792_458.0 / carrierFrequencyHz;
    }

    /** RMS delay spread of the channel in ns (fixed for the TS 38.101-4 profiles), 0 without multipath. */
    public double channelDelaySpreadNs() {
        return model.delaySpreadNs(delaySpreadNs);
    }

    /** The shared-channel configuration simulated. */
    public PxschConfig pxsch() {
        return pxsch(channel, mcsTable, mcs, numPrb, numSymbols, additionalDmrs, numLayers, transformPrecoding);
    }

    /** The SNR points, start, start + step, … ≤ stop (rounded to 1e-9 dB against accumulation error). */
    public double[] snrPointsDb() {
        int n = (int) Math.floor((snrStopDb - snrStartDb) / snrStepDb + 1e-9) + 1;
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = Math.round((snrStartDb + i * snrStepDb) * 1e9) / 1e9;
        }
        return p;
    }

    /** Slot duration in seconds. */
    public double slotSeconds() {
        return 1e-3 * 15 / subcarrierSpacingKhz;
    }
}
