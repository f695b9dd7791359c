package org.airan.testbed.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.airan.phy.channel.MimoCorrelation;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.modulation.BicmCapacity;
import org.airan.phy.nr.McsTable;
import org.airan.phy.sch.PxschConfig;

/**
 * Practical-receiver curves: PDSCH BLER against SNR with perfect CSI, DM-RS LS and DM-RS LMMSE channel estimation
 * on TDLC300-100 (TS 38.101-4 Annex B.2.1 profile TDL-C300 with 100 Hz maximum Doppler, low antenna correlation),
 * MCS table 1 (TS 38.214 Table 5.1.3.1-1) at MCS 4, 16 and 27, for 1 layer / 2 RX and 2 layers / 4 RX (2 transmit
 * antennas, layer j on antenna j), DM-RS type 1 single symbol with one additional position (symbols 2 and 11), the
 * 2-layer ports {0, 2} in distinct CDM groups; and the channel-estimation NMSE over the data REs against SNR for LS
 * and LMMSE on TDL-A (100 ns) and TDL-C (300 ns).
 *
 * <p>Usage: {@code ReceiverCurves <outDir> [numPrb=52] [tbsPerPoint=100] [seed=1]}. Writes
 * {@code receivers_bler.csv}, {@code receivers_gaps.csv}, {@code receivers_bler_<config>.svg},
 * {@code receivers_nmse.csv} and {@code receivers_nmse.svg}. Every SNR point of a curve uses the same seed (common
 * random numbers: the same channel and noise realizations for the three CSI modes), so the gaps compare receivers,
 * not draws. Long: run it in the background.
 */
public final class ReceiverCurves {

    /** The BLER target of the gap definition. */
    public static final double TARGET_BLER = 0.1;
    /** Maximum Doppler of TDLC300-100, Hz. */
    public static final double DOPPLER_HZ = 100;
    /** The MCS indices of the evidence. */
    static final int[] MCS = {4, 16, 27};

    private ReceiverCurves() {
    }

    /** The receiver configuration of the evidence at one SNR point. */
    public static LinkConfig config(int mcs, int layers, int numRx, int prb, Estimation csi, double snrDb, int slots,
                                    long seed) {
        return new LinkConfig(SharedChannel.PDSCH, McsTable.TABLE1_QAM64, mcs, prb, 14, 1, layers, numRx, snrDb, 1,
                snrDb, slots, 0, seed, ChannelModel.TDLC300, 300, DOPPLER_HZ, 10, 30, 2, MimoCorrelation.LOW,
                LinkConfig.DEFAULT_CARRIER_FREQUENCY_HZ, csi);
    }

    /** BLER of first transmissions at one point. */
    public static LinkPointResult point(int mcs, int layers, int numRx, int prb, Estimation csi, double snrDb, int slots,
                                        long seed) {
        return new LinkSimulator(config(mcs, layers, numRx, prb, csi, snrDb, slots, seed)).run(null).get(0);
    }

    /**
     * SNR where the BLER crosses {@code target}: log-linear interpolation between the first pair of consecutive
     * points (sorted by SNR) with BLER ≥ target then &lt; target; NaN when the curve does not cross.
     */
    public static double snrAt(List<double[]> pts, double target) {
        for (int i = 0; i + 1 < pts.size(); i++) {
            double[] a = pts.get(i);
            double[] b = pts.get(i + 1);
            if (a[1] >= target && b[1] < target) {
                double la = Math.log10(Math.max(a[1], 1e-4));
                double lb = Math.log10(Math.max(b[1], 1e-4));
                double lt = Math.log10(target);
                return a[0] + (b[0] - a[0]) * (la - lt) / (la - lb);
            }
        }
        return Double.NaN;
    }

    /** One curve: configuration label, MCS, CSI and its points (snr, bler, nmse, evm, sinr). */
    record Curve(String label, int mcs, Estimation csi, List<double[]> points) {
        List<double[]> bler() {
            List<double[]> out = new ArrayList<>();
            for (double[] p : points) {
                out.add(new double[] {p[0], p[1]});
            }
            return out;
        }
    }

