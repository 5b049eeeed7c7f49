package nl.partnerkaart.editing;

import static nl.partnerkaart.editing.EditingApiTests.fields;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.model.FieldLimits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Oversized values are refused before anything expensive, with a problem that names the field, by a form save and
 * by an import alike; a body above the request limit never reaches the parser (issue 21, finding 8). A change's
 * comment has the import's limit on every path.
 */
class FieldLimitsTests extends ApplicationTest {

    private static final String P = "T-LIMIT-";
    private static final int MB = 1024 * 1024;

    @AfterEach
    void removeTestData() {
        deleteNodesWithIdPrefix(P);
        deleteChangesOf(P);
    }

    @Test
    void aNameTooLongIsRefusedByAFormSaveNamingTheField() {
        String name = "a".repeat(3 * MB);
        long start = System.nanoTime();
        Api.Response response = api().postJson("/api/items/partners", fields("id", P + "1", "name", name,
                "category", "company", "serves", List.of("VR16")));
        report("a form save with a 3 MB name", start);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("name");
        assertThat(error.get("message").asString()).contains("at most " + FieldLimits.NAME);
        assertThat(single("MATCH (p:Partner {id: '" + P + "1'}) RETURN count(p)")).isEqualTo(0L);
    }

    @Test
    void aBodyAboveTheRequestLimitIsRefusedBeforeItIsRead() {
        long start = System.nanoTime();
        Api.Response response = api().postJson("/api/items/partners", fields("id", P + "2", "name",
                "a".repeat(30 * MB), "category", "company"));
        report("a form save with a 30 MB name", start);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.json().get("detail").asString()).contains("partnerkaart.http.max-body-size");
    }

    @Test
    void aNameTooLongIsRefusedByAnImportNamingTheColumn() {
        byte[] file = ("id,name,category,serves\n" + P + "3," + "a".repeat(19 * MB) + ",company,VR16\n")
                .getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Api.Response response = api().postFiles("/api/import", "file", Map.of("partners.csv", file));
        report("an import with a 19 MB name", start);

        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().at("/problems/0/column").asString()).isEqualTo("name");
        assertThat(response.json().at("/problems/0/message").asString()).contains("at most " + FieldLimits.NAME);
    }

    @Test
    void listsAndTextsHaveTheirLimitsToo() {
        Api.Response synonyms = api().postJson("/api/items/partners", fields("id", P + "4", "name", "Lijstpartner",
                "category", "company", "synonyms", java.util.stream.IntStream.range(0, FieldLimits.LIST_ENTRIES + 1)
                        .mapToObj(i -> "s" + i).toList()));
        Api.Response description = api().postJson("/api/items/networks", fields("id", P + "5", "name", "Netwerk",
                "description", "d".repeat(FieldLimits.TEXT + 1)));
        Api.Response longest = api().postJson("/api/items/networks", fields("id", P + "6", "name",
                "n".repeat(FieldLimits.NAME), "description", "d".repeat(FieldLimits.TEXT)));

        assertThat(synonyms.json().get("field").asString()).isEqualTo("synonyms");
        assertThat(synonyms.json().get("detail").asString()).contains("at most " + FieldLimits.LIST_ENTRIES);
        assertThat(description.json().get("field").asString()).isEqualTo("description");
        assertThat(longest.status()).as(longest.body()).isEqualTo(201);
    }

    @Test
    void editAndRestoreCommentsHaveTheImportsLimit() {
        String tooLong = "c".repeat(FieldLimits.COMMENT + 1);
        Api.Response save = api().postJson("/api/items/networks", fields("id", P + "9", "name", "Netwerk met commentaar",
                "comment", tooLong));
        assertThat(api().postJson("/api/items/networks", fields("id", P + "9", "name", "Netwerk met commentaar",
                "comment", "c".repeat(FieldLimits.COMMENT))).status()).isEqualTo(201);
        Api.Response delete = api().delete("/api/items/networks/" + P + "9?version=1&comment=" + tooLong);
        assertThat(api().delete("/api/items/networks/" + P + "9?version=1").status()).isEqualTo(200);
        String deleted = api().get("/api/history?item=" + P + "9&limit=1").json().at("/entries/0/id").asString();
        Api.Response restore = api().postJson("/api/history/" + deleted + "/restore", fields("comment", tooLong));

        for (Api.Response refused : List.of(save, delete, restore)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(400);
            assertThat(refused.json().get("field").asString()).isEqualTo("comment");
            assertThat(refused.json().get("detail").asString()).contains("at most " + FieldLimits.COMMENT);
        }
        assertThat(single("MATCH (n:Network {id: '" + P + "9'}) RETURN count(n)")).isEqualTo(0L);
    }

    @Test
    void theSimilarNameCheckOfAMaximalNameFindsItsNeighbour() {
        String words = "Waterbedrijf Noordelijk Proefland en Omstreken ";
        String name = words.repeat(FieldLimits.NAME / words.length() + 1).substring(0, FieldLimits.NAME).strip();
        assertThat(api().postJson("/api/items/partners", fields("id", P + "7", "name", name, "category", "company"))
                .status()).isEqualTo(201);

        String typo = name.substring(0, 100) + "x" + name.substring(101);
        long start = System.nanoTime();
        Api.Response response = api().postJson("/api/items/partners", fields("id", P + "8", "name", typo,
                "category", "company"));
        report("the similar-name check of a " + typo.length() + "-character name", start);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("override").asString()).isEqualTo("confirmSimilarName");
        assertThat(response.json().get("errors").get(0).get("similar").get(0).get("id").asString()).isEqualTo(P + "7");
    }

    /** The figure for the report of this change; no assertion on time, which depends on the machine. */
    private static void report(String what, long start) {
        System.out.printf("FieldLimitsTests: %s answered in %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
    }
}
