package org.airan.vectors.sigmf;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens SigMF 1.x recordings for streaming reads.
 *
 * <p>{@link #open(Path)} parses and validates the metadata ({@link SigmfMetadata#validate(Path)}), then checks it
 * against the dataset: the data file exists, its size is a whole number of samples of {@code core:datatype}, the
 * number of channels divides the number of samples, and no capture or annotation lies past the end of the data.
 * Every violation is a {@link SigmfException} naming the file, the field, the value and the rule.
 *
 * <pre>{@code
 * try (SigmfRecording rec = SigmfReader.open(Path.of("cell.sigmf-meta"))) {
 *     float[][] slot = rec.newBuffer(61440);
 *     SigmfCursor cur = rec.cursor();
 *     while (cur.next(61440, slot) > 0) { ... }
 * }
 * }</pre>
 */
public final class SigmfReader {

    /** Extension of a metadata file. */
    public static final String META_SUFFIX = ".sigmf-meta";
    /** Extension of a dataset file. */
    public static final String DATA_SUFFIX = ".sigmf-data";

    private SigmfReader() {
    }

    /**
     * Opens a recording; {@code path} is the {@code .sigmf-meta} file, the {@code .sigmf-data} file or their common
     * base name.
     */
    public static SigmfRecording open(Path path) throws SigmfException {
        return open(path, false, SigmfRecording.MAX_WINDOW_BYTES);
    }

    /**
     * Opens a recording and, when {@code verifySha512} is set and the metadata carries {@code core:sha512}, checks
     * the dataset's hash (reads the whole file once).
     */
    public static SigmfRecording open(Path path, boolean verifySha512) throws SigmfException {
        return open(path, verifySha512, SigmfRecording.MAX_WINDOW_BYTES);
    }

    /** As {@link #open(Path, boolean)} with a smaller mapping window (tests of window boundaries). */
    static SigmfRecording open(Path path, boolean verifySha512, long windowBytes) throws SigmfException {
        Path meta = metaPath(path);
        SigmfMetadata md = SigmfMetadata.parse(meta);
        Path data = md.dataset() != null ? meta.resolveSibling(md.dataset()) : dataPath(path);
        SigmfDatatype dt = md.datatype();
        int nc = md.numChannels();
        if (!Files.isRegularFile(data)) {
            if (md.metadataOnly()) {
                return new SigmfRecording(meta, data, md, null, 0, windowBytes);
            }
            throw new SigmfException(meta, "dataset", data.getFileName(),
                    "missing data file (expected next to the metadata file)");
        }
        long size;
        try {
            size = Files.size(data);
        } catch (IOException e) {
            throw SigmfException.io(data, "dataset size", e);
        }
        long bytes = size - md.trailingBytes();
        if (bytes < 0) {
            throw new SigmfException(meta, "global.core:trailing_bytes", md.trailingBytes(),
                    "exceeds the dataset size (" + size + " bytes)");
        }
        if (bytes % dt.bytesPerSample() != 0) {
            throw new SigmfException(data, "dataset size", bytes + " bytes",
                    "not a whole number of " + dt.sigmfName() + " samples (" + dt.bytesPerSample()
                            + " bytes each): data truncated?");
        }
        long total = bytes / dt.bytesPerSample();
        if (total % nc != 0) {
            throw new SigmfException(meta, "global.core:num_channels", nc,
                    "does not divide the dataset's " + total + " samples (" + bytes + " bytes of "
                            + dt.sigmfName() + "): data truncated?");
        }
        long numSamples = total / nc;
        checkExtents(meta, md, numSamples);
        FileChannel ch;
        try {
            ch = FileChannel.open(data);
        } catch (IOException e) {
            throw SigmfException.io(data, "opening dataset", e);
        }
        SigmfRecording rec = new SigmfRecording(meta, data, md, ch, numSamples, windowBytes);
        if (verifySha512) {
            try {
                rec.verifySha512();
            } catch (SigmfException e) {
                closeQuietly(rec, e);
                throw e;
            }
        }
        return rec;
    }

    static void checkExtents(Path meta, SigmfMetadata md, long numSamples) throws SigmfException {
        List<SigmfCapture> caps = md.captures();
        for (int i = 0; i < caps.size(); i++) {
            long s = caps.get(i).sampleStart();
            if (s > 0 && s >= numSamples) {
                throw new SigmfException(meta, "captures[" + i + "].core:sample_start", s,
                        "past the end of the data (" + numSamples + " samples per channel): data truncated?");
            }
        }
        List<SigmfAnnotation> ann = md.annotations();
        for (int i = 0; i < ann.size(); i++) {
            SigmfAnnotation a = ann.get(i);
            long end = a.sampleStart() + (a.sampleCount() == null ? 0 : a.sampleCount());
            if (end > numSamples) {
                throw new SigmfException(meta, "annotations[" + i + "].core:sample_start + core:sample_count", end,
                        "past the end of the data (" + numSamples + " samples per channel): data truncated?");
            }
        }
    }

    private static void closeQuietly(SigmfRecording rec, Exception primary) {
        try {
            rec.close();
        } catch (IOException e) {
            primary.addSuppressed(e);
        }
    }

    /** The {@code .sigmf-meta} file for a metadata, data or base path. */
    public static Path metaPath(Path path) {
        return withSuffix(path, META_SUFFIX);
    }

    /** The {@code .sigmf-data} file for a metadata, data or base path. */
    public static Path dataPath(Path path) {
        return withSuffix(path, DATA_SUFFIX);
    }

    private static Path withSuffix(Path path, String suffix) {
        String name = path.getFileName().toString();
        if (name.endsWith(META_SUFFIX)) {
            name = name.substring(0, name.length() - META_SUFFIX.length());
        } else if (name.endsWith(DATA_SUFFIX)) {
            name = name.substring(0, name.length() - DATA_SUFFIX.length());
        }
        return path.resolveSibling(name + suffix);
    }
}
