package org.airan.phy.ofdm;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.airan.phy.grid.ResourceGrid;

/**
 * An {@link OfdmDemodulator} that demodulates the ports of a slot in parallel on an {@link Executor}: one
 * single-threaded demodulator per port (each DFT stays on one thread), the calling thread doing port 0.
 * This is the pipeline-level parallelism of TS 38.211 §5.3.1 demodulation; build it with
 * {@link Ofdm#portParallelDemodulator}. A call allocates nothing itself; the executor may (e.g. a queue node per
 * task). Not thread-safe: one slot at a time.
 */
public final class PortParallelOfdmDemodulator implements OfdmDemodulator {

    private final OfdmDemodulator[] perPort;
    private final PortParallel runner;
    private float[][] curIn;
    private int curInOffset;
    private int curSlot;
    private ResourceGrid curGrid;

    /**
     * @param maxPorts most ports a call will carry, ≥ 1
     * @param factory  builds one demodulator per port (all with the same configuration)
     * @param executor runs ports 1..P-1 (e.g. a fixed pool of P-1 threads)
     */
    public PortParallelOfdmDemodulator(int maxPorts, Supplier<OfdmDemodulator> factory, Executor executor) {
        if (maxPorts < 1) {
            throw new IllegalArgumentException("maxPorts must be ≥ 1, was " + maxPorts);
        }
        perPort = new OfdmDemodulator[maxPorts];
        for (int p = 0; p < maxPorts; p++) {
            perPort[p] = Objects.requireNonNull(factory.get(), "factory returned null");
        }
        runner = new PortParallel(executor, maxPorts, p -> perPort[p].demodulate(curIn[p], curInOffset, curSlot,
                curGrid.data(p), curGrid.symbolOffset(0)));
    }

    @Override
    public OfdmConfig config() {
        return perPort[0].config();
    }

    @Override
    public String backendName() {
        return perPort[0].backendName() + "×" + perPort.length + " ports parallel";
    }

    @Override
    public void demodulate(float[] in, int inOffset, int slot, float[] grid, int gridOffset) {
        perPort[0].demodulate(in, inOffset, slot, grid, gridOffset);
    }

    @Override
    public void demodulate(float[][] in, int inOffset, int slot, ResourceGrid grid) {
        Objects.requireNonNull(in, "in");
        OfdmModulator.checkGrid(config(), grid, in.length);
        curIn = in;
        curInOffset = inOffset;
        curSlot = slot;
        curGrid = grid;
        try {
            runner.run(grid.numPorts());
        } finally {
            curIn = null;
            curGrid = null;
        }
    }
}
