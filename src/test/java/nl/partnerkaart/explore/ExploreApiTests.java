package nl.partnerkaart.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The explorer's API on the shipped data, with its bad input. */
class ExploreApiTests extends ApplicationTest {

    private List<String> ids(JsonNode array) {
        return array.valueStream().map(n -> n.get("id").asString()).toList();
    }

    @Test
    void searchUnderstandsAbbreviationsCaseAndDiacritics() {
        assertThat(ids(api().get("/api/search?q=fryslan").json().get("results"))).contains("VR02");
        assertThat(ids(api().get("/api/search?q=FRYSLÂN").json().get("results"))).contains("VR02");
        assertThat(ids(api().get("/api/search?q=VRHM").json().get("results"))).contains("VR16");
        assertThat(ids(api().get("/api/search?q=RWS&limit=20").json().get("results"))).contains("P-RWS-WNZ");
        assertThat(ids(api().get("/api/search?q=vite").json().get("results"))).contains("P-VITENS");
        assertThat(api().get("/api/search?q=hollands%20mid").json().at("/results/0/id").asString()).isEqualTo("VR16");
    }

    @Test
    void searchSaysWhenItCutTheListShortAndTakesOperatorsLiterally() {
        JsonNode result = api().get("/api/search?q=gemeente&limit=3").json();
        assertThat(result.get("results")).hasSize(3);
        assertThat(result.get("truncated").asBoolean()).isTrue();
        assertThat(api().get("/api/search?q=AND%20(%20%5B%22").status()).isEqualTo(200);
        assertThat(api().get("/api/search?q=%20").json().get("field").asString()).isEqualTo("q");
        assertThat(api().get("/api/search?q=x&limit=500").json().get("field").asString()).isEqualTo("limit");
    }

    @Test
    void aNodeWithItsDegreesAndSources() {
        JsonNode details = api().get("/api/graph/nodes/VR16").json();
        assertThat(details.at("/node/name").asString()).isEqualTo("Hollands Midden");
        assertThat(details.at("/node/labels/0").asString()).isEqualTo("SafetyRegion");
        assertThat(details.get("degrees").valueStream()
                .filter(d -> d.get("type").asString().equals("PART_OF") && d.get("direction").asString().equals("in"))
                .findFirst().orElseThrow().get("count").asLong()).isEqualTo(18);
        assertThat(details.get("sources")).isNotEmpty();
        Api.Response missing = api().get("/api/graph/nodes/VR99");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).contains("VR99");
    }

    @Test
    void theNeighbourhoodOfARegionFollowsTypesAndDirectionsAndSaysWhenItIsCut() {
        JsonNode municipalities = api().get("/api/graph/neighbourhood?id=VR16&types=PART_OF&direction=in").json();
        assertThat(municipalities.get("nodes")).hasSize(19);
        assertThat(municipalities.get("edges")).hasSize(18);
        assertThat(municipalities.get("truncated").asBoolean()).isFalse();
        assertThat(municipalities.at("/edges/0/type").asString()).isEqualTo("PART_OF");
        assertThat(municipalities.at("/edges/0/target").asString()).isEqualTo("VR16");

        JsonNode capped = api().get("/api/graph/neighbourhood?id=VR16&limit=10").json();
        assertThat(capped.get("nodes")).hasSize(11);
        assertThat(capped.get("truncated").asBoolean()).isTrue();

        JsonNode twoLevels = api().get("/api/graph/neighbourhood?id=P-VITENS&depth=2&types=SERVES,PART_OF&limit=2000").json();
        assertThat(ids(twoLevels.get("nodes"))).contains("VR25", "GM0034");
    }

    @Test
    void badNeighbourhoodRequestsSayWhatIsWrong() {
        assertThat(api().get("/api/graph/neighbourhood?id=VR16&depth=5").json().get("field").asString()).isEqualTo("depth");
        assertThat(api().get("/api/graph/neighbourhood?id=VR16&limit=0").json().get("field").asString()).isEqualTo("limit");
        assertThat(api().get("/api/graph/neighbourhood?id=VR16&types=KNOWS").json().get("field").asString()).isEqualTo("types");
        assertThat(api().get("/api/graph/neighbourhood?id=VR16&direction=up").json().get("field").asString())
                .isEqualTo("direction");
        assertThat(api().get("/api/graph/neighbourhood?id=NOPE").status()).isEqualTo(404);
        assertThat(api().get("/api/graph/neighbourhood").json().get("field").asString()).isEqualTo("id");
    }

    @Test
    void nodesHandedOverByIdComeWithTheRelationshipsAmongThem() {
        JsonNode graph = api().get("/api/graph/among?ids=VR16,GM0546,%20P-VITENS,NO-SUCH-ID,VR16").json();
        assertThat(ids(graph.get("nodes"))).containsExactlyInAnyOrder("VR16", "GM0546", "P-VITENS");
        assertThat(graph.get("edges").findValuesAsString("id")).contains("GM0546|PART_OF|VR16");
        assertThat(api().get("/api/graph/among?ids=,").json().get("field").asString()).isEqualTo("ids");
        String tooMany = IntStream.range(0, 201).mapToObj(i -> "N" + i).collect(Collectors.joining(","));
        assertThat(api().get("/api/graph/among?ids=" + tooMany).status()).isEqualTo(400);
    }

    @Test
    void pathsShowHowADrinkingWaterCompanyIsConnectedToARegionItDoesNotServe() {
        JsonNode paths = api().get("/api/graph/path?from=P-VITENS&to=VR16&maxHops=4").json();
        assertThat(ids(paths.get("nodes"))).contains("P-VITENS", "VR16");
        assertThat(paths.get("edges")).isNotEmpty();
        assertThat(paths.get("edges").valueStream().map(e -> e.get("type").asString())).doesNotContain("MENTIONS");

        assertThat(api().get("/api/graph/path?from=VR16&to=VR16").json().get("field").asString()).isEqualTo("to");
        assertThat(api().get("/api/graph/path?from=VR16&to=VR15&maxHops=9").json().get("field").asString())
                .isEqualTo("maxHops");
        assertThat(api().get("/api/graph/path?from=VR16&to=NOPE").status()).isEqualTo(404);
    }

    @Test
    void aHostileNameComesBackAsPlainData() {
        try (var session = driver.session()) {
            session.run("CREATE (:Partner {id: 'T-HOSTILE', name: '<img src=x onerror=alert(1)>', category: 'other', "
                    + "origin: 'user'})").consume();
        }
        try {
            JsonNode hits = api().get("/api/search?q=onerror").json().get("results");
            assertThat(hits.valueStream().map(h -> h.get("name").asString())).contains("<img src=x onerror=alert(1)>");
        } finally {
            deleteNodesWithIdPrefix("T-HOSTILE");
        }
    }
}
