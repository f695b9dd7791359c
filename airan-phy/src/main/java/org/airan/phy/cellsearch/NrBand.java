package org.airan.phy.cellsearch;

import java.util.ArrayList;
import java.util.List;
import org.airan.phy.ssb.SsbCase;

/**
 * Common FR1 operating bands with their downlink range (TS 38.104 Table 5.2-1), duplex mode and the SSB
 * subcarrier spacing, SSB pattern (case) and GSCN range allowed on the synchronization raster
 * (TS 38.104 Table 5.4.3.3-1). Bands that allow two SSB numerologies list both; a searcher tries both.
 *
 * <p>These values were written from the tables of TS 38.104 (Rel-16/17); the GSCN ranges were not cross-checked
 * against an independent implementation. The searcher only uses them to narrow the candidates; with no band
 * matching it scans the whole raster with both 15 and 30 kHz.
 */
public enum NrBand {
    N1(1, false, 2110e6, 2170e6, e(SsbCase.A, 5279, 5419)),
    N2(2, false, 1930e6, 1990e6, e(SsbCase.A, 4829, 4969)),
    N3(3, false, 1805e6, 1880e6, e(SsbCase.A, 4517, 4693)),
    N5(5, false, 869e6, 894e6, e(SsbCase.A, 2177, 2230), e(SsbCase.B, 2183, 2224)),
    N7(7, false, 2620e6, 2690e6, e(SsbCase.A, 6554, 6718)),
    N8(8, false, 925e6, 960e6, e(SsbCase.A, 2318, 2395)),
    N12(12, false, 729e6, 746e6, e(SsbCase.A, 1828, 1858)),
    N20(20, false, 791e6, 821e6, e(SsbCase.A, 1982, 2047)),
    N25(25, false, 1930e6, 1995e6, e(SsbCase.A, 4829, 4981)),
    N28(28, false, 758e6, 803e6, e(SsbCase.A, 1901, 2002)),
    N34(34, true, 2010e6, 2025e6, e(SsbCase.A, 5030, 5056), e(SsbCase.C, 5036, 5050)),
    N38(38, true, 2570e6, 2620e6, e(SsbCase.A, 6431, 6544), e(SsbCase.C, 6437, 6538)),
    N39(39, true, 1880e6, 1920e6, e(SsbCase.A, 4706, 4795), e(SsbCase.C, 4712, 4789)),
    N40(40, true, 2300e6, 2400e6, e(SsbCase.A, 5762, 5989), e(SsbCase.C, 5768, 5983)),
    N41(41, true, 2496e6, 2690e6, e(SsbCase.A, 6246, 6717), e(SsbCase.C, 6252, 6714)),
    N48(48, true, 3550e6, 3700e6, e(SsbCase.C, 7884, 7982)),
    N66(66, false, 2110e6, 2200e6, e(SsbCase.A, 5279, 5494), e(SsbCase.B, 5285, 5488)),
    N71(71, false, 617e6, 652e6, e(SsbCase.A, 1547, 1624)),
    N77(77, true, 3300e6, 4200e6, e(SsbCase.C, 7711, 8329)),
    N78(78, true, 3300e6, 3800e6, e(SsbCase.C, 7711, 8051)),
    N79(79, true, 4400e6, 5000e6, e(SsbCase.C, 8480, 8880));

    /**
     * One SSB numerology allowed in a band.
     *
     * @param ssbCase   the case (fixes the SCS)
     * @param gscnFirst first GSCN of the band's raster for this case
     * @param gscnLast  last GSCN
     */
    public record SsbEntry(SsbCase ssbCase, int gscnFirst, int gscnLast) {
        public SsbEntry {
            if (ssbCase == null || gscnFirst > gscnLast) {
                throw new IllegalArgumentException("SsbEntry needs a case and gscnFirst ≤ gscnLast "
                        + "(TS 38.104 Table 5.4.3.3-1), was " + ssbCase + " " + gscnFirst + ".." + gscnLast);
            }
        }
    }

    private static SsbEntry e(SsbCase c, int a, int b) {
        return new SsbEntry(c, a, b);
    }

    private final int number;
    private final boolean unpaired;
    private final double dlLowHz;
    private final double dlHighHz;
    private final List<SsbEntry> ssb;

    NrBand(int number, boolean unpaired, double dlLowHz, double dlHighHz, SsbEntry... ssb) {
        this.number = number;
        this.unpaired = unpaired;
        this.dlLowHz = dlLowHz;
        this.dlHighHz = dlHighHz;
        this.ssb = List.of(ssb);
    }

    /** Band number (n-number). */
    public int number() {
        return number;
    }

    /** True for unpaired spectrum (TDD). */
    public boolean unpaired() {
        return unpaired;
    }

    /** Lower edge of the downlink band, Hz. */
    public double dlLowHz() {
        return dlLowHz;
    }

    /** Upper edge of the downlink band, Hz. */
    public double dlHighHz() {
        return dlHighHz;
    }

    /** SSB numerologies and raster ranges of this band. */
    public List<SsbEntry> ssbEntries() {
        return ssb;
    }

    /** The band with this n-number, or null. */
    public static NrBand byNumber(int n) {
        for (NrBand b : values()) {
            if (b.number == n) {
                return b;
            }
        }
        return null;
    }

    /** Bands whose downlink range contains {@code frequencyHz}. */
    public static List<NrBand> containing(double frequencyHz) {
        List<NrBand> r = new ArrayList<>();
        for (NrBand b : values()) {
            if (frequencyHz >= b.dlLowHz && frequencyHz <= b.dlHighHz) {
                r.add(b);
            }
        }
        return r;
    }

    @Override
    public String toString() {
        return "n" + number;
    }
}
