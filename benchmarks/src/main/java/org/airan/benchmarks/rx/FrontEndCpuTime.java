package org.airan.benchmarks.rx;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;
import org.airan.phy.chest.ChannelEstimators;
import org.airan.phy.chest.TimeInterpolation;
import org.airan.phy.dft.DftProcessors;
import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.dmrs.DmrsType;
import org.airan.phy.dmrs.MappingType;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.mimo.Equalizers;
import org.airan.phy.modulation.SoftDemapper;
import org.airan.phy.modulation.SoftDemappers;
import org.airan.phy.nr.McsTable;
import org.airan.phy.ofdm.CpuOfdmDemodulator;
import org.airan.phy.ofdm.OfdmConfig;
import org.airan.phy.ofdm.OfdmDemodulator;
import org.airan.phy.sch.ChannelEstimate;
import org.airan.phy.sch.DmrsSchChannelEstimator;
import org.airan.phy.sch.MimoSchEqualizer;
import org.airan.phy.sch.PxschConfig;

/**
 * Companion to {@link ReceiveFrontEndBenchmark} for oversubscribed machines: slots per second of this thread's CPU
 * time (ThreadMXBean), which does not count time the thread waited for a core. Same slot as the JMH benchmark (30 kHz,
 * 273 RB, DFT 4096, 4 RX, 14 symbols, DM-RS type 1 on symbols 2 and 11, 16QAM), 1 and 2 layers, LS-linear and LMMSE
 * frequency interpolation. Each stage (OFDM demodulation with the DFT {@link DftProcessors} picks, DM-RS estimation,
 * MMSE equalization with {@link MimoSchEqualizer}, max-log demapping) is timed on its own, then the whole front end;
 * demapping uses {@code SoftDemappers.maxLog()}; where a block keeps its previous implementation as a reference
 * ({@code SoftDemappers.maxLogReference()}) both are
 * measured in the same run. Warm-up of {@code warmupCpuSeconds} (default 3) per case, then the best of 5
 * measurements of about {@code measureCpuSeconds} (default 0.5) each; the bytes this thread allocates per slot
 * (20 runs after the measurements) are printed with them.
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp benchmarks/target/benchmarks.jar
 * org.airan.benchmarks.rx.FrontEndCpuTime [warmupCpuSeconds [measureCpuSeconds [stagePrefix]]]}
 * (a stage prefix such as {@code estimate} measures only the stages whose name starts with it)
 */
public final class FrontEndCpuTime {

    private static final int NUM_RX = 4;
    private static final int NUM_RB = 273;

    private FrontEndCpuTime() {
    }

    /** One configured slot: grid, estimator, equalizer, demapper and their buffers. */
    private static final class Slot {
        final OfdmDemodulator demod;
        final float[][] iq;
        final ResourceGrid grid;
        final PxschConfig cfg;
        final DmrsSchChannelEstimator estimator;
        final ChannelEstimate estimate;
        final MimoSchEqualizer equalizer;
        final SoftDemapper demapper = SoftDemappers.maxLog();
        final SoftDemapper reference = SoftDemappers.maxLogReference();
        final float[] symbols;
        final float[] noiseVar;
        final float[] llr;

        Slot(int layers, ChannelEstimators.Kind kind) {
            CarrierConfig c = CarrierConfig.of(30, NUM_RB, 4096);
            demod = new CpuOfdmDemodulator(OfdmConfig.of(c), DftProcessors.create(c.dftSize()));
            iq = new float[NUM_RX][2 * c.maxSlotLengthSamples()];
            SplittableRandom r = new SplittableRandom(1);
            for (float[] a : iq) {
                for (int i = 0; i < a.length; i++) {
                    a[i] = (float) (r.nextGaussian() * 0.01);
                }
            }
            grid = ResourceGrid.forSlot(c, NUM_RX);
            int[] ports = layers == 1 ? new int[] {0} : new int[] {0, 2};
            DmrsConfig d = new DmrsConfig(SharedChannel.PUSCH, DmrsType.TYPE1, MappingType.A, 2, 1, 1, 0, 14, 0,
                    NUM_RB, 2, 0, 0, ports);
            cfg = new PxschConfig(d, McsTable.TABLE1_QAM64, 16, 1, 0, 0, 0, 0);
            estimator = new DmrsSchChannelEstimator(kind, c, NUM_RX, TimeInterpolation.LINEAR, 300e-9);
            estimate = new ChannelEstimate(NUM_RX, layers, c.numSubcarriers());
            symbols = new float[2 * cfg.numSymbolsTotal()];
            noiseVar = new float[cfg.numSymbolsTotal()];
            llr = new float[cfg.g()];
            equalizer = new MimoSchEqualizer(Equalizers.Kind.MMSE, NUM_RX, 2, c.numSubcarriers());
            run(0);
        }

