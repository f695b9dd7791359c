package org.airan.testbed.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal hand-written SVG line plot (no dependencies): linear x, linear or log10 y, one polyline per series,
 * solid or dashed, with a legend. Used for the documentation curves of the link simulator.
 */
final class SvgPlot {

    /** One line: label, CSS colour, dashed or not, points (x, y). */
    record Series(String label, String color, boolean dashed, List<double[]> points) {
    }

    private final String title;
    private final String xLabel;
    private final String yLabel;
    private final boolean logY;
    private final List<Series> series = new ArrayList<>();

    SvgPlot(String title, String xLabel, String yLabel, boolean logY) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        this.logY = logY;
    }

    SvgPlot add(Series s) {
        series.add(s);
        return this;
    }

    private double ty(double y) {
        return logY ? Math.log10(Math.max(y, 1e-3)) : y;
    }

    String render() {
        double xMin = Double.MAX_VALUE;
        double xMax = -Double.MAX_VALUE;
        double yMin = Double.MAX_VALUE;
        double yMax = -Double.MAX_VALUE;
        for (Series s : series) {
            for (double[] p : s.points()) {
                if (!Double.isFinite(p[1])) {
                    continue;
                }
                xMin = Math.min(xMin, p[0]);
                xMax = Math.max(xMax, p[0]);
                yMin = Math.min(yMin, ty(p[1]));
                yMax = Math.max(yMax, ty(p[1]));
            }
        }
        xMin = Math.floor(xMin);
        xMax = Math.max(Math.ceil(xMax), xMin + 1);
        if (logY) {
            yMin = -3;
            yMax = 0;
        } else {
            yMin = Math.floor(yMin / 5) * 5;
            yMax = Math.max(Math.ceil(yMax / 5) * 5, yMin + 5);
        }
        int w = 900;
        int h = 520;
        int left = 70;
        int right = 200;
        int top = 40;
        int bottom = 50;
        double pw = w - left - right;
        double ph = h - top - bottom;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n", w, h));
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", w, h));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"20\" font-size=\"13\">%s</text>%n", left,
                escape(title)));
        double yStep = logY ? 1 : (yMax - yMin > 30 ? 10 : 5);
        for (double v = yMin; v <= yMax + 1e-9; v += yStep) {
            double y = top + ph * (yMax - v) / (yMax - yMin);
            String lab = logY ? String.format(Locale.ROOT, "1e%d", (int) v) : String.format(Locale.ROOT, "%.0f", v);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n", left, y, left + pw, y, left - 5,
                    y + 4, lab));
        }
        double xStep = xMax - xMin > 24 ? 5 : (xMax - xMin > 10 ? 2 : 1);
        for (double x = xMin; x <= xMax + 1e-9; x += xStep) {
            double px = left + pw * (x - xMin) / (xMax - xMin);
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>"
                    + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%.0f</text>%n", px, top, px, top + ph, px,
                    top + ph + 15, x));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                left + pw / 2, h - 10, escape(xLabel)));
        s.append(String.format(Locale.ROOT, "<text x=\"15\" y=\"%.1f\" text-anchor=\"middle\" transform=\"rotate(-90 "
                + "15 %.1f)\">%s</text>%n", top + ph / 2, top + ph / 2, escape(yLabel)));
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" "
                + "stroke=\"black\"/>%n", left, top, pw, ph));
        for (int i = 0; i < series.size(); i++) {
            Series c = series.get(i);
            StringBuilder pts = new StringBuilder();
            for (double[] p : c.points()) {
                if (!Double.isFinite(p[1])) {
                    continue;
                }
                double x = left + pw * (p[0] - xMin) / (xMax - xMin);
                double y = top + ph * (yMax - Math.max(yMin, Math.min(yMax, ty(p[1])))) / (yMax - yMin);
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            String dash = c.dashed() ? " stroke-dasharray=\"5,4\"" : "";
            s.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" "
                    + "stroke-width=\"1.6\"%s><title>%s</title></polyline>%n", pts.toString().trim(), c.color(), dash,
                    escape(c.label())));
            double ly = top + 10 + 16 * i;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                    + "stroke-width=\"1.6\"%s/><text x=\"%.1f\" y=\"%.1f\">%s</text>%n", left + pw + 10, ly,
                    left + pw + 35, ly, c.color(), dash, left + pw + 40, ly + 4, escape(c.label())));
        }
        s.append("</svg>\n");
        return s.toString();
    }

    private static String escape(String t) {
        return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
