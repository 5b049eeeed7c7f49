package nl.partnerkaart.explore;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Explore")
class NodeController {

    private final NodeDetailsReader details;

    NodeController(NodeDetailsReader details) {
        this.details = details;
    }

    @GetMapping("/api/graph/nodes/{id}")
    @Operation(summary = "One node: its properties, its degree per relationship type and direction, and its sources")
    NodeDetailsReader.NodeDetails node(@PathVariable String id) {
        return details.node(id);
    }
}
