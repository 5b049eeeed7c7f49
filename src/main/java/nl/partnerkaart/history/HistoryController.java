package nl.partnerkaart.history;

import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.partnerkaart.model.FieldLimits;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "History", description = "Who changed what, when and why; undo of a delete; an item as of an earlier date")
class HistoryController {

    private final History history;
    private final Restorer restorer;
    private final AsOf asOf;

    HistoryController(History history, Restorer restorer, AsOf asOf) {
        this.history = history;
        this.restorer = restorer;
        this.asOf = asOf;
    }

    @GetMapping("/api/history")
    @Operation(summary = "Changes newest first: of one item (with its relationships) or, without 'item', of the whole "
            + "knowledge base filtered by kind, action and user")
    History.Page list(@Parameter(description = "an item id") @RequestParam(required = false) String item,
                      @RequestParam(required = false) String kind,
                      @Parameter(description = "create, update, delete or restore") @RequestParam(required = false) String action,
                      @RequestParam(required = false) String user,
                      @Parameter(description = "leave out relationship changes") @RequestParam(defaultValue = "false") boolean nodesOnly,
                      @RequestParam(defaultValue = "0") @Min(0) int offset,
                      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return item != null && !item.isBlank() ? history.ofItem(item, offset, limit)
                : history.recent(kind, action, user, nodesOnly, offset, limit);
    }

    @GetMapping("/api/history/as-of")
    @Operation(summary = "An item as it stood at the end of a date: properties, covenant in force, parties and memberships")
    AsOf.State asOf(@RequestParam String item,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return asOf.of(item, date);
    }

    @PostMapping("/api/history/{changeId}/restore")
    @Operation(summary = "Undo a delete: recreate the item and its relationships from the recorded state")
    Restorer.Restored restore(@PathVariable String changeId, @RequestBody(required = false) Map<String, Object> body,
                              Authentication user, HttpServletRequest request) {
        return restorer.restore(changeId, user.getName(), ChangeLog.via(request),
                FieldLimits.comment(body == null ? null : body.get("comment")));
    }
}
