package nl.partnerkaart.cypher;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.stereotype.Component;

/** Labels, relationship types and property keys of the public graph model, with how often each is used. */
@Component
class CypherSchema {

    /** The graph's own records of its changes and imports, which are not part of the public graph model. */
    static final List<String> INTERNAL_LABELS = List.of("Change", "ImportRun");

    private final Driver driver;

    CypherSchema(Driver driver) {
        this.driver = driver;
    }

    record Entry(String name, long count) {
    }

    record Schema(List<Entry> labels, List<Entry> relationshipTypes, List<Entry> propertyKeys) {
    }

    Schema read() {
        try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> {
                Map<String, Object> params = Map.of("internal", INTERNAL_LABELS);
                // A full scan: fine for a graph of some thousands of nodes, and it needs no label assembled into text.
                List<Entry> labels = tx.run("""
                        MATCH (n) WHERE NOT any(l IN labels(n) WHERE l IN $internal OR l STARTS WITH '__Neo4jMigration')
                        UNWIND labels(n) AS name
                        RETURN name, count(*) AS count ORDER BY name
                        """, params).list(CypherSchema::entry);
                List<Entry> types = tx.run("""
                        MATCH (a)-[r]->() WHERE NOT any(l IN labels(a) WHERE l IN $internal OR l STARTS WITH '__Neo4jMigration')
                        RETURN type(r) AS name, count(*) AS count ORDER BY name
                        """, params).list(CypherSchema::entry);
                List<Entry> keys = tx.run("""
                        CALL {
                          MATCH (n) WHERE NOT any(l IN labels(n) WHERE l IN $internal OR l STARTS WITH '__Neo4jMigration')
                          UNWIND keys(n) AS name RETURN name
                          UNION ALL
                          MATCH (a)-[r]->() WHERE NOT any(l IN labels(a) WHERE l IN $internal OR l STARTS WITH '__Neo4jMigration')
                          UNWIND keys(r) AS name RETURN name
                        }
                        RETURN name, count(*) AS count ORDER BY name
                        """, params).list(CypherSchema::entry);
                return new Schema(labels, types, keys);
            });
        }
    }

    private static Entry entry(org.neo4j.driver.Record row) {
        return new Entry(row.get("name").asString(), row.get("count").asLong());
    }
}
