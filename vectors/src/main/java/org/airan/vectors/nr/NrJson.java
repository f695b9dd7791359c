package org.airan.vectors.nr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.airan.phy.dmrs.DmrsType;
import org.airan.phy.dmrs.MappingType;
import org.airan.phy.dmrs.SharedChannel;
import org.airan.phy.grid.CarrierConfig;
import org.airan.phy.nr.McsTable;
import org.airan.phy.grid.CyclicPrefix;
import org.airan.vectors.sigmf.SigmfException;
import org.airan.vectors.sigmf.SigmfExtension;
import org.airan.vectors.sigmf.SigmfFields;
import org.airan.vectors.sigmf.SigmfMetadata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** JSON mapping of the {@code nr} extension v1 (field names as defined in the module README). */
final class NrJson {

    static final String CARRIER = "nr:carrier";
    static final String FIRST_SLOT = "nr:first_slot";
    static final String NUM_SLOTS = "nr:num_slots";
    static final String GROUND_TRUTH = "nr:ground_truth";
    static final String ALLOCATION = "nr:allocation";

    private static final Set<String> GLOBAL_KEYS = Set.of(CARRIER, FIRST_SLOT, NUM_SLOTS, GROUND_TRUTH);
    private static final Set<String> CARRIER_KEYS = Set.of("scs_khz", "cyclic_prefix", "n_rb", "dft_size", "k0",
            "carrier_frequency_hz", "point_a_hz");
    private static final Set<String> ALLOCATION_KEYS = Set.of("channel", "slot_index", "rnti", "prb_start",
            "prb_count", "symbol_start", "symbol_count", "mapping_type", "dmrs", "mcs_table", "mcs_index",
            "num_layers", "harq_process", "rv", "tbs_bits", "payload_sha256", "payload_crc");
    private static final Set<String> TRUTH_KEYS = Set.of("cell_id", "ssb_indices", "beam_rsrp", "traffic");
    /**
     * The {@code mcs_table} value of each {@link McsTable}, in declaration order: the RRC {@code mcs-Table} values
     * for Tables 5.1.3.1-1..4, and {@code tp_} names for the PUSCH transform-precoding Tables 6.1.4.1-1/2.
     */
    static final List<String> MCS_TABLE_NAMES = List.of("qam64", "qam256", "qam64LowSE", "qam1024", "tp_qam64",
            "tp_qam64LowSE");
    private static final long MAX = Long.MAX_VALUE;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private NrJson() {
    }

    // ---------------------------------------------------------------------------------------------------------
    // Reading

