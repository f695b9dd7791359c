package org.airan.phy.ssb;

/**
 * Beam measurement on one detected SS/PBCH block (TS 38.215 §5.1.1, §5.1.3, §5.1.5), the input that beam
 * management consumes.
 * <ul>
 *   <li>SS-RSRP: linear average power per RE of the SSS REs (TS 38.215 §5.1.1), here in dBFS: 0 dBFS is the
 *       power of a sample of magnitude 1, so an RE of amplitude a contributes a² to the mean sample power;</li>
 *   <li>SS-RSRQ: N × SS-RSRP / RSSI over the N = 20 RBs of the block (TS 38.215 §5.1.3), in dB;</li>
 *   <li>SS-SINR: SS-RSRP over the noise-plus-interference power per RE measured on the REs the block leaves
 *       empty (TS 38.215 §5.1.5), in dB.</li>
 * </ul>
 * With a receiver calibration ({@code dBm = dBFS + calibrationDb}) the reports of TS 38.133 §10.1 follow from
 * {@link MeasurementReports}.
 *
 * @param pci        N_ID^cell, 0..1007
 * @param ssbIndex   SSB index, 0..63, or −1 when unknown (PBCH not decoded and L_max 64)
 * @param rsrpDbfs   SS-RSRP in dBFS (finite)
 * @param rsrqDb     SS-RSRQ in dB
 * @param sinrDb     SS-SINR in dB
 * @param cfoHz      carrier frequency offset estimated on this SSB, Hz
 * @param timingSample sample index (in the input recording) where the SSB's first symbol (its CP) starts
 */
public record SsbMeasurement(int pci, int ssbIndex, double rsrpDbfs, double rsrqDb, double sinrDb, double cfoHz,
                             long timingSample) {

    public SsbMeasurement {
        SsbSequences.checkPci(pci);
        if (ssbIndex < -1 || ssbIndex > 63) {
            throw new IllegalArgumentException("ssbIndex must be in [0, 63] or −1 (TS 38.213 §4.1), was " + ssbIndex);
        }
        if (!Double.isFinite(rsrpDbfs)) {
            throw new IllegalArgumentException("rsrpDbfs must be finite (TS 38.215 §5.1.1), was " + rsrpDbfs);
        }
    }

    /** SS-RSRP in dBm given {@code dBm = dBFS + calibrationDb}. */
    public double rsrpDbm(double calibrationDb) {
        return rsrpDbfs + calibrationDb;
    }

    /** 7-bit L1-RSRP report RSRP_16..RSRP_113 (TS 38.133 Table 10.1.6.1-1) under the given calibration. */
    public int l1RsrpReport(double calibrationDb) {
        return MeasurementReports.l1RsrpReport(rsrpDbm(calibrationDb));
    }

    /** SS-SINR report SINR_0..SINR_127 (TS 38.133 Table 10.1.16.1-1). */
    public int sinrReport() {
        return MeasurementReports.sinrReport(sinrDb);
    }
}
