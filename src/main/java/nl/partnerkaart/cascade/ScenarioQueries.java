package nl.partnerkaart.cascade;

/** The Cypher of an outage scenario: the area, what an incident type disrupts, and what fails in the area. */
final class ScenarioQueries {

    /** Each asked id with the region or municipality it names (null when it names none). */
    static final String AREA = """
            UNWIND $ids AS id
            OPTIONAL MATCH (r:SafetyRegion {id: id})
            OPTIONAL MATCH (m:Municipality {id: id})
            OPTIONAL MATCH (m)-[:PART_OF]->(mr:SafetyRegion)
            RETURN id, r.name AS regionName, m.name AS municipalityName, mr.id AS municipalityRegion
            """;

    static final String INCIDENT_TYPE = """
            OPTIONAL MATCH (i:IncidentType {id: $incidentType})
            RETURN i IS NOT NULL AS found,
                   COLLECT { MATCH (i)-[:DISRUPTS]->(v:VitalProcess) RETURN v {.id, .name} ORDER BY v.id } AS disrupted
            """;

    /** The assets in the area that support a failing process: in the area, the process fails through them. */
    static final String ASSETS_IN_AREA = """
            MATCH (m:Municipality)
            WHERE m.id IN $municipalities OR EXISTS { (m)-[:PART_OF]->(r:SafetyRegion) WHERE r.id IN $regions }
            MATCH (a:Asset)-[:LOCATED_IN]->(m), (a)-[:SUPPORTS]->(v:VitalProcess)
            WHERE v.id IN $processes
            RETURN DISTINCT a.id AS id, a.name AS name
            ORDER BY id
            """;

    private ScenarioQueries() {
    }
}
