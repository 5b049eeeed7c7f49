package nl.partnerkaart.importer;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.partnerkaart.audit.AuditLog;
import nl.partnerkaart.model.Kinds;
import nl.partnerkaart.security.KnownRegions;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/export")
@Tag(name = "Export", description = "The knowledge base in the import layout (CSV, XLSX) or as a Cypher script")
class ExportController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final KnowledgeBaseTables tables;
    private final KnownRegions regions;
    private final CypherScript cypher;
    private final AuditLog audit;
    private final Clock clock;

    ExportController(KnowledgeBaseTables tables, KnownRegions regions, CypherScript cypher, AuditLog audit,
                     Clock clock) {
        this.clock = clock;
        this.tables = tables;
        this.regions = regions;
        this.cypher = cypher;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Export the knowledge base, or part of it",
            description = "format=csv gives a ZIP with one CSV file per kind, format=xlsx one workbook with a sheet per "
                    + "kind, both in the import layout (export, edit, import round-trips); format=cypher a script that "
                    + "recreates the nodes and relationships. 'kind' (repeatable) limits the kinds; 'region' limits to "
                    + "the region and what is directly linked to it.")
    ResponseEntity<byte[]> export(
            @Parameter(description = "csv, xlsx or cypher") @RequestParam(defaultValue = "xlsx") String format,
            @Parameter(description = "kinds to export, all when absent") @RequestParam(required = false) List<String> kind,
            @Parameter(description = "a safety region id, e.g. VR16") @RequestParam(required = false) String region,
            Authentication user) {
        List<String> kinds = kind == null ? List.of() : kind.stream().flatMap(k -> List.of(k.split(",")).stream())
                .map(String::strip).filter(k -> !k.isEmpty()).toList();
        kinds.stream().filter(k -> Kinds.named(k).isEmpty()).findFirst().ifPresent(k -> {
            throw new InvalidInputException("kind", Message.of("import.noKind", k, Kinds.names()));
        });
        if (region != null && !regions.holds(region)) {
            throw new InvalidInputException("region", Message.of("region.notFound", region));
        }
        LocalDate today = LocalDate.now(clock);
        String name = "partnerkaart-" + today + (region == null ? "" : "-" + region);
        ResponseEntity<byte[]> response = switch (format) {
            case "csv" -> file(name + ".zip", MediaType.parseMediaType("application/zip"),
                    TableFiles.zipOfCsv(tables.read(kinds, region)));
            case "xlsx" -> file(name + ".xlsx", XLSX, TableFiles.xlsx(tables.read(kinds, region)));
            case "cypher" -> file(name + ".cypher", new MediaType("text", "plain", StandardCharsets.UTF_8),
                    cypher.write(kinds, region, "Partnerkaart export of " + today
                            + (region == null ? "" : ", region " + region) + (kinds.isEmpty() ? "" : ", kinds " + kinds)
                            + "\nRun after the schema migrations of cypher/migrations.")
                            .getBytes(StandardCharsets.UTF_8));
            default -> throw new InvalidInputException("format", Message.of("input.oneOf", "format", "csv, xlsx, cypher", format));
        };
        audit.record(user.getName(), "export", format, "success", "kinds " + (kinds.isEmpty() ? "all" : String.join(", ", kinds))
                + (region == null ? "" : ", region " + region));
        return response;
    }

    static ResponseEntity<byte[]> file(String name, MediaType type, byte[] bytes) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }
}
