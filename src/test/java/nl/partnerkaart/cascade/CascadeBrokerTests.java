package nl.partnerkaart.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.partnerkaart.Api;
import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CascadeBrokerTests extends ApplicationTest {

    @Test
    void partnersAreRankedByTheRegionsTheyServe() {
        JsonNode brokers = brokers("?limit=5");

        JsonNode partners = brokers.get("partners");
        assertThat(partners.size()).isEqualTo(5);
        long most = (Long) single("MATCH (p:Partner) RETURN max(COUNT { (p)-[:SERVES]->(:SafetyRegion) })");
        assertThat(partners.get(0).get("regionsServed").asLong()).isEqualTo(most);
        assertThat(partners.get(0).get("rank").asInt()).isEqualTo(1);
        for (int i = 1; i < partners.size(); i++) {
            assertThat(partners.get(i).get("regionsServed").asLong())
                    .isLessThanOrEqualTo(partners.get(i - 1).get("regionsServed").asLong());
        }
        assertThat(brokers.at("/measures/regionsServed").asString()).contains("SERVES");
    }

    @Test
    void electricitySitsOnTheMostDependencyChains() {
        JsonNode infrastructure = brokers("").get("infrastructure");

        assertThat(infrastructure.size()).isEqualTo(20);
        // National electricity and gas depend on each other, so each takes the other (and regional
        // electricity, which everything needs) with it: they head the list, with the same reach.
        assertThat(List.of(id(infrastructure, 0), id(infrastructure, 1), id(infrastructure, 2)))
                .containsExactly("VP01", "VP03", "VP02");
        assertThat(infrastructure.get(0).get("dependents").asInt()).isEqualTo(infrastructure.get(1).get("dependents").asInt());
        assertThat(infrastructure.get(0).get("regionsReached").asInt()).isEqualTo(25);
        for (int i = 1; i < infrastructure.size(); i++) {
            assertThat(infrastructure.get(i).get("dependents").asInt())
                    .isLessThanOrEqualTo(infrastructure.get(i - 1).get("dependents").asInt());
        }
    }

    @Test
    void theLimitIsChecked() {
        Api.Response response = api().get("/api/analysis/brokers?limit=0");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("limit");
        assertThat(api().get("/api/analysis/brokers?limit=201").status()).isEqualTo(400);
        assertThat(anonymous().get("/api/analysis/brokers").status()).isEqualTo(401);
    }

    private static String id(JsonNode list, int index) {
        return list.get(index).get("id").asString();
    }

    private JsonNode brokers(String query) {
        Api.Response response = api().get("/api/analysis/brokers" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
