package nl.partnerkaart.cascade;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Reads the impacts of failed elements, one query per level, each an index seek per failed element
 * followed by its relationships: the cost grows with what is reachable, not with the database. One small
 * row per failed element (ids and numbers); names and properties are read later, only for what is hit.
 */
final class DatabaseNeighbours implements Neighbours {

    /** One row per failed process: [hit id, hours, relationship element id] per step of each kind. */
    private static final String OF_PROCESSES = """
            UNWIND $ids AS id
            MATCH (failed:VitalProcess {id: id})
            RETURN id AS failed,
              COLLECT { MATCH (failed)<-[r:DEPENDS_ON]-(hit:VitalProcess)
                        RETURN [hit.id, coalesce(r.timeToImpactHours, 0.0), elementId(r)] } AS DEPENDS_ON,
              COLLECT { MATCH (failed)<-[r:SUPPORTS]-(hit:Asset)
                        RETURN [hit.id, 0.0, elementId(r)] } AS SUPPORTING_ASSET
            """;

    private static final String OF_ASSETS = """
            UNWIND $ids AS id
            MATCH (failed:Asset {id: id})
            RETURN id AS failed,
              COLLECT { MATCH (failed)<-[r:DEPENDS_ON]-(hit:Asset)
                        RETURN [hit.id, coalesce(r.timeToImpactHours, 0.0), elementId(r)] } AS DEPENDS_ON,
              COLLECT { MATCH (failed)-[r:SUPPORTS]->(hit:VitalProcess)
                        RETURN [hit.id, 0.0, elementId(r)] } AS LOCAL_DISRUPTION
            """;

    private final TransactionContext tx;

    DatabaseNeighbours(TransactionContext tx) {
        this.tx = tx;
    }

    @Override
    public Map<String, List<Impact>> of(Collection<Element> failed) {
        Map<String, List<Impact>> impacts = new HashMap<>();
        read(OF_PROCESSES, Element.idsAt(failed, Element.Level.PROCESS), impacts,
                Impact.Link.DEPENDS_ON, Element.Level.PROCESS, Impact.Link.SUPPORTING_ASSET, Element.Level.ASSET);
        read(OF_ASSETS, Element.idsAt(failed, Element.Level.ASSET), impacts,
                Impact.Link.DEPENDS_ON, Element.Level.ASSET, Impact.Link.LOCAL_DISRUPTION, Element.Level.PROCESS);
        return impacts;
    }

    private void read(String query, List<String> ids, Map<String, List<Impact>> impacts,
            Impact.Link first, Element.Level firstLevel, Impact.Link second, Element.Level secondLevel) {
        if (ids.isEmpty()) {
            return;
        }
        tx.run(query, Map.of("ids", ids)).forEachRemaining(row -> {
            String failed = row.get("failed").asString();
            List<Impact> found = impacts.computeIfAbsent(failed, key -> new ArrayList<>());
            row.get(first.name()).values().forEach(step -> found.add(impact(failed, step, first, firstLevel)));
            row.get(second.name()).values().forEach(step -> found.add(impact(failed, step, second, secondLevel)));
        });
    }

    private static Impact impact(String failed, Value step, Impact.Link link, Element.Level level) {
        String hitId = step.get(0).asString();
        // Negative delays would break the earliest-arrival order; a failure cannot hit before it happens.
        double hours = Math.max(0, step.get(1).asNumber().doubleValue());
        String edgeId = switch (link) {
            case DEPENDS_ON -> hitId + "|DEPENDS_ON|" + failed;
            case SUPPORTING_ASSET -> hitId + "|SUPPORTS|" + failed;
            case LOCAL_DISRUPTION -> failed + "|SUPPORTS|" + hitId;
        };
        return new Impact(failed, new Element(hitId, level, null), hours, link, edgeId, step.get(2).asString());
    }
}