    static Curve sweep(String label, int mcs, int layers, int numRx, int prb, Estimation csi, double startDb, int n,
                       long seed) {
        List<double[]> pts = new ArrayList<>();
        double snr = startDb;
        // walk down until the BLER is high, so the 10 % crossing is bracketed
        for (int i = 0; i < 6; i++) {
            LinkPointResult p = point(mcs, layers, numRx, prb, csi, snr, n, seed);
            pts.add(0, row(p));
            if (p.bler()[0] >= 0.5) {
                break;
            }
            snr -= 2;
        }
        snr = pts.get(pts.size() - 1)[0] + 1;
        for (int i = 0; i < 25 && pts.get(pts.size() - 1)[1] > 0.01; i++, snr += 1) {
            pts.add(row(point(mcs, layers, numRx, prb, csi, snr, n, seed)));
        }
        pts.sort((a, b) -> Double.compare(a[0], b[0]));
        return new Curve(label, mcs, csi, pts);
    }

    private static double[] row(LinkPointResult p) {
        return new double[] {p.snrDb(), p.bler()[0], nan(p.chestNmseDb()), nan(p.evmDb()), nan(p.postEqSinrDb())};
    }

    private static double nan(Double v) {
        return v == null ? Double.NaN : v;
    }

    private static String color(Estimation c) {
        return switch (c) {
            case PERFECT -> "#222222";
            case LS -> "#c0392b";
            case LMMSE -> "#2471a3";
        };
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ReceiverCurves <outDir> [numPrb] [tbsPerPoint] [seed]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int prb = args.length > 1 ? Integer.parseInt(args[1]) : 52;
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        Files.createDirectories(dir);
        nmse(dir, prb, seed);
        StringBuilder csv = new StringBuilder();
        csv.append("# PDSCH BLER (first transmissions) on TDLC300-100, low correlation, MCS table 1, ").append(prb)
                .append(" PRB x 14 symbols, 30 kHz, DM-RS type 1 + 1 additional position, 2 tx antennas, ")
                .append(n).append(" TBs per point, seed ").append(seed).append(".\n");
        csv.append("# SNR = data-RE energy per rx antenna / noise variance per RE. nmse_db over the data REs; "
                + "sinr_db = post-equalization SINR the receiver believes.\n");
        csv.append("config,mcs,csi,snr_db,bler,nmse_db,evm_db,sinr_db,tbs_sent\n");
        StringBuilder gaps = new StringBuilder();
        gaps.append("# SNR at 10% BLER (log-linear interpolation) and the gap to perfect CSI, same settings as "
                + "receivers_bler.csv\n");
        gaps.append("config,mcs,snr10_perfect_db,snr10_ls_db,snr10_lmmse_db,gap_ls_db,gap_lmmse_db\n");
        int[][] configs = {{1, 2}, {2, 4}};
        for (int[] c : configs) {
            String label = c[0] + "L" + c[1] + "R";
            SvgPlot plot = new SvgPlot("PDSCH BLER, TDLC300-100 low corr., " + c[0] + " layer(s) / " + c[1]
                    + " RX, " + prb + " PRB (black: perfect CSI, red: LS, blue: LMMSE)", "SNR (dB)", "BLER", true);
            for (int mcs : MCS) {
                PxschConfig px = config(mcs, c[0], c[1], prb, Estimation.PERFECT, 0, 1, seed).pxsch();
                double limit = BicmCapacity.snrForRate(px.modulation(), Math.min(px.effectiveCodeRate(), 0.999)
                        * px.qm());
                double start = Math.round(limit);
                double[] s10 = new double[3];
                for (Estimation csi : Estimation.values()) {
                    Curve cv = sweep(label, mcs, c[0], c[1], prb, csi, start, n, seed);
                    for (double[] p : cv.points()) {
                        csv.append(String.format(Locale.ROOT, "%s,%d,%s,%.1f,%.4f,%.2f,%.2f,%.2f,%d%n", label, mcs,
                                csi.name().toLowerCase(Locale.ROOT), p[0], p[1], p[2], p[3], p[4], n));
                    }
                    s10[csi.ordinal()] = snrAt(cv.bler(), TARGET_BLER);
                    plot.add(new SvgPlot.Series("MCS " + mcs + " " + csi.name().toLowerCase(Locale.ROOT),
                            color(csi), csi == Estimation.LS, cv.bler()));
                    System.err.printf(Locale.ROOT, "%s MCS %d %s: SNR@10%% %.2f dB%n", label, mcs, csi,
                            s10[csi.ordinal()]);
                    Files.writeString(dir.resolve("receivers_bler.csv"), csv, StandardCharsets.UTF_8);
                }
                gaps.append(String.format(Locale.ROOT, "%s,%d,%.2f,%.2f,%.2f,%.2f,%.2f%n", label, mcs, s10[0], s10[1],
                        s10[2], s10[1] - s10[0], s10[2] - s10[0]));
                Files.writeString(dir.resolve("receivers_gaps.csv"), gaps, StandardCharsets.UTF_8);
            }
            Files.writeString(dir.resolve("receivers_bler_" + label + ".svg"), plot.render(), StandardCharsets.UTF_8);
        }
    }

