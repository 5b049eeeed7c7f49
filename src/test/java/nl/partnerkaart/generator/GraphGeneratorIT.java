package nl.partnerkaart.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.partnerkaart.TestApplications;
import nl.partnerkaart.model.Kinds;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.context.ConfigurableApplicationContext;

/** The generator against real embedded databases: same seed, same graph; the graph model respected; refuses data. */
class GraphGeneratorIT {

    private static final String[] GENERATE = {"partnerkaart.generate.nodes=3000", "partnerkaart.generate.seed=7",
            "partnerkaart.generate.batch-size=500"};

    @Test
    void aSeedGivesTheSameGraphEveryTimeWithinTheModelAndANonEmptyDatabaseIsRefused() {
        Path first = TestApplications.newDataDirectory();
        List<String> firstGraph;
        try (ConfigurableApplicationContext app = TestApplications.start(first, GENERATE)) {
            Driver driver = app.getBean(Driver.class);
            firstGraph = fingerprint(driver);
            respectsTheModel(driver);
        }
        try (ConfigurableApplicationContext app = TestApplications.start(TestApplications.newDataDirectory(), GENERATE)) {
            assertThat(fingerprint(app.getBean(Driver.class))).isEqualTo(firstGraph);
        }
        assertThatThrownBy(() -> TestApplications.start(first, GENERATE))
                .hasStackTraceContaining("the database is not empty");
    }

    private static void respectsTheModel(Driver driver) {
        try (var session = driver.session()) {
            long nodes = single(session, "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN count(n)");
            assertThat(nodes).isBetween(2950L, 3050L);
            List<String> labels = session.run("MATCH (n) WHERE n.origin IS NOT NULL UNWIND labels(n) AS label "
                    + "RETURN collect(DISTINCT label) AS labels").single().get("labels").asList(v -> v.asString());
            assertThat(labels).containsExactlyInAnyOrderElementsOf(Kinds.NODE_LABELS);
            List<String> types = session.run("MATCH (a)-[r]->() WHERE a.origin IS NOT NULL RETURN collect(DISTINCT type(r)) AS types")
                    .single().get("types").asList(v -> v.asString());
            assertThat(types).containsExactlyInAnyOrderElementsOf(Kinds.RELATIONSHIP_TYPES);
            assertThat(single(session, "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) "
                    + "AND (n.id IS NULL OR n.name IS NULL OR n.origin IS NULL) RETURN count(n)")).isZero();
            assertThat(single(session, "MATCH (n) WHERE (n:Partner AND n.category IS NULL) "
                    + "OR (n:Covenant AND n.status IS NULL) OR (n:ActionItem AND n.status IS NULL) "
                    + "OR (n:PartnerProfile AND n.role IS NULL) RETURN count(n)")).isZero();
            assertThat(single(session, "MATCH (a:ActionItem) WHERE count { (a)-[:PART_OF]->(:Covenant) } <> 1 "
                    + "RETURN count(a)")).isZero();
            assertThat(single(session, "MATCH (p:PartnerProfile) WHERE count { (p)-[:OF_PARTNER]->(:Partner) } <> 1 "
                    + "OR count { (p)-[:IN_REGION]->(:SafetyRegion) } <> 1 RETURN count(p)")).isZero();
            assertThat(single(session, "MATCH (a:Asset) WHERE count { (a)-[:LOCATED_IN]->(:Municipality) } <> 1 "
                    + "OR count { (:Partner)-[:OPERATES]->(a) } <> 1 RETURN count(a)")).isZero();
            assertThat(single(session, "MATCH (a:Asset)-[:DEPENDS_ON]->(b:Asset) RETURN count(*)"))
                    .as("assets have dependency chains").isGreaterThan(1000);
            assertThat(single(session, "MATCH (a:Asset)-[:DEPENDS_ON]->(b:Asset) WHERE a.id <= b.id RETURN count(*)"))
                    .as("dependencies point to earlier assets only, so there is no cycle").isZero();
            assertThat(single(session, "MATCH (n) WHERE n.origin = 'illustrative' AND n.id STARTS WITH 'P-G' "
                    + "AND NOT n.name ENDS WITH '(fictief)' RETURN count(n)")).isZero();
            assertThat(single(session, "MATCH (p:Partner {id: 'P-VITENS'}) RETURN count(p)"))
                    .as("the shipped data set is not loaded over a generated graph").isZero();
        }
    }

    private static long single(org.neo4j.driver.Session session, String query) {
        return session.run(query, Map.of("labels", Kinds.NODE_LABELS)).single().get(0).asLong();
    }

    /** Every node and relationship of the model with its properties, in a stable order. */
    private static List<String> fingerprint(Driver driver) {
        try (var session = driver.session()) {
            List<String> nodes = session.run("MATCH (n) WHERE n.origin IS NOT NULL "
                    + "RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties ORDER BY id")
                    .list(r -> r.get("id").asString() + r.get("labels").asList() + new TreeMap<>(r.get("properties").asMap()));
            List<String> relationships = session.run("MATCH (a)-[r]->(b) WHERE a.origin IS NOT NULL RETURN a.id AS a, type(r) AS type, b.id AS b, "
                    + "properties(r) AS properties ORDER BY a, type, b")
                    .list(r -> r.get("a").asString() + r.get("type").asString() + r.get("b").asString()
                            + new TreeMap<>(r.get("properties").asMap()));
            return java.util.stream.Stream.concat(nodes.stream(), relationships.stream()).toList();
        }
    }
}