    static NrMetadata read(SigmfMetadata meta, Path file) throws SigmfException {
        ObjectNode g = meta.global();
        SigmfExtension ext = meta.extension(NrMetadata.NAMESPACE);
        boolean hasFields = hasNrKey(g);
        for (JsonNode a : meta.annotationsJson()) {
            hasFields |= a.has(ALLOCATION);
        }
        if (ext == null && !hasFields) {
            return null;
        }
        if (ext == null) {
            throw new SigmfException(file, "global.core:extensions", g.get("core:extensions"),
                    "nr: fields are present but the nr extension is not declared (add {\"name\": \"nr\", "
                            + "\"version\": \"" + NrMetadata.VERSION + "\", \"optional\": true})");
        }
        if (!ext.version().startsWith("1.")) {
            throw new SigmfException(file, "global.core:extensions[nr].version", ext.version(),
                    "this reader supports nr extension versions 1.x");
        }
        NrCarrier carrier = carrier(file, SigmfFields.object(file, g, "global", CARRIER, true));
        CarrierConfig c = carrier.config();
        String fp = "global." + FIRST_SLOT;
        ObjectNode fs = SigmfFields.object(file, g, "global", FIRST_SLOT, true);
        NrFirstSlot first = new NrFirstSlot(
                (int) (long) SigmfFields.integer(file, fs, fp, "frame", true, 0, 1023, "TS 38.211 §4.3.1"),
                (int) (long) SigmfFields.integer(file, fs, fp, "slot", true, 0, c.slotsPerFrame() - 1,
                        "TS 38.211 §4.3.2, µ = " + c.numerology()),
                SigmfFields.integer(file, fs, fp, "sample_offset", true, 0, MAX, null));
        Long numSlots = SigmfFields.integer(file, g, "global", NUM_SLOTS, false, 1, MAX, null);
        double rate = meta.sampleRateHz().orElse(Double.NaN);
        if (!Double.isNaN(rate) && Math.abs(rate - c.sampleRateHz()) > 1e-9 * c.sampleRateHz()) {
            throw new SigmfException(file, "global.core:sample_rate", g.get("core:sample_rate"),
                    "must equal the nr carrier's dft_size · scs = " + c.dftSize() + " · " + c.subcarrierSpacingKhz()
                            + " kHz = " + c.sampleRateHz() + " Hz");
        }
        NrGroundTruth truth = groundTruth(file, SigmfFields.object(file, g, "global", GROUND_TRUTH, false));

        NrMetadata timing = NrMetadata.of(carrier, first, numSlots);
        List<NrAllocation> allocations = new ArrayList<>();
        ArrayNode anns = meta.annotationsJson();
        for (int i = 0; i < anns.size(); i++) {
            ObjectNode ann = (ObjectNode) anns.get(i);
            if (!ann.has(ALLOCATION)) {
                continue;
            }
            String ap = "annotations[" + i + "]";
            String p = ap + "." + ALLOCATION;
            ObjectNode o = SigmfFields.object(file, ann, ap, ALLOCATION, true);
            NrAllocation a = allocation(file, o, p);
            try {
                NrMetadata.checkAllocation(carrier, numSlots, a);
            } catch (IllegalArgumentException e) {
                throw new SigmfException(file, p, o, e.getMessage());
            }
            long start = timing.slotStartSample(a.slotIndex());
            if (ann.path(SigmfMetadata.SAMPLE_START).asLong() != start) {
                throw new SigmfException(file, ap + "." + SigmfMetadata.SAMPLE_START, ann.get(SigmfMetadata.SAMPLE_START),
                        "must equal the start of nr slot_index " + a.slotIndex() + " (" + start + ")");
            }
            JsonNode count = ann.get("core:sample_count");
            int len = timing.slotLengthSamples(a.slotIndex());
            if (count != null && count.asLong() != len) {
                throw new SigmfException(file, ap + ".core:sample_count", count,
                        "must equal the length of nr slot_index " + a.slotIndex() + " (" + len + ")");
            }
            allocations.add(a);
        }
        ObjectNode extra = F.objectNode();
        for (Map.Entry<String, JsonNode> e : g.properties()) {
            if (e.getKey().startsWith(NrMetadata.NAMESPACE + ":") && !GLOBAL_KEYS.contains(e.getKey())) {
                extra.set(e.getKey(), e.getValue());
            }
        }
        try {
            return new NrMetadata(carrier, first, numSlots, allocations, truth, extra);
        } catch (IllegalArgumentException e) {
            throw new SigmfException(file, "global." + GROUND_TRUTH, g.get(GROUND_TRUTH), e.getMessage());
        }
    }

    private static boolean hasNrKey(ObjectNode o) {
        for (Map.Entry<String, JsonNode> e : o.properties()) {
            if (e.getKey().startsWith(NrMetadata.NAMESPACE + ":")) {
                return true;
            }
        }
        return false;
    }

    private static NrCarrier carrier(Path file, ObjectNode o) throws SigmfException {
        String p = "global." + CARRIER;
        int scs = (int) (long) SigmfFields.integer(file, o, p, "scs_khz", true, 15, 240, "TS 38.211 Table 4.2-1");
        String cpName = SigmfFields.string(file, o, p, "cyclic_prefix", false);
        CyclicPrefix cp;
        if (cpName == null || cpName.equals("normal")) {
            cp = CyclicPrefix.NORMAL;
        } else if (cpName.equals("extended")) {
            cp = CyclicPrefix.EXTENDED;
        } else {
            throw new SigmfException(file, p + ".cyclic_prefix", o.get("cyclic_prefix"),
                    "must be \"normal\" or \"extended\" (TS 38.211 §4.2)");
        }
        int nrb = (int) (long) SigmfFields.integer(file, o, p, "n_rb", true, 1, 275, "TS 38.211 §4.4.2");
        int dft = (int) (long) SigmfFields.integer(file, o, p, "dft_size", true, 128, CarrierConfig.MAX_DFT_SIZE,
                null);
        Long k0 = SigmfFields.integer(file, o, p, "k0", false, -6600, 6600, "TS 38.211 §5.3.1");
        Double fc = SigmfFields.number(file, o, p, "carrier_frequency_hz", false, true);
        Double pointA = SigmfFields.number(file, o, p, "point_a_hz", false, true);
        CarrierConfig config;
        try {
            config = new CarrierConfig(scs, cp, nrb, dft, k0 == null ? 0 : (int) (long) k0);
        } catch (IllegalArgumentException e) {
            throw new SigmfException(file, p, o, e.getMessage());
        }
        return new NrCarrier(config, fc, pointA, extras(o, CARRIER_KEYS));
    }

