package org.airan.benchmarks.nr;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.nr.McsTable;
import org.airan.phy.sch.PuschReceiver;
import org.airan.phy.sch.PuschTransmitter;
import org.airan.phy.sch.PxschConfig;
import org.airan.phy.sch.SchDecodeResult;
import org.airan.phy.sch.SchDecoderConfig;
import org.airan.phy.sch.SchLimits;
import org.airan.phy.sch.SharedChannels;

/**
 * Companion to {@link PuschReceiveBenchmark} for machines with fewer free cores than threads: the same slot (273 PRB,
 * 256QAM, 1 layer, equalized symbols plus Gaussian noise, ≤ 10 LDPC iterations), decoded with 1, 2 and 4 code-block
 * threads, with the parity-check (syndrome) stop alone and with the CRC-aided stop. For each case it reports wall
 * time per slot, the CPU time of every participating thread (caller and workers, ThreadMXBean), their sum, the
 * largest per-thread share (the critical path if every thread had a core of its own; hand-off wake-ups not
 * included), the mean LDPC iterations per code block and the CRC failures. The figures do not depend on how busy
 * the machine is, the wall time does.
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp benchmarks/target/benchmarks.jar
 * org.airan.benchmarks.nr.PuschReceiveCpuTime [warmupSlots [measureSlots [mcs:snrDb ...]]]} (defaults 400, 300,
 * {@code 20:30 27:30 20:19 27:25})
 */
public final class PuschReceiveCpuTime {

    private static final int[] THREADS = {1, 2, 4};

    private PuschReceiveCpuTime() {
    }

    /** One slot's equalized symbols. */
    private record Slot(PxschConfig cfg, float[] symbols, float[] noiseVar) {
    }

    static Slot slot(int mcs, double snrDb, long seed) {
        SchLimits limits = new SchLimits(273, 1, 8);
        DmrsConfig dmrs = DmrsConfig.typical(SharedChannel.PUSCH, 0, 14, 0, 273, 1, 1, 0);
        PxschConfig cfg = new PxschConfig(dmrs, McsTable.TABLE2_QAM256, mcs, 0x4601, 0, 0, 0, 0);
        PuschTransmitter tx = SharedChannels.puschTransmitter(limits);
        byte[] tb = new byte[cfg.tbs() / 8];
        SplittableRandom rnd = new SplittableRandom(seed);
        rnd.nextBytes(tb);
        ResourceGrid grid = ResourceGrid.allocate(1, 14, 12 * 273);
        tx.transmit(cfg, 0, 0, tb, 0, tb.length, grid);
        int n = cfg.numSymbolsTotal();
        float[] symbols = new float[2 * n];
        float[] noiseVar = new float[n];
        float n0 = (float) Math.pow(10, -snrDb / 10);
        double s = Math.sqrt(n0 / 2);
        int idx = 0;
        for (int l = 0; l < 14; l++) {
            boolean dm = dmrs.isDmrsSymbol(l);
            for (int k = 0; k < 12 * 273; k++) {
                if (dm && dmrs.isReservedInDmrsSymbol(k)) {
                    continue;
                }
                symbols[2 * idx] = (float) (grid.re(0, l, k) + s * rnd.nextGaussian());
                symbols[2 * idx + 1] = (float) (grid.im(0, l, k) + s * rnd.nextGaussian());
                noiseVar[idx++] = n0;
            }
        }
        return new Slot(cfg, symbols, noiseVar);
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int measure = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        List<String> cases = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            cases.add(args[i]);
        }
        if (cases.isEmpty()) {
            cases = List.of("20:30", "27:30", "20:19", "27:25");
        }
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%4s %6s %7s %7s %5s %9s %8s %10s %10s %10s %11s %8s %9s%n", "mcs", "snrDb",
                "crcStop", "threads", "C", "meanIter", "crcFail", "wall us", "cpu sum us", "caller us", "max thr us",
                "ideal/s", "B/slot");
        SchLimits limits = new SchLimits(273, 1, 8);
        for (String c : cases) {
            String[] f = c.split(":");
            int mcs = Integer.parseInt(f[0]);
            double snr = Double.parseDouble(f[1]);
            // 8 noise realizations, decoded in turn
            Slot[] slots = new Slot[8];
            for (int i = 0; i < slots.length; i++) {
                slots[i] = slot(mcs, snr, 100 + i);
            }
            PxschConfig cfg = slots[0].cfg();
            byte[] out = new byte[cfg.tbs() / 8];
            for (boolean crcStop : new boolean[] {false, true}) {
                for (int threads : THREADS) {
                    SchDecoderConfig dc = SchDecoderConfig.defaults(1, 10).withThreads(threads)
                            .withCrcEarlyStop(crcStop);
                    try (PuschReceiver rx = SharedChannels.puschReceiver(limits, dc)) {
                        SchDecodeResult res = new SchDecodeResult();
                        for (int i = 0; i < warmup; i++) {
                            Slot s = slots[i & 7];
                            rx.decodeEqualized(cfg, s.symbols(), s.noiseVar(), 0, 0, true, out, 0, res);
                        }
                        long[] ids = participantIds();
                        long[] cpu0 = mx.getThreadCpuTime(ids);
                        long[] alloc0 = mx.getThreadAllocatedBytes(ids);
                        long totalIter = 0;
                        long blocks = 0;
                        int fails = 0;
                        long t0 = System.nanoTime();
                        for (int i = 0; i < measure; i++) {
                            Slot s = slots[i & 7];
                            rx.decodeEqualized(cfg, s.symbols(), s.noiseVar(), 0, 0, true, out, 0, res);
                            totalIter += res.totalIterations();
                            blocks += res.numCodeBlocks();
                            fails += res.crcOk() ? 0 : 1;
                        }
                        long wall = System.nanoTime() - t0;
                        long[] cpu1 = mx.getThreadCpuTime(ids);
                        long[] alloc1 = mx.getThreadAllocatedBytes(ids);
                        long sum = 0;
                        long max = 0;
                        long bytes = 0;
                        for (int i = 0; i < ids.length; i++) {
                            long d = cpu1[i] - cpu0[i];
                            sum += d;
                            max = Math.max(max, d);
                            bytes += alloc1[i] - alloc0[i];
                        }
                        double perSlot = 1e-3 / measure;
                        System.out.printf(Locale.ROOT, "%4d %6.1f %7s %7d %5d %9.2f %8d %10.0f %10.0f %10.0f %11.0f "
                                        + "%8.0f %9.1f%n", mcs, snr, crcStop, threads, res.numCodeBlocks(),
                                (double) totalIter / blocks, fails, wall * perSlot, sum * perSlot,
                                (cpu1[0] - cpu0[0]) * perSlot, max * perSlot, 1e9 * measure / max,
                                (double) bytes / measure);
                    }
                }
            }
        }
    }

    /** This thread first, then the live code-block workers (named {@code airan-sch-cb-*}). */
    private static long[] participantIds() {
        List<Long> ids = new ArrayList<>();
        ids.add(Thread.currentThread().threadId());
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("airan-sch-cb-") && t.isAlive()) {
                ids.add(t.threadId());
            }
        }
        long[] a = new long[ids.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = ids.get(i);
        }
        return a;
    }
}
