package org.airan.phy.cellsearch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.airan.phy.BundledTables;
import org.airan.phy.ssb.SsbCase;

/**
 * An NR operating band with its downlink range and duplex mode (TS 38.104 Table 5.2-1 / 5.2-2, = TS 38.101-1 /
 * 38.101-2 Table 5.2-1) and the SS raster entries allowed in it: SSB subcarrier spacing, SSB case and GSCN range
 * (TS 38.104 Table 5.4.3.3-1 for FR1, Table 5.4.3.3-2 for FR2, Rel-17). Bands that allow two SSB numerologies list
 * both; a searcher tries both.
 *
 * <p>The table is the bundled resource {@code ts38104_nr_bands_ss_raster.csv}: FR1 bands n1..n104 with a licensed
 * SSB pattern (cases A-C) and the FR2-1 bands n257..n262 (cases D, E). Every row was compared value by value with
 * three public implementations (its header names them and every disagreement); n259 and n262 have a single source.
 * Shared-spectrum bands (n46, n96, n102), supplementary-uplink bands and n263 (cases F/G) are not listed. A searcher
 * uses the table to narrow the candidates; with no band matching it scans the whole raster.
 *
 * <p>Instances are immutable and shared; {@link #all()} lists them in table order.
 */
public final class NrBand {

    /** Duplex mode of a band (TS 38.104 Table 5.2-1). */
    public enum Duplex {
        /** Paired spectrum. */
        FDD,
        /** Unpaired spectrum. */
        TDD,
        /** Supplementary downlink. */
        SDL
    }

    /**
     * One SS raster entry of a band: the GSCNs {@code gscnFirst, gscnFirst + gscnStep, ..., gscnLast} of TS 38.104
     * Table 5.4.3.3-1/-2 written "first – &lt;step&gt; – last", or, for the bands whose table NOTE lists the GSCNs,
     * that explicit set.
     *
     * @param ssbCase   the case (fixes the SCS)
     * @param gscnFirst first GSCN (the smallest of the list when the entry is a list)
     * @param gscnStep  step between GSCNs, ≥ 1 (1 for a list)
     * @param gscnLast  last GSCN (the largest of the list when the entry is a list)
     * @param gscnList  the NOTE's explicit GSCN set, ascending, or null when the range applies; copied
     */
    public record SsbEntry(SsbCase ssbCase, int gscnFirst, int gscnStep, int gscnLast, int[] gscnList) {
        public SsbEntry {
            if (ssbCase == null) {
                throw new IllegalArgumentException("SsbEntry needs an SSB case (TS 38.104 Table 5.4.3.3-1)");
            }
            if (gscnList != null) {
                gscnList = gscnList.clone();
                Arrays.sort(gscnList);
                if (gscnList.length == 0 || gscnList[0] != gscnFirst || gscnList[gscnList.length - 1] != gscnLast) {
                    throw new IllegalArgumentException("SsbEntry gscnFirst/gscnLast must be the ends of gscnList "
                            + "(TS 38.104 Table 5.4.3.3-1 NOTE), was " + gscnFirst + ".." + gscnLast + " for "
                            + Arrays.toString(gscnList));
                }
            }
            if (gscnFirst < 2 || gscnFirst > gscnLast || gscnLast > SyncRaster.MAX_GSCN || gscnStep < 1
                    || (gscnLast - gscnFirst) % gscnStep != 0) {
                throw new IllegalArgumentException("SsbEntry needs 2 ≤ gscnFirst ≤ gscnLast ≤ " + SyncRaster.MAX_GSCN
                        + " with gscnLast − gscnFirst a multiple of gscnStep ≥ 1 (TS 38.104 Table 5.4.3.3-1), was "
                        + gscnFirst + " – <" + gscnStep + "> – " + gscnLast);
            }
        }

        /** A range entry "first – &lt;step&gt; – last". */
        public static SsbEntry range(SsbCase ssbCase, int gscnFirst, int gscnStep, int gscnLast) {
            return new SsbEntry(ssbCase, gscnFirst, gscnStep, gscnLast, null);
        }

        /** SSB subcarrier spacing of this entry, kHz. */
        public int subcarrierSpacingKhz() {
            return ssbCase.subcarrierSpacingKhz();
        }

        /** True when {@code gscn} is one of this entry's GSCNs. */
        public boolean contains(int gscn) {
            if (gscnList != null) {
                return Arrays.binarySearch(gscnList, gscn) >= 0;
            }
            return gscn >= gscnFirst && gscn <= gscnLast && (gscn - gscnFirst) % gscnStep == 0;
        }

        /** Every GSCN of this entry, ascending (allocates). */
        public int[] gscns() {
            if (gscnList != null) {
                return gscnList.clone();
            }
            int[] g = new int[(gscnLast - gscnFirst) / gscnStep + 1];
            for (int i = 0; i < g.length; i++) {
                g[i] = gscnFirst + i * gscnStep;
            }
            return g;
        }

        /** The explicit GSCN list (a copy), or null for a range entry. */
        @Override
        public int[] gscnList() {
            return gscnList == null ? null : gscnList.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SsbEntry e && e.ssbCase == ssbCase && e.gscnFirst == gscnFirst
                    && e.gscnStep == gscnStep && e.gscnLast == gscnLast && Arrays.equals(e.gscnList, gscnList);
        }