    private static NrAllocation allocation(Path file, ObjectNode o, String p) throws SigmfException {
        String ch = SigmfFields.string(file, o, p, "channel", true);
        SharedChannel channel;
        try {
            channel = SharedChannel.valueOf(ch);
        } catch (IllegalArgumentException e) {
            throw new SigmfException(file, p + ".channel", o.get("channel"), "must be \"PDSCH\" or \"PUSCH\"");
        }
        long slot = SigmfFields.integer(file, o, p, "slot_index", true, 0, MAX, null);
        int rnti = integer(file, o, p, "rnti", true, 0, NrAllocation.MAX_RNTI, "TS 38.321 §7.1", 0);
        int prbStart = integer(file, o, p, "prb_start", true, 0, NrAllocation.MAX_PRB - 1, "TS 38.214 §5.1.2.2", 0);
        int prbCount = integer(file, o, p, "prb_count", true, 1, NrAllocation.MAX_PRB, "TS 38.214 §5.1.2.2", 0);
        int symStart = integer(file, o, p, "symbol_start", true, 0, 13, "TS 38.214 §5.1.2.1", 0);
        int symCount = integer(file, o, p, "symbol_count", true, 1, 14, "TS 38.214 §5.1.2.1", 0);
        String mt = SigmfFields.string(file, o, p, "mapping_type", false);
        MappingType mapping;
        if (mt == null || mt.equals("A")) {
            mapping = MappingType.A;
        } else if (mt.equals("B")) {
            mapping = MappingType.B;
        } else {
            throw new SigmfException(file, p + ".mapping_type", o.get("mapping_type"),
                    "must be \"A\" or \"B\" (TS 38.214 §5.1.2.1)");
        }
        NrDmrsConfig dmrs = dmrs(file, SigmfFields.object(file, o, p, "dmrs", false), p + ".dmrs");
        String tableName = SigmfFields.string(file, o, p, "mcs_table", false);
        McsTable table = tableName == null ? McsTable.TABLE1_QAM64 : mcsTable(tableName);
        if (table == null) {
            throw new SigmfException(file, p + ".mcs_table", o.get("mcs_table"), "must be one of "
                    + String.join(", ", MCS_TABLE_NAMES) + " (TS 38.214 §5.1.3.1, §6.1.4.1)");
        }
        int mcs = integer(file, o, p, "mcs_index", true, 0, NrAllocation.MAX_MCS_INDEX, "TS 38.214 §5.1.3.1", 0);
        int layers = integer(file, o, p, "num_layers", false, 1, NrAllocation.maxLayers(channel),
                channel == SharedChannel.PDSCH ? "TS 38.211 §7.3.1.3" : "TS 38.211 §6.3.1.3", 1);
        int harq = integer(file, o, p, "harq_process", false, 0, NrAllocation.MAX_HARQ_PROCESS, "TS 38.321 §5.3.1",
                0);
        int rv = integer(file, o, p, "rv", false, 0, NrAllocation.MAX_RV, "TS 38.212 §5.4.2.1", 0);
        long tbs = SigmfFields.integer(file, o, p, "tbs_bits", true, 0, MAX, "TS 38.214 §5.1.3.2");
        String sha = SigmfFields.string(file, o, p, "payload_sha256", false);
        Long crc = SigmfFields.integer(file, o, p, "payload_crc", false, 0, NrAllocation.MAX_CRC24,
                "TS 38.212 §7.2.1, CRC24A");
        try {
            return new NrAllocation(channel, slot, rnti, prbStart, prbCount, symStart, symCount, mapping, dmrs, table,
                    mcs, layers, harq, rv, tbs, sha, crc == null ? null : (int) (long) crc, extras(o, ALLOCATION_KEYS));
        } catch (IllegalArgumentException e) {
            throw new SigmfException(file, p, o, e.getMessage());
        }
    }

