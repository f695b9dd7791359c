package org.airan.vectors.sigmf;

import java.io.Closeable;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * An open SigMF recording: validated metadata plus a memory-mapped, streaming view of its dataset that converts
 * any {@link SigmfDatatype} to one interleaved {@code float[]} (re, im) per channel.
 *
 * <p>The dataset is mapped in windows of at most {@link #MAX_WINDOW_BYTES} (each a whole number of samples), two
 * at a time, so a recording larger than memory, or than 2 GiB, replays sample by sample; the operating system
 * pages data in and out. {@link #read} and {@link SigmfCursor#next} allocate nothing (conversion scratch is
 * allocated at open); moving to another window maps it (once per window).
 *
 * <p>Not thread-safe: open the recording once per thread to read it in parallel. Close it to unmap the windows.
 */
public final class SigmfRecording implements Closeable {

    /** Largest mapped window of the dataset, 1 GiB. */
    public static final long MAX_WINDOW_BYTES = 1L << 30;
    private static final int HASH_BUFFER_BYTES = 1 << 20;

    private final Path metaFile;
    private final Path dataFile;
    private final SigmfMetadata metadata;
    private final SigmfDatatype datatype;
    private final int numChannels;
    private final long numSamples;
    private final long dataBytes;
    private final FileChannel channel;
    private final long windowBytes;
    private final int frameBytes;
    private final SampleCodec codec;

    private final Arena[] arenas = new Arena[2];
    private final MemorySegment[] windows = new MemorySegment[2];
    private final long[] windowIndex = {-1, -1};
    private int lastUsed;
    private boolean closed;

    SigmfRecording(Path metaFile, Path dataFile, SigmfMetadata metadata, FileChannel channel, long numSamples,
                   long windowBytesLimit) {
        this.metaFile = metaFile;
        this.dataFile = dataFile;
        this.metadata = metadata;
        this.datatype = metadata.datatype();
        this.numChannels = metadata.numChannels();
        this.numSamples = numSamples;
        this.channel = channel;
        this.codec = new SampleCodec(datatype, numChannels);
        this.frameBytes = codec.frameBytes();
        this.dataBytes = numSamples * frameBytes;
        long w = Math.max(1, Math.min(windowBytesLimit, MAX_WINDOW_BYTES) / frameBytes) * frameBytes;
        this.windowBytes = w;
    }

    /** The metadata file. */
    public Path metaFile() {
        return metaFile;
    }

    /** The dataset file. */
    public Path dataFile() {
        return dataFile;
    }

    /** The metadata (live: changes are not written back by this class; use {@link SigmfWriter} to write). */
    public SigmfMetadata metadata() {
        return metadata;
    }

    /** The stored sample format. */
    public SigmfDatatype datatype() {
        return datatype;
    }

    /** Number of channels ({@code core:num_channels}). */
    public int numChannels() {
        return numChannels;
    }

    /** Number of samples per channel in the dataset. */
    public long numSamples() {
        return numSamples;
    }

    /** {@code core:sample_rate} in Hz, or NaN when the metadata gives none. */
    public double sampleRateHz() {
        return metadata.sampleRateHz().orElse(Double.NaN);
    }

    /** A buffer for {@code numSamples} samples of every channel: {@code new float[numChannels][2 * numSamples]}. */
    public float[][] newBuffer(int numSamples) {
        return new float[numChannels][2 * numSamples];
    }

    /** A cursor at sample 0. */
    public SigmfCursor cursor() {
        return new SigmfCursor(this);
    }

    /** Reads into {@code out[c][0 ..]}; see {@link #read(long, int, float[][], int)}. */
    public int read(long sampleIndex, int numSamples, float[][] out) throws SigmfException {
        return read(sampleIndex, numSamples, out, 0);
    }

    /**
     * Reads {@code numSamples} samples per channel from {@code sampleIndex} (fewer when the dataset ends first) and
     * writes channel {@code c}'s sample {@code k} to {@code out[c][outOffset + 2k]} (re) and
     * {@code out[c][outOffset + 2k + 1]} (im), scaled to full scale 1.0 ({@link SigmfDatatype}). Allocates
     * nothing.
     *
     * @param sampleIndex first sample per channel, in {@code [0, numSamples()]}
     * @param numSamples  samples per channel wanted, {@code >= 0}
     * @param out         one array per channel (at least {@link #numChannels()}), each with room for
     *                    {@code 2 · numSamples} floats from {@code outOffset}; modified
     * @param outOffset   float index in each {@code out[c]} of the first real part
     * @return samples per channel read: {@code min(numSamples, numSamples() - sampleIndex)}
     * @throws SigmfException when mapping the dataset fails (e.g. the file was truncated after opening)
     */
    public int read(long sampleIndex, int numSamples, float[][] out, int outOffset) throws SigmfException {
        if (closed) {
            throw new IllegalStateException("recording " + metaFile.getFileName() + " is closed");
        }
        if (sampleIndex < 0 || sampleIndex > this.numSamples) {
            throw new IndexOutOfBoundsException("sampleIndex must be in [0, " + this.numSamples + "], was "
                    + sampleIndex);
        }
        if (numSamples < 0) {
            throw new IllegalArgumentException("numSamples must be >= 0, was " + numSamples);
        }
        int n = (int) Math.min(numSamples, this.numSamples - sampleIndex);
        if (out.length < numChannels) {
            throw new IllegalArgumentException("out must hold " + numChannels + " channels, has " + out.length);
        }
        for (int c = 0; c < numChannels; c++) {
            Objects.checkFromIndexSize(outOffset, 2 * n, out[c].length);
        }
        int done = 0;
        while (done < n) {
            long pos = (sampleIndex + done) * frameBytes;
            long w = pos / windowBytes;
            MemorySegment seg = window(w);
            long off = pos - w * windowBytes;
            int chunk = (int) Math.min(Math.min(n - done, (seg.byteSize() - off) / frameBytes),
                    SampleCodec.CHUNK_FRAMES);
            codec.decode(seg, off, chunk, out, outOffset + 2 * done);
            done += chunk;
        }
        return n;
    }

    private MemorySegment window(long w) throws SigmfException {
        if (windowIndex[lastUsed] == w) {
            return windows[lastUsed];
        }
        int other = 1 - lastUsed;
        if (windowIndex[other] == w) {
            lastUsed = other;
            return windows[other];
        }
        // Replace the least recently used window.
        if (arenas[other] != null) {
            arenas[other].close();
            arenas[other] = null;
            windowIndex[other] = -1;
        }
        long start = w * windowBytes;
        long size = Math.min(windowBytes, dataBytes - start);
        Arena arena = Arena.ofShared();
        try {
            windows[other] = channel.map(FileChannel.MapMode.READ_ONLY, start, size, arena);
        } catch (IOException | RuntimeException e) {
            arena.close();
            throw SigmfException.io(dataFile, "mapping bytes " + start + ".." + (start + size),
                    e instanceof IOException io ? io : new IOException(e));
        }
        arenas[other] = arena;
        windowIndex[other] = w;
        lastUsed = other;
        return windows[other];
    }

    /**
     * Scans every sample of every channel: RMS power (dBFS), peak, NaN/Inf and clipped counts. Streams through the
     * dataset with one chunk of scratch; never fails on non-finite samples.
     */
    public List<ChannelStats> scan() throws SigmfException {
        int chunk = SampleCodec.CHUNK_FRAMES;
        float[][] buf = newBuffer(chunk);
        double[] power = new double[numChannels];
        double[] peak2 = new double[numChannels];
        long[] finite = new long[numChannels];
        long[] nan = new long[numChannels];
        long[] inf = new long[numChannels];
        long[] clipped = new long[numChannels];
        float clip = (float) datatype.clipLevel();
        for (long pos = 0; pos < numSamples; ) {
            int n = read(pos, chunk, buf, 0);
            for (int c = 0; c < numChannels; c++) {
                float[] x = buf[c];
                double p = 0;
                double pk = peak2[c];
                for (int k = 0; k < 2 * n; k += 2) {
                    float re = x[k];
                    float im = x[k + 1];
                    if (Float.isNaN(re) || Float.isNaN(im)) {
                        nan[c]++;
                    } else if (Float.isInfinite(re) || Float.isInfinite(im)) {
                        inf[c]++;
                    } else {
                        double m2 = (double) re * re + (double) im * im;
                        p += m2;
                        pk = Math.max(pk, m2);
                        finite[c]++;
                        if (Math.abs(re) >= clip || Math.abs(im) >= clip) {
                            clipped[c]++;
                        }
                    }
                }
                power[c] += p;
                peak2[c] = pk;
            }
            pos += n;
        }
        List<ChannelStats> out = new ArrayList<>(numChannels);
        for (int c = 0; c < numChannels; c++) {
            double mean = finite[c] == 0 ? 0 : power[c] / finite[c];
            out.add(new ChannelStats(c, numSamples, 10 * Math.log10(mean), Math.sqrt(peak2[c]), nan[c], inf[c],
                    clipped[c]));
        }
        return out;
    }

    /** The SHA-512 of the whole dataset file (as {@code core:sha512} defines it), as 128 lower-case hex digits. */
    public String computeSha512() throws SigmfException {
        try (FileChannel ch = FileChannel.open(dataFile)) {
            return sha512Hex(ch);
        } catch (IOException e) {
            throw SigmfException.io(dataFile, "hashing", e);
        }
    }

    static String sha512Hex(FileChannel ch) throws IOException {
        MessageDigest md = sha512();
        ByteBuffer buf = ByteBuffer.allocateDirect(HASH_BUFFER_BYTES);
        while (ch.read(buf) >= 0) {
            buf.flip();
            md.update(buf);
            buf.clear();
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static MessageDigest sha512() {
        try {
            return MessageDigest.getInstance("SHA-512");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-512", e);
        }
    }

    /**
     * Checks the dataset against {@code core:sha512}.
     *
     * @return {@code true} when the hash matched, {@code false} when the metadata carries no hash
     * @throws SigmfException when the hash does not match (the dataset was changed or truncated)
     */
    public boolean verifySha512() throws SigmfException {
        String want = metadata.sha512();
        if (want == null) {
            return false;
        }
        String have = computeSha512();
        if (!have.equalsIgnoreCase(want)) {
            throw new SigmfException(metaFile, "global.core:sha512", want,
                    "does not match the SHA-512 of " + dataFile.getFileName() + " (" + have
                            + "): the dataset was changed or truncated");
        }
        return true;
    }

    /** Unmaps the dataset and closes the file. Idempotent. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        for (int i = 0; i < 2; i++) {
            if (arenas[i] != null) {
                arenas[i].close();
                arenas[i] = null;
            }
        }
        if (channel != null) {
            channel.close();
        }
    }

    @Override
    public String toString() {
        return metaFile.getFileName() + " (" + datatype + ", " + numChannels + " ch, " + numSamples + " samples)";
    }
}
