package nl.partnerkaart.cypher;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cypher")
@Tag(name = "Cypher workbench", description = "Read-only Cypher for risk advisors, audited (docs/cypher-workbench.md)")
class CypherController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReadOnlyCypher cypher;
    private final CypherSchema schema;

    CypherController(ReadOnlyCypher cypher, CypherSchema schema) {
        this.cypher = cypher;
        this.schema = schema;
    }

    @PostMapping
    @Operation(summary = "Run one read-only Cypher query",
            description = "Refused (400, with 'reason') unless it only reads and stays within the limits of text, "
                    + "nesting and parameters; stopped at the time limit; at most rowCap rows and the answer size "
                    + "limit (truncated: true, truncatedBy: row-cap or answer-size). 429/503 with Retry-After when "
                    + "this account or the workbench runs as many queries as it may. Answer: columns, rows, graph, "
                    + "rowCount, rowCap, elapsedMs, truncated, truncatedBy.")
    CypherResult run(@RequestBody CypherRequest request, Principal user) {
        return cypher.run(user.getName(), request, "run");
    }

    @PostMapping("/export")
    @Operation(summary = "Run a query the same safe way and download the table as CSV or XLSX",
            description = "CSV is UTF-8 with a byte-order mark; text that a spreadsheet would read as a formula "
                    + "gets a leading '.")
    ResponseEntity<byte[]> export(@RequestBody CypherRequest request,
                                  @Parameter(description = "csv or xlsx") @RequestParam(defaultValue = "csv") String format,
                                  Principal user) {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new InvalidInputException("format", Message.of("input.oneOf", "format", "csv, xlsx", format));
        }
        CypherResult result = cypher.run(user.getName(), request, "export-" + format);
        boolean csv = format.equals("csv");
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("cypher-result." + format).build().toString())
                .header("X-Truncated", String.valueOf(result.truncated()))
                .body(csv ? ResultExport.csv(result) : ResultExport.xlsx(result));
    }

    @GetMapping("/schema")
    @Operation(summary = "Labels, relationship types and property keys of the graph model, with counts")
    CypherSchema.Schema schema() {
        return schema.read();
    }

}
