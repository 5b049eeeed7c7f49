package nl.partnerkaart.explore;

import java.util.List;

import org.neo4j.driver.Driver;
import org.springframework.stereotype.Service;

/** Search as you type over names, ids, synonyms and categories ({@link ExploreQueries#SEARCH}). */
@Service
class Search {

    /** One hit; {@code label} is the node's label in the graph model, for grouping by type. */
    record Hit(String id, String name, String label, String origin, double score) {
    }

    record SearchResult(String query, List<Hit> results, boolean truncated) {
    }

    private final Driver driver;

    Search(Driver driver) {
        this.driver = driver;
    }

    /** @param text what the person typed, stripped and not empty */
    SearchResult search(String text, int limit) {
        List<Hit> hits;
        try (var session = driver.session()) {
            hits = session.executeRead(tx -> tx.run(ExploreQueries.SEARCH, ExploreQueries.searchParameters(text, limit))
                    .list(row -> new Hit(row.get("id").asString(), row.get("name").asString(),
                            row.get("label").asString(), row.get("origin").asString(null), row.get("score").asDouble())));
        }
        boolean truncated = hits.size() > limit;
        return new SearchResult(text, truncated ? hits.subList(0, limit) : hits, truncated);
    }
}
