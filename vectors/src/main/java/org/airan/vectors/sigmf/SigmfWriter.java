package org.airan.vectors.sigmf;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Writes a SigMF 1.x recording: samples are streamed (appended block by block, e.g. one slot at a time, from one
 * interleaved {@code float[]} per channel) and the metadata is written at {@link #close()}.
 *
 * <p>Both files appear atomically: samples go to a temporary file in the destination folder, and at close the
 * dataset and then the metadata (also first written to a temporary file) are renamed into place with
 * {@link StandardCopyOption#ATOMIC_MOVE}. A reader never sees a half-written recording, and a crash leaves only a
 * hidden {@code .tmp} file. {@code core:sha512} is computed while streaming and written into the metadata.
 *
 * <pre>{@code
 * try (SigmfWriter w = SigmfWriter.create(Path.of("cell"), SigmfDatatype.CI16_LE, 61.44e6, 4)) {
 *     w.metadata().addCapture(SigmfCapture.at(0).withFrequencyHz(3.5e9)).description("4-antenna uplink");
 *     for (float[][] slot : slots) {
 *         w.write(slot);                    // slot[c] = interleaved re, im of antenna c
 *     }
 * }
 * }</pre>
 *
 * <p>The datatype and number of channels are fixed when the writer is created. Integer datatypes are quantized as
 * documented on {@link SigmfDatatype}; saturated and non-finite samples are
 * counted ({@link #clippedCount()}, {@link #nonFiniteCount()}). {@link #write} allocates nothing. Not
 * thread-safe.
 */
public final class SigmfWriter implements Closeable {

    private final Path metaFile;
    private final Path dataFile;
    private final Path tmpData;
    private final SigmfMetadata metadata;
    private final int numChannels;
    private final FileChannel channel;
    private final SampleCodec codec;
    private final byte[] scratch;
    private final ByteBuffer scratchBuffer;
    private final MessageDigest digest;
    private long numSamples;
    private boolean closed;

    private SigmfWriter(Path path, SigmfMetadata metadata) throws IOException {
        this.metaFile = SigmfReader.metaPath(path).toAbsolutePath();
        this.dataFile = SigmfReader.dataPath(path).toAbsolutePath();
        this.metadata = metadata;
        this.numChannels = metadata.numChannels();
        this.codec = new SampleCodec(metadata.datatype(), numChannels);
        this.scratch = new byte[codec.chunkBytes()];
        this.scratchBuffer = ByteBuffer.wrap(scratch);
        this.digest = SigmfRecording.sha512();
        Path dir = dataFile.getParent();
        Files.createDirectories(dir);
        this.tmpData = Files.createTempFile(dir, "." + baseName(dataFile) + "-", SigmfReader.DATA_SUFFIX + ".tmp");
        makeReadable(tmpData);
        this.channel = FileChannel.open(tmpData, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /**
     * Starts a recording at {@code path} (the {@code .sigmf-meta}, the {@code .sigmf-data} or their base name) with
     * new metadata ({@link SigmfMetadata#create}).
     */
    public static SigmfWriter create(Path path, SigmfDatatype datatype, double sampleRateHz, int numChannels)
            throws IOException {
        return new SigmfWriter(path, SigmfMetadata.create(datatype, sampleRateHz, numChannels));
    }

    /**
     * Starts a recording with the given metadata (datatype and channels are taken from it; e.g. a copy of another
     * recording's metadata). The writer owns and updates it ({@code core:sha512}).
     */
    public static SigmfWriter create(Path path, SigmfMetadata metadata) throws IOException {
        metadata.validate(SigmfReader.metaPath(path));
        return new SigmfWriter(path, metadata);
    }

    /** The metadata to be written at close; add captures, annotations and fields to it while writing. */
    public SigmfMetadata metadata() {
        return metadata;
    }

    /** The metadata file this writer creates. */
    public Path metaFile() {
        return metaFile;
    }

    /** The dataset file this writer creates. */
    public Path dataFile() {
        return dataFile;
    }

    /** Samples per channel written so far (the index of the next sample). */
    public long numSamples() {
        return numSamples;
    }

    /** Samples saturated by quantization to an integer datatype so far. */
    public long clippedCount() {
        return codec.clipped;
    }

    /** Samples with a NaN or infinite component written so far (NaN is stored as 0 in integer datatypes). */
    public long nonFiniteCount() {
        return codec.nonFinite;
    }

    /** Appends all samples of {@code perChannel} ({@code perChannel[0].length / 2} samples per channel). */
    public SigmfWriter write(float[][] perChannel) throws IOException {
        return write(perChannel, 0, perChannel[0].length / 2);
    }

    /** Appends {@code numSamples} samples per channel from {@code perChannel[c][0 ..]}. */
    public SigmfWriter write(float[][] perChannel, int numSamples) throws IOException {
        return write(perChannel, 0, numSamples);
    }

    /**
     * Appends {@code numSamples} samples per channel: channel {@code c}'s sample {@code k} is
     * {@code perChannel[c][offset + 2k]} (re), {@code [offset + 2k + 1]} (im). Allocates nothing.
     */
    public SigmfWriter write(float[][] perChannel, int offset, int numSamples) throws IOException {
        if (closed) {
            throw new IllegalStateException("writer for " + metaFile.getFileName() + " is closed");
        }
        if (perChannel.length < numChannels) {
            throw new IllegalArgumentException("perChannel must hold " + numChannels + " channels, has "
                    + perChannel.length);
        }
        if (numSamples < 0) {
            throw new IllegalArgumentException("numSamples must be >= 0, was " + numSamples);
        }
        for (int c = 0; c < numChannels; c++) {
            Objects.checkFromIndexSize(offset, 2 * numSamples, perChannel[c].length);
        }
        for (int done = 0; done < numSamples; ) {
            int n = Math.min(numSamples - done, SampleCodec.CHUNK_FRAMES);
            int bytes = codec.encode(perChannel, offset + 2 * done, n, scratch);
            digest.update(scratch, 0, bytes);
            scratchBuffer.clear().limit(bytes);
            while (scratchBuffer.hasRemaining()) {
                channel.write(scratchBuffer);
            }
            done += n;
        }
        this.numSamples += numSamples;
        return this;
    }

    /**
     * Finishes the recording: sets {@code core:sha512}, adds a capture at sample 0 if there is none, validates the
     * metadata against the written data, and moves both files into place atomically. If validation fails, the
     * temporary files are removed and the exception is thrown. Idempotent.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        Path tmpMeta = null;
        try {
            channel.force(true);
            channel.close();
            if (metadata.numChannels() != numChannels || metadata.datatype() != codec.datatype()) {
                throw new IllegalStateException("core:num_channels and core:datatype must not change while "
                        + "writing: started as " + numChannels + " x " + codec.datatype() + ", now "
                        + metadata.numChannels() + " x " + metadata.datatype());
            }
            metadata.sha512(HexFormat.of().formatHex(digest.digest()));
            if (metadata.capturesJson().isEmpty()) {
                metadata.addCapture(SigmfCapture.at(0));
            }
            metadata.validate(metaFile);
            SigmfReader.checkExtents(metaFile, metadata, numSamples);
            tmpMeta = Files.createTempFile(metaFile.getParent(), "." + baseName(metaFile) + "-",
                    SigmfReader.META_SUFFIX + ".tmp");
            makeReadable(tmpMeta);
            try (FileChannel m = FileChannel.open(tmpMeta, StandardOpenOption.WRITE)) {
                m.write(ByteBuffer.wrap((metadata.toJson() + "\n").getBytes(StandardCharsets.UTF_8)));
                m.force(true);
            }
            Files.move(tmpData, dataFile, StandardCopyOption.ATOMIC_MOVE);
            Files.move(tmpMeta, metaFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmpData, e);
            if (tmpMeta != null) {
                deleteQuietly(tmpMeta, e);
            }
            throw e;
        }
    }

    /** Abandons the recording: closes and deletes the temporary dataset; nothing appears. Idempotent. */
    public void abort() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        channel.close();
        Files.deleteIfExists(tmpData);
    }

    private static void deleteQuietly(Path p, Exception primary) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            primary.addSuppressed(e);
        }
    }

    /**
     * Temporary files are created owner-only (0600); a recording is an ordinary file that other tools and users
     * read, so it gets rw-r--r-- where the file system has POSIX permissions.
     */
    private static void makeReadable(Path file) throws IOException {
        if (Files.getFileStore(file).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
