package nl.partnerkaart.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import nl.partnerkaart.cascade.DependencyBetweenness.Step;
import org.junit.jupiter.api.Test;

/** Brandes' betweenness on failure graphs small enough to count the shortest chains by hand. */
class DependencyBetweennessTests {

    private final DependencyBetweenness betweenness = new DependencyBetweenness();

    @Test
    void theMiddleOfAChainLiesOnTheOneChainPastIt() {
        assertThat(betweenness.of(Set.of(new Step("a", "b"), new Step("b", "c"))))
                .containsOnly(entry("a", 0.0), entry("b", 1.0), entry("c", 0.0));
    }

    @Test
    void theTwoSidesOfADiamondShareItsChain() {
        Map<String, Double> scores = betweenness.of(Set.of(new Step("a", "b"), new Step("a", "c"),
                new Step("b", "d"), new Step("c", "d")));

        assertThat(scores).containsOnly(entry("a", 0.0), entry("b", 0.5), entry("c", 0.5), entry("d", 0.0));
    }

    @Test
    void aShortcutTakesTheChainAway() {
        // a -> b -> c -> d, plus a -> c: the shortest chain from a to d no longer passes b; c lies on a-d and b-d.
        Map<String, Double> scores = betweenness.of(Set.of(new Step("a", "b"), new Step("b", "c"),
                new Step("c", "d"), new Step("a", "c")));

        assertThat(scores).contains(entry("b", 0.0), entry("c", 2.0));
    }

    @Test
    void inACycleEachElementLiesOnTheChainBetweenTheOtherTwo() {
        assertThat(betweenness.of(Set.of(new Step("a", "b"), new Step("b", "c"), new Step("c", "a"))))
                .containsOnly(entry("a", 1.0), entry("b", 1.0), entry("c", 1.0));
    }

    @Test
    void theScoresAreKeptUntilTheGraphChanges() {
        Set<Step> chain = new HashSet<>(Set.of(new Step("a", "b"), new Step("b", "c")));
        Map<String, Double> first = betweenness.of(chain);

        assertThat(betweenness.of(Set.of(new Step("b", "c"), new Step("a", "b")))).isSameAs(first);
        chain.add(new Step("c", "d"));
        assertThat(betweenness.of(chain)).isNotSameAs(first).containsEntry("b", 2.0).containsEntry("c", 2.0);
    }
}
