package org.airan.testbed.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.modulation.BicmCapacity;
import org.airan.phy.nr.McsTable;
import org.airan.phy.sch.PxschConfig;

/**
 * Writes full AWGN BLER curves of PUSCH for every MCS of TS 38.214 Tables 5.1.3.1-1 (0..28) and 5.1.3.1-2 (0..27)
 * as CSV plus an SVG plot per table with the BICM capacity limit of each MCS drawn as a dashed line.
 *
 * <p>Usage: {@code LinkCurves <outDir> [numPrb=24] [tbsPerPoint=50] [seed=1]}. Each MCS is swept from 1 dB below its
 * BICM limit upward in 0.25 dB steps until two consecutive points have no error (or 4 dB above the limit). One layer,
 * one antenna, 14 symbols, DM-RS additional position 1, offset min-sum with 10 iterations. Long: run it in the
 * background.
 */
public final class LinkCurves {

    static final double STEP_DB = 0.25;
    static final double BELOW_DB = 1.0;
    static final double ABOVE_DB = 4.0;

    private LinkCurves() {
    }

    /** One curve: MCS, limit, points (snr, bler). */
    record Curve(McsTable table, int mcs, int tbs, double rate, String modulation, double limitDb,
                 List<double[]> points) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: LinkCurves <outDir> [numPrb] [tbsPerPoint] [seed]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int prb = args.length > 1 ? Integer.parseInt(args[1]) : 24;
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        Files.createDirectories(dir);
        for (McsTable table : new McsTable[] {McsTable.TABLE1_QAM64, McsTable.TABLE2_QAM256}) {
            List<Curve> curves = new ArrayList<>();
            StringBuilder csv = new StringBuilder();
            csv.append("# AWGN BLER of PUSCH, 1 layer, 1 rx, ").append(prb).append(" PRB x 14 symbols, ").append(n)
                    .append(" TBs per point, seed ").append(seed).append(", offset min-sum 10 iterations, max-log.\n");
            csv.append("# SNR = data-RE energy per rx antenna / noise variance per RE. limit_db = BICM capacity at "
                    + "the effective rate (TBS+CRCs)/G.\n");
            csv.append("table,mcs,modulation,tbs,effective_rate,limit_db,snr_db,bler,tbs_sent\n");
            for (int mcs = 0; mcs <= table.maxDataMcs(); mcs++) {
                Curve c = sweep(table, mcs, prb, n, seed);
                curves.add(c);
                for (double[] p : c.points()) {
                    csv.append(String.format(Locale.ROOT, "%s,%d,%s,%d,%.5f,%.3f,%.2f,%.5f,%d%n", table, mcs,
                            c.modulation(), c.tbs(), c.rate(), c.limitDb(), p[0], p[1], n));
                }
                System.err.printf(Locale.ROOT, "%s MCS %d done (limit %.2f dB)%n", table, mcs, c.limitDb());
            }
            String base = table == McsTable.TABLE1_QAM64 ? "bler_awgn_mcs_table1" : "bler_awgn_mcs_table2";
            Files.writeString(dir.resolve(base + ".csv"), csv, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(base + ".svg"), svg(table, curves, prb), StandardCharsets.UTF_8);
        }
    }

    static Curve sweep(McsTable table, int mcs, int prb, int n, long seed) {
        LinkConfig probe = new LinkConfig(SharedChannel.PUSCH, table, mcs, prb, 14, 1, 1, 1, 0, 1, 0, n, 0, seed,
                ChannelModel.AWGN, 0, 0, 10, 30, Estimation.PERFECT);
        PxschConfig px = probe.pxsch();
        double rate = px.effectiveCodeRate();
        double limit = BicmCapacity.snrForRate(px.modulation(), Math.min(rate, 0.999) * px.qm());
        List<double[]> pts = new ArrayList<>();
        int clean = 0;
        double start = Math.floor((limit - BELOW_DB) / STEP_DB) * STEP_DB;
        for (double snr = start; snr <= limit + ABOVE_DB && clean < 2; snr += STEP_DB) {
            LinkConfig cfg = new LinkConfig(SharedChannel.PUSCH, table, mcs, prb, 14, 1, 1, 1, snr, 1, snr, n, 0,
                    seed, ChannelModel.AWGN, 0, 0, 10, 30, Estimation.PERFECT);
            double bler = new LinkSimulator(cfg).run(null).get(0).bler()[0];
            pts.add(new double[] {snr, bler});
            clean = bler == 0 ? clean + 1 : 0;
        }
        return new Curve(table, mcs, px.tbs(), rate, px.modulation().name(), limit, pts);
    }

    /** BLER (log scale, 1e-3..1) against SNR; one colour per MCS; dashed line at each BICM limit. */
    static String svg(McsTable table, List<Curve> curves, int prb) {
        double xMin = Double.MAX_VALUE;
        double xMax = -Double.MAX_VALUE;
        for (Curve c : curves) {
            for (double[] p : c.points()) {
                xMin = Math.min(xMin, p[0]);
                xMax = Math.max(xMax, p[0]);
            }
        }
        xMin = Math.floor(xMin);
        xMax = Math.ceil(xMax);
        int w = 1100;
        int h = 560;
        int left = 60;
        int right = 20;
        int top = 40;
        int bottom = 50;
        double pw = w - left - right;
        double ph = h - top - bottom;
        double yMinLog = -3;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n", w, h));
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", w, h));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"14\">PUSCH AWGN BLER, %s, %d PRB, "
                + "1 layer, 1 rx (solid: simulated; dashed: BICM capacity limit at the effective rate)</text>%n",
                left, table, prb));
        for (int d = 0; d >= -3; d--) {
            double y = top + ph * (0 - d) / (0 - yMinLog);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">1e%d</text>%n", left, y, left + pw, y, left - 5,
                    y + 4, d));
        }
        for (double x = xMin; x <= xMax; x += 2) {
            double px = left + pw * (x - xMin) / (xMax - xMin);
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>"
                    + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%.0f</text>%n", px, top, px, top + ph, px,
                    top + ph + 15, x));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">SNR (dB)</text>%n",
                left + pw / 2, h - 10));
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" "
                + "stroke=\"black\"/>%n", left, top, pw, ph));
        for (int i = 0; i < curves.size(); i++) {
            Curve c = curves.get(i);
            String color = String.format(Locale.ROOT, "hsl(%d,70%%,40%%)", (i * 360 / curves.size() * 7) % 360);
            double lx = left + pw * (c.limitDb() - xMin) / (xMax - xMin);
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                    + "stroke-dasharray=\"3,3\" stroke-width=\"0.8\"/>%n", lx, top, lx, top + ph, color));
            StringBuilder pts = new StringBuilder();
            for (double[] p : c.points()) {
                double b = Math.max(p[1], 1e-3);
                double x = left + pw * (p[0] - xMin) / (xMax - xMin);
                double y = top + ph * (0 - Math.log10(b)) / (0 - yMinLog);
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            s.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" "
                    + "stroke-width=\"1.5\"><title>MCS %d %s rate %.3f</title></polyline>%n", pts.toString().trim(),
                    color, c.mcs(), c.modulation(), c.rate()));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"%s\" text-anchor=\"middle\" "
                    + "font-size=\"9\">%d</text>%n", lx, top - 3 - (i % 2) * 9, color, c.mcs()));
        }
        s.append("</svg>\n");
        return s.toString();
    }

}