        void run(int stage) {
            switch (stage) {
                case 1 -> demod.demodulate(iq, 0, 0, grid);
                case 2 -> estimator.estimate(grid, cfg.dmrs(), 0, estimate);
                case 3 -> equalizer.equalize(grid, estimate, cfg.dmrs(), symbols, noiseVar);
                case 4 -> demapper.demap(cfg.modulation(), symbols, 0, noiseVar, 0, cfg.numSymbolsTotal(), llr, 0, 0);
                case 5 -> reference.demap(cfg.modulation(), symbols, 0, noiseVar, 0, cfg.numSymbolsTotal(), llr, 0,
                        0);
                default -> {
                    demod.demodulate(iq, 0, 0, grid);
                    estimator.estimate(grid, cfg.dmrs(), 0, estimate);
                    equalizer.equalize(grid, estimate, cfg.dmrs(), symbols, noiseVar);
                    demapper.demap(cfg.modulation(), symbols, 0, noiseVar, 0, cfg.numSymbolsTotal(), llr, 0, 0);
                }
            }
        }
    }

    private static final String[] STAGES = {"front end", "OFDM demod", "estimate", "equalize (mimo MMSE)",
        "demap max-log", "demap max-log (scalar reference)"};

    public static void main(String[] args) {
        double warm = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        double meas = args.length > 1 ? Double.parseDouble(args[1]) : 0.5;
        String only = args.length > 2 ? args[2] : "";
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.println("DFT: " + DftProcessors.CPU_IMPLEMENTATION);
        System.out.println("| layers | estimator | stage | slots/s (CPU) | µs/slot (CPU) | bytes allocated/slot |");
        System.out.println("|---|---|---|---|---|---|");
        for (int layers = 1; layers <= 2; layers++) {
            for (ChannelEstimators.Kind kind : new ChannelEstimators.Kind[] {ChannelEstimators.Kind.LS_LINEAR,
                ChannelEstimators.Kind.LMMSE}) {
                Slot s = new Slot(layers, kind);
                for (int stage = 0; stage < STAGES.length; stage++) {
                    if (STAGES[stage].startsWith(only)) {
                        measure(mx, s, stage, (long) (warm * 1e9 / STAGES.length));
                    }
                }
                for (int stage = 0; stage < STAGES.length; stage++) {
                    if (!STAGES[stage].startsWith(only)) {
                        continue;
                    }
                    double best = 0;
                    for (int m = 0; m < 5; m++) {
                        best = Math.max(best, measure(mx, s, stage, (long) (meas * 1e9)));
                    }
                    System.out.printf("| %d | %s | %s | %.0f | %.0f | %.0f |%n", layers, kind, STAGES[stage], best,
                            1e6 / best, allocatedPerRun(s, stage));
                }
            }
        }
    }

    /** Bytes this thread allocates per run of {@code stage} over 20 runs (the JVM's exact per-thread counter). */
    private static double allocatedPerRun(Slot s, int stage) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = mx.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 20; i++) {
            s.run(stage);
        }
        return (mx.getCurrentThreadAllocatedBytes() - before) / 20.0;
    }

    /** Runs {@code stage} until {@code cpuNanos} of thread CPU time have passed; returns runs per CPU second. */
    private static double measure(ThreadMXBean mx, Slot s, int stage, long cpuNanos) {
        long start = mx.getCurrentThreadCpuTime();
        long now = start;
        int count = 0;
        while (now - start < cpuNanos) {
            s.run(stage);
            count++;
            now = mx.getCurrentThreadCpuTime();
        }
        return count / ((now - start) * 1e-9);
    }
}
