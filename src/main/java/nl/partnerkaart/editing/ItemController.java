package nl.partnerkaart.editing;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import nl.partnerkaart.history.ChangeLog;
import nl.partnerkaart.model.FieldLimits;
import nl.partnerkaart.model.ItemLayout;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Editing", description = "Create, read, update and delete one item; validated like an import row, "
        + "with optimistic concurrency (ETag / If-Match) and a Change record per change")
class ItemController {

    /** The layout the forms are built from: the editable node and relationship kinds of the import layout. */
    record Layout(List<ItemLayout.NodeLayout> nodes, List<ItemLayout.RelationshipLayout> relationships) {
    }

    record Deleted(String kind, String id, String batch) {
    }

    private final ItemEditor editor;
    private final RelationshipEditor relationships;

    ItemController(ItemEditor editor, RelationshipEditor relationships) {
        this.editor = editor;
        this.relationships = relationships;
    }

    @GetMapping("/api/items/kinds")
    @Operation(summary = "The editable kinds: fields (type, required, allowed values) and reference columns")
    Layout kinds() {
        return new Layout(EditableKinds.NODES.stream().map(EditableKinds::node).toList(),
                EditableKinds.RELATIONSHIPS.stream().map(EditableKinds::relationship).toList());
    }

    @GetMapping("/api/items/{kind}/{id}")
    @Operation(summary = "One item with its version (also as ETag) and its reference columns")
    ResponseEntity<Item> read(@PathVariable String kind, @PathVariable String id) {
        return withVersion(HttpStatus.OK, editor.read(kind, id));
    }

    @PostMapping("/api/items/{kind}")
    @Operation(summary = "Create an item (origin 'user'); 400 lists every field at fault",
            description = "Body: the kind's fields and reference columns (lists of ids), optional 'comment' (why) and "
                    + "'confirmSimilarName' to create a partner whose name looks like an existing one.")
    ResponseEntity<Item> create(@PathVariable String kind, @RequestBody Map<String, Object> body, Authentication user,
                                HttpServletRequest request) {
        return withVersion(HttpStatus.CREATED, editor.create(kind, body, editorOf(user, request, body)));
    }

    @PutMapping("/api/items/{kind}/{id}")
    @Operation(summary = "Update an item; fields left out keep their value",
            description = "Requires the version read (If-Match header or 'version' field); 409 says who changed it since.")
    ResponseEntity<Item> update(@PathVariable String kind, @PathVariable String id, @RequestBody Map<String, Object> body,
                                @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                Authentication user, HttpServletRequest request) {
        long version = ItemInput.expectedVersion(ifMatch, body.get(ItemInput.VERSION));
        return withVersion(HttpStatus.OK, editor.update(kind, id, body, version, editorOf(user, request, body)));
    }

    @DeleteMapping("/api/items/{kind}/{id}")
    @Operation(summary = "Delete an item and its relationships; the history keeps it and an editor can restore it")
    Deleted delete(@PathVariable String kind, @PathVariable String id,
                   @RequestHeader(value = "If-Match", required = false) String ifMatch,
                   @Parameter(description = "the version read, if not sent as If-Match") @RequestParam(required = false) Long version,
                   @Parameter(description = "why") @RequestParam(required = false) String comment,
                   Authentication user, HttpServletRequest request) {
        long expected = ItemInput.expectedVersion(ifMatch, version);
        return new Deleted(kind, id, editor.delete(kind, id, expected,
                editorOf(user, request, comment == null ? Map.of() : Map.of(ItemInput.COMMENT, comment))));
    }

    @PostMapping("/api/relationships/{kind}")
    @Operation(summary = "Add a relationship with properties (covenant party, network membership), or change its properties")
    RelationshipEditor.Relationship putRelationship(@PathVariable String kind, @RequestBody Map<String, Object> body,
                                                    Authentication user, HttpServletRequest request) {
        return relationships.put(kind, body, editorOf(user, request, body));
    }

    @DeleteMapping("/api/relationships/{kind}")
    @Operation(summary = "Remove a relationship (covenant party, network membership)")
    ResponseEntity<Void> removeRelationship(@PathVariable String kind, @RequestParam String from, @RequestParam String to,
                                            @RequestParam(required = false) String comment, Authentication user,
                                            HttpServletRequest request) {
        relationships.remove(kind, from, to, editorOf(user, request,
                comment == null ? Map.of() : Map.of(ItemInput.COMMENT, comment)));
        return ResponseEntity.noContent().build();
    }

    private static ItemEditor.Editor editorOf(Authentication user, HttpServletRequest request, Map<String, ?> body) {
        String via = ChangeLog.via(request);
        return new ItemEditor.Editor(user.getName(), via, FieldLimits.comment(body.get(ItemInput.COMMENT)));
    }

    private static ResponseEntity<Item> withVersion(HttpStatus status, Item item) {
        return ResponseEntity.status(status).eTag("\"" + item.version() + "\"").body(item);
    }
}