    /** NMSE over the data REs against SNR, LS and LMMSE, TDL-A 100 ns and TDL-C 300 ns, 1 layer / 2 RX. */
    static void nmse(Path dir, int prb, long seed) throws IOException {
        StringBuilder csv = new StringBuilder();
        csv.append("# Channel-estimation NMSE over the data REs (all symbols of the allocation), PDSCH 1 layer / 2 RX, "
                + prb + " PRB, 30 kHz, DM-RS type 1 single port, symbols 2 and 11, beta^2 = 2 (3 dB), Doppler 10 Hz, "
                + "linear time interpolation, 10 slots per point, seed " + seed + ".\n");
        csv.append("model,csi,snr_db,nmse_db\n");
        SvgPlot plot = new SvgPlot("Channel-estimation NMSE over the data REs, " + prb + " PRB, 1 layer / 2 RX",
                "SNR (dB)", "NMSE (dB)", false);
        Object[][] models = {{ChannelModel.TDL_A, 100.0, "#1e8449"}, {ChannelModel.TDL_C, 300.0, "#7d3c98"}};
        for (Object[] m : models) {
            for (Estimation csi : new Estimation[] {Estimation.LS, Estimation.LMMSE}) {
                List<double[]> pts = new ArrayList<>();
                for (int snr = -5; snr <= 40; snr += 5) {
                    LinkConfig cfg = new LinkConfig(SharedChannel.PDSCH, McsTable.TABLE1_QAM64, 0, prb, 14, 1, 1, 2,
                            snr, 1, snr, 10, 0, seed, (ChannelModel) m[0], (Double) m[1], 10, 4, 30, 1,
                            MimoCorrelation.LOW, LinkConfig.DEFAULT_CARRIER_FREQUENCY_HZ, csi);
                    double v = nan(new LinkSimulator(cfg).run(null).get(0).chestNmseDb());
                    pts.add(new double[] {snr, v});
                    csv.append(String.format(Locale.ROOT, "%s,%s,%d,%.2f%n", ((ChannelModel) m[0]).cliName(),
                            csi.name().toLowerCase(Locale.ROOT), snr, v));
                }
                plot.add(new SvgPlot.Series(((ChannelModel) m[0]).cliName() + " " + m[1] + " ns "
                        + csi.name().toLowerCase(Locale.ROOT), (String) m[2], csi == Estimation.LS, pts));
            }
        }
        Files.writeString(dir.resolve("receivers_nmse.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("receivers_nmse.svg"), plot.render(), StandardCharsets.UTF_8);
    }
}
