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
    void betweennessRanksWhatLiesOnTheMostFailureChains() {
        // Shipped data: whatever fails on national electricity passes regional electricity on its way.
        JsonNode onChains = brokers("?limit=200").get("infrastructureOnChains");
        for (int i = 1; i < onChains.size(); i++) {
            assertThat(onChains.get(i).get("betweenness").asDouble())
                    .isLessThanOrEqualTo(onChains.get(i - 1).get("betweenness").asDouble());
        }
        assertThat(item(onChains, "VP02").get("betweenness").asDouble()).isPositive();
        assertThat(brokers("").at("/measures/betweenness").asString()).contains("Brandes");
    }

    @Test
    void betweennessOfAHandBuiltGraphAndOfTheOperatorsOfItsAssets() {
        // Assets: B depends on A, C on B, and D on both B and an alternative E that depends on A: a chain and a
        // diamond. Failure chains: A-B-C, A-B-D and A-E-D (A to D twice, so B and E count 1/2 each for it).
        try (var session = driver.session()) {
            session.run("""
                    CREATE (a:Asset {id: 'T-BTW-A', name: 'A'}), (b:Asset {id: 'T-BTW-B', name: 'B'}),
                           (c:Asset {id: 'T-BTW-C', name: 'C'}), (d:Asset {id: 'T-BTW-D', name: 'D'}),
                           (e:Asset {id: 'T-BTW-E', name: 'E'}),
                           (b)-[:DEPENDS_ON {timeToImpactHours: 1.0}]->(a), (c)-[:DEPENDS_ON {timeToImpactHours: 1.0}]->(b),
                           (d)-[:DEPENDS_ON {timeToImpactHours: 1.0}]->(b), (e)-[:DEPENDS_ON {timeToImpactHours: 1.0}]->(a),
                           (d)-[:DEPENDS_ON {timeToImpactHours: 1.0}]->(e),
                           (:Partner {id: 'T-BTW-P', name: 'Operator'})-[:OPERATES]->(b),
                           (:Partner {id: 'T-BTW-P2', name: 'Second operator'})-[:OPERATES]->(e)
                    """).consume();
        }
        try {
            JsonNode brokers = brokers("?limit=200");
            JsonNode onChains = brokers.get("infrastructureOnChains");
            // B: A-C, A-D (half); E: A-D (half); the ends of every chain lie on none.
            assertThat(item(onChains, "T-BTW-B").get("betweenness").asDouble()).isEqualTo(1.5);
            assertThat(item(onChains, "T-BTW-E").get("betweenness").asDouble()).isEqualTo(0.5);
            assertThat(item(onChains, "T-BTW-A").get("betweenness").asDouble()).isZero();
            assertThat(item(onChains, "T-BTW-D").get("betweenness").asDouble()).isZero();
            assertThat(item(brokers.get("infrastructure"), "T-BTW-B").get("dependents").asInt()).isEqualTo(2);
            assertThat(item(brokers.get("partnersOnChains"), "T-BTW-P").get("betweenness").asDouble()).isEqualTo(1.5);

            // Another dependency of C on A takes A-C away from B: the cached scores must notice.
            try (var session = driver.session()) {
                session.run("""
                        MATCH (a:Asset {id: 'T-BTW-A'}), (c:Asset {id: 'T-BTW-C'})
                        CREATE (c)-[:DEPENDS_ON {timeToImpactHours: 5.0}]->(a)
                        """).consume();
            }
            JsonNode after = brokers("?limit=200").get("infrastructureOnChains");
            assertThat(item(after, "T-BTW-B").get("betweenness").asDouble()).isEqualTo(0.5);
        } finally {
            deleteNodesWithIdPrefix("T-BTW-");
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

    private static JsonNode item(JsonNode list, String id) {
        for (JsonNode item : list) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " is not in the list");
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
