package org.airan.phy.ssb;

/**
 * Amplitude scaling factors of the SS/PBCH block signals, TS 38.211 §7.4.3.1.1-§7.4.3.1.3: β_PSS, β_SSS, β_PBCH
 * and β_PBCH^DM-RS. TS 38.213 §4.1 lets the PSS be 0 dB or 3 dB above the SSS in EPRE; the PBCH and its DM-RS have
 * the SSS EPRE. Amplitudes, not powers.
 *
 * @param betaPss  β_PSS, ≥ 0 and finite
 * @param betaSss  β_SSS, ≥ 0 and finite
 * @param betaPbch β_PBCH, ≥ 0 and finite
 * @param betaDmrs β_PBCH^DM-RS, ≥ 0 and finite
 */
public record SsbPower(float betaPss, float betaSss, float betaPbch, float betaDmrs) {

    /** All four amplitudes 1 (PSS-to-SSS EPRE ratio 0 dB). */
    public static final SsbPower UNIT = new SsbPower(1f, 1f, 1f, 1f);

    public SsbPower {
        check("betaPss", betaPss);
        check("betaSss", betaSss);
        check("betaPbch", betaPbch);
        check("betaDmrs", betaDmrs);
    }

    private static void check(String name, float v) {
        if (!(v >= 0) || Float.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and ≥ 0 (TS 38.211 §7.4.3.1), was " + v);
        }
    }

    /**
     * Unit SSS/PBCH/DM-RS amplitude with the PSS {@code pssToSssDb} above (TS 38.213 §4.1 allows 0 or 3 dB).
     */
    public static SsbPower withPssToSssDb(double pssToSssDb) {
        if (pssToSssDb != 0 && pssToSssDb != 3) {
            throw new IllegalArgumentException("pssToSssDb must be 0 or 3 (TS 38.213 §4.1), was " + pssToSssDb);
        }
        return new SsbPower((float) Math.pow(10, pssToSssDb / 20), 1f, 1f, 1f);
    }
}
