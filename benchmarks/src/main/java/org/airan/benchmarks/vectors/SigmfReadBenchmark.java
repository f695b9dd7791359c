package org.airan.benchmarks.vectors;

import org.airan.phy.grid.CarrierConfig;
import org.airan.vectors.sigmf.SigmfCursor;
import org.airan.vectors.sigmf.SigmfDatatype;
import org.airan.vectors.sigmf.SigmfReader;
import org.airan.vectors.sigmf.SigmfRecording;
import org.airan.vectors.sigmf.SigmfWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Streaming read of a 4-antenna recording, one slot per operation, converted to one interleaved {@code float[]}
 * per antenna: 30 kHz, 273 PRB, DFT 4096 (122.88 Msps), 61 440 samples per slot per antenna. The recording
 * (40 slots, 39 MB as ci16) is written once per trial and sits in the page cache, so this measures mapping and
 * conversion, not the disk. Samples per second per antenna = ops/s × 61 440.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SigmfReadBenchmark {

    private static final int ANTENNAS = 4;
    private static final int SLOTS = 40;

    @Param({"ci16_le", "cf32_le"})
    public String datatype;

    private Path dir;
    private SigmfRecording recording;
    private SigmfCursor cursor;
    private float[][] slot;
    private int slotSamples;
    private Arena arena;
    private MemorySegment raw;
    private byte[] rawSlot;
    private long rawPos;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        CarrierConfig carrier = CarrierConfig.of(30, 273, 4096);
        slotSamples = carrier.maxSlotLengthSamples();
        dir = Files.createTempDirectory("sigmf-bench");
        Random rnd = new Random(1);
        float[][] block = new float[ANTENNAS][2 * slotSamples];
        for (float[] ch : block) {
            for (int k = 0; k < ch.length; k++) {
                ch[k] = (float) (rnd.nextGaussian() * 0.1);
            }
        }
        try (SigmfWriter w = SigmfWriter.create(dir.resolve("bench"), SigmfDatatype.fromSigmfName(datatype),
                carrier.sampleRateHz(), ANTENNAS)) {
            for (int s = 0; s < SLOTS; s++) {
                w.write(block);
            }
        }
        recording = SigmfReader.open(dir.resolve("bench"));
        cursor = recording.cursor();
        slot = recording.newBuffer(slotSamples);
        arena = Arena.ofShared();
        try (FileChannel ch = FileChannel.open(recording.dataFile())) {
            raw = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
        }
        rawSlot = new byte[slotSamples * ANTENNAS * recording.datatype().bytesPerSample()];
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        recording.close();
        arena.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Reads the next slot of all four antennas (wrapping to the start at the end). */
    @Benchmark
    public float[][] readSlot() throws IOException {
        if (cursor.next(slotSamples, slot) < slotSamples) {
            cursor.seek(0);
            cursor.next(slotSamples, slot);
        }
        return slot;
    }

    /**
     * Baseline: copies the same slot's stored bytes out of a mapping of the same file, with no conversion. The
     * ratio {@code readSlot / rawCopySlot} is the cost of conversion, less sensitive to the load of a shared machine than either figure.
     */
    @Benchmark
    public byte[] rawCopySlot() {
        if (rawPos + rawSlot.length > raw.byteSize()) {
            rawPos = 0;
        }
        MemorySegment.copy(raw, ValueLayout.JAVA_BYTE, rawPos, rawSlot, 0, rawSlot.length);
        rawPos += rawSlot.length;
        return rawSlot;
    }
}
