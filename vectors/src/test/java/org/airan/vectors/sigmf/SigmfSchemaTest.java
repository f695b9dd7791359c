package org.airan.vectors.sigmf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Interoperability: the metadata this library writes validates against the official SigMF JSON schema
 * ({@code sigmf-schema.json}, SigMF specification v1.2.2, shipped unchanged as a test resource; see
 * {@code sigmf-schema.PROVENANCE.md} beside it).
 */
class SigmfSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SigmfSchemaTest.class.getResourceAsStream("sigmf-schema.json")) {
            assertNotNull(in, "sigmf-schema.json test resource");
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    static Set<ValidationMessage> validate(JsonNode node) {
        return schema.validate(node);
    }

    @Test
    void writtenMetadataIsValid(@TempDir Path dir) throws Exception {
        try (SigmfWriter w = SigmfWriter.create(dir.resolve("s"), SigmfDatatype.CI16_LE, 30.72e6, 4)) {
            w.metadata().author("lab").hw("4-antenna array").recorder("airan").description("schema check")
                    .declareExtension(new SigmfExtension("nr", "1.0.0", true))
                    .addCapture(SigmfCapture.at(0).withFrequencyHz(3.5e9)
                            .withDatetime(Instant.parse("2026-01-01T00:00:00.250Z")).withGlobalIndex(0))
                    .addAnnotation(SigmfAnnotation.of(0, 100, "PDSCH").withFrequencyEdges(3.49e9, 3.51e9)
                            .withComment("slot 0"));
            w.write(new float[4][400]);
        }
        JsonNode written = JSON.readTree(dir.resolve("s.sigmf-meta").toFile());
        Set<ValidationMessage> errors = validate(written);
        assertTrue(errors.isEmpty(), () -> "schema errors: " + errors);
    }

    /** The validator really checks: the same document breaks the schema when a required field goes. */
    @Test
    void schemaRejectsBrokenMetadata() {
        ObjectNode root = SigmfMetadata.create(SigmfDatatype.CF32_LE, 1e6, 1).json();
        assertTrue(validate(root).isEmpty());
        ObjectNode noVersion = root.deepCopy();
        ((ObjectNode) noVersion.get("global")).remove("core:version");
        assertFalse(validate(noVersion).isEmpty());
        ObjectNode badExt = root.deepCopy();
        ((ObjectNode) badExt.get("global")).putArray("core:extensions").addObject().put("name", "nr");
        assertFalse(validate(badExt).isEmpty());
        ObjectNode extra = root.deepCopy();
        extra.put("unexpected_top_level", 1);
        assertEquals(1, validate(extra).size());
    }
}
