package org.airan.vectors.nr;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.airan.phy.grid.CarrierConfig;
import org.airan.vectors.sigmf.SigmfException;
import org.airan.vectors.sigmf.SigmfExtension;
import org.airan.vectors.sigmf.SigmfMetadata;
import org.airan.vectors.sigmf.SigmfRecording;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@code nr} SigMF extension (v1) of a recording: the NR carrier, the slot grid, the per-slot PDSCH/PUSCH
 * allocations and the ground truth. The extension is defined field by field in the module README.
 *
 * <p>Slots are counted from the first slot boundary in the recording ({@link NrFirstSlot}): slot index {@code i}
 * starts at {@link #slotStartSample(long)} and lasts {@link #slotLengthSamples(long)} samples (slots holding a
 * long-CP symbol are 16κ·2^-µ T_c longer, TS 38.211 §5.3.1), and is slot {@link #slotInFrame(long)} of system
 * frame {@link #frame(long)}.
 *
 * @param carrier     the carrier (maps onto {@link CarrierConfig})
 * @param firstSlot   where the slot grid starts in the dataset; {@code firstSlot.slot()} must be below the
 *                    carrier's slots per frame
 * @param numSlots    number of whole slots the recording describes ({@code >= 1}), or {@code null} when not
 *                    declared; when declared, the dataset must hold them all
 * @param allocations PDSCH/PUSCH allocations, each within the carrier's PRBs and a slot's symbols and below
 *                    {@code numSlots}; kept sorted by slot index
 * @param groundTruth ground truth, or {@code null}
 * @param extra       unknown {@code nr:} keys of the {@code global} object, kept for a read-modify-write; never
 *                    null, a private copy
 */
public record NrMetadata(NrCarrier carrier, NrFirstSlot firstSlot, Long numSlots, List<NrAllocation> allocations,
                         NrGroundTruth groundTruth, ObjectNode extra) {

    /** The extension namespace: fields are named {@code nr:...}. */
    public static final String NAMESPACE = "nr";
    /** The version of the extension definition this library reads (any 1.x) and writes. */
    public static final String VERSION = "1.0.0";
    /** The {@code core:extensions} entry written: {@code {"name":"nr","version":"1.0.0","optional":true}}. */
    public static final SigmfExtension EXTENSION = new SigmfExtension(NAMESPACE, VERSION, true);

    public NrMetadata {
        if (carrier == null || firstSlot == null) {
            throw new IllegalArgumentException("carrier and firstSlot must not be null");
        }
        CarrierConfig c = carrier.config();
        if (firstSlot.slot() >= c.slotsPerFrame()) {
            throw new IllegalArgumentException("firstSlot.slot must be in [0, " + (c.slotsPerFrame() - 1)
                    + "] for µ = " + c.numerology() + " (TS 38.211 §4.3.2), was " + firstSlot.slot());
        }
        if (numSlots != null && numSlots < 1) {
            throw new IllegalArgumentException("numSlots must be >= 1, was " + numSlots);
        }
        List<NrAllocation> sorted = new ArrayList<>(allocations == null ? List.of() : allocations);
        sorted.sort(Comparator.comparingLong(NrAllocation::slotIndex));
        for (NrAllocation a : sorted) {
            checkAllocation(carrier, numSlots, a);
        }
        allocations = List.copyOf(sorted);
        if (groundTruth != null && numSlots != null && !groundTruth.traffic().isEmpty()) {
            long last = groundTruth.traffic().getLast().slotIndex();
            if (last >= numSlots) {
                throw new IllegalArgumentException("groundTruth.traffic slotIndex must be < numSlots = " + numSlots
                        + ", was " + last);
            }
        }
        extra = extra == null ? JsonNodeFactory.instance.objectNode() : extra.deepCopy();
    }

    /** Metadata with a carrier and slot grid only. */
    public static NrMetadata of(NrCarrier carrier, NrFirstSlot firstSlot, Long numSlots) {
        return new NrMetadata(carrier, firstSlot, numSlots, List.of(), null, null);
    }

    /** This metadata with other allocations. */
    public NrMetadata withAllocations(List<NrAllocation> newAllocations) {
        return new NrMetadata(carrier, firstSlot, numSlots, newAllocations, groundTruth, extra);
    }

    /** This metadata with other ground truth. */
    public NrMetadata withGroundTruth(NrGroundTruth truth) {
        return new NrMetadata(carrier, firstSlot, numSlots, allocations, truth, extra);
    }

    /**
     * Checks an allocation against a carrier and slot count: PRBs within N_RB, symbols within the slot, slot index
     * below {@code numSlots}.
     *
     * @throws IllegalArgumentException naming the rule broken
     */
    public static void checkAllocation(NrCarrier carrier, Long numSlots, NrAllocation a) {
        CarrierConfig c = carrier.config();
        if (a.prbStart() + a.prbCount() > c.numResourceBlocks()) {
            throw new IllegalArgumentException("prbStart + prbCount must be <= numResourceBlocks = "
                    + c.numResourceBlocks() + " (TS 38.214 §5.1.2.2), was " + (a.prbStart() + a.prbCount()));
        }
        if (a.symbolStart() + a.symbolCount() > c.symbolsPerSlot()) {
            throw new IllegalArgumentException("symbolStart + symbolCount must be <= " + c.symbolsPerSlot()
                    + " symbols per slot (TS 38.214 §5.1.2.1), was " + (a.symbolStart() + a.symbolCount()));
        }
        if (numSlots != null && a.slotIndex() >= numSlots) {
            throw new IllegalArgumentException("slotIndex must be < numSlots = " + numSlots + ", was "
                    + a.slotIndex());
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Slot timing

    /** Index (per channel) in the dataset of the first sample of slot {@code slotIndex} ({@code >= 0}). */
    public long slotStartSample(long slotIndex) {
        checkSlotIndex(slotIndex);
        long a0 = firstSlot.slot();
        return firstSlot.sampleOffset() + startInFrameGrid(a0 + slotIndex) - startInFrameGrid(a0);
    }

    /** Length in samples of slot {@code slotIndex}. */
    public int slotLengthSamples(long slotIndex) {
        checkSlotIndex(slotIndex);
        CarrierConfig c = carrier.config();
        return c.slotLengthSamples((int) ((firstSlot.slot() + slotIndex) % c.slotsPerSubframe()));
    }

    /** System frame number (0..1023) of slot {@code slotIndex}. */
    public int frame(long slotIndex) {
        checkSlotIndex(slotIndex);
        long a = firstSlot.slot() + slotIndex;
        return (int) ((firstSlot.frame() + a / carrier.config().slotsPerFrame()) % NrFirstSlot.FRAMES_PER_SFN_CYCLE);
    }

    /** Slot number within its frame (0..10·2^µ − 1) of slot {@code slotIndex}. */
    public int slotInFrame(long slotIndex) {
        checkSlotIndex(slotIndex);
        return (int) ((firstSlot.slot() + slotIndex) % carrier.config().slotsPerFrame());
    }

    /** Samples per channel the declared slots need ({@code slotStartSample(numSlots)}), or -1 if undeclared. */
    public long requiredSamples() {
        return numSlots == null ? -1 : slotStartSample(numSlots);
    }

    /** The allocations of slot {@code slotIndex} (a new list; not for per-slot hot paths). */
    public List<NrAllocation> allocationsInSlot(long slotIndex) {
        List<NrAllocation> out = new ArrayList<>();
        for (NrAllocation a : allocations) {
            if (a.slotIndex() == slotIndex) {
                out.add(a);
            }
        }
        return out;
    }

    /** Start of absolute slot {@code a} (counted from a subframe boundary) relative to that boundary. */
    private long startInFrameGrid(long a) {
        CarrierConfig c = carrier.config();
        int spsf = c.slotsPerSubframe();
        return (a / spsf) * c.samplesPerSubframe() + c.slotStartInSubframe((int) (a % spsf));
    }

    private static void checkSlotIndex(long slotIndex) {
        if (slotIndex < 0) {
            throw new IllegalArgumentException("slotIndex must be >= 0, was " + slotIndex);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // SigMF mapping

    /**
     * Reads the {@code nr} extension from metadata, or returns empty when the recording neither declares it nor
     * holds {@code nr:} fields.
     *
     * @param file the metadata file, named in error messages (may be {@code null})
     * @throws SigmfException naming the file, field, value and rule of the first problem
     */
    public static Optional<NrMetadata> read(SigmfMetadata meta, Path file) throws SigmfException {
        return Optional.ofNullable(NrJson.read(meta, file));
    }

    /**
     * Reads the {@code nr} extension of an open recording and checks it against the dataset: the sample rate equals
     * the carrier's {@code dftSize · Δf}, the first slot boundary lies in the data, and the data holds every declared
     * slot.
     */
    public static Optional<NrMetadata> read(SigmfRecording recording) throws SigmfException {
        Path file = recording.metaFile();
        NrMetadata nr = NrJson.read(recording.metadata(), file);
        if (nr == null) {
            return Optional.empty();
        }
        long have = recording.numSamples();
        if (nr.firstSlot().sampleOffset() > have) {
            throw new SigmfException(file, "global.nr:first_slot.sample_offset", nr.firstSlot().sampleOffset(),
                    "past the end of the data (" + have + " samples per channel)");
        }
        if (nr.numSlots() != null && nr.requiredSamples() > have) {
            throw new SigmfException(file, "global.nr:num_slots", nr.numSlots(),
                    "needs " + nr.requiredSamples() + " samples per channel but the dataset holds " + have
                            + ": data truncated?");
        }
        return Optional.of(nr);
    }

    /**
     * Writes this extension into {@code meta}: declares it in {@code core:extensions}, sets the {@code nr:} global
     * fields (keeping unknown keys), and writes one annotation per allocation spanning its slot, reusing the
     * existing annotation of the same channel, slot and RNTI so that its other keys survive; {@code nr} annotations
     * of allocations no longer present are removed.
     *
     * @throws IllegalArgumentException when {@code meta}'s sample rate is set and differs from the carrier's
     */
    public void writeTo(SigmfMetadata meta) {
        NrJson.write(this, meta);
    }
}
