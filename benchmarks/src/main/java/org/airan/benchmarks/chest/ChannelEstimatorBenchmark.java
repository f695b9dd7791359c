package org.airan.benchmarks.chest;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.airan.phy.chest.ChannelEstimate;
import org.airan.phy.chest.ChannelEstimator;
import org.airan.phy.chest.ChannelEstimators;
import org.airan.phy.chest.PilotLayout;
import org.airan.phy.chest.TimeInterpolation;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.grid.ResourceGrid;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** DM-RS channel estimation of one slot: 30 kHz / 273 RB, 4 RX, type 1 DM-RS on symbols 2 and 11, 1 or 2 ports. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ChannelEstimatorBenchmark {

    @Param({"1", "2"})
    public int ports;

    @Param({"LS_LINEAR", "LMMSE"})
    public String kind;

    private ChannelEstimator est;
    private ResourceGrid grid;
    private float[][] dmrs;
    private ChannelEstimate out;

    @Setup
    public void setup() {
        CarrierConfig c = CarrierConfig.of(30, 273);
        int[] p = ports == 1 ? new int[] {0} : new int[] {0, 1};
        PilotLayout lay = PilotLayout.type1(0, 273, new int[] {2, 11}, p);
        est = ChannelEstimators.create(ChannelEstimators.Kind.valueOf(kind), lay, 4, c, TimeInterpolation.LINEAR,
                300e-9);
        grid = ResourceGrid.forSlot(c, 4);
        SplittableRandom r = new SplittableRandom(3);
        for (int a = 0; a < 4; a++) {
            float[] d = grid.data(a);
            for (int i = 0; i < d.length; i++) {
                d[i] = (float) (r.nextDouble() - 0.5);
            }
        }
        dmrs = new float[lay.numDmrsSymbols()][2 * lay.sequenceLength()];
        for (float[] s : dmrs) {
            for (int i = 0; i < s.length; i++) {
                s[i] = r.nextBoolean() ? 0.7071f : -0.7071f;
            }
        }
        out = ChannelEstimate.allocate(lay, 4, 14);
    }

    @Benchmark
    public ChannelEstimate estimateSlot() {
        est.estimate(grid, dmrs, out);
        return out;
    }
}
