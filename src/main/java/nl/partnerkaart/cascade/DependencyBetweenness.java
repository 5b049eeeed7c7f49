package nl.partnerkaart.cascade;

import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.springframework.stereotype.Component;

/**
 * Betweenness centrality (Brandes, JGraphT) of the failure graph: for each vital process and asset, on how
 * many of the shortest chains from one element to another a failure travels through it (a pair with k
 * equally short chains counts 1/k for each). Chains are counted in steps, not hours: the question is which
 * element ties dependencies together, not how fast.
 * <p>
 * Brandes takes O(elements x steps), far more than reading the steps, so the scores are kept for the graph
 * they were computed on and reused while the steps read are the same. Comparing the steps themselves is
 * exact whatever changed the graph (edits, imports, a reload, a script on the database), which a change
 * counter would not be.
 */
@Component
class DependencyBetweenness {

    /** From the element that fails to the one it takes down; only steps along which a failure spreads. */
    record Step(String failed, String hit) {
    }

    private record Computed(Set<Step> steps, Map<String, Double> scores) {
    }

    private volatile Computed last;

    /** The betweenness of every element on a step; elements on no step have 0 and are left out. */
    Map<String, Double> of(Set<Step> steps) {
        Computed known = last;
        if (known != null && known.steps().equals(steps)) {
            return known.scores();
        }
        Computed computed = new Computed(Set.copyOf(steps), Map.copyOf(compute(steps)));
        last = computed;
        return computed.scores();
    }

    private static Map<String, Double> compute(Set<Step> steps) {
        Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
        for (Step step : steps) {
            if (!step.failed().equals(step.hit())) { // an element that depends on itself adds no chain
                graph.addVertex(step.failed());
                graph.addVertex(step.hit());
                graph.addEdge(step.failed(), step.hit());
            }
        }
        return new BetweennessCentrality<>(graph, false).getScores();
    }
}
