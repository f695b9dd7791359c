package org.airan.testbed.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.airan.phy.channel.MimoCorrelation;
import org.airan.phy.dmrs.LowPaprDmrs;
import org.airan.phy.dmrs.LowPaprHopping;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.modulation.BicmCapacity;
import org.airan.phy.nr.McsTable;
import org.airan.phy.sch.PxschConfig;
import org.airan.phy.sch.SchDecoderConfig;
import org.airan.phy.sch.TransformPrecoding;
import org.airan.testbed.link.ChannelModel;
import org.airan.testbed.link.Estimation;
import org.airan.testbed.link.LinkConfig;
import org.airan.testbed.link.LinkPointResult;
import org.airan.testbed.link.LinkSimulator;
import org.airan.testbed.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code airan link}: link-level BLER/throughput simulation of PDSCH or PUSCH over an SNR sweep (frequency-domain
 * AWGN, TDL or CDL fading per RE, perfect CSI or DM-RS LS/LMMSE channel estimation, HARQ), with channel-estimation
 * NMSE, EVM and post-equalization SINR per point. {@code --json} prints one {@code airan.link/1} document.
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Link-level simulation of PDSCH/PUSCH: BLER per HARQ round, throughput (CRC-passed TBs only), "
                + "mean LDPC iterations and decode time per SNR point.",
            "SNR = mean data-RE energy per receive antenna over the noise variance per RE, in the frequency domain, "
                + "with unit-energy data REs and a unit-power channel; DM-RS power boosting is excluded. With several "
                + "layers the fading channel is scaled by 1/sqrt(layers); for AWGN each antenna receives one layer.",
            "Path: frequency domain, the channel evaluated per RE at the middle of each symbol (no ICI, no delay "
                + "beyond the CP); the time-domain channel path exists for OFDM-level realism and is not used here.",
            "Layers to antennas: layer j is sent from transmit antenna j (identity precoding on the first <layers> "
                + "antennas; extra --tx-antennas are silent but shape the channel's correlation). DM-RS type 1, "
                + "single symbol, ports in distinct CDM groups first: {0}, {0,2}, {0,1,2}, {0,1,2,3}.",
            "CSI: perfect = true channel and noise; ls = DM-RS LS + linear interpolation; lmmse = DM-RS LS + LMMSE "
                + "frequency interpolation matched to the channel's delay spread (30 ns without multipath), linear "
                + "in time; both estimate the noise variance that scales the MMSE equalizer and the LLRs.",
            "Also reported per SNR: channel-estimation NMSE (dB, data REs), EVM (dB and %%) of the equalized symbols, "
                + "post-equalization SINR the receiver believes (dB).",
            "Transform precoding (--transform-precoding, PUSCH only): DFT-s-OFDM of TS 38.211 6.3.1.4, one layer, "
                + "--prb of the form 2^a*3^b*5^c, --mcs-table 1 = Table 6.1.4.1-1, 2 = Table 5.1.3.1-2 (qam256), "
                + "3 = Table 6.1.4.1-2 (qam64LowSE); --pi2bpsk selects q = 1 (pi/2-BPSK) for the rows whose Qm is q; "
                + "low-PAPR DM-RS (6.4.1.1.1.2) with --dmrs-hopping and n_ID^RS = --nid-rs.",
            "Same --seed gives the same numbers. Progress goes to stderr on a terminal; results to stdout.",
            "Examples:",
            "  airan link --channel pdsch --mcs 16 --prb 52 --snr 5:1:15 --slots 200",
            "  airan link --model tdlc300 --csi lmmse --layers 2 --rx-antennas 4 --json"})
public final class LinkCommand implements Callable<Integer> {

    /** Schema name and version of the JSON document. */
    public static final String SCHEMA = "airan.link/1";

    @Spec
    CommandSpec spec;

    @Option(names = "--channel", paramLabel = "CH", defaultValue = "pusch", description = "Shared channel: pusch or pdsch "
            + "(default: ${DEFAULT-VALUE}).")
    String channel;

    @Option(names = "--mcs-table", paramLabel = "T", defaultValue = "1", description = "MCS table 1 (64QAM), 2 (256QAM), 3 (64QAM "
            + "low SE) or 4 (1024QAM, PDSCH only), TS 38.214 Tables 5.1.3.1-1..4 (default: ${DEFAULT-VALUE}).")
    int mcsTable;

    @Option(names = "--mcs", paramLabel = "I", defaultValue = "10", description = "I_MCS, the row of the MCS table: 0..28 "
            + "(table 1, 3), 0..27 (table 2), 0..26 (table 4); higher rows are reserved (default: ${DEFAULT-VALUE}).")
    int mcs;

