package org.airan.vectors.nr;

import org.airan.phy.dmrs.DmrsType;
import org.airan.phy.dmrs.SharedChannel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.airan.phy.dmrs.DmrsConfig;
import org.airan.phy.nr.McsTable;
import org.airan.phy.grid.CarrierConfig;
import org.airan.vectors.sigmf.SigmfDatatype;
import org.airan.vectors.sigmf.SigmfException;
import org.airan.vectors.sigmf.SigmfMetadata;
import org.airan.vectors.sigmf.SigmfReader;
import org.airan.vectors.sigmf.SigmfRecording;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NrMetadataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Slot lengths of a 60 kHz normal-CP carrier from TS 38.211 §5.3.1 written out independently: every symbol is
     * N + 9N/128 samples, and the first symbol of each half subframe (symbols 0 and 28, i.e. slots 0 and 2 of the
     * subframe) is 16κ·T_c = 2^µ·N/128 = N/32 samples longer.
     */
    @Test
    void slotTimingFollowsTheCyclicPrefixPattern() {
        int n = 1024;
        CarrierConfig c = CarrierConfig.of(60, 51, n);
        int base = 14 * (n + 9 * n / 128);
        int[] len = {base + n / 32, base, base + n / 32, base};
        assertEquals(c.samplesPerSubframe(), len[0] + len[1] + len[2] + len[3]);
        // First slot: frame 1023, slot 39 (the last of the frame at µ = 2), 100 samples in.
        NrMetadata nr = NrMetadata.of(NrCarrier.of(c), new NrFirstSlot(1023, 39, 100), null);
        long start = 100;
        for (int i = 0; i < 10; i++) {
            int slotInSubframe = (39 + i) % 4;
            assertEquals(start, nr.slotStartSample(i), "start of slot " + i);
            assertEquals(len[slotInSubframe], nr.slotLengthSamples(i), "length of slot " + i);
            start += len[slotInSubframe];
        }
        assertEquals(1023, nr.frame(0));
        assertEquals(39, nr.slotInFrame(0));
        assertEquals(0, nr.frame(1)); // SFN wraps at 1024 (TS 38.211 §4.3.1)
        assertEquals(0, nr.slotInFrame(1));
        assertEquals(1, nr.frame(41));
        assertEquals(0, nr.slotInFrame(41));
    }

    @Test
    void modelRoundTripsThroughSigmfJson() throws Exception {
        NrMetadata nr = NrTestRecordings.metadata();
        SigmfMetadata meta = SigmfMetadata.create(SigmfDatatype.CI16_LE, NrTestRecordings.CARRIER.sampleRateHz(), 1);
        nr.writeTo(meta);
        SigmfMetadata reparsed = SigmfMetadata.parse(meta.toJson(), Path.of("x.sigmf-meta"));
        NrMetadata back = NrMetadata.read(reparsed, Path.of("x.sigmf-meta")).orElseThrow();
        assertEquals(nr, back);
        assertEquals(List.of(NrMetadata.EXTENSION), reparsed.extensions());
        // Allocations are annotations spanning their slots, sorted, labelled.
        var anns = reparsed.annotations();
        assertEquals(2, anns.size());
        assertEquals(nr.slotStartSample(1), anns.get(0).sampleStart());
        assertEquals((long) nr.slotLengthSamples(1), anns.get(0).sampleCount());
        assertEquals("PDSCH 0x4601", anns.get(0).label());
        assertEquals("PUSCH 0x4602", anns.get(1).label());
        // The model maps onto the PHY's carrier configuration.
        assertEquals(NrTestRecordings.CARRIER, back.carrier().config());
        assertEquals(7.68e6, back.carrier().config().sampleRateHz());
    }

    /** A recording with the full nr extension still validates against the official SigMF schema. */
    @Test
    void writtenNrMetadataValidatesAgainstTheSigmfSchema(@TempDir Path dir) throws Exception {
        NrMetadata nr = NrTestRecordings.metadata();
        NrTestRecordings.write(dir.resolve("s"), nr, nr.requiredSamples());
        JsonSchema schema;
        try (InputStream in = NrMetadataTest.class.getResourceAsStream("/org/airan/vectors/sigmf/sigmf-schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(JSON.readTree(dir.resolve("s.sigmf-meta").toFile()));
        assertTrue(errors.isEmpty(), () -> "schema errors: " + errors);
    }

    /**
     * Allocations map onto the PHY's DmrsConfig. Type A, 14-symbol duration, dmrs-AdditionalPosition 1: DMRS at
     * l0 = 2 and symbol 11 for PDSCH (TS 38.211 Table 7.4.1.1.2-3) and PUSCH (Table 6.4.1.1.3-3).
     */
    @Test
    void allocationsMapOntoThePhyDmrsConfig() {
        NrMetadata nr = NrTestRecordings.metadata();
        DmrsConfig pdsch = nr.allocationsInSlot(1).getFirst().toDmrsConfig(500);
        assertEquals(SharedChannel.PDSCH, pdsch.channel());
        assertEquals(0, pdsch.startPrb());
        assertEquals(24, pdsch.numPrb());
        assertEquals(2, pdsch.startSymbol());
        assertEquals(12, pdsch.numSymbols());
        assertEquals(1234, pdsch.scramblingId()); // explicit N_ID
        assertArrayEquals(new int[]{2, 11}, pdsch.dmrsSymbols());
        DmrsConfig pusch = nr.allocationsInSlot(3).getFirst().toDmrsConfig(500);
        assertEquals(SharedChannel.PUSCH, pusch.channel());
        assertEquals(500, pusch.scramblingId()); // falls back to the cell ID
        assertArrayEquals(new int[]{0, 1}, pusch.ports());
        assertArrayEquals(new int[]{2, 11}, pusch.dmrsSymbols());
    }

    /** Every PHY MCS table has one extension name, transform-precoding tables last. */
    @Test
    void mcsTableNamesCoverEveryPhyTable() {
        assertEquals(McsTable.values().length, NrJson.MCS_TABLE_NAMES.size());
        for (McsTable t : McsTable.values()) {
            assertEquals(t.transformPrecoding(), NrJson.MCS_TABLE_NAMES.get(t.ordinal()).startsWith("tp_"), t.name());
        }
    }

    @Test
    void noExtensionMeansEmpty() throws Exception {
        SigmfMetadata meta = SigmfMetadata.create(SigmfDatatype.CF32_LE, 1e6, 1);
        assertTrue(NrMetadata.read(meta, null).isEmpty());
    }

    @Test
    void unknownFieldsSurviveReadModifyWrite() throws Exception {
        SigmfMetadata meta = SigmfMetadata.create(SigmfDatatype.CI16_LE, NrTestRecordings.CARRIER.sampleRateHz(), 1);
        NrTestRecordings.metadata().writeTo(meta);
        ObjectNode g = meta.global();
        g.put("nr:future_field", "kept");
        ((ObjectNode) g.get("nr:carrier")).put("band", "n20");
        ((ObjectNode) g.get("nr:ground_truth")).put("snr_db", 12.5);
        ObjectNode ann = (ObjectNode) meta.annotationsJson().get(0);
        ann.put("core:comment", "first PDSCH");
        ann.put("acme:score", 3);
        ((ObjectNode) ann.get("nr:allocation")).put("vendor_tag", 7);
        SigmfMetadata in = SigmfMetadata.parse(meta.toJson(), null);

        NrMetadata nr = NrMetadata.read(in, null).orElseThrow();
        assertEquals("kept", nr.extra().get("nr:future_field").asText());
        assertEquals("n20", nr.carrier().extra().get("band").asText());
        // Modify: drop the PUSCH allocation, write back into the same metadata.
        NrMetadata edited = nr.withAllocations(nr.allocationsInSlot(1));
        edited.writeTo(in);
        JsonNode out = JSON.readTree(in.toJson());
        assertEquals("kept", out.at("/global/nr:future_field").asText());
        assertEquals("n20", out.at("/global/nr:carrier/band").asText());
        assertEquals(12.5, out.at("/global/nr:ground_truth/snr_db").asDouble());
        assertEquals(1, out.get("annotations").size());
        assertEquals("first PDSCH", out.at("/annotations/0/core:comment").asText());
        assertEquals(3, out.at("/annotations/0/acme:score").asInt());
        assertEquals(7, out.at("/annotations/0/nr:allocation/vendor_tag").asInt());
        assertEquals(1, out.at("/global/core:extensions").size());
    }

    @Test
    void slotCursorReplaysWholeSlotsWithTheirNumbers(@TempDir Path dir) throws Exception {
        NrMetadata nr = NrTestRecordings.metadata();
        long samples = nr.requiredSamples() + 50; // a partial slot at the end is not returned
        NrTestRecordings.write(dir.resolve("v"), nr, samples);
        try (SigmfRecording rec = SigmfReader.open(dir.resolve("v"), true)) {
            NrMetadata back = NrMetadata.read(rec).orElseThrow();
            assertEquals(nr, back);
            NrSlotCursor slots = new NrSlotCursor(rec, back);
            float[][] iq = slots.newSlotBuffer();
            int[] frames = {1023, 1023, 0, 0};
            int[] slotNumbers = {8, 9, 0, 1};
            for (int i = 0; i < NrTestRecordings.NUM_SLOTS; i++) {
                assertTrue(slots.next(iq));
                assertEquals(i, slots.slotIndex());
                assertEquals(frames[i], slots.frame());
                assertEquals(slotNumbers[i], slots.slotInFrame());
                assertEquals(7680, slots.slotLengthSamples()); // 15 kHz: 1 ms slot at 7.68 Msps
                long first = NrTestRecordings.OFFSET + 7680L * i;
                assertEquals(first, slots.slotStartSample());
                assertEquals(first * 1e-6f, iq[0][0]);
                assertEquals((first + 7679) * 1e-6f, iq[1][2 * 7679]);
                assertEquals(1f, iq[1][1]);
            }
            assertFalse(slots.next(iq), "only the declared slots are replayed");
        }
    }

    @Test
    void truncatedDataIsReported(@TempDir Path dir) throws Exception {
        NrMetadata nr = NrMetadata.of(NrCarrier.of(NrTestRecordings.CARRIER), new NrFirstSlot(0, 0, 0), 2L);
        NrTestRecordings.write(dir.resolve("t"), nr, 7680 + 100);
        try (SigmfRecording rec = SigmfReader.open(dir.resolve("t"))) {
            SigmfException e = assertThrows(SigmfException.class, () -> NrMetadata.read(rec));
            assertEquals("t.sigmf-meta: global.nr:num_slots = 2: needs 15360 samples per channel but the dataset "
                    + "holds 7780: data truncated?", e.getMessage());
        }
    }

    @Test
    void recordsRejectValuesOutsideTheStandard() {
        assertThrows(IllegalArgumentException.class, () -> new NrFirstSlot(1024, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new NrDmrsConfig(DmrsType.TYPE1, 2, 0, 1, 3, null));
        assertThrows(IllegalArgumentException.class, () -> new NrDmrsConfig(DmrsType.TYPE2, 4, 0, 1, 1, null));
        assertThrows(IllegalArgumentException.class,
                () -> NrAllocation.of(SharedChannel.PDSCH, 0, 1, 0, 10, 10, 5, 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> NrAllocation.of(SharedChannel.PUSCH, 0, 1, 0, 10, 0, 14, 0, 0).withHarq(0, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> NrGroundTruth.ofCell(1008, List.of()));
        assertThrows(IllegalArgumentException.class, () -> NrGroundTruth.ofCell(1, List.of(3, 3)));
        // An allocation beyond the carrier's PRBs.
        NrAllocation wide = NrAllocation.of(SharedChannel.PDSCH, 0, 1, 20, 10, 0, 14, 0, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NrMetadata.of(NrCarrier.of(NrTestRecordings.CARRIER), NrFirstSlot.atStart(), null)
                        .withAllocations(List.of(wide)));
        assertTrue(e.getMessage().contains("numResourceBlocks = 24"), e.getMessage());
    }

    @Test
    void writingRefusesAMismatchedSampleRate() {
        SigmfMetadata meta = SigmfMetadata.create(SigmfDatatype.CI16_LE, 30.72e6, 1);
        NrMetadata nr = NrTestRecordings.metadata();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> nr.writeTo(meta));
        assertTrue(e.getMessage().contains("7680000.0 Hz"), e.getMessage());
    }
}
