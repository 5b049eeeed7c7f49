package nl.partnerkaart.explore;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.partnerkaart.graph.Graph;
import nl.partnerkaart.model.Kinds;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Explore")
class GraphController {

    /** As many nodes as the workbench hands to the explorer at once. */
    static final int MAX_IDS = 200;

    private final Neighbourhood neighbourhood;
    private final Paths paths;
    private final NodesById nodes;

    GraphController(Neighbourhood neighbourhood, Paths paths, NodesById nodes) {
        this.neighbourhood = neighbourhood;
        this.paths = paths;
        this.nodes = nodes;
    }

    @GetMapping("/api/graph/among")
    @Operation(summary = "The given nodes with every relationship among them (e.g. a workbench result opened in the explorer)")
    Graph among(@Parameter(description = "node ids, comma-separated, 1 to 200") @RequestParam String ids) {
        List<String> wanted = Arrays.stream(ids.split(",")).map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
        within("ids", wanted.size(), 1, MAX_IDS);
        return nodes.among(wanted);
    }

    @GetMapping("/api/graph/neighbourhood")
    @Operation(summary = "The subgraph around a node, breadth first; truncated when the limit cut it short")
    Graph neighbourhood(@RequestParam String id,
                        @Parameter(description = "1 to 3") @RequestParam(defaultValue = "1") int depth,
                        @Parameter(description = "most nodes besides the start, 1 to 2000")
                        @RequestParam(defaultValue = "200") int limit,
                        @Parameter(description = "relationship types to follow, comma-separated; all when empty")
                        @RequestParam(defaultValue = "") String types,
                        @Parameter(description = "out, in or both") @RequestParam(defaultValue = "both") String direction) {
        within("depth", depth, 1, 3);
        within("limit", limit, 1, 2000);
        return neighbourhood.around(id, depth, limit, relationshipTypes(types), direction(direction));
    }

    @GetMapping("/api/graph/path")
    @Operation(summary = "All shortest paths between two nodes (at most 25), up to maxHops relationships")
    Graph path(@RequestParam String from, @RequestParam String to,
               @Parameter(description = "1 to 8") @RequestParam(defaultValue = "4") int maxHops,
               @Parameter(description = "also follow MENTIONS (shared source documents)")
               @RequestParam(defaultValue = "false") boolean viaSources) {
        within("maxHops", maxHops, 1, 8);
        if (from.equals(to)) {
            throw new InvalidInputException("to", Message.of("path.sameEnds"));
        }
        return paths.between(from, to, maxHops, viaSources);
    }

    private static void within(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(field, Message.of("input.between", field, min, max));
        }
    }

    private static List<String> relationshipTypes(String types) {
        List<String> requested = Arrays.stream(types.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        requested.stream().filter(t -> !Kinds.RELATIONSHIP_TYPES.contains(t)).findFirst().ifPresent(t -> {
            throw new InvalidInputException("types", Message.of("graph.unknownType", t, Kinds.RELATIONSHIP_TYPES));
        });
        return requested;
    }

    private static Neighbourhood.Direction direction(String direction) {
        try {
            return Neighbourhood.Direction.valueOf(direction.toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("direction", Message.of("input.oneOf", "direction", "out, in, both", direction));
        }
    }
}
