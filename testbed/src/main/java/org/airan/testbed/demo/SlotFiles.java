package org.airan.testbed.demo;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.airan.testbed.demo.DemoConfig.SampleFormat;

/**
 * Streams multi-channel slots to and from a SigMF data file ({@code .sigmf-data}): samples interleaved by channel
 * (sample 0 of channel 0, sample 0 of channel 1, ..., as SigMF specifies for {@code core:num_channels > 1}),
 * little-endian, in {@code cf32_le} or {@code ci16_le}.
 *
 * <p>Values are multiplied by {@code scale} on writing and divided by it on reading; {@code ci16_le} then maps
 * ±1.0 to ±{@value #CI16_FULL_SCALE}, rounding to nearest and saturating. Each writer/reader holds one buffer
 * sized for the longest slot and allocates nothing per slot.
 */
public final class SlotFiles {

    /** The int16 value of full scale (+1.0). */
    public static final int CI16_FULL_SCALE = 32767;

    private SlotFiles() {
    }

    /** Writes slots, one after the other, to a new data file. */
    public static final class Writer implements AutoCloseable {
        private final FileChannel ch;
        private final ByteBuffer buf;
        private final int numChannels;
        private final SampleFormat format;
        private final float scale;
        private long samplesWritten;
        private long clipped;

        /**
         * @param file           the data file (created or truncated)
         * @param maxSlotSamples the longest slot, in samples per channel
         */
        public Writer(Path file, SampleFormat format, int numChannels, int maxSlotSamples, float scale)
                throws IOException {
            this.ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
            this.buf = ByteBuffer.allocateDirect(maxSlotSamples * numChannels * format.bytesPerSample())
                    .order(ByteOrder.LITTLE_ENDIAN);
            this.numChannels = numChannels;
            this.format = format;
            this.scale = scale;
        }

        /** Writes {@code numSamples} samples of every channel, channel c from {@code iq[c]} (interleaved complex). */
        public void write(float[][] iq, int numSamples) throws IOException {
            buf.clear();
            if (format == SampleFormat.CF32) {
                for (int i = 0; i < numSamples; i++) {
                    for (int c = 0; c < numChannels; c++) {
                        buf.putFloat(iq[c][2 * i] * scale);
                        buf.putFloat(iq[c][2 * i + 1] * scale);
                    }
                }
            } else {
                float fs = scale * CI16_FULL_SCALE;
                for (int i = 0; i < numSamples; i++) {
                    for (int c = 0; c < numChannels; c++) {
                        buf.putShort(toShort(iq[c][2 * i] * fs));
                        buf.putShort(toShort(iq[c][2 * i + 1] * fs));
                    }
                }
            }
            buf.flip();
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            samplesWritten += numSamples;
        }

        private short toShort(float v) {
            int r = Math.round(v);
            if (r > Short.MAX_VALUE || r < -Short.MAX_VALUE) {
                clipped++;
                r = r > 0 ? Short.MAX_VALUE : -Short.MAX_VALUE;
            }
            return (short) r;
        }

        /** Samples per channel written so far. */
        public long samplesWritten() {
            return samplesWritten;
        }

        /** Real or imaginary parts that saturated in {@code ci16_le} (0 for {@code cf32_le}). */
        public long clipped() {
            return clipped;
        }

        @Override
        public void close() throws IOException {
            ch.force(false);
            ch.close();
        }
    }

    /** Reads slots, one after the other, from a data file. */
    public static final class Reader implements AutoCloseable {
        private final FileChannel ch;
        private final ByteBuffer buf;
        private final int numChannels;
        private final SampleFormat format;
        private final float invScale;
        private final Path file;

        /**
         * @param startSample first sample (per channel) to read, e.g. the first slot boundary
         */
        public Reader(Path file, SampleFormat format, int numChannels, int maxSlotSamples, float scale,
                      long startSample) throws IOException {
            this.file = file;
            this.ch = FileChannel.open(file, StandardOpenOption.READ);
            this.buf = ByteBuffer.allocateDirect(maxSlotSamples * numChannels * format.bytesPerSample())
                    .order(ByteOrder.LITTLE_ENDIAN);
            this.numChannels = numChannels;
            this.format = format;
            this.invScale = 1f / scale;
            ch.position(startSample * numChannels * format.bytesPerSample());
        }

        /**
         * Reads the next {@code numSamples} samples of every channel into {@code iq[c]} (interleaved complex).
         *
         * @throws EOFException naming the file when fewer samples remain
         */
        public void read(float[][] iq, int numSamples) throws IOException {
            buf.clear().limit(numSamples * numChannels * format.bytesPerSample());
            while (buf.hasRemaining()) {
                if (ch.read(buf) < 0) {
                    throw new EOFException(file + ": ends inside a slot (needed " + numSamples
                            + " more samples per channel)");
                }
            }
            buf.flip();
            if (format == SampleFormat.CF32) {
                for (int i = 0; i < numSamples; i++) {
                    for (int c = 0; c < numChannels; c++) {
                        iq[c][2 * i] = buf.getFloat() * invScale;
                        iq[c][2 * i + 1] = buf.getFloat() * invScale;
                    }
                }
            } else {
                float k = invScale / CI16_FULL_SCALE;
                for (int i = 0; i < numSamples; i++) {
                    for (int c = 0; c < numChannels; c++) {
                        iq[c][2 * i] = buf.getShort() * k;
                        iq[c][2 * i + 1] = buf.getShort() * k;
                    }
                }
            }
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }
}
