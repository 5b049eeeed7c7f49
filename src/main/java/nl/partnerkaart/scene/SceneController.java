package nl.partnerkaart.scene;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.partnerkaart.audit.AuditLog;
import nl.partnerkaart.explore.NodesById;
import nl.partnerkaart.graph.Graph;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/scenes")
@Tag(name = "Scenes", description = "Saved explorer scenes: your own list; a scene's link opens it for colleagues")
class SceneController {

    private final Scenes scenes;
    private final NodesById nodes;
    private final AuditLog audit;

    SceneController(Scenes scenes, NodesById nodes, AuditLog audit) {
        this.scenes = scenes;
        this.nodes = nodes;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Your own scenes")
    List<Scene.Summary> list(Principal user) {
        return scenes.list(user.getName());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One scene by its id (its link): yours or one a colleague shared with you")
    Scene open(@PathVariable String id, Principal user) {
        return scenes.open(user.getName(), id);
    }

    @GetMapping("/{id}/graph")
    @Operation(summary = "The nodes of a scene as they are now, with every relationship among them")
    Graph graph(@PathVariable String id, Principal user) {
        return nodes.among(scenes.open(user.getName(), id).nodes().stream().map(Scene.SceneNode::id).toList());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a scene (name required; at most 10,000 nodes)")
    Scene create(@RequestBody Scene.Draft draft, Principal user) {
        Scene scene = scenes.create(user.getName(), draft);
        audit.record(user.getName(), "scene.created", scene.id(), "success", scene.nodes().size() + " nodes");
        return scene;
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename or change one of your own scenes")
    Scene update(@PathVariable String id, @RequestBody Scene.Draft draft, Principal user) {
        Scene scene = scenes.update(user.getName(), id, draft);
        audit.record(user.getName(), "scene.changed", id, "success", scene.nodes().size() + " nodes");
        return scene;
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one of your own scenes")
    void delete(@PathVariable String id, Principal user) {
        scenes.delete(user.getName(), id);
        audit.record(user.getName(), "scene.deleted", id, "success", null);
    }
}
