package org.airan.testbed.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.nr.McsTable;
import org.airan.phy.sch.TransformPrecoding;
import org.airan.phy.transformprecoding.DespreadingMode;

/**
 * PUSCH with and without transform precoding: the SNR of 10% BLER of CP-OFDM, DFT-s-OFDM with MMSE de-spreading and
 * DFT-s-OFDM with ZF de-spreading (inverse DFT, noise variances averaged), for QPSK, 16QAM and 64QAM rows of
 * TS 38.214 Table 5.1.3.1-2 (allowed with and without transform precoding, so the TBS is the same), on AWGN with
 * DM-RS LS estimation and on TDLC300-100 (2 receive antennas, perfect CSI: the de-spreading is what differs).
 * Every receiver sees the same seed, so payloads and channel draws repeat (common random numbers).
 *
 * <p>Usage: {@code TransformPrecodingCurves <outDir> [numPrb=25] [tbsPerPoint=100] [seed=1]}; writes
 * {@code transform_precoding_bler.csv} (every point) and {@code transform_precoding_bler10.csv} (the 10% points).
 */
public final class TransformPrecodingCurves {

    static final int[] MCS = {2, 8, 15};

    private TransformPrecodingCurves() {
    }

    /** One receiver of the comparison. */
    enum Rx { CP_OFDM, TP_MMSE, TP_ZF }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/data");
        int prb = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        int tbs = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        Files.createDirectories(out);
        List<String> all = new ArrayList<>();
        List<String> ten = new ArrayList<>();
        all.add("channel,csi,mcs,modulation,receiver,snr_db,bler,tbs_bits");
        ten.add("channel,csi,mcs,modulation,receiver,snr_bler10_db");
        for (boolean fading : new boolean[] {false, true}) {
            for (int mcs : MCS) {
                for (Rx rx : Rx.values()) {
                    LinkConfig base = fading
                            ? new LinkConfig(SharedChannel.PUSCH, McsTable.TABLE2_QAM256, mcs, prb, 14, 1, 1, 2, -10,
                            0.5, 40, tbs, 0, seed, ChannelModel.TDLC300, 300, 100, 10, 30, Estimation.PERFECT)
                            : new LinkConfig(SharedChannel.PUSCH, McsTable.TABLE2_QAM256, mcs, prb, 14, 1, 1, 1, -10,
                            0.5, 40, tbs, 0, seed, ChannelModel.AWGN, 0, 0, 10, 30, Estimation.LS);
                    LinkConfig cfg = rx == Rx.CP_OFDM ? base : base.withTransformPrecoding(TransformPrecoding.of(0));
                    LinkSimulator sim = new LinkSimulator(cfg, rx == Rx.TP_ZF ? DespreadingMode.ZF
                            : DespreadingMode.MMSE);
                    List<LinkPointResult> pts = sweep(sim, fading ? -4 : -4, fading ? 1.0 : 0.5);
                    for (LinkPointResult p : pts) {
                        all.add(String.format(Locale.ROOT, "%s,%s,%d,%s,%s,%.2f,%.4f,%d", cfg.model().cliName(),
                                cfg.estimation().name().toLowerCase(Locale.ROOT), mcs, sim.pxsch().modulation(), rx,
                                p.snrDb(), p.bler()[0], p.tbs()));
                    }
                    double s10 = TransformPrecodingCurvesSupport.tenPercentPoint(pts);
                    String line = String.format(Locale.ROOT, "%s,%s,%d,%s,%s,%.3f", cfg.model().cliName(),
                            cfg.estimation().name().toLowerCase(Locale.ROOT), mcs, sim.pxsch().modulation(), rx, s10);
                    ten.add(line);
                    System.out.println(line);
                }
            }
        }
        Files.write(out.resolve("transform_precoding_bler.csv"), all, StandardCharsets.UTF_8);
        Files.write(out.resolve("transform_precoding_bler10.csv"), ten, StandardCharsets.UTF_8);
    }

    /** From {@code start} in steps of {@code step} until two consecutive points are below 10% (or 40 dB). */
    static List<LinkPointResult> sweep(LinkSimulator sim, double start, double step) {
        List<LinkPointResult> pts = new ArrayList<>();
        int below = 0;
        for (int i = 0; below < 2 && start + i * step <= 40; i++) {
            LinkPointResult p = sim.runPoint(0, start + i * step, null, 0);
            if (p.bler()[0] > 0.9 && !pts.isEmpty() && pts.get(pts.size() - 1).bler()[0] > 0.9) {
                pts.set(pts.size() - 1, p); // keep only the last point above 90%
            } else {
                pts.add(p);
            }
            below = p.bler()[0] < 0.1 ? below + 1 : 0;
        }
        return pts;
    }
}
