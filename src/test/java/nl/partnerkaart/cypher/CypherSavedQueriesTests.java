package nl.partnerkaart.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import nl.partnerkaart.security.Role;
import nl.partnerkaart.security.TestAccounts;
import nl.partnerkaart.security.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class CypherSavedQueriesTests extends ApplicationTest {

    @Autowired
    UserAccounts accounts;

    static Stream<SavedQueryFile> shippedQueries() {
        return new SavedQueryFiles().all().stream();
    }

    @Test
    void atLeastFifteenQueriesAreShippedAndListedByThemeInEnglishWhenAskedFor() {
        assertThat(shippedQueries().count()).isGreaterThanOrEqualTo(15);
        JsonNode themes = api().get("/api/cypher/queries?lang=en").json();
        JsonNode expiring = query(themes, "Covenants", "covenants-expiring");
        assertThat(expiring.get("title").asString()).isEqualTo("Covenants expiring soon");
        assertThat(expiring.get("theme").asString()).isEqualTo("Covenants");
        assertThat(expiring.at("/parameters/0/name").asString()).isEqualTo("today");
        assertThat(expiring.at("/parameters/0/type").asString()).isEqualTo("date");
        assertThat(expiring.at("/parameters/0/example").asString()).isEqualTo("2026-11-23");
        assertThat(expiring.get("query").asString()).startsWith("MATCH (c:Covenant").doesNotContain("// title");
    }

    @Test
    void theLibraryIsDutchByDefaultAndFollowsAcceptLanguage() {
        JsonNode dutch = api().get("/api/cypher/queries").json();
        assertThat(query(dutch, "Convenanten", "covenants-expiring").get("title").asString())
                .isEqualTo("Convenanten die binnenkort aflopen");
        assertThat(dutch.has("Covenants")).isFalse();

        JsonNode english = api().send("GET", "/api/cypher/queries", null, null, "Accept-Language", "en-GB,en;q=0.9")
                .json();
        assertThat(query(english, "Covenants", "covenants-expiring").get("description").asString())
                .startsWith("Active covenants whose validity ends");
        assertThat(api().send("GET", "/api/cypher/queries?lang=nl", null, null, "Accept-Language", "en").json()
                .has("Convenanten")).isTrue();
    }

    private static JsonNode query(JsonNode themes, String theme, String id) {
        assertThat(themes.get(theme).isArray()).as(theme).isTrue();
        return stream(themes.get(theme)).filter(q -> q.get("id").asString().equals(id)).findFirst().orElseThrow();
    }

    static Stream<Arguments> shippedQueriesById() {
        return shippedQueries().map(q -> Arguments.of(q.id(), q));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedQueriesById")
    void everyShippedQueryRunsWithItsExampleParametersAndFindsSomething(String id, SavedQueryFile query) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query.query());
        body.put("params", ExampleParameters.json(query));

        Api.Response response = api().postJson("/api/cypher", body);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("rowCount").asInt()).as(query.id()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theDoneWhenQuestionFindsPartnersWithoutActiveCovenant() {
        SavedQueryFile query = shippedQueries().filter(q -> q.id().equals("power-failure-partners-without-covenant"))
                .findFirst().orElseThrow();
        JsonNode answer = api().postJson("/api/cypher", Map.of("query", query.query(),
                "params", Map.of("region", "VR16", "incidentType", "4.1.30"))).json();

        assertThat(answer.get("columns").toString()).contains("noActiveCovenant");
        assertThat(answer.get("rowCount").asInt()).isEqualTo(49);
        assertThat(stream(answer.get("rows")).filter(row -> row.get(3).asBoolean()).count()).isPositive();
    }

    @Test
    void theCoverageGapsAndExpiringCovenantsAreThoseTheDataSetDocuments() {
        JsonNode gaps = run("covenant-gaps-per-sector", Map.of("sectors", List.of("drinking-water", "energy", "telecom-ict")));
        JsonNode expiring = run("covenants-expiring", Map.of("today", Map.of("type", "date", "value", "2026-11-23"),
                "months", 6));

        assertThat(gaps.at("/rows/0/0").asString()).isEqualTo("drinking-water");
        // the public covenants of VR01 (2010) and VR18 (2009, 2012) have an unknown status: they are not known to hold
        assertThat(gaps.at("/rows/0/2").asInt()).isEqualTo(6);
        assertThat(gaps.at("/rows/0/3").toString()).contains("VR01", "VR08", "VR12", "VR18", "VR23", "VR24");
        assertThat(gaps.at("/rows/1/2").asInt()).isEqualTo(5);
        assertThat(gaps.at("/rows/2/2").asInt()).isEqualTo(10);
        assertThat(expiring.get("rowCount").asInt()).isEqualTo(7);
        assertThat(expiring.at("/rows/0/2").asString()).isEqualTo("2026-12-31");
    }

    private JsonNode run(String id, Map<String, Object> params) {
        SavedQueryFile query = shippedQueries().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
        return api().postJson("/api/cypher", Map.of("query", query.query(), "params", params)).json();
    }

    @Test
    void usersKeepTheirOwnQueriesAndCannotSeeOrChangeAnothersOnes() {
        Api anna = TestAccounts.named("analyst-anna", Role.ANALYST, accounts, port);
        Api bram = TestAccounts.named("analyst-bram", Role.ANALYST, accounts, port);

        Api.Response created = anna.postJson("/api/cypher/saved", Map.of("title", "Mijn regio",
                "description", "Partners van VR16", "query", "MATCH (p:Partner)-[:SERVES]->(:SafetyRegion {id: $r}) RETURN p",
                "params", Map.of("r", "VR16", "d", Map.of("type", "date", "value", "2026-11-23"))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().at("/params/d/value").asString()).isEqualTo("2026-11-23");

        assertThat(titles(anna.get("/api/cypher/saved"))).contains("Mijn regio");
        assertThat(titles(bram.get("/api/cypher/saved"))).doesNotContain("Mijn regio");
        assertThat(bram.get("/api/cypher/saved/" + id).status()).isEqualTo(404);
        assertThat(bram.putJson("/api/cypher/saved/" + id, Map.of("title", "Van Bram", "query", "RETURN 1"))
                .status()).isEqualTo(404);
        assertThat(bram.delete("/api/cypher/saved/" + id).status()).isEqualTo(404);
        assertThat(anna.get("/api/cypher/saved/" + id).json().get("title").asString()).isEqualTo("Mijn regio");

        Api.Response updated = anna.putJson("/api/cypher/saved/" + id,
                Map.of("title", "Mijn regio (2)", "query", "RETURN 2"));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(anna.get("/api/cypher/saved/" + id).json().get("query").asString()).isEqualTo("RETURN 2");

        assertThat(anna.delete("/api/cypher/saved/" + id).status()).isEqualTo(204);
        assertThat(anna.get("/api/cypher/saved/" + id).status()).isEqualTo(404);
    }

    @Test
    void savedQueriesAreValidated() {
        Api.Response noTitle = api().postJson("/api/cypher/saved", Map.of("title", " ", "query", "RETURN 1"));
        Api.Response noQuery = api().postJson("/api/cypher/saved", Map.of("title", "Leeg"));
        Api.Response longTitle = api().postJson("/api/cypher/saved", Map.of("title", "x".repeat(201), "query", "RETURN 1"));
        Api.Response longQuery = api().postJson("/api/cypher/saved", Map.of("title", "Lang", "query", "x".repeat(20_001)));
        Api.Response badDate = api().postJson("/api/cypher/saved", Map.of("title", "Datum", "query", "RETURN $d",
                "params", Map.of("d", Map.of("type", "date", "value", "23-11-2026"))));

        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.json().get("field").asString()).isEqualTo("title");
        assertThat(noQuery.json().get("field").asString()).isEqualTo("query");
        assertThat(longTitle.json().get("field").asString()).isEqualTo("title");
        assertThat(longQuery.json().get("field").asString()).isEqualTo("query");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.json().get("field").asString()).isEqualTo("params.d");
    }


    private static List<String> titles(Api.Response response) {
        return stream(response.json()).map(q -> q.get("title").asString()).toList();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }
}
