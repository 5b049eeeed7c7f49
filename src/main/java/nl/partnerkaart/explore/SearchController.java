package nl.partnerkaart.explore;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Explore", description = "Search, nodes, neighbourhoods and paths for the graph explorer")
class SearchController {

    static final int MAX_LIMIT = 50;

    private final Search search;

    SearchController(Search search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    @Operation(summary = "Search names, ids, synonyms and categories; as you type, ignoring case and diacritics")
    Search.SearchResult search(@RequestParam String q, @RequestParam(defaultValue = "10") int limit) {
        String text = q.strip();
        if (text.isEmpty() || text.length() > 100) {
            throw new InvalidInputException("q", Message.of("search.length", 1, 100));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", Message.of("input.between", "limit", 1, MAX_LIMIT));
        }
        return search.search(text, limit);
    }
}
