package org.airan.benchmarks.channel;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.airan.phy.channel.TdlChannel;
import org.airan.phy.channel.TdlConfig;
import org.airan.phy.channel.TdlModel;
import org.airan.phy.grid.CarrierConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * TDL-C 300 ns, 100 Hz Doppler, 1 TX × 4 RX, 30 kHz / 273 RB (N = 4096, 122.88 MHz): one slot through the
 * time-domain tapped delay line (61 440 samples) and one slot of frequency response (14 × 3276 REs × 4 pairs).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TdlBenchmark {

    private TdlChannel ch;
    private float[][] tx;
    private float[][] rx;
    private float[][] h;
    private int slotLen;
    private long slot;

    @Setup
    public void setup() {
        CarrierConfig c = CarrierConfig.of(30, 273);
        ch = new TdlChannel(TdlConfig.of(TdlModel.TDL_C.profile(300e-9), 100, 1, 4, 1), c);
        slotLen = c.slotLengthSamples(0);
        tx = new float[1][2 * slotLen];
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < tx[0].length; i++) {
            tx[0][i] = (float) (r.nextDouble() - 0.5);
        }
        rx = new float[4][2 * slotLen];
        h = new float[4][2 * 14 * c.numSubcarriers()];
    }

    @Benchmark
    public float[][] timeDomainSlot() {
        ch.apply(tx, 0, rx, 0, slotLen);
        return rx;
    }

    @Benchmark
    public float[][] frequencyResponseSlot() {
        ch.frequencyResponse(slot++, h, 0);
        return h;
    }
}
