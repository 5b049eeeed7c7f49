package nl.partnerkaart.cascade;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Reads the impacts of failed elements, one query per level, each an index seek per failed element
 * followed by its relationships: the cost grows with what is reachable, not with the database.
 */
final class DatabaseNeighbours implements Neighbours {

    private static final String OF_PROCESSES = """
            UNWIND $ids AS id
            MATCH (failed:VitalProcess {id: id})
            CALL (failed) {
              MATCH (failed)<-[d:DEPENDS_ON]-(hit:VitalProcess)
              RETURN hit, coalesce(d.timeToImpactHours, 0.0) AS hours, 'DEPENDS_ON' AS link
              UNION ALL
              MATCH (failed)<-[:SUPPORTS]-(hit:Asset)
              RETURN hit, 0.0 AS hours, 'SUPPORTING_ASSET' AS link
            }
            RETURN id AS failed, hit.id AS hit, labels(hit) AS labels, hit.name AS name, hours, link
            """;

    private static final String OF_ASSETS = """
            UNWIND $ids AS id
            MATCH (failed:Asset {id: id})
            CALL (failed) {
              MATCH (failed)<-[d:DEPENDS_ON]-(hit:Asset)
              RETURN hit, coalesce(d.timeToImpactHours, 0.0) AS hours, 'DEPENDS_ON' AS link
              UNION ALL
              MATCH (failed)-[:SUPPORTS]->(hit:VitalProcess)
              RETURN hit, 0.0 AS hours, 'LOCAL_DISRUPTION' AS link
            }
            RETURN id AS failed, hit.id AS hit, labels(hit) AS labels, hit.name AS name, hours, link
            """;

    private final TransactionContext tx;

    DatabaseNeighbours(TransactionContext tx) {
        this.tx = tx;
    }

    @Override
    public Map<String, List<Impact>> of(Collection<Element> failed) {
        Map<String, List<Impact>> impacts = new HashMap<>();
        read(OF_PROCESSES, idsAt(failed, Element.Level.PROCESS), impacts);
        read(OF_ASSETS, idsAt(failed, Element.Level.ASSET), impacts);
        return impacts;
    }

    private void read(String query, List<String> ids, Map<String, List<Impact>> impacts) {
        if (ids.isEmpty()) {
            return;
        }
        tx.run(query, Map.of("ids", ids)).forEachRemaining(row -> {
            Impact impact = impact(row);
            impacts.computeIfAbsent(impact.failed(), key -> new ArrayList<>()).add(impact);
        });
    }

    private static Impact impact(Record row) {
        String failed = row.get("failed").asString();
        String hitId = row.get("hit").asString();
        Element.Level level = row.get("labels").asList(v -> v.asString()).contains("VitalProcess")
                ? Element.Level.PROCESS : Element.Level.ASSET;
        Element hit = new Element(hitId, level, row.get("name").asString(hitId));
        Impact.Link link = Impact.Link.valueOf(row.get("link").asString());
        // Negative delays would break the earliest-arrival order; a failure cannot hit before it happens.
        double hours = Math.max(0, row.get("hours").asNumber().doubleValue());
        String edgeId = switch (link) {
            case DEPENDS_ON -> hitId + "|DEPENDS_ON|" + failed;
            case SUPPORTING_ASSET -> hitId + "|SUPPORTS|" + failed;
            case LOCAL_DISRUPTION -> failed + "|SUPPORTS|" + hitId;
        };
        return new Impact(failed, hit, hours, link, edgeId);
    }

    private static List<String> idsAt(Collection<Element> elements, Element.Level level) {
        return elements.stream().filter(e -> e.level() == level).map(Element::id).toList();
    }
}
