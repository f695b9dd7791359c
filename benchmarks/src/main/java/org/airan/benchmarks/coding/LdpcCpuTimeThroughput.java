package org.airan.benchmarks.coding;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.SplittableRandom;
import org.airan.phy.coding.ldpc.LdpcBaseGraph;
import org.airan.phy.coding.ldpc.LdpcCode;
import org.airan.phy.coding.ldpc.LdpcDecodeResult;
import org.airan.phy.coding.ldpc.LdpcDecoder;
import org.airan.phy.coding.ldpc.LdpcDecoderConfig;
import org.airan.phy.coding.ldpc.LdpcDecoders;
import org.airan.phy.coding.ldpc.LdpcEncoders;

/**
 * Companion to {@link LdpcDecoderBenchmark} for oversubscribed machines: decoded information Mbps per second of
 * this thread's CPU time (ThreadMXBean), which does not count time the thread waited for a core. Same cases and
 * settings (Z_c = 384, 8 iterations, early termination off, offset min-sum); warm-up of 4 s CPU per decoder, then
 * the best of 5 measurements of about 1 s CPU each.
 *
 * <p>Run: {@code java --add-modules jdk.incubator.vector -cp benchmarks/target/benchmarks.jar
 * org.airan.benchmarks.coding.LdpcCpuTimeThroughput}
 */
public final class LdpcCpuTimeThroughput {

    private LdpcCpuTimeThroughput() {
    }

    public static void main(String[] args) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        String[] cases = {"BG1_R1_3", "BG1_R8_9", "BG2_R1_5"};
        String[] kinds = {"scalar", "vector", "int16"};
        System.out.println("| case | decoder | decodes/s (CPU) | info Mbps per core (CPU time) |");
        System.out.println("|---|---|---|---|");
        for (String cs : cases) {
            LdpcCode code = LdpcCode.of(cs.startsWith("BG1") ? LdpcBaseGraph.BG1 : LdpcBaseGraph.BG2, 384);
            int e = cs.equals("BG1_R8_9") ? code.k() * 9 / 8 : code.n();
            float[] llr = llrs(code, e);
            for (String kind : kinds) {
                LdpcDecoderConfig config = LdpcDecoderConfig.defaults(384, 8, false);
                LdpcDecoder decoder = switch (kind) {
                    case "scalar" -> LdpcDecoders.layeredMinSum(config);
                    case "vector" -> LdpcDecoders.vectorLayeredMinSum(config);
                    default -> LdpcDecoders.int16LayeredMinSum(config);
                };
                byte[] out = new byte[code.k()];
                LdpcDecodeResult result = new LdpcDecodeResult();
                run(mx, decoder, code, llr, out, result, 4_000_000_000L);
                double best = 0;
                for (int m = 0; m < 5; m++) {
                    best = Math.max(best, run(mx, decoder, code, llr, out, result, 1_000_000_000L));
                }
                System.out.printf("| %s | %s | %.0f | %.1f |%n", cs, kind, best, best * code.k() / 1e6);
            }
        }
    }

    /** Decodes until {@code cpuNanos} of thread CPU time have passed; returns decodes per CPU second. */
    private static double run(ThreadMXBean mx, LdpcDecoder decoder, LdpcCode code, float[] llr, byte[] out,
                              LdpcDecodeResult result, long cpuNanos) {
        long start = mx.getCurrentThreadCpuTime();
        long now = start;
        int count = 0;
        while (now - start < cpuNanos) {
            for (int i = 0; i < 10; i++) {
                decoder.decode(code, llr, 0, out, 0, result);
            }
            count += 10;
            now = mx.getCurrentThreadCpuTime();
        }
        return count / ((now - start) * 1e-9);
    }

    private static float[] llrs(LdpcCode code, int e) {
        SplittableRandom rnd = new SplittableRandom(1);
        byte[] c = new byte[code.k()];
        for (int i = 0; i < c.length; i++) {
            c[i] = (byte) rnd.nextInt(2);
        }
        byte[] d = new byte[code.n()];
        LdpcEncoders.create(384).encode(code, c, 0, d, 0);
        double sigma2 = 0.5 * Math.pow(10, -0.1);
        float[] llr = new float[code.n()];
        for (int j = 0; j < e; j++) {
            double u1 = rnd.nextDouble();
            double u2 = rnd.nextDouble();
            double noise = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
            llr[j] = (float) (2 * (1 - 2 * d[j] + Math.sqrt(sigma2) * noise) / sigma2);
        }
        return llr;
    }
}
