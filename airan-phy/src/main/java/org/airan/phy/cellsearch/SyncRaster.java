package org.airan.phy.cellsearch;

/**
 * The global synchronization raster of TS 38.104 §5.4.3.1 (Table 5.4.3.1-1): GSCN ↔ SS_REF frequency.
 * <pre>
 *      0 –  3000 MHz:  SS_REF = N·1200 kHz + M·50 kHz,  N = 1..2499, M ∈ {1, 3, 5};  GSCN = 3N + (M − 3)/2
 *   3000 – 24250 MHz:  SS_REF = 3000 MHz + N·1.44 MHz,  N = 0..14756;              GSCN = 7499 + N
 *  24250 – 100000 MHz: SS_REF = 24250.08 MHz + N·17.28 MHz, N = 0..4383;          GSCN = 22256 + N
 * </pre>
 * SS_REF is the centre of subcarrier 120 of the SS/PBCH block. The three ranges (bases, steps, N and GSCN limits) were
 * compared with two public implementations and one table transcription (OpenAirInterface {@code check_ssb_raster},
 * srsRAN Project {@code get_ss_ref_from_gscn}, nrarfcn {@code gscn_parameters}); all agree. The third range is FR2
 * (SSB cases D and E, TS 38.213 §4.1).
 */
public final class SyncRaster {

    /** Largest GSCN (TS 38.104 Table 5.4.3.1-1). */
    public static final int MAX_GSCN = 22256 + 4383;
    /** Lowest frequency of FR2 (TS 38.104 Table 5.1-1) and of the third raster range, Hz. */
    public static final double FR2_LOW_HZ = 24250e6;
    /** First GSCN of the FR2 range (SS_REF = 24250.08 MHz, TS 38.104 Table 5.4.3.1-1). */
    public static final int FR2_FIRST_GSCN = 22256;
    /** Tolerance when matching a frequency to the raster, Hz. */
    public static final double MATCH_TOLERANCE_HZ = 1.0;

    private SyncRaster() {
    }

    /** SS_REF frequency of a GSCN in Hz. */
    public static double frequencyHz(int gscn) {
        if (gscn < 2 || gscn > MAX_GSCN) {
            throw new IllegalArgumentException("gscn must be in [2, " + MAX_GSCN + "] (TS 38.104 Table 5.4.3.1-1), was "
                    + gscn);
        }
        if (gscn <= 7498) {
            int n = (gscn + 1) / 3;
            int m = 2 * (gscn - 3 * n) + 3;
            return n * 1.2e6 + m * 50e3;
        }
        if (gscn <= 22255) {
            return 3000e6 + (gscn - 7499) * 1.44e6;
        }
        return 24250.08e6 + (gscn - 22256) * 17.28e6;
    }

    /** GSCN of a frequency that lies on the raster (±1 Hz), or −1. */
    public static int gscn(double frequencyHz) {
        if (!(frequencyHz > 0) || frequencyHz > 100e9) {
            return -1;
        }
        int g;
        if (frequencyHz < 3000e6 - 0.5e6) {
            int n = (int) Math.floor(frequencyHz / 1.2e6);
            for (int dn = 0; dn <= 1; dn++) {
                for (int m = 1; m <= 5; m += 2) {
                    double f = (n - dn) * 1.2e6 + m * 50e3;
                    if (Math.abs(f - frequencyHz) <= MATCH_TOLERANCE_HZ && n - dn >= 1) {
                        return 3 * (n - dn) + (m - 3) / 2;
                    }
                }
            }
            return -1;
        } else if (frequencyHz < 24250e6) {
            g = 7499 + (int) Math.round((frequencyHz - 3000e6) / 1.44e6);
        } else {
            g = 22256 + (int) Math.round((frequencyHz - 24250.08e6) / 17.28e6);
        }
        if (g < 2 || g > MAX_GSCN) {
            return -1;
        }
        return Math.abs(frequencyHz(g) - frequencyHz) <= MATCH_TOLERANCE_HZ ? g : -1;
    }

    /** All GSCNs whose SS_REF lies in [lowHz, highHz], ascending. */
    public static int[] gscnsBetween(double lowHz, double highHz) {
        java.util.List<Integer> list = new java.util.ArrayList<>();
        if (highHz >= lowHz) {
            int lo = Math.max(2, approxGscn(lowHz) - 3);
            int hi = Math.min(MAX_GSCN, approxGscn(highHz) + 3);
            for (int g = lo; g <= hi; g++) {
                double f = frequencyHz(g);
                if (f >= lowHz && f <= highHz) {
                    list.add(g);
                }
            }
        }
        int[] r = new int[list.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = list.get(i);
        }
        return r;
    }

    private static int approxGscn(double f) {
        if (f <= 0) {
            return 2;
        }
        if (f < 3000e6) {
            return (int) (3 * Math.floor(f / 1.2e6));
        }
        if (f < 24250e6) {
            return 7499 + (int) Math.floor((f - 3000e6) / 1.44e6);
        }
        return Math.min(MAX_GSCN, 22256 + (int) Math.floor((f - 24250.08e6) / 17.28e6));
    }
}
