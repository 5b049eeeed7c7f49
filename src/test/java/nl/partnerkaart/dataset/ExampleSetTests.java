package nl.partnerkaart.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.partnerkaart.Api;
import nl.partnerkaart.TestApplications;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The example set is optional and removable: a start without it holds the reference alone, and removing it from a
 * running knowledge base leaves exactly that, node for node, with every own item kept.
 */
class ExampleSetTests {

    /** Every node and relationship of the graph model, without the history and the item versions. */
    private static final String CONTENTS = """
            CALL {
              MATCH (n) WHERE n.id IS NOT NULL AND NOT n:Change AND NOT n:ImportRun
              RETURN 'node ' + labels(n)[0] + ' ' + n.id AS item, properties(n) AS props
              UNION ALL
              MATCH (a)-[r]->(b) WHERE a.id IS NOT NULL AND b.id IS NOT NULL AND NOT a:Change
              RETURN 'relationship ' + a.id + ' ' + type(r) + ' ' + b.id AS item, properties(r) AS props
            }
            RETURN item, props
            """;

    @Test
    void removingTheExamplesLeavesWhatAStartWithoutThemHoldsAndKeepsOwnItems() {
        List<String> referenceOnly;
        try (ConfigurableApplicationContext app = TestApplications.start(TestApplications.newDataDirectory(),
                "partnerkaart.dataset.examples=false")) {
            referenceOnly = contents(app);
            Api admin = admin(app);
            assertThat(admin.get("/api/overview").json().at("/datasets/examples/loaded").asBoolean()).isFalse();
            assertThat(admin.get("/api/overview").json().at("/datasets/reference/nodes").asLong()).isPositive();
            var none = admin.delete("/api/dataset/examples");
            assertThat(none.status()).isEqualTo(409);
            assertThat(none.json().get("code").asText()).isEqualTo("examples.none");
        }
        assertThat(referenceOnly).noneMatch(line -> line.contains("origin=illustrative"));

        try (ConfigurableApplicationContext app = TestApplications.start(TestApplications.newDataDirectory())) {
            Api admin = admin(app);
            long examples = admin.get("/api/overview").json().at("/datasets/examples/nodes").asLong();
            assertThat(examples).isGreaterThan(1000);
            // An own network with an example member: the network stays, the tie to the removed example goes.
            assertThat(admin.postJson("/api/items/networks", Map.of("id", "NW-OWN-1", "name", "Eigen netwerk"))
                    .status()).isEqualTo(201);
            String exampleMember = single(app, "MATCH (p:Partner {origin: 'illustrative'}) RETURN p.id ORDER BY p.id "
                    + "LIMIT 1");
            assertThat(admin.postJson("/api/relationships/memberships", Map.of("member", exampleMember,
                    "network", "NW-OWN-1")).status()).isEqualTo(200);
            // An own action item of an example covenant could not exist without it: the removal is refused first.
            String exampleCovenant = single(app, "MATCH (c:Covenant {origin: 'illustrative'}) RETURN c.id "
                    + "ORDER BY c.id LIMIT 1");
            assertThat(admin.postJson("/api/items/action-items", Map.of("id", "AI-OWN-1", "name", "Eigen actie",
                    "status", "open", "covenant", exampleCovenant)).status()).isEqualTo(201);
            var inUse = admin.delete("/api/dataset/examples");
            assertThat(inUse.status()).isEqualTo(409);
            assertThat(inUse.json().get("code").asText()).isEqualTo("examples.inUse");
            assertThat(inUse.json().get("items").toString()).contains("AI-OWN-1");
            assertThat(admin.get("/api/overview").json().at("/datasets/examples/nodes").asLong()).isEqualTo(examples);
            assertThat(admin.delete("/api/items/action-items/AI-OWN-1?version=1").status()).isEqualTo(200);

            var removed = admin.delete("/api/dataset/examples");

            assertThat(removed.status()).isEqualTo(200);
            assertThat(removed.json().get("nodes").asLong()).isEqualTo(examples);
            assertThat(removed.json().get("userRelationships").asLong()).isEqualTo(1);
            assertThat(admin.get("/api/overview").json().at("/datasets/examples/loaded").asBoolean()).isFalse();
            List<String> after = contents(app);
            assertThat(after).contains(after.stream().filter(line -> line.startsWith("node Network NW-OWN-1 "))
                    .findFirst().orElseThrow());
            assertThat(after.stream().filter(line -> !line.contains("OWN-1")).toList())
                    .containsExactlyElementsOf(referenceOnly);
            assertThat(Long.parseLong(single(app, "MATCH (c:Change {action: 'delete'}) WHERE c.user = 'admin' "
                    + "AND c.itemId = '" + exampleCovenant + "' RETURN toString(count(c))"))).isEqualTo(1);
        }
    }

    private static List<String> contents(ConfigurableApplicationContext app) {
        try (var session = app.getBean(Driver.class).session()) {
            return session.run(CONTENTS).list(r -> {
                Map<String, Object> props = new TreeMap<>(r.get("props").asMap(Value::asObject));
                props.remove("version");
                return r.get("item").asString() + " " + props;
            }).stream().sorted().toList();
        }
    }

    private static String single(ConfigurableApplicationContext app, String query) {
        try (var session = app.getBean(Driver.class).session()) {
            return session.run(query).single().get(0).asString();
        }
    }

    private static Api admin(ConfigurableApplicationContext app) {
        return new Api(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")), "admin",
                TestApplications.ADMIN_PASSWORD);
    }
}
