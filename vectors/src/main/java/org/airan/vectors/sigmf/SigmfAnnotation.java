package org.airan.vectors.sigmf;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One annotation segment (SigMF 1.x "Annotations Array"): a statement about {@code sampleCount} samples from
 * {@code sampleStart}, optionally bounded in frequency.
 *
 * @param sampleStart       first sample (per channel) the annotation applies to, {@code >= 0}
 *                          ({@code core:sample_start})
 * @param sampleCount       number of samples it applies to, {@code >= 0} ({@code core:sample_count}), or
 *                          {@code null} (then to the end of the capture)
 * @param freqLowerEdgeHz   lower edge of the feature in Hz ({@code core:freq_lower_edge}), or {@code null}; given
 *                          together with the upper edge or not at all
 * @param freqUpperEdgeHz   upper edge in Hz ({@code core:freq_upper_edge}), {@code >= freqLowerEdgeHz}, or
 *                          {@code null}
 * @param label             short label, at most ~20 characters recommended ({@code core:label}), or {@code null}
 * @param comment           human-readable comment ({@code core:comment}), or {@code null}
 * @param other             every other key (extension fields such as {@code nr:allocation}, unknown fields); never
 *                          null, a private copy
 */
public record SigmfAnnotation(long sampleStart, Long sampleCount, Double freqLowerEdgeHz, Double freqUpperEdgeHz,
                              String label, String comment, ObjectNode other) {

    public SigmfAnnotation {
        if (sampleStart < 0) {
            throw new IllegalArgumentException("sampleStart must be >= 0 (SigMF core:sample_start), was "
                    + sampleStart);
        }
        if (sampleCount != null && sampleCount < 0) {
            throw new IllegalArgumentException("sampleCount must be >= 0 (SigMF core:sample_count), was "
                    + sampleCount);
        }
        if ((freqLowerEdgeHz == null) != (freqUpperEdgeHz == null)) {
            throw new IllegalArgumentException("freqLowerEdgeHz and freqUpperEdgeHz must be given together "
                    + "(SigMF core:freq_lower_edge/core:freq_upper_edge), were " + freqLowerEdgeHz + " and "
                    + freqUpperEdgeHz);
        }
        if (freqLowerEdgeHz != null && !(freqLowerEdgeHz <= freqUpperEdgeHz)) {
            throw new IllegalArgumentException("freqLowerEdgeHz must be <= freqUpperEdgeHz, were "
                    + freqLowerEdgeHz + " and " + freqUpperEdgeHz);
        }
        other = other == null ? JsonNodeFactory.instance.objectNode() : other.deepCopy();
    }

    /** An annotation of {@code sampleCount} samples from {@code sampleStart} with a label. */
    public static SigmfAnnotation of(long sampleStart, long sampleCount, String label) {
        return new SigmfAnnotation(sampleStart, sampleCount, null, null, label, null, null);
    }

    /** This annotation bounded in frequency (Hz). */
    public SigmfAnnotation withFrequencyEdges(double lowerHz, double upperHz) {
        return new SigmfAnnotation(sampleStart, sampleCount, lowerHz, upperHz, label, comment, other);
    }

    /** This annotation with a comment. */
    public SigmfAnnotation withComment(String text) {
        return new SigmfAnnotation(sampleStart, sampleCount, freqLowerEdgeHz, freqUpperEdgeHz, label, text, other);
    }

    /** The annotation as a SigMF JSON object (typed fields first, then {@link #other()}). */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put(SigmfMetadata.SAMPLE_START, sampleStart);
        if (sampleCount != null) {
            o.put("core:sample_count", sampleCount);
        }
        if (freqLowerEdgeHz != null) {
            o.put("core:freq_lower_edge", freqLowerEdgeHz);
            o.put("core:freq_upper_edge", freqUpperEdgeHz);
        }
        if (label != null) {
            o.put("core:label", label);
        }
        if (comment != null) {
            o.put("core:comment", comment);
        }
        o.setAll(other.deepCopy());
        return o;
    }
}
