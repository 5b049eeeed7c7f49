package nl.partnerkaart.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Change records of edits: per item with before and after, recent lists with paging, undo of a delete, as-of dates. */
class HistoryApiTests extends ApplicationTest {

    static final String P = "T-HIST-";

    @Autowired
    Clock clock;

    @AfterEach
    void removeTestData() {
        deleteNodesWithIdPrefix(P);
        try (var session = driver.session()) {
            session.run("MATCH (c:Change) WHERE c.itemId CONTAINS $p DELETE c", Map.of("p", P)).consume();
        }
    }

    private static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private void create(String kind, Map<String, Object> body) {
        Api.Response response = api().postJson("/api/items/" + kind, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private JsonNode history(String query) {
        Api.Response response = api().get("/api/history?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode difference(JsonNode entry, String field) {
        for (JsonNode difference : entry.get("differences")) {
            if (difference.get("field").asString().equals(field)) {
                return difference;
            }
        }
        throw new AssertionError("no difference in " + field + ": " + entry);
    }

    @Test
    void anUpdateIsRecordedWithWhoWhenBeforeAfterAndWhy() {
        create("covenants", fields("id", P + "C1", "name", "Convenant", "status", "active", "validUntil", "2026-12-31",
                "covers", List.of("energy")));
        api().send("PUT", "/api/items/covenants/" + P + "C1", "application/json",
                "{\"validUntil\":\"2027-06-30\",\"version\":1,\"comment\":\"verlengd door het bestuur\"}",
                "X-Requested-With", "XMLHttpRequest");

        JsonNode entries = history("item=" + P + "C1").get("entries");
        JsonNode update = entries.get(0);
        assertThat(update.get("action").asString()).isEqualTo("update");
        assertThat(update.get("user").asString()).isEqualTo("admin");
        assertThat(update.get("via").asString()).isEqualTo("form");
        assertThat(update.get("comment").asString()).isEqualTo("verlengd door het bestuur");
        assertThat(update.get("kind").asString()).isEqualTo("covenants");
        assertThat(difference(update, "validUntil").get("before").asString()).isEqualTo("2026-12-31");
        assertThat(difference(update, "validUntil").get("after").asString()).isEqualTo("2027-06-30");
        assertThat(update.get("differences")).hasSize(1);
        List<String> items = new ArrayList<>();
        entries.forEach(e -> items.add(e.get("action").asString() + " " + e.get("itemId").asString()));
        assertThat(items).contains("create " + P + "C1", "create " + P + "C1|COVERS|energy");
        assertThat(single("MATCH (c:Change {itemId: '" + P + "C1'}) RETURN count(DISTINCT c.batch)")).isEqualTo(2L);
    }

    @Test
    void aDeletedItemIsRestoredWithItsRelationshipsByAnEditor() {
        create("partners", fields("id", P + "P1", "name", "Herstelbare partner Leiden", "category", "company",
                "serves", List.of("VR16"), "servesPartially", List.of("VR15"), "sectors", List.of("energy")));
        create("covenants", fields("id", P + "C2", "name", "Convenant met partner", "status", "active"));
        api().postJson("/api/relationships/covenant-parties", fields("party", P + "P1", "covenant", P + "C2",
                "role", "partner", "signatory", true));
        api().send("DELETE", "/api/items/partners/" + P + "P1?comment=vergissing", null, null, "If-Match", "\"1\"");

        JsonNode deleted = history("action=delete&nodesOnly=true&kind=partners&limit=5").get("entries").get(0);
        assertThat(deleted.get("itemId").asString()).isEqualTo(P + "P1");
        assertThat(deleted.get("restorable").asBoolean()).isTrue();
        assertThat(deleted.at("/before/name").asString()).isEqualTo("Herstelbare partner Leiden");

        Api.Response restored = api().postJson("/api/history/" + deleted.get("id").asString() + "/restore",
                fields("comment", "toch nodig"));
        Api.Response again = api().postJson("/api/history/" + deleted.get("id").asString() + "/restore", Map.of());

        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(restored.json().get("relationships").asInt()).isEqualTo(4);
        assertThat(again.status()).isEqualTo(400);
        assertThat(single("MATCH (p:Partner {id: '" + P + "P1'}) RETURN p.version")).isEqualTo(2L);
        assertThat(single("MATCH (:Partner {id: '" + P + "P1'})-[s:SERVES]->(:SafetyRegion {id: 'VR15'}) RETURN s.partial"))
                .isEqualTo(true);
        assertThat(single("MATCH (:Partner {id: '" + P + "P1'})-[r:PARTY_TO]->(:Covenant {id: '" + P + "C2'}) RETURN r.role"))
                .isEqualTo("partner");
        JsonNode latest = history("item=" + P + "P1&limit=1");
        assertThat(latest.at("/entries/0/action").asString()).isEqualTo("restore");
        assertThat(latest.get("hasMore").asBoolean()).isTrue();
        assertThat(api().get("/api/items/partners/" + P + "P1").json().at("/fields/serves/0").asString()).isEqualTo("VR16");
    }

    @Test
    void recentChangesArePagedAndFiltered() {
        create("networks", fields("id", P + "N1", "name", "Netwerk een"));
        create("networks", fields("id", P + "N2", "name", "Netwerk twee"));

        JsonNode first = history("kind=networks&action=create&limit=1");
        JsonNode second = history("kind=networks&action=create&limit=1&offset=1");

        assertThat(first.at("/entries/0/itemId").asString()).isEqualTo(P + "N2");
        assertThat(first.get("hasMore").asBoolean()).isTrue();
        assertThat(second.at("/entries/0/itemId").asString()).isEqualTo(P + "N1");
        assertThat(api().get("/api/history?limit=501").status()).isEqualTo(400);
    }

    @Test
    void aCovenantAndItsPartiesAreShownAsTheyStoodOnAnEarlierDate() {
        LocalDate today = LocalDate.now(clock);
        create("covenants", fields("id", P + "C3", "name", "Convenant door de tijd", "status", "active",
                "validFrom", today.minusYears(1).toString(), "validUntil", today.minusDays(1).toString()));
        api().postJson("/api/relationships/covenant-parties", fields("party", "VR16", "covenant", P + "C3", "role", "region"));
        backdateChangesOf(P + "C3", 10);
        api().putJson("/api/items/covenants/" + P + "C3", fields("validUntil", today.plusYears(2).toString(), "version", 1));
        api().delete("/api/relationships/covenant-parties?from=VR16&to=" + P + "C3");
        api().postJson("/api/relationships/covenant-parties", fields("party", "VR15", "covenant", P + "C3", "role", "region"));

        JsonNode before = api().get("/api/history/as-of?item=" + P + "C3&date=" + today.minusDays(5)).json();
        JsonNode now = api().get("/api/history/as-of?item=" + P + "C3&date=" + today).json();
        JsonNode earlier = api().get("/api/history/as-of?item=" + P + "C3&date=" + today.minusDays(20)).json();

        assertThat(before.at("/properties/validUntil").asString()).isEqualTo(today.minusDays(1).toString());
        assertThat(before.get("inForce").asBoolean()).isTrue();
        assertThat(before.at("/relationships/0/from").asString()).isEqualTo("VR16");
        assertThat(before.get("relationships")).hasSize(1);
        assertThat(now.get("inForce").asBoolean()).isTrue();
        assertThat(now.at("/relationships/0/from").asString()).isEqualTo("VR15");
        assertThat(now.get("relationships")).hasSize(1);
        assertThat(earlier.get("existed").asBoolean()).isFalse();
        assertThat(api().get("/api/history/as-of?item=" + P + "none&date=" + today).status()).isEqualTo(404);
    }

    private void backdateChangesOf(String id, int days) {
        try (var session = driver.session()) {
            session.run("MATCH (c:Change) WHERE c.itemId CONTAINS $id SET c.at = c.at - duration({days: $days})",
                    Map.of("id", id, "days", days)).consume();
        }
    }
}
