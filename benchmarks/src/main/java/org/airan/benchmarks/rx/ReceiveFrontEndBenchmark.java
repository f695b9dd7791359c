package org.airan.benchmarks.rx;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.airan.phy.chest.ChannelEstimators;
import org.airan.phy.chest.TimeInterpolation;
import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.dmrs.DmrsType;
import org.airan.phy.dmrs.MappingType;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.modulation.SoftDemapper;
import org.airan.phy.modulation.SoftDemappers;
import org.airan.phy.nr.McsTable;
import org.airan.phy.dft.DftProcessors;
import org.airan.phy.ofdm.CpuOfdmDemodulator;
import org.airan.phy.ofdm.OfdmConfig;
import org.airan.phy.ofdm.OfdmDemodulator;
import org.airan.phy.sch.ChannelEstimate;
import org.airan.phy.sch.DmrsSchChannelEstimator;
import org.airan.phy.mimo.Equalizers;
import org.airan.phy.sch.MimoSchEqualizer;
import org.airan.phy.sch.MmseSchEqualizer;
import org.airan.phy.sch.PxschConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The PDSCH/PUSCH receive front end of one slot at 30 kHz, 273 RB (DFT 4096), 4 RX, 14-symbol allocation over the
 * whole carrier, DM-RS type 1 on symbols 2 and 11 (one additional position), 1 layer (port 0) or 2 layers (ports 0
 * and 2, distinct CDM groups), 16QAM (MCS 16 of Table 5.1.3.1-1), on one thread:
 * <ul>
 *   <li>{@code estimate}: {@link DmrsSchChannelEstimator} (DM-RS sequence generation, LS with CDM de-spreading,
 *       noise/RSRP, frequency interpolation LS-linear or LMMSE, linear time interpolation, copy into the chain's
 *       estimate);</li>
 *   <li>{@code equalize}: {@link MmseSchEqualizer} over all data REs;</li>
 *   <li>{@code frontEnd}: OFDM demodulation of the 4 antennas (the DFT {@link DftProcessors#create(int)} picks) → estimate → equalize → max-log soft demapping (the
 *       LLRs the LDPC decoder receives; decoding is not included).</li>
 *   <li>{@code equalizeMimo}, {@code frontEndMimo}: the same with {@link MimoSchEqualizer} (the structure-of-arrays
 *       MMSE of {@code org.airan.phy.mimo}, one call per OFDM symbol) in place of the per-RE double-precision
 *       {@link MmseSchEqualizer}.</li>
 * </ul>
 * One operation = one slot; real time at 30 kHz is 2000 slots/s. Warm up long enough for C2 to compile the
 * Vector-API kernels ({@code -wi 8 -w 2s}); {@link FrontEndCpuTime} measures the same slot in thread CPU time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class ReceiveFrontEndBenchmark {

    private static final int NUM_RX = 4;
    private static final int NUM_RB = 273;

    @Param({"1", "2"})
    public int layers;

    @Param({"LS_LINEAR", "LMMSE"})
    public String kind;

    private OfdmDemodulator demod;
    private float[][] iq;
    private ResourceGrid grid;
    private PxschConfig cfg;
    private DmrsSchChannelEstimator estimator;
    private ChannelEstimate estimate;
    private final MmseSchEqualizer equalizer = new MmseSchEqualizer();
    private MimoSchEqualizer mimoEqualizer;
    private final SoftDemapper demapper = SoftDemappers.maxLog();
    private float[] symbols;
    private float[] noiseVar;
    private float[] llr;

    @Setup
    public void setup() {
        CarrierConfig c = CarrierConfig.of(30, NUM_RB, 4096);
        // the DFT the factory picks (FFTW where the library is present, else the Vector-API Stockham FFT, else
        // JTransforms); the Vector-API code needs C2 compilation before it stops allocating: run with -wi 8 -w 2s
        demod = new CpuOfdmDemodulator(OfdmConfig.of(c), DftProcessors.create(c.dftSize()));
        iq = new float[NUM_RX][2 * c.maxSlotLengthSamples()];
        SplittableRandom r = new SplittableRandom(1);
        for (float[] a : iq) {
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) (r.nextGaussian() * 0.01);
            }
        }
        grid = ResourceGrid.forSlot(c, NUM_RX);
        demod.demodulate(iq, 0, 0, grid);
        int[] ports = layers == 1 ? new int[] {0} : new int[] {0, 2};
        DmrsConfig d = new DmrsConfig(SharedChannel.PUSCH, DmrsType.TYPE1, MappingType.A, 2, 1, 1, 0, 14, 0, NUM_RB,
                2, 0, 0, ports);
        cfg = new PxschConfig(d, McsTable.TABLE1_QAM64, 16, 1, 0, 0, 0, 0);
        estimator = new DmrsSchChannelEstimator(ChannelEstimators.Kind.valueOf(kind), c, NUM_RX,
                TimeInterpolation.LINEAR, 300e-9);
        estimate = new ChannelEstimate(NUM_RX, layers, c.numSubcarriers());
        symbols = new float[2 * cfg.numSymbolsTotal()];
        noiseVar = new float[cfg.numSymbolsTotal()];
        llr = new float[cfg.g()];
        mimoEqualizer = new MimoSchEqualizer(Equalizers.Kind.MMSE, NUM_RX, 2, c.numSubcarriers());
        estimator.estimate(grid, d, 0, estimate);
    }

    @Benchmark
    public float[] equalizeMimo() {
        mimoEqualizer.equalize(grid, estimate, cfg.dmrs(), symbols, noiseVar);
        return symbols;
    }

    @Benchmark
    public float[] frontEndMimo() {
        demod.demodulate(iq, 0, 0, grid);
        estimator.estimate(grid, cfg.dmrs(), 0, estimate);
        mimoEqualizer.equalize(grid, estimate, cfg.dmrs(), symbols, noiseVar);
        demapper.demap(cfg.modulation(), symbols, 0, noiseVar, 0, cfg.numSymbolsTotal(), llr, 0, 0);
        return llr;
    }

    @Benchmark
    public ChannelEstimate estimate() {
        estimator.estimate(grid, cfg.dmrs(), 0, estimate);
        return estimate;
    }

    @Benchmark
    public float[] equalize() {
        equalizer.equalize(grid, estimate, cfg.dmrs(), symbols, noiseVar);
        return symbols;
    }

    @Benchmark
    public float[] frontEnd() {
        demod.demodulate(iq, 0, 0, grid);
        estimator.estimate(grid, cfg.dmrs(), 0, estimate);
        equalizer.equalize(grid, estimate, cfg.dmrs(), symbols, noiseVar);
        demapper.demap(cfg.modulation(), symbols, 0, noiseVar, 0, cfg.numSymbolsTotal(), llr, 0, 0);
        return llr;
    }
}
