package org.airan.phy.ssb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An L1-RSRP beam report over SSB resources (TS 38.214 §5.2.1.4.3, quantized per TS 38.133 §10.1.6.1): the
 * {@code nrofReportedRS} strongest SSBs, the strongest with its 7-bit L1-RSRP (Table 10.1.6.1-1, RSRP_16..113),
 * the others with the 4-bit differential value relative to it (Table 10.1.6.1-2).
 *
 * @param ssbIndices          reported SSB indices (SSBRI), strongest first
 * @param strongestReport     L1-RSRP report value of the first, 16..113
 * @param differentialReports DIFFRSRP values of the others (length ssbIndices.length − 1), 0..15
 */
public record L1RsrpReport(int[] ssbIndices, int strongestReport, int[] differentialReports) {

    public L1RsrpReport {
        if (ssbIndices == null || ssbIndices.length == 0 || differentialReports == null
                || differentialReports.length != ssbIndices.length - 1) {
            throw new IllegalArgumentException("an L1-RSRP report needs at least one SSB and one differential value "
                    + "per further SSB (TS 38.214 §5.2.1.4.3)");
        }
        ssbIndices = ssbIndices.clone();
        differentialReports = differentialReports.clone();
    }

    @Override
    public int[] ssbIndices() {
        return ssbIndices.clone();
    }

    @Override
    public int[] differentialReports() {
        return differentialReports.clone();
    }

    /**
     * Builds the report from measurements of one cell's SSBs.
     *
     * @param beams          measurements (ssbIndex ≥ 0); several per index keep the strongest
     * @param nrofReportedRS 1..4 (TS 38.331 nrofReportedRS)
     * @param calibrationDb  dBm = dBFS + calibrationDb
     */
    public static L1RsrpReport of(List<SsbMeasurement> beams, int nrofReportedRS, double calibrationDb) {
        if (nrofReportedRS < 1 || nrofReportedRS > 4) {
            throw new IllegalArgumentException("nrofReportedRS must be in [1, 4] (TS 38.331 CSI-ReportConfig), was "
                    + nrofReportedRS);
        }
        List<SsbMeasurement> best = new ArrayList<>();
        for (SsbMeasurement m : beams) {
            if (m.ssbIndex() < 0) {
                continue;
            }
            best.removeIf(o -> o.ssbIndex() == m.ssbIndex() && o.rsrpDbfs() < m.rsrpDbfs());
            if (best.stream().noneMatch(o -> o.ssbIndex() == m.ssbIndex())) {
                best.add(m);
            }
        }
        if (best.isEmpty()) {
            throw new IllegalArgumentException("no SSB measurement with a known SSB index to report");
        }
        best.sort(Comparator.comparingDouble(SsbMeasurement::rsrpDbfs).reversed()
                .thenComparingInt(SsbMeasurement::ssbIndex));
        int n = Math.min(nrofReportedRS, best.size());
        int[] idx = new int[n];
        int[] diff = new int[n - 1];
        double top = best.get(0).rsrpDbm(calibrationDb);
        for (int i = 0; i < n; i++) {
            idx[i] = best.get(i).ssbIndex();
            if (i > 0) {
                diff[i - 1] = MeasurementReports.differentialRsrpReport(best.get(i).rsrpDbm(calibrationDb), top);
            }
        }
        return new L1RsrpReport(idx, MeasurementReports.l1RsrpReport(top), diff);
    }
}