    @Option(names = "--prb", paramLabel = "N", defaultValue = "52", description = "Allocated PRBs from PRB 0, "
            + "1..275 (default: ${DEFAULT-VALUE}).")
    int prb;

    @Option(names = "--symbols", paramLabel = "N", defaultValue = "14", description = "Allocated OFDM symbols from symbol 0, mapping "
            + "type A, DM-RS at symbol 2 (default: ${DEFAULT-VALUE}).")
    int symbols;

    @Option(names = "--dmrs-add-pos", paramLabel = "P", defaultValue = "1", description = "dmrs-AdditionalPosition 0..3 (default: "
            + "${DEFAULT-VALUE}).")
    int dmrsAddPos;

    @Option(names = "--layers", paramLabel = "N", defaultValue = "1", description = "Layers 1..4, at most "
            + "--rx-antennas (default: ${DEFAULT-VALUE}).")
    int layers;

    @Option(names = "--rx-antennas", paramLabel = "N", defaultValue = "1", description = "Receive antennas, "
            + "1..16 (default: ${DEFAULT-VALUE}).")
    int rxAntennas;

    @Option(names = "--tx-antennas", paramLabel = "N", description = "Transmit antennas, >= layers; layer j on antenna j (default: "
            + "as many as layers).")
    Integer txAntennas;

    @Option(names = {"--csi", "--chest"}, paramLabel = "CSI", defaultValue = "perfect", description = "Receiver channel knowledge: "
            + "perfect, ls or lmmse (default: ${DEFAULT-VALUE}).")
    String csi;

    @Option(names = "--correlation", paramLabel = "LEVEL", defaultValue = "low", description = "TDL antenna correlation low, medium, "
            + "medium-a or high (TS 38.101-4 Annex B.2.3; default: ${DEFAULT-VALUE}).")
    String correlation;

    @Option(names = "--carrier-frequency", paramLabel = "HZ", defaultValue = "3.5e9", description = "Carrier frequency in Hz (CDL "
            + "geometry, --speed to Doppler; default: ${DEFAULT-VALUE}).")
    double carrierFrequencyHz;

    @Option(names = "--speed", paramLabel = "KMH", description = "UE speed in km/h; sets the maximum Doppler v*fc/c and overrides "
            + "--doppler-hz.")
    Double speedKmh;

    @Option(names = "--snr", paramLabel = "START:STEP:STOP", defaultValue = "0:1:10", description = "SNR sweep START:STEP:STOP in dB, STOP "
            + "inclusive, STEP > 0, at most 1001 points; SNR as defined above (default: ${DEFAULT-VALUE}).")
    String snr;

    @Option(names = "--slots", paramLabel = "N", defaultValue = "100", description = "Transport blocks per SNR point, "
            + ">= 1 (default: ${DEFAULT-VALUE}).")
    int slots;