    private static NrDmrsConfig dmrs(Path file, ObjectNode o, String p) throws SigmfException {
        if (o == null) {
            return NrDmrsConfig.defaults();
        }
        NrDmrsConfig d = NrDmrsConfig.defaults();
        int type = integer(file, o, p, "config_type", false, 1, 2, "TS 38.211 §7.4.1.1.2",
                d.type() == DmrsType.TYPE1 ? 1 : 2);
        int l0 = integer(file, o, p, "type_a_position", false, 2, 3, "TS 38.211 §7.4.1.1.2", d.typeAPosition());
        int add = integer(file, o, p, "additional_positions", false, 0, 3, "TS 38.211 Table 7.4.1.1.2-3",
                d.additionalPositions());
        int len = integer(file, o, p, "max_length", false, 1, 2, "TS 38.211 §7.4.1.1.2", d.maxLength());
        int groups = integer(file, o, p, "cdm_groups_without_data", false, 1, 3, "TS 38.214 §5.1.6.2",
                d.cdmGroupsWithoutData());
        Long id = SigmfFields.integer(file, o, p, "scrambling_id", false, 0, 65535, "TS 38.211 §7.4.1.1.1");
        try {
            return new NrDmrsConfig(type == 1 ? DmrsType.TYPE1 : DmrsType.TYPE2, l0, add, len, groups, id == null ? null : (int) (long) id);
        } catch (IllegalArgumentException e) {
            throw new SigmfException(file, p, o, e.getMessage());
        }
    }

    private static NrGroundTruth groundTruth(Path file, ObjectNode o) throws SigmfException {
        if (o == null) {
            return null;
        }
        String p = "global." + GROUND_TRUTH;
        Long cell = SigmfFields.integer(file, o, p, "cell_id", false, 0, NrGroundTruth.MAX_CELL_ID,
                "TS 38.211 §7.4.2.1");
        List<Integer> ssb = new ArrayList<>();
        ArrayNode ssbArr = array(file, o, p, "ssb_indices");
        for (int i = 0; i < ssbArr.size(); i++) {
            ssb.add((int) SigmfFields.integerValue(file, p + ".ssb_indices[" + i + "]", ssbArr.get(i), 0,
                    NrGroundTruth.MAX_SSB_INDEX, "TS 38.213 §4.1"));
        }
        NrBeamRsrp beams = null;
        ObjectNode br = SigmfFields.object(file, o, p, "beam_rsrp", false);
        if (br != null) {
            String bp = p + ".beam_rsrp";
            int period = integer(file, br, bp, "period_slots", true, 1, Integer.MAX_VALUE, null, 1);
            List<NrBeamTrace> traces = new ArrayList<>();
            ArrayNode arr = array(file, br, bp, "beams");
            for (int i = 0; i < arr.size(); i++) {
                String tp = bp + ".beams[" + i + "]";
                ObjectNode t = object(file, arr.get(i), tp);
                int beam = integer(file, t, tp, "beam", true, 0, Integer.MAX_VALUE, null, 0);
                ArrayNode vals = array(file, t, tp, "rsrp_dbm");
                List<Double> rsrp = new ArrayList<>(vals.size());
                for (int j = 0; j < vals.size(); j++) {
                    JsonNode v = vals.get(j);
                    if (!v.isNumber()) {
                        throw new SigmfException(file, tp + ".rsrp_dbm[" + j + "]", v, "must be a number (dBm)");
                    }
                    rsrp.add(v.asDouble());
                }
                traces.add(new NrBeamTrace(beam, rsrp));
            }
            try {
                beams = new NrBeamRsrp(period, traces);
            } catch (IllegalArgumentException e) {
                throw new SigmfException(file, bp, br, e.getMessage());
            }
        }
        List<NrTrafficSample> traffic = new ArrayList<>();
        ArrayNode tr = array(file, o, p, "traffic");
        for (int i = 0; i < tr.size(); i++) {
            String tp = p + ".traffic[" + i + "]";
            ObjectNode t = object(file, tr.get(i), tp);
            traffic.add(new NrTrafficSample(SigmfFields.integer(file, t, tp, "slot_index", true, 0, MAX, null),
                    SigmfFields.integer(file, t, tp, "dl_bytes", true, 0, MAX, null),
                    SigmfFields.integer(file, t, tp, "ul_bytes", true, 0, MAX, null)));
        }
        try {
            return new NrGroundTruth(cell == null ? null : (int) (long) cell, ssb, beams, traffic,
                    extras(o, TRUTH_KEYS));
        } catch (IllegalArgumentException e) {
            throw new SigmfException(file, p, o, e.getMessage());
        }
    }

