package nl.partnerkaart.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Create, read, update and delete of every editable kind over HTTP, with their relationships. */
class EditingApiTests extends ApplicationTest {

    static final String P = "T-EDIT-";

    @AfterEach
    void removeTestData() {
        deleteNodesWithIdPrefix(P);
        try (var session = driver.session()) {
            session.run("MATCH (c:Change) WHERE c.itemId CONTAINS $p DELETE c", Map.of("p", P)).consume();
        }
    }

    static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private JsonNode created(String kind, Map<String, Object> body) {
        Api.Response response = api().postJson("/api/items/" + kind, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    @Test
    void aPartnerIsCreatedReadUpdatedAndDeleted() {
        JsonNode partner = created("partners", fields("id", P + "1", "name", "Waterschap Testland Oost",
                "category", "water-board", "serves", List.of("VR16"), "sectors", List.of("drinking-water"),
                "comment", "new partner"));
        assertThat(partner.get("version").asLong()).isEqualTo(1);
        assertThat(partner.at("/fields/origin").asString()).isEqualTo("user");

        Api.Response read = api().get("/api/items/partners/" + P + "1");
        assertThat(read.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(read.json().at("/fields/serves/0").asString()).isEqualTo("VR16");

        Api.Response updated = api().send("PUT", "/api/items/partners/" + P + "1", "application/json",
                "{\"scope\":\"regional\",\"serves\":[\"VR15\"],\"servesPartially\":[\"VR16\"]}", "If-Match", "\"1\"");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("version").asLong()).isEqualTo(2);
        assertThat(updated.json().at("/fields/name").asString()).isEqualTo("Waterschap Testland Oost");
        assertThat(single("MATCH (:Partner {id: '" + P + "1'})-[s:SERVES]->(:SafetyRegion {id: 'VR16'}) RETURN s.partial"))
                .isEqualTo(true);
        assertThat(single("MATCH (:Partner {id: '" + P + "1'})-[s:SERVES {partial: false}]->(r) RETURN r.id"))
                .isEqualTo("VR15");

        Api.Response deleted = api().send("DELETE", "/api/items/partners/" + P + "1?version=2", null, null);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(single("MATCH (p:Partner {id: '" + P + "1'}) RETURN count(p)")).isEqualTo(0L);
        assertThat(api().get("/api/items/partners/" + P + "1").status()).isEqualTo(404);
    }

    @Test
    void everyEditableKindCanBeCreatedWithItsReferences() {
        created("sources", fields("id", P + "SRC", "name", "Testbron", "publisher", "Test", "publishedOn", "2024-05-01"));
        created("partners", fields("id", P + "P", "name", "Testpartner Zeeland Noord", "category", "company",
                "serves", List.of("VR19"), "origin", "public", "source", List.of(P + "SRC")));
        JsonNode covenant = created("covenants", fields("id", P + "COV", "name", "Testconvenant", "status", "active",
                "kind", "covenant", "validFrom", "2024-01-01", "validUntil", "2026-12-31", "reviewCycleMonths", 12,
                "phases", List.of("preparation", "response"), "covers", List.of("energy", "VP16")));
        created("action-items", fields("id", P + "ACT", "name", "Oefenplan maken", "status", "open",
                "theme", "exercises", "dueOn", "2025-06-30", "covenant", List.of(P + "COV"), "assignedTo", List.of("VR19")));
        created("exercises", fields("id", P + "EX", "name", "Testoefening", "heldOn", "2024-10-01", "level", "tabletop",
                "scenario", List.of("1.1.10"), "participants", List.of("VR19", P + "P")));
        JsonNode profile = created("partner-profiles", fields("id", P + "PP", "role", "advisor", "partner", List.of(P + "P"),
                "incidentType", List.of("1.1.10"), "region", List.of("VR19")));
        created("networks", fields("id", P + "NW", "name", "Testnetwerk", "focusesOn", List.of("energy")));
        created("persons", fields("id", P + "PER", "name", "A. Tester", "function", "adviseur",
                "worksFor", List.of(P + "P"), "accountHolderFor", List.of(P + "P")));

        assertThat(covenant.at("/fields/origin").asString()).isEqualTo("user");
        assertThat(covenant.at("/fields/phases").size()).isEqualTo(2);
        assertThat(covenant.at("/fields/covers").size()).isEqualTo(2);
        assertThat(profile.at("/fields/name").asString()).isEqualTo("Testpartner Zeeland Noord – Overstroming vanuit zee");
        assertThat(single("MATCH (:Partner {id: '" + P + "P'})-[:PARTICIPATED_IN]->(e:Exercise) RETURN e.id"))
                .isEqualTo(P + "EX");
        assertThat(single("MATCH (s:Source)-[:MENTIONS]->(:Partner {id: '" + P + "P'}) RETURN s.id")).isEqualTo(P + "SRC");
        assertThat(single("MATCH (a:ActionItem {id: '" + P + "ACT'})-[:PART_OF]->(c) RETURN c.id")).isEqualTo(P + "COV");
        assertThat(single("MATCH (c:Covenant {id: '" + P + "COV'}) RETURN toString(c.validUntil)")).isEqualTo("2026-12-31");
    }

    @Test
    void covenantPartiesAndMembershipsAreAddedChangedAndRemoved() {
        created("covenants", fields("id", P + "COV2", "name", "Testconvenant 2", "status", "draft"));
        created("networks", fields("id", P + "NW2", "name", "Testnetwerk 2"));

        Api.Response party = api().postJson("/api/relationships/covenant-parties",
                fields("party", "VR16", "covenant", P + "COV2", "role", "region", "signatory", true));
        Api.Response changed = api().postJson("/api/relationships/covenant-parties",
                fields("party", "VR16", "covenant", P + "COV2", "role", "observer"));
        Api.Response member = api().postJson("/api/relationships/memberships",
                fields("member", "VR16", "network", P + "NW2", "host", true));

        assertThat(party.status()).as(party.body()).isEqualTo(200);
        assertThat(changed.json().at("/properties/role").asString()).isEqualTo("observer");
        assertThat(member.json().at("/properties/host").asBoolean()).isTrue();
        assertThat(single("MATCH (:SafetyRegion {id: 'VR16'})-[r:PARTY_TO]->(:Covenant {id: '" + P + "COV2'}) RETURN count(r)"))
                .isEqualTo(1L);

        assertThat(api().delete("/api/relationships/covenant-parties?from=VR16&to=" + P + "COV2").status()).isEqualTo(204);
        assertThat(api().delete("/api/relationships/memberships?from=VR16&to=" + P + "NW2").status()).isEqualTo(204);
        assertThat(api().delete("/api/relationships/memberships?from=VR16&to=" + P + "NW2").status()).isEqualTo(404);
        assertThat(single("MATCH (:SafetyRegion {id: 'VR16'})-[r:PARTY_TO|MEMBER_OF]->(x) WHERE x.id STARTS WITH '"
                + P + "' RETURN count(r)")).isEqualTo(0L);
    }

    @Test
    void theLayoutOfTheFormsComesFromTheImportLayout() {
        JsonNode kinds = api().get("/api/items/kinds").json();
        JsonNode covenants = null;
        for (JsonNode kind : kinds.get("nodes")) {
            if (kind.get("kind").asString().equals("covenants")) {
                covenants = kind;
            }
        }
        assertThat(kinds.get("nodes")).hasSize(EditableKinds.NODES.size());
        assertThat(covenants).isNotNull();
        assertThat(covenants.toString()).contains("validUntil", "\"DATE\"", "terminated", "covers");
        assertThat(kinds.get("relationships").get(0).get("kind").asString()).isEqualTo("covenant-parties");
    }
}
