package org.airan.phy.frontend;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.SplittableRandom;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.modulation.Modulation;
import org.airan.phy.ofdm.OfdmConfig;

/**
 * Thread CPU time of the two stages the {@link ParallelCpuUplinkFrontEnd} splits an item into (stage 1 =
 * demodulation and channel estimation of one antenna, stage 2 = MMSE, demapping and interleaving of one data
 * symbol) and of a whole item, on one thread, for the benchmark slot (30 kHz, 273 RB, 4 RX, 64QAM, DMRS in symbols
 * 2 and 11, 1 and 2 layers); from them, the latency model of one split item on T free cores; then the bytes the
 * single-threaded and the multi-threaded front ends allocate per call in steady state (JVM per-thread counters of
 * the caller and every worker). Thread CPU time does not count waiting for a core, so the figures hold on a shared
 * machine.
 *
 * <p>Run (after {@code test-compile} and the benchmarks jar, which carries the dependencies):
 * {@code java --add-modules jdk.incubator.vector -cp airan-phy/target/test-classes:airan-phy/target/classes:benchmarks/target/benchmarks.jar
 * org.airan.phy.frontend.FrontEndStageCpuTime [warmupCpuSeconds] [measureCpuSeconds]} (defaults 3, 0.5).
 */
public final class FrontEndStageCpuTime {

    private static final com.sun.management.ThreadMXBean MX =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private FrontEndStageCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        double warmS = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        double measS = args.length > 1 ? Double.parseDouble(args[1]) : 0.5;
        OfdmConfig ofdm = new OfdmConfig(CarrierConfig.of(30, 273), 0.5, 0);
        System.out.printf(Locale.ROOT, "%-6s %14s %14s %14s %14s%n", "layers", "stage1_us_rx", "stage2_us_sym",
                "item_us", "stages_sum_us");
        double[][] st = new double[3][];
        for (int layers = 1; layers <= 2; layers++) {
            UplinkFrontEndConfig c = UplinkFrontEndConfig.fullSlot(ofdm, 4, layers, Modulation.QAM64, 16);
            float[][][] in = new float[16][4][2 * ofdm.carrier().maxSlotLengthSamples()];
            float[][] pilots = new float[16][c.numPilotFloats()];
            float[] n0 = new float[16];
            float[][] llr = new float[16][c.numLlrs()];
            SplittableRandom r = new SplittableRandom(layers);
            for (int i = 0; i < 16; i++) {
                n0[i] = 0.01f;
                for (float[] a : in[i]) {
                    for (int j = 0; j < a.length; j++) {
                        a[j] = (float) (r.nextGaussian() * 0.01);
                    }
                }
                for (int j = 0; j < pilots[i].length; j++) {
                    pilots[i][j] = r.nextBoolean() ? 0.70710677f : -0.70710677f;
                }
            }
            CpuUplinkFrontEnd fe = new CpuUplinkFrontEnd(c);
            int nData = c.dataSymbols().length;
            Runnable item = () -> fe.process(in, 0, 1, pilots, n0, llr, 1);
            Runnable s1 = () -> {
                for (int rx = 0; rx < 4; rx++) {
                    fe.demodulateAndEstimate(fe, in[0][rx], 0, 1, pilots[0], rx);
                }
            };
            Runnable s2 = () -> fe.equalizeAndDemap(fe, 0, nData, n0[0], llr[0]);
            cpuSeconds(item, warmS);
            double tItem = best(item, measS);
            double tS1 = best(s1, measS) / 4;
            double tS2 = best(s2, measS) / nData;
            st[layers] = new double[] {tS1, tS2};
            System.out.printf(Locale.ROOT, "%-6d %14.1f %14.1f %14.1f %14.1f%n", layers, tS1, tS2, tItem,
                    4 * tS1 + nData * tS2);

            long single = allocatedPerCall(fe, new Thread[0], in, pilots, n0, llr, 4);
            try (ParallelCpuUplinkFrontEnd par = new ParallelCpuUplinkFrontEnd(c, 3, true)) {
                cpuSeconds(() -> par.process(in, 0, 1, pilots, n0, llr, 1), warmS);
                cpuSeconds(() -> par.process(in, 0, 1, pilots, n0, llr, 4), warmS / 2);
                long split = allocatedPerCall(par, par.workers(), in, pilots, n0, llr, 1);
                long items = allocatedPerCall(par, par.workers(), in, pilots, n0, llr, 4);
                System.out.printf(Locale.ROOT, "  bytes allocated per call, caller + workers: single thread batch 4: %d;"
                        + " 3 threads batch 1 (split): %d; 3 threads batch 4 (items): %d%n", single, split, items);
            }
        }
        System.out.println("model: latency of one split item on T free cores = ceil(4/T)·stage1 + ceil(12/min(12,T))"
                + "·stage2 (no hand-off or memory contention)");
        System.out.printf(Locale.ROOT, "%-6s %10s %10s %10s %10s %10s%n", "layers", "T=1", "T=2", "T=4", "T=8", "T=16");
        for (int layers = 1; layers <= 2; layers++) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-6d", layers));
            for (int t : new int[] {1, 2, 4, 8, 16}) {
                int chunks = Math.min(12, t);
                double l = Math.ceil(4.0 / t) * st[layers][0] + Math.ceil(12.0 / chunks) * st[layers][1];
                sb.append(String.format(Locale.ROOT, " %10.0f", l));
            }
            System.out.println(sb);
        }
    }

    /** Runs {@code r} until the thread has used {@code seconds} of CPU. */
    private static int cpuSeconds(Runnable r, double seconds) {
        long t0 = MX.getCurrentThreadCpuTime();
        int n = 0;
        do {
            r.run();
            n++;
        } while (MX.getCurrentThreadCpuTime() - t0 < seconds * 1e9);
        return n;
    }

    /** Best of 5 runs of {@code seconds} CPU each: µs of thread CPU per call. */
    private static double best(Runnable r, double seconds) {
        double best = Double.MAX_VALUE;
        for (int k = 0; k < 5; k++) {
            long t0 = MX.getCurrentThreadCpuTime();
            int n = cpuSeconds(r, seconds);
            best = Math.min(best, (MX.getCurrentThreadCpuTime() - t0) / 1e3 / n);
        }
        return best;
    }

    /** Bytes allocated by the caller and {@code workers} per call, over 20 calls. */
    private static long allocatedPerCall(UplinkFrontEnd fe, Thread[] workers, float[][][] in, float[][] pilots,
                                         float[] n0, float[][] llr, int batch) {
        long[] ids = new long[workers.length + 1];
        ids[0] = Thread.currentThread().threadId();
        for (int i = 0; i < workers.length; i++) {
            ids[i + 1] = workers[i].threadId();
        }
        long[] before = MX.getThreadAllocatedBytes(ids);
        for (int i = 0; i < 20; i++) {
            fe.process(in, 0, 1, pilots, n0, llr, batch);
        }
        long[] after = MX.getThreadAllocatedBytes(ids);
        long sum = 0;
        for (int i = 0; i < ids.length; i++) {
            sum += after[i] - before[i];
        }
        return sum / 20;
    }
}
