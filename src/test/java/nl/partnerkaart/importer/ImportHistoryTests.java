package nl.partnerkaart.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** HISTORY-SPEC.md for imports: a Change per created or changed item, one batch, version + 1, nothing when unchanged. */
class ImportHistoryTests extends ApplicationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Importer importer;

    @AfterEach
    void removeTestNodes() {
        deleteNodesWithIdPrefix("T-H");
        deleteChangesOf("T-H");
    }

    private ImportReport run(String file, String content, String comment, boolean dryRun) {
        return importer.run(List.of(ImporterTests.csv(file, content)), new Importer.Request("T-H-steward", comment, dryRun),
                ImportProgress.ignored());
    }

    private List<Map<String, Object>> changesOf(String itemId) {
        try (var session = driver.session()) {
            return session.run("MATCH (c:Change {itemId: $id}) RETURN c ORDER BY c.at",
                    Map.of("id", itemId)).list(r -> r.get("c").asMap());
        }
    }

    @Test
    void anImportWritesOneChangePerCreatedItemInOneBatchAndSetsVersionOne() {
        ImportReport report = run("partners.csv", "id,name,category,serves\nT-H-1,Historie een,company,VR16\n"
                + "T-H-2,Historie twee,police,VR15|VR16\n", "jaarlijkse partnerlijst", false);

        List<Map<String, Object>> changes = changesOf("T-H-1");
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("action", "create").containsEntry("kind", "partners")
                    .containsEntry("user", "T-H-steward").containsEntry("via", "import")
                    .containsEntry("comment", "jaarlijkse partnerlijst").containsEntry("batch", report.batch());
            assertThat(c.get("before")).isNull();
            JsonNode after = JSON.readTree((String) c.get("after"));
            assertThat(after.get("name").asString()).isEqualTo("Historie een");
            assertThat(after.has("serves")).as("a reference column is a relationship with a Change of its own").isFalse();
            assertThat(after.get("version").asLong()).isEqualTo(1);
        });
        assertThat(changesOf("T-H-1|SERVES|VR16")).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("action", "create").containsEntry("kind", "partners")
                    .containsEntry("via", "import").containsEntry("batch", report.batch());
            assertThat(c.get("before")).isNull();
            assertThat(JSON.readTree((String) c.get("after")).get("partial").asBoolean()).isFalse();
        });
        assertThat(changesOf("T-H-2|SERVES|VR15")).hasSize(1);
        assertThat(changesOf("T-H-2")).singleElement().satisfies(c -> assertThat(c.get("batch")).isEqualTo(report.batch()));
        assertThat(single("MATCH (c:Change {batch: '" + report.batch() + "'}) RETURN count(DISTINCT c.at)")).isEqualTo(1L);
        assertThat(single("MATCH (p:Partner {id: 'T-H-1'}) RETURN p.version")).isEqualTo(1L);
    }

    @Test
    void reimportingTheSameFileWritesNoChangeAndKeepsTheVersion() {
        String file = "id,name,category,serves\nT-H-3,Zelfde,company,VR16|VR15\n";
        run("partners.csv", file, null, false);
        ImportReport again = run("partners.csv", file.replace("VR16|VR15", "VR15|VR16"), null, false);

        assertThat(again.changesAnything()).isFalse();
        assertThat(changesOf("T-H-3")).hasSize(1);
        assertThat(changesOf("T-H-3|SERVES|VR15")).hasSize(1);
        assertThat(single("MATCH (p:Partner {id: 'T-H-3'}) RETURN p.version")).isEqualTo(1L);
    }

    @Test
    void anUpdateRecordsBeforeAndAfterAndRaisesTheVersionAlsoWhenOnlyAReferenceChanged() {
        run("partners.csv", "id,name,category,serves\nT-H-4,Oud,company,VR16\nT-H-5,Blijft,company,VR16\n", null, false);
        ImportReport update = run("partners.csv", "id,name,category,serves\nT-H-4,Nieuw,company,VR16\n"
                + "T-H-5,Blijft,company,VR15\n", "gecorrigeerd", false);

        assertThat(update.kinds().get(0).updated()).isEqualTo(2);
        Map<String, Object> renamed = changesOf("T-H-4").get(1);
        assertThat(renamed).containsEntry("action", "update");
        assertThat(JSON.readTree((String) renamed.get("before")).get("name").asString()).isEqualTo("Oud");
        assertThat(JSON.readTree((String) renamed.get("after")).get("name").asString()).isEqualTo("Nieuw");
        assertThat(JSON.readTree((String) renamed.get("after")).get("version").asLong()).isEqualTo(2);
        assertThat(changesOf("T-H-5")).extracting(c -> c.get("action")).containsExactly("create", "update");
        assertThat(changesOf("T-H-5|SERVES|VR16")).extracting(c -> c.get("action")).containsExactly("create", "delete");
        assertThat(changesOf("T-H-5|SERVES|VR15")).singleElement().satisfies(c -> assertThat(c)
                .containsEntry("action", "create").containsEntry("batch", update.batch()));
        assertThat(changesOf("T-H-4|SERVES|VR16")).hasSize(1);
        assertThat(single("MATCH (p:Partner) WHERE p.id IN ['T-H-4', 'T-H-5'] RETURN collect(DISTINCT p.version)"))
                .isEqualTo(List.of(2L));
    }

    @Test
    void aColumnThatMovesARelationshipRecordsAnUpdateOfIt() {
        run("partners.csv", "id,name,category,serves\nT-H-8,Verschuift,company,VR16\n", null, false);
        run("partners.csv", "id,name,category,serves,servesPartially\nT-H-8,Verschuift,company,,VR16\n", null, false);

        List<Map<String, Object>> changes = changesOf("T-H-8|SERVES|VR16");
        assertThat(changes).extracting(c -> c.get("action")).containsExactly("create", "update");
        assertThat(JSON.readTree((String) changes.get(1).get("before")).get("partial").asBoolean()).isFalse();
        assertThat(JSON.readTree((String) changes.get(1).get("after")).get("partial").asBoolean()).isTrue();
        assertThat(single("MATCH (:Partner {id: 'T-H-8'})-[r:SERVES]->() RETURN count(r)")).isEqualTo(1L);
    }

    @Test
    void theHistoryTabShowsAnImportedRelationshipAsItShowsOneAddedInAForm() {
        run("partners.csv", "id,name,category,serves\nT-H-9,Uit het bestand,company,VR16\n", null, false);
        assertThat(api().postJson("/api/items/partners", Map.of("id", "T-H-10", "name", "Uit het formulier",
                "category", "company", "serves", List.of("VR16"))).status()).isEqualTo(201);

        JsonNode imported = relationshipEntry("T-H-9");
        JsonNode edited = relationshipEntry("T-H-10");
        for (JsonNode entry : List.of(imported, edited)) {
            assertThat(entry.get("action").asString()).isEqualTo("create");
            assertThat(entry.get("kind").asString()).isEqualTo("partners");
            assertThat(entry.get("itemId").asString()).endsWith("|SERVES|VR16");
        }
        assertThat(imported.get("via").asString()).isEqualTo("import");
        assertThat(fields(imported)).isEqualTo(fields(edited)).contains("partial", "origin");
    }

    /** The entry of the item's history tab for its SERVES relationship to VR16. */
    private JsonNode relationshipEntry(String id) {
        for (JsonNode entry : api().get("/api/history?item=" + id).json().get("entries")) {
            if (entry.get("itemId").asString().equals(id + "|SERVES|VR16")) {
                return entry;
            }
        }
        throw new AssertionError("no change of " + id + "|SERVES|VR16 in the history of " + id);
    }

    private static List<String> fields(JsonNode entry) {
        List<String> fields = new java.util.ArrayList<>();
        entry.get("differences").forEach(d -> fields.add(d.get("field").asString()));
        return fields;
    }

    @Test
    void relationshipRowsAreItemsWithTheirOwnId() {
        run("networks.csv", "id,name\nT-H-N1,Historienetwerk\n", null, false);
        run("memberships.csv", "member,network,host\nVR16,T-H-N1,true\n", null, false);
        run("memberships.csv", "member,network,host\nVR16,T-H-N1,true\n", null, false);
        run("memberships.csv", "member,network,host\nVR16,T-H-N1,false\n", null, false);

        List<Map<String, Object>> changes = changesOf("VR16|MEMBER_OF|T-H-N1");
        assertThat(changes).extracting(c -> c.get("action")).containsExactly("create", "update");
        assertThat(changes).allSatisfy(c -> assertThat(c).containsEntry("kind", "memberships"));
        assertThat(JSON.readTree((String) changes.get(1).get("before")).get("host").asBoolean()).isTrue();
        assertThat(JSON.readTree((String) changes.get(1).get("after")).get("host").asBoolean()).isFalse();
    }

    @Test
    void aDryRunOrARefusedImportWritesNoHistory() {
        ImportReport dryRun = run("partners.csv", "id,name,category\nT-H-6,Proef,company\n", null, true);
        ImportReport refused = run("partners.csv", "id,name,category\nT-H-7,Fout,bakery\n", null, false);

        assertThat(dryRun.batch()).isNull();
        assertThat(refused.applied()).isFalse();
        assertThat(changesOf("T-H-6")).isEmpty();
        assertThat(changesOf("T-H-7")).isEmpty();
    }
}
