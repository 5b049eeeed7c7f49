package nl.partnerkaart.overview;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.partnerkaart.model.Kinds;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Overview", description = "What the knowledge base holds")
class OverviewController {

    private final Neo4jClient neo4j;

    OverviewController(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @GetMapping("/api/overview")
    @Transactional(readOnly = true)
    @Operation(summary = "Number of nodes per label of the graph model, split by origin, and of relationships; "
            + "which sets of the shipped data set it holds")
    Overview overview() {
        List<Overview.KindCount> kinds = Kinds.NODE_LABELS.stream().map(this::count).toList();
        long relationships = neo4j.query("MATCH ()-[r]->() RETURN count(r)").fetchAs(Long.class).one().orElse(0L);
        return new Overview(kinds, relationships, Overview.Datasets.of(kinds));
    }

    private Overview.KindCount count(String label) {
        // The label comes from the fixed graph model, never from the request.
        return neo4j.query("""
                        MATCH (n:`%s`)
                        RETURN count(n) AS total,
                               count(CASE n.origin WHEN 'public' THEN 1 END) AS public,
                               count(CASE n.origin WHEN 'illustrative' THEN 1 END) AS illustrative,
                               count(CASE n.origin WHEN 'user' THEN 1 END) AS user
                        """.formatted(label))
                .fetchAs(Overview.KindCount.class)
                .mappedBy((types, row) -> new Overview.KindCount(label, row.get("total").asLong(),
                        row.get("public").asLong(), row.get("illustrative").asLong(), row.get("user").asLong()))
                .one().orElseThrow();
    }
}
