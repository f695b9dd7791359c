package org.airan.phy.ofdm;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.airan.phy.grid.ResourceGrid;

/**
 * An {@link OfdmModulator} that modulates the ports of a slot in parallel on an {@link Executor}: one
 * single-threaded modulator per port, the calling thread doing port 0 (TS 38.211 §5.3.1 per antenna port).
 * Build it with {@link Ofdm#portParallelModulator}. A call allocates nothing itself; the executor may.
 * Not thread-safe: one slot at a time.
 */
public final class PortParallelOfdmModulator implements OfdmModulator {

    private final OfdmModulator[] perPort;
    private final PortParallel runner;
    private ResourceGrid curGrid;
    private int curSlot;
    private float[][] curOut;
    private int curOutOffset;

    /**
     * @param maxPorts most ports a call will carry, ≥ 1
     * @param factory  builds one modulator per port (all with the same configuration)
     * @param executor runs ports 1..P-1
     */
    public PortParallelOfdmModulator(int maxPorts, Supplier<OfdmModulator> factory, Executor executor) {
        if (maxPorts < 1) {
            throw new IllegalArgumentException("maxPorts must be ≥ 1, was " + maxPorts);
        }
        perPort = new OfdmModulator[maxPorts];
        for (int p = 0; p < maxPorts; p++) {
            perPort[p] = Objects.requireNonNull(factory.get(), "factory returned null");
        }
        runner = new PortParallel(executor, maxPorts, p -> perPort[p].modulate(curGrid.data(p),
                curGrid.symbolOffset(0), curSlot, curOut[p], curOutOffset));
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
    public void modulate(float[] grid, int gridOffset, int slot, float[] out, int outOffset) {
        perPort[0].modulate(grid, gridOffset, slot, out, outOffset);
    }

    @Override
    public void modulate(ResourceGrid grid, int slot, float[][] out, int outOffset) {
        Objects.requireNonNull(out, "out");
        OfdmModulator.checkGrid(config(), grid, out.length);
        curGrid = grid;
        curSlot = slot;
        curOut = out;
        curOutOffset = outOffset;
        try {
            runner.run(grid.numPorts());
        } finally {
            curGrid = null;
            curOut = null;
        }
    }
}
