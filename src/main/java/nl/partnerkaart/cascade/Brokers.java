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
import java.util.function.BiFunction;
import java.util.stream.IntStream;

import nl.partnerkaart.cascade.BrokerList.InfrastructureBroker;
import nl.partnerkaart.cascade.BrokerList.PartnerBroker;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Ranks brokers. The whole failure graph is read once; a reachability search runs from every element
 * (O(elements x dependencies), instant on the shipped data and a few seconds at ten thousand elements; not
 * meant for the 100,000-asset scale), and its betweenness comes from {@link DependencyBetweenness}.
 */
@Service
class Brokers {

    static final int MAX_LIMIT = 200;

    private static final String PARTNERS = """
            MATCH (p:Partner)
            RETURN p.id AS id, p.name AS name, p.category AS category, p.origin AS origin,
                   COUNT { (p)-[:SERVES]->(:SafetyRegion) } AS regions,
                   COLLECT { MATCH (p)-[:OPERATES]->(a:Asset) RETURN a.id } AS operates
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

    private static final Comparator<PartnerBroker> BY_NAME = Comparator.comparing(PartnerBroker::name,
            Comparator.nullsLast(Comparator.<String>naturalOrder())).thenComparing(PartnerBroker::id);
    private static final Comparator<InfrastructureBroker> BY_REACH = Comparator
            .comparingInt(InfrastructureBroker::dependents).reversed()
            .thenComparing(Comparator.comparingInt(InfrastructureBroker::regionsReached).reversed())
            .thenComparing(InfrastructureBroker::id);

    private final Driver driver;
    private final DependencyBetweenness betweenness;

    Brokers(Driver driver, DependencyBetweenness betweenness) {
        this.driver = driver;
        this.betweenness = betweenness;
    }

    BrokerList rank(Integer limit) {
        int n = limit == null ? 20 : limit;
        if (n < 1 || n > MAX_LIMIT) {
            throw new InvalidInputException("limit", Message.of("input.betweenNot", "limit", 1, MAX_LIMIT, String.valueOf(limit)));
        }
        try (Session session = driver.session()) {
            return session.executeRead(tx -> {
                Map<String, Node> nodes = nodes(tx);
                Map<String, List<Step>> steps = steps(tx);
                Map<String, Double> scores = betweenness.of(spreading(steps));
                List<InfrastructureBroker> infrastructure = nodes.values().stream()
                        .map(node -> measure(node, nodes, steps, scores.getOrDefault(node.id(), 0.0))).toList();
                List<PartnerBroker> partners = partners(tx, scores);
                return new BrokerList(BrokerList.MEASURES,
                        ranked(partners, Comparator.comparingLong(PartnerBroker::regionsServed).reversed()
                                .thenComparing(BY_NAME), n, PartnerBroker::ranked),
                        ranked(infrastructure, BY_REACH, n, InfrastructureBroker::ranked),
                        ranked(partners, Comparator.comparingDouble(PartnerBroker::betweenness).reversed()
                                .thenComparing(BY_NAME), n, PartnerBroker::ranked),
                        ranked(infrastructure, Comparator.comparingDouble(InfrastructureBroker::betweenness).reversed()
                                .thenComparing(BY_REACH), n, InfrastructureBroker::ranked));
            });
        }
    }

    private static <T> List<T> ranked(List<T> all, Comparator<T> order, int limit, BiFunction<T, Integer, T> place) {
        List<T> sorted = all.stream().sorted(order).limit(limit).toList();
        return IntStream.range(0, sorted.size()).mapToObj(i -> place.apply(sorted.get(i), i + 1)).toList();
    }

    /** Partners with the summed betweenness of the assets they operate. */
    private static List<PartnerBroker> partners(TransactionContext tx, Map<String, Double> scores) {
        return tx.run(PARTNERS).list(row -> new PartnerBroker(0, row.get("id").asString(), row.get("name").asString(null),
                row.get("category").asString(null), row.get("regions").asLong(),
                row.get("operates").asList(Value::asString).stream().mapToDouble(id -> scores.getOrDefault(id, 0.0)).sum(),
                row.get("origin").asString(null)));
    }

    private static Map<String, Node> nodes(TransactionContext tx) {
        Map<String, Node> nodes = new HashMap<>();
        tx.run(ELEMENTS).forEachRemaining(row -> nodes.put(row.get("id").asString(), new Node(row.get("id").asString(),
                row.get("name").asString(null), row.get("label").asString(), row.get("origin").asString(null),
                row.get("regions").asList(Value::asString))));
        return nodes;
    }

    private static Map<String, List<Step>> steps(TransactionContext tx) {
        Map<String, List<Step>> steps = new HashMap<>();
        tx.run(STEPS).forEachRemaining(row -> steps.computeIfAbsent(row.get("failed").asString(), k -> new ArrayList<>())
                .add(new Step(row.get("hit").asString(), !row.get("link").asString().equals("LOCAL_DISRUPTION"))));
        return steps;
    }

    /** A local disruption ends a chain (it does not spread), so it is no step of the betweenness graph. */
    private static Set<DependencyBetweenness.Step> spreading(Map<String, List<Step>> steps) {
        Set<DependencyBetweenness.Step> spreading = new HashSet<>();
        steps.forEach((failed, hits) -> hits.stream().filter(Step::spreads)
                .forEach(step -> spreading.add(new DependencyBetweenness.Step(failed, step.hit()))));
        return spreading;
    }

    /** Everything the failure of {@code start} reaches, ignoring time: the cascade without a horizon. */
    private static InfrastructureBroker measure(Node start, Map<String, Node> nodes, Map<String, List<Step>> steps,
            double betweenness) {
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
                regions.size(), betweenness, start.origin());
    }
}
