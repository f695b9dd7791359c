package org.airan.vectors.nr;


import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.airan.vectors.sigmf.SigmfException;
import org.airan.vectors.sigmf.SigmfReader;
import org.airan.vectors.sigmf.SigmfRecording;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table of broken {@code nr} metadata: each row mutates the metadata tree of a valid recording
 * ({@link NrTestRecordings}) and names the fragment the error must contain.
 */
class NrValidationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static ObjectNode g(ObjectNode root) {
        return (ObjectNode) root.get("global");
    }

    static ObjectNode carrier(ObjectNode root) {
        return (ObjectNode) g(root).get("nr:carrier");
    }

    static ObjectNode alloc(ObjectNode root) {
        return (ObjectNode) root.get("annotations").get(0).get("nr:allocation");
    }

    static Arguments row(String fragment, Consumer<ObjectNode> mutation) {
        return Arguments.of(fragment, mutation);
    }

    static Stream<Arguments> mutations() {
        return Stream.of(
                row("global.nr:carrier = {", r -> carrier(r).put("scs_khz", 45)),
                row("subcarrierSpacingKhz must be one of 15, 30, 60, 120, 240 (TS 38.211 Table 4.2-1), was 45",
                        r -> carrier(r).put("scs_khz", 45)),
                row("global.nr:carrier.n_rb = 300: must be in [1, 275] (TS 38.211 §4.4.2)",
                        r -> carrier(r).put("n_rb", 300)),
                row("global.nr:carrier.dft_size = (missing): required integer is missing",
                        r -> carrier(r).remove("dft_size")),
                row("global.nr:carrier.cyclic_prefix = \"long\": must be \"normal\" or \"extended\"",
                        r -> carrier(r).put("cyclic_prefix", "long")),
                row("cyclicPrefix EXTENDED is defined only for 60 kHz", r -> carrier(r).put("cyclic_prefix",
                        "extended")),
                row("global.nr:carrier = (missing): required object is missing", r -> g(r).remove("nr:carrier")),
                row("global.nr:first_slot.slot = 10: must be in [0, 9] (TS 38.211 §4.3.2, µ = 0)",
                        r -> ((ObjectNode) g(r).get("nr:first_slot")).put("slot", 10)),
                row("global.nr:first_slot.frame = 1024: must be in [0, 1023] (TS 38.211 §4.3.1)",
                        r -> ((ObjectNode) g(r).get("nr:first_slot")).put("frame", 1024)),
                row("global.core:sample_rate = 7680001.0: must equal the nr carrier's dft_size · scs = 512 · 15 kHz",
                        r -> g(r).put("core:sample_rate", 7680001.0)),
                row("nr: fields are present but the nr extension is not declared",
                        r -> g(r).remove("core:extensions")),
                row("global.core:extensions[nr].version = 2.0.0: this reader supports nr extension versions 1.x",
                        r -> ((ObjectNode) g(r).get("core:extensions").get(0)).put("version", "2.0.0")),
                row("global.nr:num_slots = 0: must be >= 1", r -> g(r).put("nr:num_slots", 0)),
                row("annotations[0].nr:allocation = {", r -> alloc(r).put("prb_start", 20)),
                row("prbStart + prbCount must be <= numResourceBlocks = 24 (TS 38.214 §5.1.2.2), was 44",
                        r -> alloc(r).put("prb_start", 20)),
                row("annotations[0].nr:allocation.symbol_count = 15: must be in [1, 14] (TS 38.214 §5.1.2.1)",
                        r -> alloc(r).put("symbol_count", 15)),
                row("symbolCount must be in [1, 12] (TS 38.214 Table 5.1.2.1-1, symbolStart + symbolCount <= 14)",
                        r -> alloc(r).put("symbol_count", 13)),
                row("annotations[0].nr:allocation.rv = 4: must be in [0, 3] (TS 38.212 §5.4.2.1)",
                        r -> alloc(r).put("rv", 4)),
                row("annotations[0].nr:allocation.mcs_index = 32: must be in [0, 31] (TS 38.214 §5.1.3.1)",
                        r -> alloc(r).put("mcs_index", 32)),
                row("annotations[0].nr:allocation.rnti = 65536: must be in [0, 65535] (TS 38.321 §7.1)",
                        r -> alloc(r).put("rnti", 65536)),
                row("annotations[0].nr:allocation.channel = \"PBCH\": must be \"PDSCH\" or \"PUSCH\"",
                        r -> alloc(r).put("channel", "PBCH")),
                row("annotations[0].nr:allocation.num_layers = 5: must be in [1, 4] (TS 38.211 §6.3.1.3)",
                        r -> alloc(r).put("channel", "PUSCH").put("num_layers", 5)),
                row("annotations[0].nr:allocation.mcs_table = \"qam4096\": must be one of qam64, qam256, qam64LowSE, "
                        + "qam1024, tp_qam64, tp_qam64LowSE (TS 38.214 §5.1.3.1, §6.1.4.1)",
                        r -> alloc(r).put("mcs_table", "qam4096")),
                row("annotations[0].nr:allocation.payload_crc = 16777216: must be in [0, 16777215]",
                        r -> alloc(r).put("payload_crc", 1 << 24)),
                row("annotations[0].nr:allocation.dmrs = {", r -> ((ObjectNode) alloc(r).get("dmrs"))
                        .put("cdm_groups_without_data", 3)),
                row("cdmGroupsWithoutData must be in [1, 2] for DMRS TYPE1 (TS 38.214 §5.1.6.2), was 3",
                        r -> ((ObjectNode) alloc(r).get("dmrs")).put("cdm_groups_without_data", 3)),
                row("annotations[0].nr:allocation.slot_index = -1: must be >= 0",
                        r -> alloc(r).put("slot_index", -1)),
                row("slotIndex must be < numSlots = 4, was 7", r -> alloc(r).put("slot_index", 7)),
                row("annotations[0].core:sample_start = 7780: must equal the start of nr slot_index 2 (15460)",
                        r -> alloc(r).put("slot_index", 2)),
                row("annotations[0].core:sample_count = 10: must equal the length of nr slot_index 1 (7680)",
                        r -> ((ObjectNode) r.get("annotations").get(0)).put("core:sample_count", 10)),
                row("global.nr:ground_truth.cell_id = 1008: must be in [0, 1007] (TS 38.211 §7.4.2.1)",
                        r -> ((ObjectNode) g(r).get("nr:ground_truth")).put("cell_id", 1008)),
                row("global.nr:ground_truth.ssb_indices[1] = 64: must be in [0, 63] (TS 38.213 §4.1)",
                        r -> ((ObjectNode) g(r).get("nr:ground_truth")).putArray("ssb_indices").add(0).add(64)),
                row("global.nr:ground_truth.beam_rsrp.beams[0].rsrp_dbm[1] = \"x\": must be a number (dBm)",
                        r -> ((ObjectNode) g(r).at("/nr:ground_truth/beam_rsrp/beams/0")).putArray("rsrp_dbm")
                                .add(-80).add("x")),
                row("global.nr:ground_truth = {", r -> ((ObjectNode) g(r).get("nr:ground_truth")).putArray("traffic")
                        .addObject().put("slot_index", 9).put("dl_bytes", 1).put("ul_bytes", 0)),
                row("global.nr:num_slots = 40: needs 307300 samples per channel but the dataset holds 30840: data "
                        + "truncated?", r -> g(r).put("nr:num_slots", 40))
        );
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void reportsFieldValueAndRule(String fragment, Consumer<ObjectNode> mutation, @TempDir Path dir)
            throws Exception {
        NrMetadata nr = NrTestRecordings.metadata();
        NrTestRecordings.write(dir.resolve("nr"), nr, nr.requiredSamples() + 20);
        Path meta = dir.resolve("nr.sigmf-meta");
        ObjectNode root = (ObjectNode) JSON.readTree(meta.toFile());
        mutation.accept(root);
        Files.writeString(meta, root.toString());
        SigmfException e = assertThrows(SigmfException.class, () -> {
            try (SigmfRecording rec = SigmfReader.open(meta)) {
                NrMetadata.read(rec);
            }
        });
        assertTrue(e.getMessage().startsWith("nr.sigmf-meta: "), e.getMessage());
        assertTrue(e.getMessage().contains(fragment), () -> "expected '" + fragment + "' in: " + e.getMessage());
    }
}
