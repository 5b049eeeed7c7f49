package nl.partnerkaart.cascade;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import nl.partnerkaart.cascade.BrokerList.InfrastructureBroker;
import nl.partnerkaart.cascade.BrokerList.PartnerBroker;
import nl.partnerkaart.system.InvalidInputException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Ranks brokers. Partners are counted in Cypher. For infrastructure the whole failure graph is read once
 * and a reachability search runs from every element: O(elements x dependencies), which is instant on the
 * shipped data and a few seconds at ten thousand elements; it is not meant for the 100,000-asset scale.
 */
@Service
class Brokers {

    static final int MAX_LIMIT = 200;

    private static final String PARTNERS = """
            MATCH (p:Partner)
            WITH p, COUNT { (p)-[:SERVES]->(:SafetyRegion) } AS regions
            RETURN p.id AS id, p.name AS name, p.category AS category, p.origin AS origin, regions
            ORDER BY regions DESC, name, id LIMIT $limit
            """;

    /** Every element with the regions it touches when it fails itself. */
    private static final String ELEMENTS = """
            MATCH (v:VitalProcess)
            RETURN v.id AS id, v.name AS name, 'VitalProcess' AS label, v.origin AS origin,
                   COLLECT { MATCH (v)<-[:PROVIDES]-(:Partner)-[:SERVES]->(r:SafetyRegion) RETURN DISTINCT r.id } AS regions
            UNION ALL
            MATCH (a:Asset)
            RETURN a.id AS id, a.name AS name, 'Asset' AS label, a.origin AS origin,
                   COLLECT { MATCH (a)-[:LOCATED_IN]->(:Municipality)-[:PART_OF]->(r:SafetyRegion) RETURN DISTINCT r.id } AS regions
            """;

    /** The failure graph: from what fails to what it hits, with the kind of step (see Impact.Link). */
    private static final String STEPS = """
            MATCH (hit:VitalProcess)-[:DEPENDS_ON]->(failed:VitalProcess) RETURN failed.id AS failed, hit.id AS hit, 'DEPENDS_ON' AS link
            UNION ALL
            MATCH (hit:Asset)-[:DEPENDS_ON]->(failed:Asset) RETURN failed.id AS failed, hit.id AS hit, 'DEPENDS_ON' AS link
            UNION ALL
            MATCH (hit:Asset)-[:SUPPORTS]->(failed:VitalProcess) RETURN failed.id AS failed, hit.id AS hit, 'SUPPORTING_ASSET' AS link
            UNION ALL
            MATCH (failed:Asset)-[:SUPPORTS]->(hit:VitalProcess) RETURN failed.id AS failed, hit.id AS hit, 'LOCAL_DISRUPTION' AS link
            """;

    private record Node(String id, String name, String label, String origin, List<String> regions) {
    }

    private record Step(String hit, boolean spreads) {
    }

    private final Driver driver;

    Brokers(Driver driver) {
        this.driver = driver;
    }

    BrokerList rank(Integer limit) {
        int n = limit == null ? 20 : limit;
        if (n < 1 || n > MAX_LIMIT) {
            throw new InvalidInputException("limit", "'limit' must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        try (Session session = driver.session()) {
            return session.executeRead(tx -> new BrokerList(BrokerList.MEASURES, partners(tx, n), infrastructure(tx, n)));
        }
    }

    private static List<PartnerBroker> partners(TransactionContext tx, int limit) {
        AtomicInteger rank = new AtomicInteger();
        return tx.run(PARTNERS, Map.of("limit", limit)).list(row -> new PartnerBroker(rank.incrementAndGet(),
                row.get("id").asString(), row.get("name").asString(null), row.get("category").asString(null),
                row.get("regions").asLong(), row.get("origin").asString(null)));
    }

    private static List<InfrastructureBroker> infrastructure(TransactionContext tx, int limit) {
        Map<String, Node> nodes = new HashMap<>();
        tx.run(ELEMENTS).forEachRemaining(row -> nodes.put(row.get("id").asString(), new Node(row.get("id").asString(),
                row.get("name").asString(null), row.get("label").asString(), row.get("origin").asString(null),
                row.get("regions").asList(Value::asString))));
        Map<String, List<Step>> steps = new HashMap<>();
        tx.run(STEPS).forEachRemaining(row -> steps.computeIfAbsent(row.get("failed").asString(), k -> new ArrayList<>())
                .add(new Step(row.get("hit").asString(), !row.get("link").asString().equals("LOCAL_DISRUPTION"))));
        List<InfrastructureBroker> ranked = nodes.values().stream().map(node -> measure(node, nodes, steps))
                .sorted(Comparator.comparingInt(InfrastructureBroker::dependents).reversed()
                        .thenComparing(Comparator.comparingInt(InfrastructureBroker::regionsReached).reversed())
                        .thenComparing(InfrastructureBroker::id))
                .limit(limit).toList();
        List<InfrastructureBroker> numbered = new ArrayList<>();
        for (InfrastructureBroker b : ranked) {
            numbered.add(new InfrastructureBroker(numbered.size() + 1, b.id(), b.name(), b.label(), b.dependents(),
                    b.regionsReached(), b.origin()));
        }
        return numbered;
    }

    /** Everything the failure of {@code start} reaches, ignoring time: the cascade without a horizon. */
    private static InfrastructureBroker measure(Node start, Map<String, Node> nodes, Map<String, List<Step>> steps) {
        Set<String> reached = new HashSet<>(Set.of(start.id()));
        Set<String> local = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start.id()));
        while (!todo.isEmpty()) {
            for (Step step : steps.getOrDefault(todo.pop(), List.of())) {
                if (!step.spreads()) {
                    local.add(step.hit());
                } else if (reached.add(step.hit())) {
                    todo.push(step.hit());
                }
            }
        }
        local.removeAll(reached);
        Set<String> regions = new HashSet<>();
        reached.forEach(id -> regions.addAll(nodes.get(id).regions()));
        return new InfrastructureBroker(0, start.id(), start.name(), start.label(), reached.size() - 1 + local.size(),
                regions.size(), start.origin());
    }
}
