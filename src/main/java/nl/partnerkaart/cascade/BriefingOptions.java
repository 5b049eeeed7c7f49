package nl.partnerkaart.cascade;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.stereotype.Service;

/**
 * What a briefing or an outage scenario can be asked for: every safety region and municipality, and the incident
 * types that disrupt at least one vital process (for the others a briefing has no consequences to show).
 */
@Service
class BriefingOptions {

    record Choice(String id, String name) {
    }

    record IncidentChoice(String id, String name, List<String> disrupts) {
    }

    record MunicipalityChoice(String id, String name, String region) {
    }

    record Options(List<Choice> regions, List<IncidentChoice> incidentTypes, List<MunicipalityChoice> municipalities) {
    }

    private static final String REGIONS = """
            MATCH (r:SafetyRegion) RETURN r.id AS id, r.name AS name ORDER BY r.id
            """;

    private static final String MUNICIPALITIES = """
            MATCH (m:Municipality)
            OPTIONAL MATCH (m)-[:PART_OF]->(r:SafetyRegion)
            RETURN m.id AS id, m.name AS name, r.id AS region ORDER BY m.name, m.id
            """;

    private static final String INCIDENT_TYPES = """
            MATCH (i:IncidentType)-[:DISRUPTS]->(v:VitalProcess)
            WITH i, v ORDER BY v.id
            RETURN i.id AS id, i.name AS name, collect(v.id) AS disrupts ORDER BY i.name
            """;

    private final Driver driver;

    BriefingOptions(Driver driver) {
        this.driver = driver;
    }

    Options all() {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> new Options(
                    tx.run(REGIONS, Map.of()).list(r -> new Choice(r.get("id").asString(), r.get("name").asString())),
                    tx.run(INCIDENT_TYPES, Map.of()).list(r -> new IncidentChoice(r.get("id").asString(),
                            r.get("name").asString(), r.get("disrupts").asList(v -> v.asString()))),
                    tx.run(MUNICIPALITIES, Map.of()).list(r -> new MunicipalityChoice(r.get("id").asString(),
                            r.get("name").asString(), r.get("region").asString(null)))));
        }
    }
}
