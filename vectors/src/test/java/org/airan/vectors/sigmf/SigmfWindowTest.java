package org.airan.vectors.sigmf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reads across mapping windows, and a dataset past 2 GiB (a sparse file, so it costs no disk). */
class SigmfWindowTest {

    @Test
    void readsAcrossSmallWindowsMatchOneBigRead(@TempDir Path dir) throws Exception {
        int n = 5000;
        float[][] x = SigmfRoundTripTest.randomBlock(new Random(7), 3, n);
        try (SigmfWriter w = SigmfWriter.create(dir.resolve("w"), SigmfDatatype.CI16_BE, 1e6, 3)) {
            w.write(x);
        }
        float[][] ref;
        try (SigmfRecording rec = SigmfReader.open(dir.resolve("w"))) {
            ref = rec.newBuffer(n);
            rec.read(0, n, ref);
        }
        // A window of 1000 bytes holds 83 whole 12-byte samples (3 channels x ci16): reads cross windows often.
        try (SigmfRecording rec = SigmfReader.open(dir.resolve("w"), false, 1000)) {
            float[][] got = rec.newBuffer(n);
            var cur = rec.cursor();
            int pos = 0;
            int step = 1;
            while (cur.hasRemaining()) {
                pos += cur.next(step, got, 2 * pos);
                step = step * 3 % 1021 + 1;
            }
            for (int c = 0; c < 3; c++) {
                assertArrayEquals(ref[c], got[c]);
            }
            // Jump back and forth between windows.
            float[][] one = rec.newBuffer(1);
            for (int k : new int[]{4999, 0, 83, 82, 2500, 84, 4998}) {
                rec.read(k, 1, one);
                assertEquals(ref[1][2 * k], one[1][0]);
                assertEquals(ref[2][2 * k + 1], one[2][1]);
            }
        }
    }

    @Test
    void datasetLargerThanTwoGibibytes(@TempDir Path dir) throws Exception {
        long bytes = 3L << 30; // 3 GiB of cf32_le, one channel: 402 653 184 samples
        Path data = dir.resolve("big.sigmf-data");
        long[] marks = {0, (1L << 30) / 8 - 1, (1L << 30) / 8, (5L << 29) / 8 + 3, bytes / 8 - 1};
        try (RandomAccessFile f = new RandomAccessFile(data.toFile(), "rw")) {
            f.setLength(bytes); // sparse: reads as zeros
            for (long k : marks) {
                f.seek(8 * k);
                byte[] b = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                        .putFloat(k % 1000 + 0.5f).putFloat(-(k % 777)).array();
                f.write(b);
            }
        }
        Files.writeString(dir.resolve("big.sigmf-meta"), "{\"global\":{\"core:datatype\":\"cf32_le\","
                + "\"core:version\":\"1.2.0\",\"core:sample_rate\":1e6},\"captures\":[{\"core:sample_start\":0}],"
                + "\"annotations\":[{\"core:sample_start\":402653000,\"core:sample_count\":184}]}");
        try (SigmfRecording rec = SigmfReader.open(dir.resolve("big"))) {
            assertEquals(bytes / 8, rec.numSamples());
            float[][] buf = rec.newBuffer(4);
            for (long k : marks) {
                int got = rec.read(k, 2, buf);
                assertEquals(k == bytes / 8 - 1 ? 1 : 2, got);
                assertEquals(k % 1000 + 0.5f, buf[0][0]);
                assertEquals(-(k % 777), buf[0][1]);
            }
            // One read spanning the first 1 GiB window boundary.
            long k = (1L << 30) / 8 - 1;
            assertEquals(4, rec.read(k - 1, 4, buf));
            assertEquals(0f, buf[0][0]);
            assertEquals(k % 1000 + 0.5f, buf[0][2]);
            assertEquals((k + 1) % 1000 + 0.5f, buf[0][4]);
            assertEquals(0f, buf[0][6]);
        }
    }
}
