package nl.partnerkaart.cascade;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;

/**
 * Reads all a cascade can reach up front when that is a small part of the graph, as it is on the shipped
 * data: one breadth-first search against the failure direction, then the steps of everything found, in three
 * queries however long the chains are. Reading level by level would cost a round trip per level, and every
 * round trip waits for a thread on a busy machine. A larger reach is left to the lazy reading in time order,
 * which stops at the horizon and the cap.
 */
final class PrefetchedNeighbours implements Neighbours {

    /** Above this many reachable elements the search stops and reading goes lazily, batch by batch. */
    static final int MAX_PREFETCH = 2_000;

    /** Every step of a cascade goes against an incoming DEPENDS_ON or SUPPORTS, except the last local one. */
    private static final String REACHABLE = """
            CALL () {
              MATCH (s:VitalProcess) WHERE s.id IN $processes RETURN s
              UNION
              MATCH (s:Asset) WHERE s.id IN $assets RETURN s
            }
            MATCH (s)<-[:DEPENDS_ON|SUPPORTS*0..]-(x)
            RETURN DISTINCT x.id AS id, x:VitalProcess AS process
            LIMIT $limit
            """;

    private final TransactionContext tx;
    private final Neighbours lazily;
    private final int maxPrefetch;
    private Neighbours source;

    PrefetchedNeighbours(TransactionContext tx, Neighbours lazily) {
        this(tx, lazily, MAX_PREFETCH);
    }

    PrefetchedNeighbours(TransactionContext tx, Neighbours lazily, int maxPrefetch) {
        this.tx = tx;
        this.lazily = lazily;
        this.maxPrefetch = maxPrefetch;
    }

    @Override
    public Map<String, List<Impact>> of(Collection<Element> failed) {
        if (source == null) {
            source = chooseFrom(failed);
        }
        return source.of(failed);
    }

    /** The first failed elements are the starts: everything they reach is read now, or all of it lazily. */
    private Neighbours chooseFrom(Collection<Element> starts) {
        List<Element> reachable = new ArrayList<>();
        tx.run(REACHABLE, Map.of("processes", Element.idsAt(starts, Element.Level.PROCESS),
                "assets", Element.idsAt(starts, Element.Level.ASSET), "limit", maxPrefetch + 1)).forEachRemaining(row ->
                reachable.add(new Element(row.get("id").asString(),
                        row.get("process").asBoolean() ? Element.Level.PROCESS : Element.Level.ASSET, null)));
        if (reachable.size() > maxPrefetch) {
            return lazily;
        }
        Map<String, List<Impact>> all = lazily.of(reachable);
        return failed -> {
            Map<String, List<Impact>> impacts = new HashMap<>();
            failed.forEach(element -> impacts.put(element.id(), all.getOrDefault(element.id(), List.of())));
            return impacts;
        };
    }
}
