package nl.partnerkaart.importer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import nl.partnerkaart.audit.AuditLog;
import nl.partnerkaart.disk.WriteGate;
import nl.partnerkaart.disk.DiskGuard;
import nl.partnerkaart.system.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;

/**
 * Runs a person's import, now or as a background job whose progress the import page polls, and audits it.
 * Jobs run one after another on one thread of their own, so a large import never holds a request thread and
 * two imports never contend for the same nodes; everyone else keeps reading while it runs.
 */
@Service
public class Imports {

    private static final Logger log = LoggerFactory.getLogger(Imports.class);
    private static final Duration KEEP_FINISHED = Duration.ofHours(1);

    private final UploadedFiles files;
    private final Importer importer;
    private final AuditLog audit;
    private final DiskGuard disk;
    private final WriteGate gate;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "import-job");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    Imports(UploadedFiles files, Importer importer, AuditLog audit, DiskGuard disk, WriteGate gate, Clock clock) {
        this.clock = clock;
        this.files = files;
        this.importer = importer;
        this.audit = audit;
        this.disk = disk;
        this.gate = gate;
    }

    /**
     * An import running in the background.
     *
     * @param report the report once it is done, else null
     * @param problem why it failed when it failed for a reason other than the data (the report says that)
     */
    public record Job(String id, String user, Instant started, boolean dryRun, ImportProgress progress,
                      ImportReport report, Message problem) {
    }

    /** Reads, validates and (unless a dry run) applies the uploads, and audits a real import. */
    public ImportReport run(List<UploadedFiles.Upload> uploads, String kind, Importer.Request request,
                            ImportProgress progress) {
        requireRoom(uploads, request);
        progress.phase(ImportProgress.Phase.READING);
        ImportReport report;
        try {
            List<RawTable> tables = files.read(uploads, kind);
            report = request.dryRun() ? importer.run(tables, request, progress)
                    : gate.pass(() -> importer.run(tables, request, progress));
        } catch (InvalidImportException e) {
            report = ImportReport.refused(e.problems());
        }
        if (!request.dryRun()) {
            audit.record(request.user(), "import", String.join(", ", uploads.stream().map(UploadedFiles.Upload::name).toList()),
                    report.applied() ? "success" : "refused", report.applied()
                            ? "batch " + report.batch() + ": " + report.summary() : report.problems().size() + " problem(s)");
        }
        return report;
    }

    public Job submit(List<UploadedFiles.Upload> uploads, String kind, Importer.Request request) {
        requireRoom(uploads, request);
        forgetOldJobs();
        ImportProgress progress = new ImportProgress();
        Job job = new Job(UUID.randomUUID().toString(), request.user(), clock.instant(), request.dryRun(), progress,
                null, null);
        jobs.put(job.id(), job);
        worker.submit(() -> {
            try {
                ImportReport report = run(uploads, kind, request, progress);
                jobs.computeIfPresent(job.id(), (id, j) -> new Job(id, j.user(), j.started(), j.dryRun(), progress,
                        report, null));
                // Only now, so whoever polls and sees DONE also finds the report.
                progress.phase(ImportProgress.Phase.DONE);
            } catch (RuntimeException e) {
                log.error("Import job {} failed", job.id(), e);
                jobs.computeIfPresent(job.id(), (id, j) -> new Job(id, j.user(), j.started(), j.dryRun(), progress,
                        null, Message.of("import.failed", String.valueOf(e.getMessage()))));
                progress.phase(ImportProgress.Phase.FAILED);
            }
        });
        return job;
    }

    /** An import that would not fit on the disk is refused before it starts (and asked again when it starts). */
    private void requireRoom(List<UploadedFiles.Upload> uploads, Importer.Request request) {
        if (!request.dryRun()) {
            disk.requireRoomForImport(uploads.stream().mapToLong(upload -> upload.bytes().length).sum());
        }
    }

    /** A job, to the person who started it only. */
    public Optional<Job> job(String id, String user) {
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.user().equals(user));
    }

    private void forgetOldJobs() {
        Instant cutoff = clock.instant().minus(KEEP_FINISHED);
        jobs.values().removeIf(job -> job.started().isBefore(cutoff) && (job.report() != null || job.problem() != null));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
