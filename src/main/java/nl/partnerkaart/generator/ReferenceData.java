package nl.partnerkaart.generator;

import java.util.List;

import org.neo4j.driver.Driver;

/** The fixed part of the graph (regions, municipalities, sectors, vital processes, incident types), sorted by id. */
record ReferenceData(List<Region> regions, List<Municipality> municipalities, List<String> sectors,
                     List<String> vitalProcesses, List<Named> incidentTypes) {

    record Region(String id, double lat, double lon) {
    }

    record Municipality(String id, String name, int region) {
    }

    record Named(String id, String name) {
    }

    static ReferenceData read(Driver driver) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                List<Region> regions = tx.run("MATCH (r:SafetyRegion) RETURN r.id AS id, r.lat AS lat, r.lon AS lon "
                        + "ORDER BY id").list(r -> new Region(r.get("id").asString(), r.get("lat").asDouble(),
                        r.get("lon").asDouble()));
                List<String> regionIds = regions.stream().map(Region::id).toList();
                List<Municipality> municipalities = tx.run("MATCH (m:Municipality)-[:PART_OF]->(r:SafetyRegion) "
                        + "RETURN m.id AS id, m.name AS name, r.id AS region ORDER BY id").list(r -> new Municipality(
                        r.get("id").asString(), r.get("name").asString(), regionIds.indexOf(r.get("region").asString())));
                List<String> sectors = tx.run("MATCH (s:Sector) RETURN s.id AS id ORDER BY id")
                        .list(r -> r.get("id").asString());
                List<String> processes = tx.run("MATCH (v:VitalProcess) RETURN v.id AS id ORDER BY id")
                        .list(r -> r.get("id").asString());
                List<Named> incidentTypes = tx.run("MATCH (t:IncidentType) RETURN t.id AS id, t.name AS name ORDER BY id")
                        .list(r -> new Named(r.get("id").asString(), r.get("name").asString()));
                return new ReferenceData(regions, municipalities, sectors, processes, incidentTypes);
            });
        }
    }
}
