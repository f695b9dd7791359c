package org.airan.testbed.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.modulation.BicmCapacity;
import org.airan.phy.nr.McsTable;
import org.airan.phy.sch.PxschConfig;
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
 * AWGN or fading per RE, perfect CSI, HARQ). {@code --json} prints one {@code airan.link/1} document.
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Link-level simulation of PDSCH/PUSCH: BLER per HARQ round, throughput (CRC-passed TBs only), "
                + "mean LDPC iterations and decode time per SNR point.",
            "SNR = mean data-RE energy per receive antenna over the noise variance per RE, in the frequency domain, "
                + "with unit-energy data REs and a unit-power channel; DM-RS power boosting is excluded. With several "
                + "layers the fading channel is scaled by 1/sqrt(layers); for AWGN each antenna receives one layer.",
            "Same --seed gives the same numbers."})
public final class LinkCommand implements Callable<Integer> {

    /** Schema name and version of the JSON document. */
    public static final String SCHEMA = "airan.link/1";

    @Spec
    CommandSpec spec;

    @Option(names = "--channel", defaultValue = "pusch", description = "pusch or pdsch (default: ${DEFAULT-VALUE}).")
    String channel;

    @Option(names = "--mcs-table", defaultValue = "1", description = "MCS table 1 (64QAM), 2 (256QAM), 3 (64QAM "
            + "low SE) or 4 (1024QAM, PDSCH only), TS 38.214 Tables 5.1.3.1-1..4 (default: ${DEFAULT-VALUE}).")
    int mcsTable;

    @Option(names = "--mcs", defaultValue = "10", description = "I_MCS (default: ${DEFAULT-VALUE}).")
    int mcs;

    @Option(names = "--prb", defaultValue = "52", description = "Allocated PRBs from PRB 0 (default: ${DEFAULT-VALUE}).")
    int prb;

    @Option(names = "--symbols", defaultValue = "14", description = "Allocated OFDM symbols from symbol 0, mapping "
            + "type A, DM-RS at symbol 2 (default: ${DEFAULT-VALUE}).")
    int symbols;

    @Option(names = "--dmrs-add-pos", defaultValue = "1", description = "dmrs-AdditionalPosition 0..3 (default: "
            + "${DEFAULT-VALUE}).")
    int dmrsAddPos;

    @Option(names = "--layers", defaultValue = "1", description = "Layers 1..4 (default: ${DEFAULT-VALUE}).")
    int layers;

    @Option(names = "--rx-antennas", defaultValue = "1", description = "Receive antennas (default: ${DEFAULT-VALUE}).")
    int rxAntennas;

    @Option(names = "--snr", defaultValue = "0:1:10", description = "SNR sweep START:STEP:STOP in dB "
            + "(default: ${DEFAULT-VALUE}).")
    String snr;

    @Option(names = "--slots", defaultValue = "100", description = "Transport blocks per SNR point "
            + "(default: ${DEFAULT-VALUE}).")
    int slots;

    @Option(names = "--harq-retx", defaultValue = "0", description = "Maximum HARQ retransmissions 0..3, rv "
            + "0,2,3,1 (default: ${DEFAULT-VALUE}).")
    int harqRetx;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--model", defaultValue = "awgn", description = "Channel model: awgn, rayleigh (flat block "
            + "fading), tdl_a, tdl_b, tdl_c (default: ${DEFAULT-VALUE}).")
    ChannelModel model;

    @Option(names = "--delay-spread-ns", defaultValue = "30", description = "TDL delay spread in ns (default: "
            + "${DEFAULT-VALUE}).")
    double delaySpreadNs;

    @Option(names = "--doppler-hz", defaultValue = "10", description = "TDL maximum Doppler in Hz (default: "
            + "${DEFAULT-VALUE}).")
    double dopplerHz;

    @Option(names = "--ldpc-iterations", defaultValue = "10", description = "LDPC iteration limit (default: "
            + "${DEFAULT-VALUE}).")
    int ldpcIterations;

    @Option(names = "--scs", defaultValue = "30", description = "Subcarrier spacing in kHz, 15 or 30 (default: "
            + "${DEFAULT-VALUE}).")
    int scs;

    @Option(names = "--chest", defaultValue = "perfect", description = "Channel knowledge: perfect, ls (DM-RS least "
            + "squares + linear interpolation) or lmmse (designed for --delay-spread-ns) (default: ${DEFAULT-VALUE}).")
    Estimation chest;

    @Option(names = "--json", description = "Print one JSON document (schema " + SCHEMA + ") instead of a table.")
    boolean json;

    /** The {@code airan link} document. */
    public record Report(String schema, LinkConfig config, int tbs, int g, double effectiveCodeRate,
                         String modulation, Double bicmCapacityLimitDb, List<LinkPointResult> points) {
    }

    @Override
    public Integer call() {
        LinkConfig cfg = config();
        LinkSimulator sim = new LinkSimulator(cfg);
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
            out.printf(Locale.ROOT, "%s %s MCS %d (%s, R=%.4f), %d PRB x %d symbols, %d layer(s), %d rx, %s; TBS %d, "
                            + "G %d, effective rate %.4f, BICM limit %s dB%n",
                    cfg.channel(), cfg.mcsTable(), cfg.mcs(), px.modulation(), px.mcsEntry().codeRate(), cfg.numPrb(),
                    cfg.numSymbols(), cfg.numLayers(), cfg.numRx(), cfg.model(), px.tbs(), px.g(), rate,
                    capDb == null ? "-" : String.format(Locale.ROOT, "%.2f", capDb));
            StringBuilder h = new StringBuilder(String.format(Locale.ROOT, "%8s", "SNR dB"));
            for (int r = 0; r <= cfg.harqRetx(); r++) {
                h.append(String.format(Locale.ROOT, " %9s", "BLER r" + r));
            }
            h.append(String.format(Locale.ROOT, " %9s %10s %7s %10s", "residual", "Mbps", "iters", "decode us"));
            out.println(h);
            for (LinkPointResult p : points) {
                StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%8.2f", p.snrDb()));
                for (double b : p.bler()) {
                    s.append(String.format(Locale.ROOT, " %9.4f", b));
                }
                s.append(String.format(Locale.ROOT, " %9.4f %10.3f %7.2f %10.1f", p.residualBler(), p.throughputMbps(),
                        p.meanLdpcIterations(), p.meanDecodeMicros()));
                out.println(s);
            }
        }
        out.flush();
        return 0;
    }

    LinkConfig config() {
        SharedChannel ch = switch (channel.toLowerCase(Locale.ROOT)) {
            case "pusch" -> SharedChannel.PUSCH;
            case "pdsch" -> SharedChannel.PDSCH;
            default -> throw new IllegalArgumentException("--channel must be pusch or pdsch, was " + channel);
        };
        McsTable table = switch (mcsTable) {
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
        return new LinkConfig(ch, table, mcs, prb, symbols, dmrsAddPos, layers, rxAntennas, start, step, stop, slots,
                harqRetx, seed, model, delaySpreadNs, dopplerHz, ldpcIterations, scs, chest);
    }
}
