package org.airan.benchmarks.demo;

import java.util.concurrent.TimeUnit;
import org.airan.phy.Backend;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
import org.airan.phy.ofdm.Ofdm;
import org.airan.phy.ofdm.OfdmConfig;
import org.airan.phy.ofdm.OfdmDemodulator;
import org.airan.phy.ofdm.OfdmModulator;
import org.airan.testbed.demo.DemoSlotSource;
import org.airan.testbed.demo.EvmMeter;
import org.airan.testbed.demo.Impairments;
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
 * The per-slot receive work of {@code airan demo} without file I/O, on one thread, 30 kHz: OFDM demodulation of
 * every antenna (TS 38.211 §5.3.1), regeneration of the reference slot (TS 38.211 §5.1 mapping, §7.4.1.1.1
 * pilots), and pilot-aided EVM scoring per antenna. One operation = one slot, all antennas; real time is 2000
 * slots/s. {@code -prof gc} shows whether the loop allocates per slot.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class DemoReceiveBenchmark {

    /** Resource blocks at 30 kHz (default DFT size: 273 → 4096, 51 → 1024). */
    @Param({"273", "51"})
    public int prb;

    @Param({"4"})
    public int antennas;

    private OfdmDemodulator demod;
    private DemoSlotSource source;
    private EvmMeter meter;
    private float[][] iq;
    private ResourceGrid rx;
    private ResourceGrid ref;
    private long slot;

    @Setup
    public void setup() {
        CarrierConfig c = CarrierConfig.of(30, prb);
        OfdmConfig cfg = OfdmConfig.of(c);
        demod = Ofdm.demodulator(cfg, Backend.CPU);
        source = new DemoSlotSource(c, 1);
        meter = new EvmMeter(antennas);
        rx = ResourceGrid.forSlot(c, antennas);
        ref = ResourceGrid.forSlot(c, 1);
        // one noisy received slot per antenna, made the way the demo makes it (30 dB per-RE SNR)
        OfdmModulator mod = Ofdm.modulator(cfg, Backend.CPU);
        ResourceGrid tx = ResourceGrid.forSlot(c, 1);
        source.fill(0, tx, 0);
        float[] time = new float[2 * c.maxSlotLengthSamples()];
        mod.modulate(tx.data(0), tx.symbolOffset(0), 0, time, 0);
        Impairments ch = new Impairments(antennas, 1e-3 * c.dftSize() / c.numSubcarriers(), 1);
        iq = new float[antennas][];
        for (int a = 0; a < antennas; a++) {
            iq[a] = time.clone();
            ch.apply(a, iq[a], 0, c.slotLengthSamples(0));
        }
    }

    /** Demodulation only (the reference for the two below). */
    @Benchmark
    public ResourceGrid demodulate() {
        demod.demodulate(iq, 0, 0, rx);
        return rx;
    }

    /** Reference regeneration and scoring only. */
    @Benchmark
    public EvmMeter score() {
        source.fill(slot & 0xFFFF_FFFEL, ref, 0); // even slots: QPSK like slot 0 that iq holds
        slot += 2;
        for (int a = 0; a < antennas; a++) {
            meter.add(a, rx, a, ref, 0);
        }
        return meter;
    }

    /** What the demo does per slot after reading it: demodulate, regenerate, score. */
    @Benchmark
    public EvmMeter demodulateAndScore() {
        demod.demodulate(iq, 0, 0, rx);
        source.fill(0, ref, 0);
        for (int a = 0; a < antennas; a++) {
            meter.add(a, rx, a, ref, 0);
        }
        return meter;
    }
}
