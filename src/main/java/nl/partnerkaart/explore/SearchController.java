package nl.partnerkaart.explore;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.partnerkaart.system.InvalidInputException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Explore", description = "Search, nodes, neighbourhoods and paths for the graph explorer")
class SearchController {

    static final int MAX_LIMIT = 50;

    /**
     * How many of the index's best hits are ranked here. Ranking reads properties of every hit, so it must not
     * see the tens of thousands that a short prefix matches on a large graph.
     */
    static final int CANDIDATES = 200;

    /** One hit; {@code label} is the node's label in the graph model, for grouping by type. */
    record Hit(String id, String name, String label, String origin, double score) {
    }

    record SearchResult(String query, List<Hit> results, boolean truncated) {
    }

    private final Neo4jClient neo4j;

    SearchController(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @GetMapping("/api/search")
    @Transactional(readOnly = true)
    @Operation(summary = "Search names, ids, synonyms and categories; as you type, ignoring case and diacritics")
    SearchResult search(@RequestParam String q, @RequestParam(defaultValue = "10") int limit) {
        String text = q.strip();
        if (text.isEmpty() || text.length() > 100) {
            throw new InvalidInputException("q", "Type 1 to 100 characters to search for");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must lie between 1 and " + MAX_LIMIT);
        }
        List<Hit> hits = neo4j.query("""
                        CALL db.index.fulltext.queryNodes('node_search', $lucene, {limit: $candidates}) YIELD node, score
                        RETURN node.id AS id, node.name AS name, labels(node)[0] AS label, node.origin AS origin, score
                        // What people type is most often the start of the name they mean, or a short name
                        // (VRHM) or id in full; source documents are seldom what they look for.
                        ORDER BY toLower(node.name) STARTS WITH toLower($text)
                                 OR toLower($text) IN [s IN coalesce(node.synonyms, []) + [node.abbreviation, node.id]
                                                       WHERE s IS NOT NULL | toLower(s)] DESC,
                                 node:Source, score DESC, name
                        LIMIT $limit
                        """)
                .bindAll(Map.of("lucene", LuceneQuery.prefixOfEveryWord(text), "candidates", CANDIDATES, "text", text,
                        "limit", limit + 1))
                .fetchAs(Hit.class)
                .mappedBy((types, row) -> new Hit(row.get("id").asString(), row.get("name").asString(),
                        row.get("label").asString(), row.get("origin").asString(null), row.get("score").asDouble()))
                .all().stream().toList();
        boolean truncated = hits.size() > limit;
        return new SearchResult(text, truncated ? hits.subList(0, limit) : hits, truncated);
    }
}
