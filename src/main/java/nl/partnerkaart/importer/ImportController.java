package nl.partnerkaart.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.partnerkaart.model.FieldLimits;
import nl.partnerkaart.model.Kinds;
import nl.partnerkaart.security.UserAccounts;
import nl.partnerkaart.system.ForbiddenException;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import nl.partnerkaart.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/import")
@Tag(name = "Import", description = "CSV, XLSX and ZIP import in the layout of docs/data-format.md, all-or-nothing")
class ImportController {

    private final Imports imports;
    private final UserAccounts accounts;

    ImportController(Imports imports, UserAccounts accounts) {
        this.imports = imports;
        this.accounts = accounts;
    }

    @PostMapping(consumes = "multipart/form-data")
    @Operation(summary = "Validate and import CSV files, XLSX workbooks or a ZIP of them",
            description = "A CSV file is named after its kind (partners.csv, ...) unless 'kind' is given; a workbook "
                    + "has one sheet per kind. Everything is validated first; with any problem nothing is written and "
                    + "the answer is 422 with every problem (file, sheet, line, column, reason). dryRun=true "
                    + "validates and reports what would change without writing.")
    ResponseEntity<ImportReport> importFiles(
            @RequestPart("file") List<MultipartFile> files,
            @Parameter(description = "validate and report only") @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(description = "the kind of a single CSV file whose name does not say it")
            @RequestParam(required = false) String kind,
            @Parameter(description = "why, kept with every change") @RequestParam(required = false) String comment,
            Authentication user) {
        Importer.Request request = request(user, files, kind, comment, dryRun);
        ImportReport report = imports.run(uploads(files), kind, request, new ImportProgress());
        return report.problems().isEmpty() ? ResponseEntity.ok(report) : ResponseEntity.unprocessableContent().body(report);
    }

    /** The state of a background import, as the import page shows it. */
    record JobStatus(String id, ImportProgress.Phase phase, long done, long total, boolean dryRun, ImportReport report,
                     Message problem) {

        static JobStatus of(Imports.Job job) {
            return new JobStatus(job.id(), job.progress().phase(), job.progress().done(), job.progress().total(),
                    job.dryRun(), job.report(), job.problem());
        }
    }

    @PostMapping(path = "/jobs", consumes = "multipart/form-data")
    @Operation(summary = "Start an import (or dry run) in the background",
            description = "Same input as POST /api/import; answers 202 with a job whose progress and report "
                    + "GET /api/import/jobs/{id} gives.")
    ResponseEntity<JobStatus> startJob(
            @RequestPart("file") List<MultipartFile> files,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String comment,
            Authentication user) {
        Importer.Request request = request(user, files, kind, comment, dryRun);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(JobStatus.of(imports.submit(uploads(files), kind, request)));
    }

    @GetMapping("/jobs/{id}")
    @Operation(summary = "Progress and, when done, the report of a background import you started")
    JobStatus job(@PathVariable String id, Authentication user) {
        return imports.job(id, user.getName()).map(JobStatus::of)
                .orElseThrow(() -> new NotFoundException(Message.of("import.jobNotFound", id)));
    }

    @GetMapping("/kinds")
    @Operation(summary = "The kinds an import takes, in load order: the file names of a data set folder")
    List<String> kinds() {
        return Kinds.names();
    }

    @GetMapping("/templates")
    @Operation(summary = "An empty XLSX workbook with a sheet per kind, headed by its columns")
    ResponseEntity<byte[]> workbookTemplate() {
        return ExportController.file("partnerkaart-template.xlsx", ExportController.XLSX,
                TableFiles.xlsx(KnowledgeBaseTables.templates(List.of())));
    }

    @GetMapping("/templates/{kind}")
    @Operation(summary = "An empty CSV file of one kind, headed by its columns")
    ResponseEntity<byte[]> csvTemplate(@PathVariable String kind) {
        if (Kinds.named(kind).isEmpty()) {
            throw new NotFoundException(Message.of("import.noKind", kind, Kinds.names()));
        }
        return ExportController.file(kind + ".csv", new MediaType("text", "csv", StandardCharsets.UTF_8),
                TableFiles.csv(KnowledgeBaseTables.templates(List.of(kind)).get(0)));
    }

    private Importer.Request request(Authentication user, List<MultipartFile> files, String kind, String comment,
                                     boolean dryRun) {
        if (!accounts.find(user.getName()).map(a -> a.regions().isEmpty()).orElse(true)) {
            throw new ForbiddenException(Message.of("import.regionLimited"));
        }
        if (files.isEmpty() || files.stream().allMatch(MultipartFile::isEmpty)) {
            throw new InvalidInputException("file", Message.of("import.noFile"));
        }
        files.stream().map(MultipartFile::getOriginalFilename)
                .filter(name -> name != null && !name.isBlank() && !UploadedFiles.isSupported(name)).findFirst()
                .ifPresent(name -> {
                    throw new InvalidInputException("file", Message.of("import.fileNotCsvXlsxZip", name));
                });
        if (kind != null && (files.size() > 1 || Kinds.named(kind).isEmpty())) {
            throw new InvalidInputException("kind", Message.of("import.kindParameter", Kinds.names()));
        }
        FieldLimits.comment(comment);
        return new Importer.Request(user.getName(), comment == null || comment.isBlank() ? null : comment.strip(), dryRun);
    }

    private static List<UploadedFiles.Upload> uploads(List<MultipartFile> files) {
        List<UploadedFiles.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? "upload.csv" : file.getOriginalFilename();
            try {
                uploads.add(new UploadedFiles.Upload(name, file.getBytes()));
            } catch (IOException e) {
                throw new InvalidInputException("file", Message.of("import.fileUnreadable", name));
            }
        }
        return uploads;
    }
}
