package org.airan.phy.chest;

import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.dmrs.DmrsType;
import org.airan.phy.dmrs.PxschDmrsGenerator;
import org.airan.phy.nr.Epre;
import org.airan.phy.sequence.GoldSequence;

/**
 * Bridges {@link DmrsConfig} (the DM-RS block) to the estimator inputs: the {@link PilotLayout} of a
 * configuration and the raw DM-RS sequence r(m) of every DM-RS symbol of a slot (TS 38.211 §7.4.1.1.1 /
 * §6.4.1.1.1.1), m counted from the allocation's first DM-RS RE, without β, w_f or w_t (the estimator applies
 * those).
 */
public final class DmrsPilots {

    private DmrsPilots() {
    }

    /**
     * The pilot layout of {@code cfg}: its type, allocation, occasions (first symbol of each; double-symbol when
     * maxLength = 2), ports and β_DMRS of TS 38.214 Table 4.1-1 / 6.2.2-1 for its CDM groups without data.
     */
    public static PilotLayout layoutOf(DmrsConfig cfg) {
        int[] all = cfg.dmrsSymbols();
        int span = cfg.maxLength();
        int[] occ = new int[all.length / span];
        int o = 0;
        for (int l : all) {
            if (cfg.lPrime(l) == 0) {
                occ[o++] = l;
            }
        }
        return new PilotLayout(cfg.type() == DmrsType.TYPE1 ? 1 : 2, cfg.startPrb(), cfg.numPrb(), occ, span == 2,
                cfg.ports(), (float) Epre.dmrsAmplitude(cfg.numCdmGroupsWithoutData()));
    }

    /**
     * Writes r(m) of every DM-RS symbol of slot {@code slotInFrame} (in increasing symbol order) into
     * {@code out[s]}, 2·{@link DmrsConfig#dmrsRePerSymbol()} floats each. Allocation-free.
     *
     * @param out Modified
     */
    public static void sequences(DmrsConfig cfg, int slotInFrame, float[][] out) {
        int n = cfg.dmrsRePerSymbol();
        int s = 0;
        for (int m = cfg.dmrsSymbolMask(); m != 0; m &= m - 1) {
            int l = Integer.numberOfTrailingZeros(m);
            int cInit = PxschDmrsGenerator.cInit(DmrsConfig.SYMBOLS_PER_SLOT, slotInFrame, l, cfg.scramblingId(),
                    cfg.nScid());
            GoldSequence.qpskSequence(cInit, cfg.sequenceIndex(0), out[s++], 0, n);
        }
    }
}
