package nl.partnerkaart.editing;

import static nl.partnerkaart.editing.EditingApiTests.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.audit.AuditEntry;
import nl.partnerkaart.audit.AuditLog;
import nl.partnerkaart.security.Role;
import nl.partnerkaart.security.TestAccounts;
import nl.partnerkaart.security.UserAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Validation classes, optimistic concurrency, region-limited accounts and the audit trail of edits. */
class EditingRulesTests extends ApplicationTest {

    static final String P = "T-RULE-";
    static final String REGIONAL_EDITOR = "regional-editor-edit-test";

    @Autowired
    AuditLog audit;

    @Autowired
    UserAccounts accounts;

    @AfterEach
    void removeTestData() {
        deleteNodesWithIdPrefix(P);
        try (var session = driver.session()) {
            session.run("MATCH (c:Change) WHERE c.itemId CONTAINS $p DELETE c", Map.of("p", P)).consume();
        }
    }

    private Api regionalEditor() {
        if (!accounts.exists(REGIONAL_EDITOR)) {
            accounts.create(REGIONAL_EDITOR, TestAccounts.PASSWORD, List.of(Role.EDITOR), List.of("VR16"));
        }
        return new Api(port, REGIONAL_EDITOR, TestAccounts.PASSWORD);
    }

    private static JsonNode errorFor(Api.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        for (JsonNode error : response.json().get("errors")) {
            if (field.equals(error.get("field").asString())) {
                return error;
            }
        }
        throw new AssertionError("no error for " + field + " in " + response.body());
    }

    private Api.Response create(Api client, String kind, Map<String, Object> body) {
        return client.postJson("/api/items/" + kind, body);
    }

    @Test
    void everyFieldAtFaultIsReportedAtOnce() {
        Api.Response response = create(api(), "covenants", fields("id", P + "C1", "name", "Convenant",
                "status", "finished", "validFrom", "2025-01-01", "validUntil", "2024-01-01", "covers", List.of("no-sector")));

        assertThat(errorFor(response, "status").get("message").asString()).contains("'finished' is not one of");
        assertThat(errorFor(response, "validUntil").get("message").asString()).contains("lies before validFrom");
        assertThat(errorFor(response, "covers").get("message").asString()).contains("'no-sector' does not exist");
        assertThat(single("MATCH (c:Covenant {id: '" + P + "C1'}) RETURN count(c)")).isEqualTo(0L);
    }

    @Test
    void requiredFieldsWrongTypesAndUnknownFieldsAreRefused() {
        assertThat(errorFor(create(api(), "partners", fields("id", P + "P1", "name", "Zonder categorie")), "category")
                .get("message").asString()).isEqualTo("is required");
        assertThat(errorFor(create(api(), "covenants", fields("id", P + "C2", "name", "C", "status", "draft",
                "signedOn", "1 januari")), "signedOn").get("message").asString()).contains("yyyy-MM-dd");
        assertThat(errorFor(create(api(), "partners", fields("id", P + "P2", "name", "X", "category", "company",
                "colour", "red")), "colour").get("message").asString()).contains("unknown field");
        assertThat(errorFor(create(api(), "action-items", fields("id", P + "A1", "name", "Zonder convenant",
                "status", "open")), "covenant").get("message").asString()).contains("exactly one");
        assertThat(create(api(), "unicorns", fields("id", P + "U")).status()).isEqualTo(404);
    }

    @Test
    void duplicateIdsAndUnknownReferencesAreRefused() {
        assertThat(errorFor(create(api(), "partners", fields("id", "VR16", "name", "Dubbel", "category", "company")), "id")
                .get("message").asString()).contains("already used by a Safety region");
        assertThat(errorFor(create(api(), "partners", fields("id", P + "P3", "name", "Onbekende regio",
                "category", "company", "serves", List.of("VR77"))), "serves").get("message").asString()).contains("VR77");
        assertThat(errorFor(create(api(), "partners", fields("id", P + "P4", "name", "Sector als regio",
                "category", "company", "serves", List.of("energy"))), "serves").get("message").asString())
                .contains("is a Sector, expected an id of: Safety region");
    }

    @Test
    void aNameLikeAnExistingPartnerIsAWarningTheUserCanOverride() {
        Map<String, Object> body = fields("id", P + "P5", "name", "Politie Eenheid Noord Nederland B.V.",
                "category", "police");
        JsonNode warning = errorFor(create(api(), "partners", body), "name");

        assertThat(warning.get("override").asString()).isEqualTo("confirmSimilarName");
        assertThat(warning.at("/similar/0/id").asString()).isEqualTo("P-POLITIE-NOORD-NEDERLAND");
        body.put("confirmSimilarName", true);
        assertThat(create(api(), "partners", body).status()).isEqualTo(201);
    }

