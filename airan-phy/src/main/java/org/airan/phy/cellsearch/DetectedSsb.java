package org.airan.phy.cellsearch;

import org.airan.phy.ssb.Mib;
import org.airan.phy.ssb.SsbMeasurement;

/**
 * One SS/PBCH block found by a cell search.
 *
 * @param pci            N_ID^cell (TS 38.211 §7.4.2.1)
 * @param ssbIndex       SSB index (TS 38.213 §4.1): the 2 (L_max 4) or 3 LSBs come from the PBCH DM-RS; for L_max 64
 *                       bits 5..3 come from the decoded PBCH payload (TS 38.212 §7.1.1), so with a failed CRC only
 *                       the 3 LSBs are reported
 * @param halfFrame      half-frame bit n_hf, 0/1, or −1 when unknown (PBCH not decoded and L_max 8 or 64)
 * @param lMax           L_max assumed when decoding (4, 8 or 64)
 * @param subcarrierSpacingKhz SSB SCS
 * @param ssbFrequencyHz SS_REF searched (centre of SSB subcarrier 120), Hz
 * @param gscn           GSCN of that frequency, −1 when it is not on the raster (TS 38.104 §5.4.3.1)
 * @param timingSample   sample of the recording where the SSB (the CP of its first symbol) starts
 * @param cfoHz          estimated carrier frequency offset relative to the searched frequency, Hz
 * @param pssMetric      normalized PSS correlation, 0..1
 * @param sssMetric      normalized SSS correlation against the received PSS, 0..1 (≈ 1/127 under noise)
 * @param crcOk          PBCH CRC24C checked (TS 38.212 §7.1.3)
 * @param mib            the decoded MIB, null when the CRC failed
 * @param measurement    SS-RSRP/RSRQ/SINR of this block (TS 38.215)
 */
public record DetectedSsb(int pci, int ssbIndex, int halfFrame, int lMax, int subcarrierSpacingKhz,
                          double ssbFrequencyHz, int gscn, long timingSample, double cfoHz, double pssMetric,
                          double sssMetric, boolean crcOk, Mib mib, SsbMeasurement measurement) {

    public DetectedSsb {
        if (pci < 0 || pci > 1007) {
            throw new IllegalArgumentException("pci must be in [0, 1007] (TS 38.211 §7.4.2.1), was " + pci);
        }
        if (crcOk && mib == null) {
            throw new IllegalArgumentException("mib must be present when crcOk");
        }
    }
}
