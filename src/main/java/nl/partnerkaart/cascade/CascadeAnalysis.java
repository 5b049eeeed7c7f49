package nl.partnerkaart.cascade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Service;

/** Runs a cascade in one read transaction: check the input, propagate, then place and explain the hits. */
@Service
class CascadeAnalysis {

    /** More affected items than this is no longer an overview; the answer then says it is truncated. */
    static final int CAP = 5_000;

    private static final String STARTS = """
            UNWIND $ids AS id
            OPTIONAL MATCH (v:VitalProcess {id: id})
            OPTIONAL MATCH (a:Asset {id: id})
            RETURN id, coalesce(v, a) IS NOT NULL AS found,
                   CASE WHEN v IS NULL THEN 'Asset' ELSE 'VitalProcess' END AS label, coalesce(v, a).name AS name
            """;

    /** Only on the error path: which other kind of node an id names, for a clear message. */
    private static final String LABELS_OF = """
            UNWIND $ids AS id
            OPTIONAL MATCH (n {id: id})
            RETURN id, head(labels(n)) AS label
            """;

    private static final String DEPENDENCIES_EXIST = """
            UNWIND $ids AS edge
            WITH edge, split(edge, '|') AS ends
            RETURN edge, EXISTS { (:VitalProcess {id: ends[0]})-[:DEPENDS_ON]->(:VitalProcess {id: ends[2]}) }
                      OR EXISTS { (:Asset {id: ends[0]})-[:DEPENDS_ON]->(:Asset {id: ends[2]}) } AS found
            """;

    private final Driver driver;

    CascadeAnalysis(Driver driver) {
        this.driver = driver;
    }

    CascadeAnswer analyse(CascadeQuery query) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                List<Element> named = starts(tx, query.starts());
                OutageAreas.Setting setting = OutageAreas.resolve(tx, named, query.outage());
                checkDependenciesExist(tx, query);
                return answer(tx, setting, query);
            });
        }
    }

    /** The cascade of an outage scenario whose starts are already known to exist (the briefing's disrupted processes). */
    CascadeAnswer analyse(TransactionContext tx, List<Element> starts, CascadeQuery query) {
        return answer(tx, OutageAreas.resolve(tx, starts, query.outage()), query);
    }

    private static CascadeAnswer answer(TransactionContext tx, OutageAreas.Setting setting, CascadeQuery query) {
        Neighbours neighbours = new PrefetchedNeighbours(tx, new DatabaseNeighbours(tx));
        Propagation.Outcome outcome = new Propagation(neighbours, query.ignored(), query.hours(), query.outage().ends(), CAP)
                .run(setting.starts());
        Consequences.Places places = new Consequences(tx).of(outcome.hits(), query.asOf());
        return new CascadeAnswer(setting.starts().stream().map(Element::id).toList(), query.hours(),
                query.ignored().stream().sorted().toList(), query.asOf(),
                places.processes(), places.assets(), places.municipalities(), places.regions(), places.partners(),
                CascadeGraph.of(tx, outcome), outcome.truncated(), Scenarios.of(tx, places, setting, query));
    }

    private static List<Element> starts(TransactionContext tx, List<String> ids) {
        Map<String, Element> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        tx.run(STARTS, Map.of("ids", ids)).forEachRemaining(row -> {
            String id = row.get("id").asString();
            if (row.get("found").asBoolean()) {
                found.put(id, new Element(id, Element.Level.ofLabel(row.get("label").asString()), row.get("name").asString(id)));
            } else {
                missing.add(id);
            }
        });
        if (!missing.isEmpty()) {
            var row = tx.run(LABELS_OF, Map.of("ids", missing.subList(0, 1))).single();
            String label = row.get("label").asString(null);
            throw new InvalidInputException("start", label == null
                    ? Message.of("cascade.noStart", missing.get(0))
                    : Message.of("cascade.wrongStart", missing.get(0), Message.of("label." + label)));
        }
        return ids.stream().map(found::get).toList();
    }

    private static void checkDependenciesExist(TransactionContext tx, CascadeQuery query) {
        if (query.ignored().isEmpty()) {
            return;
        }
        tx.run(DEPENDENCIES_EXIST, Map.of("ids", List.copyOf(query.ignored()))).forEachRemaining(row -> {
            if (!row.get("found").asBoolean()) {
                throw new InvalidInputException("ignore", Message.of("cascade.noDependency", row.get("edge").asString()));
            }
        });
    }
}