    @Option(names = "--harq-retx", paramLabel = "N", defaultValue = "0", description = "Maximum HARQ retransmissions 0..3, rv "
            + "0,2,3,1 (default: ${DEFAULT-VALUE}).")
    int harqRetx;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"--channel-model", "--model"}, paramLabel = "MODEL", defaultValue = "awgn", description = "Channel model: awgn, "
            + "rayleigh (flat block fading), tdl-a..tdl-e (TR 38.901, delays scaled by --delay-spread), tdla30, "
            + "tdlb100, tdlc300 (TS 38.101-4 fixed profiles), cdl-a..cdl-e (ULAs; default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = {"--delay-spread", "--delay-spread-ns"}, paramLabel = "NS", defaultValue = "30", description = "RMS delay spread "
            + "in ns for tdl-a..e and cdl-a..e (default: ${DEFAULT-VALUE}).")
    double delaySpreadNs;

    @Option(names = "--doppler-hz", paramLabel = "HZ", defaultValue = "10", description = "Maximum Doppler in Hz (TDL; CDL takes the UE speed "
            + "f_D·c/f_c from it; default: "
            + "${DEFAULT-VALUE}).")
    double dopplerHz;

    @Option(names = "--ldpc-iterations", paramLabel = "N", defaultValue = "10", description = "LDPC iteration limit, 1..100 "
            + "(default: ${DEFAULT-VALUE}).")
    int ldpcIterations;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Threads that decode the code blocks "
            + "of a transport block, 1..64; results are the same for any count (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--scs", paramLabel = "KHZ", defaultValue = "30", description = "Subcarrier spacing in kHz, 15 or 30 (default: "
            + "${DEFAULT-VALUE}).")
    int scs;

    @Option(names = "--transform-precoding", description = "PUSCH with transform precoding (DFT-s-OFDM, TS 38.211 "
            + "6.3.1.4); see above for the MCS tables and allocation sizes.")
    boolean transformPrecoding;

    @Option(names = "--pi2bpsk", description = "tp-pi2BPSK: with --transform-precoding, rows of Tables 6.1.4.1-1/2 whose "
            + "Qm is q use q = 1 (pi/2-BPSK) instead of QPSK (TS 38.214 6.1.4.1).")
    boolean pi2Bpsk;

    @Option(names = "--dmrs-hopping", paramLabel = "H", defaultValue = "neither", description = "Low-PAPR DM-RS hopping "
            + "with --transform-precoding: neither, group or sequence (TS 38.211 6.4.1.1.1.2; default: "
            + "${DEFAULT-VALUE}).")
    String dmrsHopping;

    @Option(names = "--nid-rs", paramLabel = "ID", defaultValue = "0", description = "n_ID^RS of the low-PAPR DM-RS, "
            + "0..1007 (nPUSCH-Identity or the cell ID; default: ${DEFAULT-VALUE}).")
    int nIdRs;

    @Option(names = "--json", description = "Print one JSON document (schema " + SCHEMA + ") instead of a table.")
    boolean json;

    /** The {@code airan link} document. */
    public record Report(String schema, LinkConfig config, int tbs, int g, double effectiveCodeRate,
                         String modulation, Double bicmCapacityLimitDb, List<LinkPointResult> points) {
    }

    @Override
    public Integer call() {
        LinkConfig cfg = config();
        if (threads < 1 || threads > SchDecoderConfig.MAX_THREADS) {
            throw new IllegalArgumentException("--threads must be in [1, " + SchDecoderConfig.MAX_THREADS
                    + "] (code-block decoding threads), was " + threads);
        }
        try (LinkSimulator sim = new LinkSimulator(cfg, threads)) {
            return report(cfg, sim);
        }
    }

    private Integer report(LinkConfig cfg, LinkSimulator sim) {
        PxschConfig px = sim.pxsch();
        double rate = px.effectiveCodeRate();
        Double capDb = rate > 0 && rate < 1 && px.qm() >= 1
                ? Json.finiteOrNull(BicmCapacity.snrForRate(px.modulation(), rate * px.qm())) : null;
        long total = (long) cfg.snrPointsDb().length * cfg.numSlots();
        List<LinkPointResult> points;
        try (ProgressBar bar = ProgressBar.forTerminal("link " + cfg.channel().name().toLowerCase(Locale.ROOT),
                total, "TBs")) {
            points = sim.run(bar::update);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(new Report(SCHEMA, cfg, px.tbs(), px.g(), rate, px.modulation().name(), capDb,
                    points)));
        } else {
            out.printf(Locale.ROOT, "%s%s %s MCS %d (%s, R=%.4f), %d PRB x %d symbols, %d layer(s), %d rx, %s; TBS %d, "
                            + "G %d, effective rate %.4f, BICM limit %s dB%n",
                    cfg.channel(), px.isTransformPrecoded() ? " (transform precoding)" : "", cfg.mcsTable(), cfg.mcs(), px.modulation(), px.mcsEntry().codeRate(), cfg.numPrb(),
                    cfg.numSymbols(), cfg.numLayers(), cfg.numRx(), cfg.model().cliName(), px.tbs(), px.g(), rate,
                    capDb == null ? "-" : String.format(Locale.ROOT, "%.2f", capDb));
            out.printf(Locale.ROOT, "%d tx, CSI %s, correlation %s, delay spread %.0f ns, Doppler %.1f Hz, "
                            + "fc %.3g Hz, frequency-domain path%n", cfg.numTx(), cfg.estimation().name().toLowerCase(
                            Locale.ROOT), cfg.correlation().name().toLowerCase(Locale.ROOT),
                    cfg.channelDelaySpreadNs(), cfg.dopplerHz(), cfg.carrierFrequencyHz());
            StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "%8s", "SNR dB"));
            for (int r = 0; r <= cfg.harqRetx(); r++) {
                h.append(String.format(Locale.ROOT, " %9s", "BLER r" + r));
            }
            h.append(String.format(Locale.ROOT, " %9s %10s %7s %10s %8s %7s %7s %8s", "residual", "Mbps", "iters",
                    "decode us", "NMSE dB", "EVM dB", "EVM %", "SINR dB"));
            out.println(h);
            for (LinkPointResult p : points) {
                StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%8.2f", p.snrDb()));
                for (double b : p.bler()) {
                    s.append(String.format(Locale.ROOT, " %9.4f", b));
                }
                s.append(String.format(Locale.ROOT, " %9.4f %10.3f %7.2f %10.1f", p.residualBler(), p.throughputMbps(),
                        p.meanLdpcIterations(), p.meanDecodeMicros()));
                s.append(String.format(Locale.ROOT, " %8s %7s %7s %8s", fmt(p.chestNmseDb()), fmt(p.evmDb()),
                        fmt(p.evmPercent()), fmt(p.postEqSinrDb())));
                out.println(s);
            }
        }
        out.flush();
        return 0;
    }

    static Estimation parseEstimation(String s) {
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "perfect" -> Estimation.PERFECT;
            case "ls", "ls-linear" -> Estimation.LS;
            case "lmmse" -> Estimation.LMMSE;
            default -> throw new IllegalArgumentException("--csi must be perfect, ls or lmmse, was " + s);
        };
    }

    private static String fmt(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    LinkConfig config() {
        SharedChannel ch = switch (channel.toLowerCase(Locale.ROOT)) {
            case "pusch" -> SharedChannel.PUSCH;
            case "pdsch" -> SharedChannel.PDSCH;
            default -> throw new IllegalArgumentException("--channel must be pusch or pdsch, was " + channel);
        };
        TransformPrecoding tp = null;
        if (transformPrecoding) {
            if (ch != SharedChannel.PUSCH) {
                throw new IllegalArgumentException("--transform-precoding applies to --channel pusch only (TS 38.211 "
                        + "6.3.1.4), channel was " + channel);
            }
            LowPaprHopping hop = switch (dmrsHopping.trim().toLowerCase(Locale.ROOT)) {
                case "neither", "none" -> LowPaprHopping.NEITHER;
                case "group" -> LowPaprHopping.GROUP;
                case "sequence" -> LowPaprHopping.SEQUENCE;
                default -> throw new IllegalArgumentException("--dmrs-hopping must be neither, group or sequence "
                        + "(TS 38.211 6.4.1.1.1.2), was " + dmrsHopping);
            };
            tp = new TransformPrecoding(pi2Bpsk, new LowPaprDmrs(hop, nIdRs));
        } else if (pi2Bpsk) {
            throw new IllegalArgumentException("--pi2bpsk needs --transform-precoding (TS 38.211 6.3.1.2: pi/2-BPSK "
                    + "only with transform precoding)");
        }
        McsTable table = tp != null ? switch (mcsTable) {
            case 1 -> McsTable.PUSCH_TP_TABLE1;
            case 2 -> McsTable.TABLE2_QAM256;
            case 3 -> McsTable.PUSCH_TP_TABLE2;
            default -> throw new IllegalArgumentException("--mcs-table must be 1, 2 or 3 with --transform-precoding "
                    + "(TS 38.214 Tables 6.1.4.1-1, 5.1.3.1-2, 6.1.4.1-2), was " + mcsTable);
        } : switch (mcsTable) {
            case 1 -> McsTable.TABLE1_QAM64;
            case 2 -> McsTable.TABLE2_QAM256;
            case 3 -> McsTable.TABLE3_QAM64_LOW_SE;
            case 4 -> McsTable.TABLE4_QAM1024;
            default -> throw new IllegalArgumentException("--mcs-table must be 1, 2, 3 or 4 (TS 38.214 Tables "
                    + "5.1.3.1-1..4), was " + mcsTable);
        };
        String[] s = snr.split(":");
        if (s.length != 3) {
            throw new IllegalArgumentException("--snr must be START:STEP:STOP in dB, was " + snr);
        }
        double start;
        double step;
        double stop;
        try {
            start = Double.parseDouble(s[0]);
            step = Double.parseDouble(s[1]);
            stop = Double.parseDouble(s[2]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--snr must be START:STEP:STOP in dB, was " + snr);
        }
        ChannelModel m = ChannelModel.parse(model);
        MimoCorrelation corr = switch (correlation.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "low" -> MimoCorrelation.LOW;
            case "medium" -> MimoCorrelation.MEDIUM;
            case "medium-a" -> MimoCorrelation.MEDIUM_A;
            case "high" -> MimoCorrelation.HIGH;
            default -> throw new IllegalArgumentException("--correlation must be low, medium, medium-a or high "
                    + "(TS 38.101-4 Annex B.2.3.2), was " + correlation);
        };
        double doppler = dopplerHz;
        if (speedKmh != null) {
            if (!(speedKmh >= 0 && speedKmh <= 1800)) {
                throw new IllegalArgumentException("--speed must be in [0, 1800] km/h, was " + speedKmh);
            }
            doppler = LinkConfig.dopplerForSpeed(speedKmh, carrierFrequencyHz);
        }
        return new LinkConfig(ch, table, mcs, prb, symbols, dmrsAddPos, layers, rxAntennas, start, step, stop, slots,
                harqRetx, seed, m, delaySpreadNs, doppler, ldpcIterations, scs,
                txAntennas == null ? Math.max(1, layers) : txAntennas, corr, carrierFrequencyHz, parseEstimation(csi), tp);
    }
}
