package org.airan.benchmarks.ofdm;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.airan.phy.Backend;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.ofdm.Ofdm;
import org.airan.phy.ofdm.OfdmConfig;
import org.airan.phy.ofdm.OfdmModulator;
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
 * One slot of OFDM modulation (TS 38.211 §5.3.1: subcarrier mapping with 1/√K scaling and the §5.4 phase, N-point
 * inverse DFT × 14 symbols, CP insertion) for every port, on one thread, with the factory's CPU DFT. One operation =
 * one slot, all ports; real time at 30 kHz is 2000 slots/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class OfdmModulatorBenchmark {

    /** "N_RB/DFT size" at 30 kHz. */
    @Param({"273/4096", "106/1536"})
    public String carrier;

    @Param({"1", "4"})
    public int ports;

    private OfdmModulator mod;
    private ResourceGrid grid;
    private float[][] iq;

    @Setup
    public void setup() {
        String[] parts = carrier.split("/");
        CarrierConfig c = CarrierConfig.of(30, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        mod = Ofdm.modulator(OfdmConfig.of(c).withCarrierFrequencyHz(3.5e9), Backend.CPU);
        grid = ResourceGrid.forSlot(c, ports);
        SplittableRandom r = new SplittableRandom(2);
        for (int p = 0; p < ports; p++) {
            float[] a = grid.data(p);
            for (int i = 0; i < a.length; i++) {
                a[i] = r.nextBoolean() ? 0.7071f : -0.7071f;
            }
        }
        iq = new float[ports][2 * c.maxSlotLengthSamples()];
    }

    @Benchmark
    public float[][] modulateSlot() {
        mod.modulate(grid, 0, iq, 0);
        return iq;
    }
}