    private static McsTable mcsTable(String name) {
        int i = MCS_TABLE_NAMES.indexOf(name);
        return i < 0 ? null : McsTable.values()[i];
    }

    private static int integer(Path file, ObjectNode o, String p, String key, boolean required, long min, long max,
                               String clause, int dflt) throws SigmfException {
        Long v = SigmfFields.integer(file, o, p, key, required, min, max, clause);
        return v == null ? dflt : (int) (long) v;
    }

    private static ArrayNode array(Path file, ObjectNode o, String p, String key) throws SigmfException {
        JsonNode n = o.get(key);
        if (n == null || n.isNull()) {
            return F.arrayNode();
        }
        if (!n.isArray()) {
            throw new SigmfException(file, p + "." + key, n, "must be a JSON array");
        }
        return (ArrayNode) n;
    }

    private static ObjectNode object(Path file, JsonNode n, String p) throws SigmfException {
        if (!n.isObject()) {
            throw new SigmfException(file, p, n, "must be a JSON object");
        }
        return (ObjectNode) n;
    }

    private static ObjectNode extras(ObjectNode o, Set<String> known) {
        ObjectNode rest = F.objectNode();
        for (Map.Entry<String, JsonNode> e : o.properties()) {
            if (!known.contains(e.getKey())) {
                rest.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        return rest;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Writing

    static void write(NrMetadata nr, SigmfMetadata meta) {
        CarrierConfig c = nr.carrier().config();
        double rate = meta.sampleRateHz().orElse(Double.NaN);
        if (!Double.isNaN(rate) && Math.abs(rate - c.sampleRateHz()) > 1e-9 * c.sampleRateHz()) {
            throw new IllegalArgumentException("the recording's sample rate " + rate + " Hz differs from the nr "
                    + "carrier's dftSize · Δf = " + c.sampleRateHz() + " Hz");
        }
        meta.declareExtension(NrMetadata.EXTENSION);
        ObjectNode g = meta.global();
        g.set(CARRIER, carrierJson(nr.carrier()));
        ObjectNode fs = F.objectNode();
        fs.put("frame", nr.firstSlot().frame());
        fs.put("slot", nr.firstSlot().slot());
        fs.put("sample_offset", nr.firstSlot().sampleOffset());
        g.set(FIRST_SLOT, fs);
        if (nr.numSlots() != null) {
            g.put(NUM_SLOTS, nr.numSlots());
        } else {
            g.remove(NUM_SLOTS);
        }
        if (nr.groundTruth() != null) {
            g.set(GROUND_TRUTH, truthJson(nr.groundTruth()));
        } else {
            g.remove(GROUND_TRUTH);
        }
        g.setAll(nr.extra().deepCopy());

        // Take the existing nr annotations out, keyed so that a rewritten allocation keeps its other keys.
        ArrayNode anns = meta.annotationsJson();
        Map<String, ObjectNode> old = new HashMap<>();
        for (int i = anns.size() - 1; i >= 0; i--) {
            JsonNode a = anns.get(i);
            if (a.has(ALLOCATION)) {
                JsonNode o = a.get(ALLOCATION);
                old.putIfAbsent(key(o.path("channel").asText(), o.path("slot_index").asLong(),
                        o.path("rnti").asInt()), (ObjectNode) a);
                anns.remove(i);
            }
        }
        for (NrAllocation a : nr.allocations()) {
            ObjectNode ann = old.remove(key(a.channel().name(), a.slotIndex(), a.rnti()));
            if (ann == null) {
                ann = F.objectNode();
                ann.put("core:label", a.channel() + String.format(" 0x%04X", a.rnti()));
            }
            ann.put(SigmfMetadata.SAMPLE_START, nr.slotStartSample(a.slotIndex()));
            ann.put("core:sample_count", nr.slotLengthSamples(a.slotIndex()));
            ann.set(ALLOCATION, allocationJson(a));
            meta.addAnnotationJson(ann);
        }
    }

    private static String key(String channel, long slot, int rnti) {
        return channel + "/" + slot + "/" + rnti;
    }

    private static ObjectNode carrierJson(NrCarrier carrier) {
        CarrierConfig c = carrier.config();
        ObjectNode o = F.objectNode();
        o.put("scs_khz", c.subcarrierSpacingKhz());
        o.put("cyclic_prefix", c.cyclicPrefix() == CyclicPrefix.NORMAL ? "normal" : "extended");
        o.put("n_rb", c.numResourceBlocks());
        o.put("dft_size", c.dftSize());
        o.put("k0", c.k0());
        if (carrier.carrierFrequencyHz() != null) {
            o.put("carrier_frequency_hz", carrier.carrierFrequencyHz());
        }
        if (carrier.pointAHz() != null) {
            o.put("point_a_hz", carrier.pointAHz());
        }
        o.setAll(carrier.extra().deepCopy());
        return o;
    }

    private static ObjectNode allocationJson(NrAllocation a) {
        ObjectNode o = F.objectNode();
        o.put("channel", a.channel().name());
        o.put("slot_index", a.slotIndex());
        o.put("rnti", a.rnti());
        o.put("prb_start", a.prbStart());
        o.put("prb_count", a.prbCount());
        o.put("symbol_start", a.symbolStart());
        o.put("symbol_count", a.symbolCount());
        o.put("mapping_type", a.mappingType().name());
        NrDmrsConfig d = a.dmrs();
        ObjectNode dm = o.putObject("dmrs");
        dm.put("config_type", d.type() == DmrsType.TYPE1 ? 1 : 2);
        dm.put("type_a_position", d.typeAPosition());
        dm.put("additional_positions", d.additionalPositions());
        dm.put("max_length", d.maxLength());
        dm.put("cdm_groups_without_data", d.cdmGroupsWithoutData());
        if (d.scramblingId() != null) {
            dm.put("scrambling_id", d.scramblingId());
        }
        o.put("mcs_table", MCS_TABLE_NAMES.get(a.mcsTable().ordinal()));
        o.put("mcs_index", a.mcsIndex());
        o.put("num_layers", a.numLayers());
        o.put("harq_process", a.harqProcess());
        o.put("rv", a.redundancyVersion());
        o.put("tbs_bits", a.tbsBits());
        if (a.payloadSha256() != null) {
            o.put("payload_sha256", a.payloadSha256());
        }
        if (a.payloadCrc() != null) {
            o.put("payload_crc", a.payloadCrc());
        }
        o.setAll(a.extra().deepCopy());
        return o;
    }

    private static ObjectNode truthJson(NrGroundTruth t) {
        ObjectNode o = F.objectNode();
        if (t.cellId() != null) {
            o.put("cell_id", t.cellId());
        }
        if (!t.ssbIndices().isEmpty()) {
            ArrayNode s = o.putArray("ssb_indices");
            t.ssbIndices().forEach(s::add);
        }
        if (t.beamRsrp() != null) {
            ObjectNode b = o.putObject("beam_rsrp");
            b.put("period_slots", t.beamRsrp().periodSlots());
            ArrayNode beams = b.putArray("beams");
            for (NrBeamTrace tr : t.beamRsrp().beams()) {
                ObjectNode bo = beams.addObject();
                bo.put("beam", tr.beamIndex());
                ArrayNode v = bo.putArray("rsrp_dbm");
                tr.rsrpDbm().forEach(v::add);
            }
        }
        if (!t.traffic().isEmpty()) {
            ArrayNode tr = o.putArray("traffic");
            for (NrTrafficSample s : t.traffic()) {
                tr.addObject().put("slot_index", s.slotIndex()).put("dl_bytes", s.dlBytes())
                        .put("ul_bytes", s.ulBytes());
            }
        }
        o.setAll(t.extra().deepCopy());
        return o;
    }
}