        @Override
        public int hashCode() {
            return ((ssbCase.hashCode() * 31 + gscnFirst) * 31 + gscnLast) * 31 + Arrays.hashCode(gscnList);
        }

        @Override
        public String toString() {
            return gscnList != null ? "case " + ssbCase + " GSCN " + Arrays.toString(gscnList)
                    : "case " + ssbCase + " GSCN " + gscnFirst + " – <" + gscnStep + "> – " + gscnLast;
        }
    }

    /** Bundled table (TS 38.104 Tables 5.2-1/5.2-2 and 5.4.3.3-1/-2, provenance in its header). */
    static final String RESOURCE = "ts38104_nr_bands_ss_raster.csv";

    private static final List<NrBand> ALL = load();

    private final int number;
    private final Duplex duplex;
    private final double dlLowHz;
    private final double dlHighHz;
    private final List<SsbEntry> ssb;

    private NrBand(int number, Duplex duplex, double dlLowHz, double dlHighHz, List<SsbEntry> ssb) {
        this.number = number;
        this.duplex = duplex;
        this.dlLowHz = dlLowHz;
        this.dlHighHz = dlHighHz;
        this.ssb = List.copyOf(ssb);
    }

    private static List<NrBand> load() {
        Map<Integer, Object[]> bands = new LinkedHashMap<>();
        Map<Integer, List<SsbEntry>> entries = new LinkedHashMap<>();
        for (String[] r : BundledTables.rows(NrBand.class, RESOURCE)) {
            int n = Integer.parseInt(r[0].substring(1));
            Duplex d = Duplex.valueOf(r[1]);
            double lo = Double.parseDouble(r[2]) * 1e6;
            double hi = Double.parseDouble(r[3]) * 1e6;
            Object[] prev = bands.putIfAbsent(n, new Object[] {d, lo, hi});
            if (prev != null && (prev[0] != d || (double) prev[1] != lo || (double) prev[2] != hi)) {
                throw new IllegalStateException("band n" + n + " has two different ranges in " + RESOURCE);
            }
            SsbCase c = SsbCase.valueOf(r[5]);
            if (c.subcarrierSpacingKhz() != Integer.parseInt(r[4])) {
                throw new IllegalStateException("band n" + n + ": SCS " + r[4] + " kHz does not match case " + c
                        + " in " + RESOURCE);
            }
            SsbEntry e;
            if (!r[9].isBlank()) {
                int[] list = Arrays.stream(r[9].trim().split(" +")).mapToInt(Integer::parseInt).sorted().toArray();
                e = new SsbEntry(c, list[0], 1, list[list.length - 1], list);
            } else {
                e = SsbEntry.range(c, Integer.parseInt(r[6]), Integer.parseInt(r[7]), Integer.parseInt(r[8]));
            }
            entries.computeIfAbsent(n, k -> new ArrayList<>()).add(e);
        }
        List<NrBand> out = new ArrayList<>();
        for (Map.Entry<Integer, Object[]> b : bands.entrySet()) {
            Object[] v = b.getValue();
            out.add(new NrBand(b.getKey(), (Duplex) v[0], (double) v[1], (double) v[2], entries.get(b.getKey())));
        }
        return Collections.unmodifiableList(out);
    }

    /** Every band of the table, in table order (ascending band number). */
    public static List<NrBand> all() {
        return ALL;
    }

    /** Band number (the n-number). */
    public int number() {
        return number;
    }

    /** Duplex mode. */
    public Duplex duplex() {
        return duplex;
    }

    /** True for unpaired spectrum (TDD), which selects the unpaired case C pattern (TS 38.213 §4.1). */
    public boolean unpaired() {
        return duplex == Duplex.TDD;
    }

    /** True for an FR2 band (downlink above 24.25 GHz, TS 38.104 §5.1). */
    public boolean fr2() {
        return dlLowHz >= SyncRaster.FR2_LOW_HZ;
    }

    /** Lower edge of the downlink band F_DL,low, Hz. */
    public double dlLowHz() {
        return dlLowHz;
    }

    /** Upper edge of the downlink band F_DL,high, Hz. */
    public double dlHighHz() {
        return dlHighHz;
    }

    /** SSB numerologies and raster entries of this band. */
    public List<SsbEntry> ssbEntries() {
        return ssb;
    }

    /** The band with this n-number, or null when the table does not list it. */
    public static NrBand byNumber(int n) {
        for (NrBand b : ALL) {
            if (b.number == n) {
                return b;
            }
        }
        return null;
    }

    /** Bands whose downlink range contains {@code frequencyHz}. */
    public static List<NrBand> containing(double frequencyHz) {
        List<NrBand> r = new ArrayList<>();
        for (NrBand b : ALL) {
            if (frequencyHz >= b.dlLowHz && frequencyHz <= b.dlHighHz) {
                r.add(b);
            }
        }
        return r;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "n%d (%s, %.1f–%.1f MHz)", number, duplex, dlLowHz / 1e6, dlHighHz / 1e6);
    }
}
