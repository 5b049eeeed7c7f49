package nl.partnerkaart.spreadsheet;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tables that only the browser holds (the explorer's selection) written by the same CSV writer as every other
 * download, so the browser has no CSV writer of its own.
 */
@RestController
@Tag(name = "Spreadsheet", description = "Rows from the browser as a CSV file of the application's one dialect")
class CsvController {

    static final int MAX_ROWS = 100_000;
    static final int MAX_CELLS = 100;

    /** @param rows the first row is the header; each cell text, a number, true/false or null */
    record Table(List<List<Object>> rows) {
    }

    @PostMapping("/api/csv")
    @Operation(summary = "Rows as a CSV file (UTF-8 with BOM, ';', every cell quoted, formulas neutralised)")
    ResponseEntity<byte[]> csv(@RequestBody Table table) {
        List<List<Object>> rows = table.rows();
        if (rows == null || rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw new InvalidInputException("rows", Message.of("csv.rows", MAX_ROWS));
        }
        for (List<Object> row : rows) {
            if (row == null || row.size() > MAX_CELLS || row.stream().anyMatch(cell -> cell instanceof List<?>
                    || cell instanceof java.util.Map<?, ?>)) {
                throw new InvalidInputException("rows", Message.of("csv.cells", MAX_CELLS));
            }
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"partnerkaart-selection.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(SpreadsheetCsv.bytes(csv -> rows.forEach(csv::row)));
    }
}
