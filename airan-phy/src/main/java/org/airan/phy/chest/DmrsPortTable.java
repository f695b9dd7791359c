package org.airan.phy.chest;

import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.dmrs.DmrsType;

/**
 * DM-RS port parameters of TS 38.211 Tables 6.4.1.1.3-1/-2 (PUSCH) and 7.4.1.1.2-1/-2 (PDSCH) — CDM group λ, Δ,
 * w_f(k'), w_t(l') — indexed by the configuration type number (1 or 2) that the estimators use. The values come
 * from {@link DmrsConfig}, whose tests check them against the verified 3GPP table.
 */
final class DmrsPortTable {

    private DmrsPortTable() {
    }

    private static DmrsType type(int type) {
        return type == 1 ? DmrsType.TYPE1 : DmrsType.TYPE2;
    }

    static int cdmGroup(int type, int port) {
        return DmrsConfig.cdmGroupOf(type(type), port);
    }

    static int delta(int type, int port) {
        return DmrsConfig.deltaOf(type(type), port);
    }

    static int wf(int type, int port, int kPrime) {
        return DmrsConfig.wf(port, kPrime);
    }

    static int wt(int type, int port, int lPrime) {
        return DmrsConfig.wt(type(type), port, lPrime);
    }
}
