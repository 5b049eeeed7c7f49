package nl.partnerkaart.cascade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import nl.partnerkaart.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading all that is reachable up front must give exactly the cascade of reading lazily, and must make
 * the propagation ask the database nothing more; past the limit it must read lazily.
 */
class PrefetchedNeighboursTests extends ApplicationTest {

    private static final double HORIZON = 72;

    @ParameterizedTest
    @ValueSource(strings = {"VP01", "VP02", "VP10"})
    void prefetchingGivesTheSameCascadeInOneRead(String process) {
        Element start = new Element(process, Element.Level.PROCESS, null);
        List<Integer> lazyReads = new ArrayList<>();
        List<Integer> prefetchReads = new ArrayList<>();

        Propagation.Outcome lazy = propagate(start, tx -> counting(new DatabaseNeighbours(tx), lazyReads));
        Propagation.Outcome prefetched = propagate(start,
                tx -> new PrefetchedNeighbours(tx, counting(new DatabaseNeighbours(tx), prefetchReads)));

        assertThat(prefetched).isEqualTo(lazy);
        assertThat(lazy.hits()).hasSizeGreaterThan(5);
        assertThat(lazyReads).hasSizeGreaterThan(2);
        assertThat(prefetchReads).hasSize(1);
        // local disruptions end there, so their own neighbours are never needed
        assertThat(prefetchReads.get(0)).isGreaterThanOrEqualTo((int) lazy.hits().stream().filter(h -> !h.local()).count());
    }

    @Test
    void pastTheLimitItReadsLazily() {
        Element start = new Element("VP02", Element.Level.PROCESS, null);
        List<Integer> reads = new ArrayList<>();

        Propagation.Outcome limited = propagate(start,
                tx -> new PrefetchedNeighbours(tx, counting(new DatabaseNeighbours(tx), reads), 3));

        assertThat(limited).isEqualTo(propagate(start, DatabaseNeighbours::new));
        assertThat(reads).hasSizeGreaterThan(2).first().isEqualTo(1);
    }

    private Propagation.Outcome propagate(Element start,
            java.util.function.Function<org.neo4j.driver.TransactionContext, Neighbours> neighbours) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> new Propagation(neighbours.apply(tx), Set.of(), HORIZON,
                    CascadeAnalysis.CAP).run(List.of(start)));
        }
    }

    /** Records how many elements each read asked for. */
    private static Neighbours counting(Neighbours neighbours, List<Integer> reads) {
        return (Collection<Element> failed) -> {
            reads.add(failed.size());
            return neighbours.of(failed);
        };
    }
}
