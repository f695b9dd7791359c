package org.airan.benchmarks.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table reader and the crossover rule of {@link GpuCellCapacity}. */
class GpuCellCapacityTest {

    @Test
    void readsTheRowsOfAPrintedTableAndSkipsEverythingElse(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("gpu-capacity.txt");
        Files.writeString(f, """
                Nov 28, 2026 3:27:22 PM org.airan.phy.gpu.GpuBackend state
                INFO: GPU backend: available
                backend GPU, 30 kHz 273 RB 4 RX 64QAM full slot, 300 timed calls per batch
                mode    layers cells     median_us       p99_us       max_us   cells_per_ms
                arrays  1      1             210.5        250.0        300.0           4.75
                arrays  1      4             400.0        450.0        470.0          10.00
                arrays, layers 1: 4 cells in real time (largest batch with p99 <= 500 us)
                staged  2      16            900.0        990.0       1000.0          17.78
                """);
        List<GpuCellCapacity.Row> rows = GpuCellCapacity.readTable(f);
        assertEquals(List.of(new GpuCellCapacity.Row("arrays", 1, 1, 210.5), new GpuCellCapacity.Row("arrays", 1, 4,
                400.0), new GpuCellCapacity.Row("staged", 2, 16, 900.0)), rows);
    }

    @Test
    void readsTablesWithAnFftColumnAsModeSlashFft(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("gpu-capacity.txt");
        Files.writeString(f, """
                mode    fft    layers cells     median_us       p99_us       max_us   cells_per_ms
                arrays  own    1      1             210.5        250.0        300.0           4.75
                staged  cufft  2      64           900.0        990.0       1000.0          71.11
                staged, fft cufft, layers 2: 0 cells in real time (largest batch with p99 <= 500 us)
                cpu16   -      1      4             300.0        350.0        360.0       13.33        1.00     2000.0
                """);
        assertEquals(List.of(new GpuCellCapacity.Row("arrays/own", 1, 1, 210.5),
                new GpuCellCapacity.Row("staged/cufft", 2, 64, 900.0), new GpuCellCapacity.Row("cpu16", 1, 4, 300.0)),
                GpuCellCapacity.readTable(f));
    }

    @Test
    void crossoverIsTheSmallestBatchFromWhichTheGpuStaysFaster() {
        TreeMap<Integer, double[]> m = new TreeMap<>();
        m.put(1, new double[] {300, 400});   // CPU faster
        m.put(4, new double[] {1200, 1100}); // GPU faster
        m.put(16, new double[] {4800, 5000}); // CPU faster again
        m.put(64, new double[] {19000, 9000}); // GPU faster
        assertEquals(64, GpuCellCapacity.crossover(m));
        m.put(16, new double[] {4800, 2000});
        assertEquals(4, GpuCellCapacity.crossover(m));
        m.put(1, new double[] {300, 200});
        assertEquals(1, GpuCellCapacity.crossover(m));
        m.put(64, new double[] {19000, 19000}); // a tie is not a win
        assertNull(GpuCellCapacity.crossover(m));
    }
}
