package org.airan.testbed.link;

import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.nr.McsTable;
import org.airan.phy.sch.PxschConfig;

/**
 * One link-level simulation: a PDSCH or PUSCH configuration, a channel model and an SNR sweep.
 *
 * <p>SNR definition: mean data-RE energy per receive antenna over the noise variance per RE, in the frequency
 * domain, with unit-energy data REs and a unit-power channel; DM-RS power boosting is excluded. With υ layers the
 * fading channel from the layers to each antenna is scaled by 1/√υ so the received data energy per antenna is 1;
 * for AWGN each antenna receives one layer with unit gain.
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
 * @param estimation        perfect CSI or DM-RS channel estimation (LS, LMMSE)
 */
public record LinkConfig(SharedChannel channel, McsTable mcsTable, int mcs, int numPrb, int numSymbols,
                         int additionalDmrs, int numLayers, int numRx, double snrStartDb, double snrStepDb,
                         double snrStopDb, int numSlots, int harqRetx, long seed, ChannelModel model,
                         double delaySpreadNs, double dopplerHz, int ldpcIterations, int subcarrierSpacingKhz,
                         Estimation estimation) {

    public LinkConfig {
        if (channel == null || mcsTable == null || model == null || estimation == null) {
            throw new IllegalArgumentException("channel, mcsTable, model and estimation must not be null");
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
            throw new IllegalArgumentException("--snr START:STEP:STOP needs STEP > 0 and STOP ≥ START, was "
                    + snrStartDb + ":" + snrStepDb + ":" + snrStopDb);
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
        if (!(delaySpreadNs >= 0) || !(dopplerHz >= 0)) {
            throw new IllegalArgumentException("delaySpreadNs and dopplerHz must be ≥ 0");
        }
        // Validates MCS/table/PRB/symbols/layers through the PHY records (messages name the field and rule).
        pxsch(channel, mcsTable, mcs, numPrb, numSymbols, additionalDmrs, numLayers);
    }

    /** An AWGN sweep with the usual defaults (30 kHz, 10 LDPC iterations, no fading parameters). */
    public static LinkConfig awgn(SharedChannel channel, McsTable table, int mcs, int numPrb, int numSymbols,
                                  int numLayers, int numRx, double start, double step, double stop, int slots,
                                  int harqRetx, long seed) {
        return new LinkConfig(channel, table, mcs, numPrb, numSymbols, 1, numLayers, numRx, start, step, stop, slots,
                harqRetx, seed, ChannelModel.AWGN, 0, 0, 10, 30, Estimation.PERFECT);
    }

    static PxschConfig pxsch(SharedChannel ch, McsTable table, int mcs, int numPrb, int numSymbols, int addPos,
                             int layers) {
        if (numSymbols < 4 || numSymbols > 14) {
            throw new IllegalArgumentException("numSymbols (--symbols) must be in [4, 14] for mapping type A from "
                    + "symbol 0 (TS 38.214 Table 5.1.2.1-1 / 6.1.2.1-1), was " + numSymbols);
        }
        DmrsConfig dmrs = DmrsConfig.typical(ch, 0, numSymbols, 0, numPrb, addPos, layers, 0);
        return new PxschConfig(dmrs, table, mcs, 0x4601, 0, 0, 0, 0);
    }

    /** The shared-channel configuration simulated. */
    public PxschConfig pxsch() {
        return pxsch(channel, mcsTable, mcs, numPrb, numSymbols, additionalDmrs, numLayers);
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
