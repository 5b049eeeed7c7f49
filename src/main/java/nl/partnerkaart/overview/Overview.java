package nl.partnerkaart.overview;

import java.util.List;

/**
 * What the knowledge base holds.
 *
 * @param kinds one entry per label of the graph model, in the order of the import layout
 */
public record Overview(List<KindCount> kinds, long relationships) {

    /** Nodes of one label, split by origin. */
    public record KindCount(String label, long total, long publicFacts, long illustrative, long user) {
    }
}
