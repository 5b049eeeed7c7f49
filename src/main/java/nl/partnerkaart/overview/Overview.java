package nl.partnerkaart.overview;

import java.util.List;

/**
 * What the knowledge base holds.
 *
 * @param kinds one entry per label of the graph model, in the order of the import layout
 * @param datasets which sets of the shipped data set the knowledge base holds
 */
public record Overview(List<KindCount> kinds, long relationships, Datasets datasets) {

    /** Nodes of one label, split by origin. */
    public record KindCount(String label, long total, long publicFacts, long illustrative, long user) {
    }

    /** The public facts (the reference set and public facts users added) and the examples, by their nodes. */
    public record Datasets(Reference reference, Examples examples) {

        static Datasets of(List<KindCount> kinds) {
            return new Datasets(new Reference(kinds.stream().mapToLong(KindCount::publicFacts).sum()),
                    Examples.of(kinds.stream().mapToLong(KindCount::illustrative).sum()));
        }
    }

    public record Reference(long nodes) {
    }

    /** @param loaded whether any example is in the knowledge base (they are loaded at the first start, or never) */
    public record Examples(boolean loaded, long nodes) {

        static Examples of(long nodes) {
            return new Examples(nodes > 0, nodes);
        }
    }
}
