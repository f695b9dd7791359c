package org.airan.vectors.sigmf;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * One capture segment (SigMF 1.x "Captures Array"): parameters that hold from {@code sampleStart} to the next
 * segment or the end of the dataset.
 *
 * @param sampleStart index of the first sample (per channel) of the segment in the dataset, {@code >= 0}
 *                    ({@code core:sample_start})
 * @param frequencyHz centre frequency of the recorded signal in Hz ({@code core:frequency}), or {@code null}
 * @param datetime    RFC 3339 UTC time of sample {@code sampleStart}, e.g. {@code 2026-01-01T00:00:00.000Z}
 *                    ({@code core:datetime}), or {@code null}
 * @param globalIndex index of sample {@code sampleStart} in the original sample stream ({@code core:global_index}),
 *                    or {@code null} (then equal to {@code sampleStart})
 * @param other       every other key of the segment (other extensions, unknown fields), kept as read; never null
 *                    (empty when none), a private copy
 */
public record SigmfCapture(long sampleStart, Double frequencyHz, String datetime, Long globalIndex,
                           ObjectNode other) {

    public SigmfCapture {
        if (sampleStart < 0) {
            throw new IllegalArgumentException("sampleStart must be >= 0 (SigMF core:sample_start), was "
                    + sampleStart);
        }
        if (frequencyHz != null && !Double.isFinite(frequencyHz)) {
            throw new IllegalArgumentException("frequencyHz must be finite (SigMF core:frequency), was "
                    + frequencyHz);
        }
        if (globalIndex != null && globalIndex < 0) {
            throw new IllegalArgumentException("globalIndex must be >= 0 (SigMF core:global_index), was "
                    + globalIndex);
        }
        other = other == null ? JsonNodeFactory.instance.objectNode() : other.deepCopy();
    }

    /** A segment starting at {@code sampleStart} with no other fields. */
    public static SigmfCapture at(long sampleStart) {
        return new SigmfCapture(sampleStart, null, null, null, null);
    }

    /** This segment with a centre frequency in Hz. */
    public SigmfCapture withFrequencyHz(double hz) {
        return new SigmfCapture(sampleStart, hz, datetime, globalIndex, other);
    }

    /** This segment with a timestamp (written as RFC 3339 UTC, e.g. {@code 2026-01-01T00:00:00Z}). */
    public SigmfCapture withDatetime(Instant time) {
        return new SigmfCapture(sampleStart, frequencyHz, DateTimeFormatter.ISO_INSTANT.format(time), globalIndex,
                other);
    }

    /** This segment with an index in the original sample stream. */
    public SigmfCapture withGlobalIndex(long index) {
        return new SigmfCapture(sampleStart, frequencyHz, datetime, index, other);
    }

    /** The timestamp as an {@link Instant}, or {@code null} when absent. */
    public Instant datetimeInstant() {
        return datetime == null ? null : Instant.parse(datetime);
    }

    /** The segment as a SigMF JSON object (typed fields first, then {@link #other()}). */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put(SigmfMetadata.SAMPLE_START, sampleStart);
        if (frequencyHz != null) {
            o.put("core:frequency", frequencyHz);
        }
        if (datetime != null) {
            o.put("core:datetime", datetime);
        }
        if (globalIndex != null) {
            o.put("core:global_index", globalIndex);
        }
        o.setAll(other.deepCopy());
        return o;
    }
}
