package nl.partnerkaart.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Overview", description = "What the knowledge base holds")
class OverviewController {

    private final OverviewReader reader;

    OverviewController(OverviewReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/overview")
    @Operation(summary = "Number of nodes per label of the graph model, split by origin, and of relationships; "
            + "which sets of the shipped data set it holds")
    Overview overview() {
        return reader.overview();
    }
}