    @Test
    void theSecondOfTwoEditsOfTheSameVersionGetsAConflictThatSaysWhoAndWhen() {
        assertThat(create(api(), "covenants", fields("id", P + "C3", "name", "Gedeeld", "status", "active")).status())
                .isEqualTo(201);
        Api other = TestAccounts.as(Role.EDITOR, accounts, port);
        long version = other.get("/api/items/covenants/" + P + "C3").json().get("version").asLong();

        Api.Response first = api().putJson("/api/items/covenants/" + P + "C3", fields("validUntil", "2027-01-01",
                "version", version));
        Api.Response second = other.putJson("/api/items/covenants/" + P + "C3", fields("validUntil", "2028-01-01",
                "version", version));
        Api.Response withoutVersion = other.putJson("/api/items/covenants/" + P + "C3", fields("validUntil", "2028-01-01"));

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("changedBy").asString()).isEqualTo("admin");
        assertThat(second.json().get("changedAt").asString()).isNotBlank();
        assertThat(second.json().get("detail").asString()).contains("admin", "Reload");
        assertThat(withoutVersion.json().get("field").asString()).isEqualTo("version");
        assertThat(single("MATCH (c:Covenant {id: '" + P + "C3'}) RETURN toString(c.validUntil)")).isEqualTo("2027-01-01");
    }

    @Test
    void twoSimultaneousSavesOfOneVersionCannotBothWin() throws Exception {
        create(api(), "covenants", fields("id", P + "C4", "name", "Tegelijk", "status", "active"));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> saves = List.of("2030-01-01", "2031-01-01").stream()
                .map(date -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return api().send("PUT", "/api/items/covenants/" + P + "C4", "application/json",
                            "{\"validUntil\":\"" + date + "\"}", "If-Match", "\"1\"").status();
                })).toList();
        start.countDown();

        assertThat(saves.stream().map(CompletableFuture::join).toList()).containsExactlyInAnyOrder(200, 409);
        assertThat(single("MATCH (c:Covenant {id: '" + P + "C4'}) RETURN c.version")).isEqualTo(2L);
    }

    @Test
    void aRegionLimitedEditorChangesOnlyItemsOfItsRegion() {
        Api regional = regionalEditor();
        Api.Response own = create(regional, "partners", fields("id", P + "P6", "name", "Eigen partner Leiden",
                "category", "company", "serves", List.of("VR16")));
        Api.Response elsewhere = create(regional, "partners", fields("id", P + "P7", "name", "Partner in Groningen",
                "category", "company", "serves", List.of("VR01")));
        Api.Response moveAway = regional.putJson("/api/items/partners/" + P + "P6", fields("serves", List.of("VR01"),
                "version", 1));
        long shippedVersion = api().get("/api/items/partners/P-POLITIE-NOORD-NEDERLAND").json().get("version").asLong();
        Api.Response shipped = regional.putJson("/api/items/partners/P-POLITIE-NOORD-NEDERLAND",
                fields("website", "https://example.org", "version", shippedVersion));
        Api.Response source = create(regional, "sources", fields("id", P + "S1", "name", "Bron"));
        create(regional, "covenants", fields("id", P + "C5", "name", "Regionaal convenant", "status", "draft"));
        Api.Response joins = regional.postJson("/api/relationships/covenant-parties",
                fields("party", "VR16", "covenant", P + "C5", "role", "region"));
        Api.Response otherRegion = regional.postJson("/api/relationships/covenant-parties",
                fields("party", "VR01", "covenant", "COV-VR14-VR25-SOK", "role", "region"));

        assertThat(own.status()).isEqualTo(201);
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(moveAway.status()).isEqualTo(403);
        assertThat(shipped.status()).isEqualTo(403);
        assertThat(source.status()).isEqualTo(403);
        assertThat(joins.status()).isEqualTo(200);
        assertThat(otherRegion.status()).isEqualTo(403);
        assertThat(single("MATCH (p:Partner) WHERE p.id IN ['" + P + "P7'] RETURN count(p)")).isEqualTo(0L);
        assertThat(single("MATCH (:Partner {id: '" + P + "P6'})-[:SERVES]->(r) RETURN r.id")).isEqualTo("VR16");
        assertThat(single("MATCH (p:Partner {id: 'P-POLITIE-NOORD-NEDERLAND'}) RETURN p.website"))
                .isEqualTo("https://www.politie.nl");
    }

    @Test
    void editsAreAuditedWithTheirComment() {
        create(api(), "networks", fields("id", P + "N1", "name", "Netwerk", "comment", "opgericht in 2024"));
        api().putJson("/api/items/networks/" + P + "N1", fields("description", "beschrijving", "version", 1,
                "comment", "beschrijving aangevuld"));

        assertThat(audit.recent(AuditLog.MAX_LIMIT, "edit.update", null))
                .filteredOn(e -> e.target().equals("networks/" + P + "N1")).extracting(AuditEntry::details)
                .containsExactly("beschrijving aangevuld");
        assertThat(audit.recent(AuditLog.MAX_LIMIT, "edit.create", null))
                .filteredOn(e -> e.target().equals("networks/" + P + "N1")).extracting(AuditEntry::user)
                .containsExactly("admin");
    }

    @Test
    void anItemOthersMustNameCannotBeDeleted() {
        create(api(), "covenants", fields("id", P + "C6", "name", "Met actiepunt", "status", "active"));
        create(api(), "action-items", fields("id", P + "A2", "name", "Actie", "status", "open", "covenant", List.of(P + "C6")));

        Api.Response refused = api().send("DELETE", "/api/items/covenants/" + P + "C6", null, null, "If-Match", "1");

        assertThat(errorFor(refused, "id").get("message").asString()).contains("ActionItem " + P + "A2");
        assertThat(single("MATCH (c:Covenant {id: '" + P + "C6'}) RETURN count(c)")).isEqualTo(1L);
    }
}
