package org.airan.benchmarks.ofdm;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.airan.phy.Backend;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.dft.JTransformsDftProcessor;
import org.airan.phy.dft.StockhamDftProcessor;
import org.airan.phy.ofdm.CpuOfdmDemodulator;
import org.airan.phy.ofdm.Ofdm;
import org.airan.phy.ofdm.OfdmConfig;
import org.airan.phy.ofdm.OfdmDemodulator;
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
 * One slot of OFDM demodulation (TS 38.211 §5.3.1: CP removal, N-point DFT × 14 symbols, extraction of 12·N_RB
 * subcarriers, window-phase removal) for every port, on one thread. One operation = one slot, all ports; at 30 kHz
 * real time is 2000 slots/s. The window sits in the middle of the CP so the phase-removal path is included.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class OfdmDemodulatorBenchmark {

    /** "N_RB/DFT size" at 30 kHz. */
    @Param({"273/4096", "106/1536", "133/2048", "217/3072"})
    public String carrier;

    @Param({"1", "4"})
    public int ports;

    /**
     * DFT implementation: "factory" (what {@code Ofdm}/{@code DftProcessors} pick for the CPU backend: FFTW where
     * libfftw3f is installed) or
     * "jtransforms" (JTransforms for every size) or "stockham" (the Vector-API radix-4 FFT for powers of two,
     * the factory's choice otherwise), for comparison in one run.
     */
    @Param({"factory", "jtransforms", "stockham"})
    public String dft;

    private OfdmDemodulator demod;
    private float[][] iq;
    private ResourceGrid grid;

    @Setup
    public void setup() {
        String[] parts = carrier.split("/");
        CarrierConfig c = CarrierConfig.of(30, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        OfdmConfig cfg = OfdmConfig.of(c).withWindowOffsetFraction(0.5);
        demod = switch (dft) {
            case "factory" -> Ofdm.demodulator(cfg, Backend.CPU);
            case "jtransforms" -> new CpuOfdmDemodulator(cfg, new JTransformsDftProcessor(c.dftSize()));
            case "stockham" -> StockhamDftProcessor.supports(c.dftSize())
                    ? new CpuOfdmDemodulator(cfg, new StockhamDftProcessor(c.dftSize()))
                    : Ofdm.demodulator(cfg, Backend.CPU);
            default -> throw new IllegalArgumentException("dft must be factory, jtransforms or stockham, was " + dft);
        };
        iq = new float[ports][2 * c.maxSlotLengthSamples()];
        SplittableRandom r = new SplittableRandom(1);
        for (float[] a : iq) {
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) (r.nextDouble() - 0.5);
            }
        }
        grid = ResourceGrid.forSlot(c, ports);
    }

    @Benchmark
    public ResourceGrid demodulateSlot() {
        demod.demodulate(iq, 0, 0, grid);
        return grid;
    }
}
