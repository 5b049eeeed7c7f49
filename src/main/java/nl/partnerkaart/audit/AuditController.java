package nl.partnerkaart.audit;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.partnerkaart.spreadsheet.SpreadsheetCsv;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "Sign-ins, account changes, imports and queries: who, what, when")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    @Operation(summary = "The newest audit entries, optionally filtered by action prefix and user; format=csv exports them")
    ResponseEntity<?> entries(@RequestParam(defaultValue = "200") int limit,
                              @RequestParam(required = false) String action,
                              @RequestParam(required = false) String user,
                              @RequestParam(defaultValue = "json") String format) {
        if (limit < 1 || limit > AuditLog.MAX_LIMIT) {
            throw new InvalidInputException("limit", Message.of("input.between", "limit", 1, AuditLog.MAX_LIMIT));
        }
        List<AuditEntry> entries = audit.recent(limit, action, user);
        return switch (format) {
            case "json" -> ResponseEntity.ok(entries);
            case "csv" -> ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"partnerkaart-audit.csv\"")
                    .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .body(csv(entries));
            default -> throw new InvalidInputException("format", Message.of("input.oneOf", "format", "json, csv", format));
        };
    }

    private static byte[] csv(List<AuditEntry> entries) {
        return SpreadsheetCsv.bytes(csv -> {
            csv.row("at", "user", "action", "target", "outcome", "details");
            for (AuditEntry e : entries) {
                csv.row(AuditLog.timestamp(e.at()), e.user(), e.action(), e.target(), e.outcome(), e.details());
            }
        });
    }
}
