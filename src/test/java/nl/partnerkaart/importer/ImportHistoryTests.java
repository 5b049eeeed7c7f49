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

/**
 * HISTORY-SPEC (docs/editing.md) for imports: a Change per created or changed row, its reference columns' targets
 * before and after in it, one batch, version + 1, nothing when unchanged.
 */
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
    void anImportWritesOneChangePerCreatedRowWithItsTargetsInOneBatchAndSetsVersionOne() {
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
            assertThat(targets(after, "serves")).as("a reference column's targets are part of the row's Change")
                    .containsExactly("VR16");
            assertThat(after.get("version").asLong()).isEqualTo(1);
        });
        assertThat(changesOf("T-H-1|SERVES|VR16")).as("no Change per relationship of a row").isEmpty();
        assertThat(changesOf("T-H-2")).singleElement().satisfies(c -> {
            assertThat(c.get("batch")).isEqualTo(report.batch());
            assertThat(targets(JSON.readTree((String) c.get("after")), "serves")).containsExactly("VR15", "VR16");
        });
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
        List<Map<String, Object>> moved = changesOf("T-H-5");
        assertThat(moved).extracting(c -> c.get("action")).containsExactly("create", "update");
        assertThat(moved.get(1)).containsEntry("batch", update.batch());
        assertThat(targets(JSON.readTree((String) moved.get(1).get("before")), "serves")).containsExactly("VR16");
        assertThat(targets(JSON.readTree((String) moved.get(1).get("after")), "serves")).containsExactly("VR15");
        assertThat(targets(JSON.readTree((String) renamed.get("before")), "serves")).containsExactly("VR16");
        assertThat(targets(JSON.readTree((String) renamed.get("after")), "serves")).containsExactly("VR16");
        assertThat(single("MATCH (p:Partner) WHERE p.id IN ['T-H-4', 'T-H-5'] RETURN collect(DISTINCT p.version)"))
                .isEqualTo(List.of(2L));
    }

    @Test
    void aColumnThatMovesARelationshipRecordsTheTargetUnderItsNewColumn() {
        run("partners.csv", "id,name,category,serves\nT-H-8,Verschuift,company,VR16\n", null, false);
        run("partners.csv", "id,name,category,serves,servesPartially\nT-H-8,Verschuift,company,,VR16\n", null, false);

        List<Map<String, Object>> changes = changesOf("T-H-8");
        assertThat(changes).extracting(c -> c.get("action")).containsExactly("create", "update");
        JsonNode before = JSON.readTree((String) changes.get(1).get("before"));
        JsonNode after = JSON.readTree((String) changes.get(1).get("after"));
        assertThat(targets(before, "serves")).containsExactly("VR16");
        assertThat(targets(before, "servesPartially")).isEmpty();
        assertThat(targets(after, "serves")).isEmpty();
        assertThat(targets(after, "servesPartially")).containsExactly("VR16");
        assertThat(single("MATCH (:Partner {id: 'T-H-8'})-[r:SERVES]->() RETURN count(r)")).isEqualTo(1L);
    }

    @Test
    void theHistoryTabShowsAnImportedRowsRelationshipsAsDifferencesOfItsEntry() {
        run("partners.csv", "id,name,category,serves\nT-H-9,Uit het bestand,company,VR16\n", null, false);
        run("partners.csv", "id,name,category,serves\nT-H-9,Uit het bestand,company,VR15|VR16\n", "erbij", false);

        JsonNode entries = api().get("/api/history?item=T-H-9").json().get("entries");
        assertThat(entries).hasSize(2);
        JsonNode update = entries.get(0);
        assertThat(update.get("action").asString()).isEqualTo("update");
        assertThat(update.get("via").asString()).isEqualTo("import");
        assertThat(update.get("comment").asString()).isEqualTo("erbij");
        assertThat(update.get("differences")).singleElement().satisfies(d -> {
            assertThat(d.get("field").asString()).isEqualTo("serves");
            assertThat(targets(d, "before")).containsExactly("VR16");
            assertThat(targets(d, "after")).containsExactly("VR15", "VR16");
        });
    }

    /** The ids listed under {@code field} (a reference column of a Change, or before/after of a difference). */
    private static List<String> targets(JsonNode node, String field) {
        List<String> ids = new java.util.ArrayList<>();
        if (node.has(field) && !node.get(field).isNull()) {
            node.get(field).forEach(id -> ids.add(id.asString()));
        }
        return ids;
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
