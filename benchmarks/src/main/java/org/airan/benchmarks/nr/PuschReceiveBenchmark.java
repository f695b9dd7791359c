package org.airan.benchmarks.nr;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The PUSCH receive chain after equalization for one slot, its code blocks decoded on {@link #threads} threads: max-log demapping → descrambling → rate
 * recovery → LDPC decoding (offset min-sum, ≤ 10 iterations, early termination) → CB CRC → concatenation → TB CRC.
 * 273 PRB × 14 symbols (2 DM-RS symbols), 1 layer, 256QAM (MCS table 2). One operation = one slot; at 30 kHz real
 * time is 2000 slots/s. The equalized symbols are the transmitted ones plus Gaussian noise at {@link #snrDb}: at
 * 30 dB the decoder stops after 1-2 iterations; near the threshold it needs many more.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
public class PuschReceiveBenchmark {

    /** I_MCS of Table 5.1.3.1-2 (20: 256QAM R = 682.5/1024; 27: 256QAM R = 948/1024). */
    @Param({"20", "27"})
    public int mcs;

    /** SNR of the equalized symbols in dB. */
    @Param({"30"})
    public double snrDb;

    /** Code-block decoding threads (the benchmark thread plus threads − 1 workers). */
    @Param({"1", "2"})
    public int threads;

    /** CRC-aided LDPC early stop (false: parity-check stop only). */
    @Param({"true"})
    public boolean crcEarlyStop;

    private PxschConfig cfg;
    private PuschReceiver receiver;
    private float[] symbols;
    private float[] noiseVar;
    private byte[] tbOut;
    private final SchDecodeResult result = new SchDecodeResult();
    private int failures;

    @Setup
    public void setup() {
        SchLimits limits = new SchLimits(273, 1, 8);
        DmrsConfig dmrs = DmrsConfig.typical(SharedChannel.PUSCH, 0, 14, 0, 273, 1, 1, 0);
        cfg = new PxschConfig(dmrs, McsTable.TABLE2_QAM256, mcs, 0x4601, 0, 0, 0, 0);
        PuschTransmitter tx = SharedChannels.puschTransmitter(limits);
        receiver = SharedChannels.puschReceiver(limits,
                SchDecoderConfig.defaults(1, 10).withThreads(threads).withCrcEarlyStop(crcEarlyStop));
        byte[] tb = new byte[cfg.tbs() / 8];
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < tb.length; i++) {
            tb[i] = (byte) rnd.nextInt(256);
        }
        ResourceGrid grid = ResourceGrid.allocate(1, 14, 12 * 273);
        tx.transmit(cfg, 0, 0, tb, 0, tb.length, grid);
        int n = cfg.numSymbolsTotal();
        symbols = new float[2 * n];
        noiseVar = new float[n];
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
        tbOut = new byte[tb.length];
    }

    @Benchmark
    public SchDecodeResult receiveSlot() {
        receiver.decodeEqualized(cfg, symbols, noiseVar, 0, 0, true, tbOut, 0, result);
        if (!result.crcOk()) {
            failures++;
        }
        return result;
    }

    @TearDown(Level.Trial)
    public void report() {
        System.out.printf("%n[pusch mcs %d @ %.1f dB, %d threads, crc stop %b] TBS %d, C %d, mean iterations %.2f, "
                + "CRC failures %d%n", mcs, snrDb, threads, crcEarlyStop, result.tbs(), result.numCodeBlocks(),
                result.meanIterations(), failures);
        receiver.close();
    }
}
