package nl.partnerkaart.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.partnerkaart.audit.AuditLog;
import nl.partnerkaart.security.UserAccounts;
import nl.partnerkaart.system.ForbiddenException;
import nl.partnerkaart.system.InvalidInputException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/import")
@Tag(name = "Import", description = "CSV import in the layout of docs/data-format.md, all-or-nothing")
class ImportController {

    private final Importer importer;
    private final AuditLog audit;
    private final UserAccounts accounts;

    ImportController(Importer importer, AuditLog audit, UserAccounts accounts) {
        this.importer = importer;
        this.audit = audit;
        this.accounts = accounts;
    }

    @PostMapping(consumes = "multipart/form-data")
    @Operation(summary = "Validate and import one or more CSV files",
            description = "Each file is named after its kind (partners.csv, covenants.csv, ...) unless 'kind' is given. "
                    + "Everything is validated first; with any problem nothing is written and the answer is 422 "
                    + "with every problem (file, line, column, reason). dryRun=true validates and reports what "
                    + "would change without writing.")
    ResponseEntity<ImportReport> importFiles(
            @RequestPart("file") List<MultipartFile> files,
            @Parameter(description = "validate and report only") @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(description = "the kind of a single file whose name does not say it")
            @RequestParam(required = false) String kind, Authentication user) {
        if (!accounts.find(user.getName()).map(a -> a.regions().isEmpty()).orElse(true)) {
            throw new ForbiddenException("An import can change every region; accounts limited to some regions "
                    + "edit those regions in the forms instead");
        }
        if (files.isEmpty() || files.stream().allMatch(MultipartFile::isEmpty)) {
            throw new InvalidInputException("file", "Choose at least one non-empty CSV file");
        }
        if (kind != null && files.size() > 1) {
            throw new InvalidInputException("kind", "'kind' can only be given with a single file");
        }
        List<RawTable> tables = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename();
            if (!name.toLowerCase().endsWith(".csv")) {
                throw new InvalidInputException("file", name + " is not a .csv file");
            }
            try (InputStream in = file.getInputStream()) {
                tables.add(CsvTables.read(name, kind, in));
            } catch (IOException e) {
                throw new InvalidInputException("file", name + " cannot be read");
            }
        }
        ImportReport report = importer.run(tables, dryRun, "user");
        if (!dryRun) {
            audit.record(user.getName(), "import", tables.stream().map(RawTable::file).toList().toString(),
                    report.applied() ? "success" : "refused", report.applied()
                            ? report.kinds().toString() : report.problems().size() + " problem(s)");
        }
        return report.problems().isEmpty() ? ResponseEntity.ok(report) : ResponseEntity.unprocessableContent().body(report);
    }
}
