package nl.partnerkaart.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.partnerkaart.bookkeeping.MovedOutOfGraph;
import nl.partnerkaart.bookkeeping.SqlArrays;
import nl.partnerkaart.system.InvalidInputException;
import nl.partnerkaart.system.Message;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

/**
 * The stored report schedules: checked on the way in, one row each in the bookkeeping store (table
 * {@code report_schedule}; they carry e-mail addresses, which the workbench's Cypher must not reach).
 */
@Service
class ReportSchedules {

    static final List<String> FORMATS = List.of("pdf", "xlsx", "csv");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_RECIPIENTS = 50;
    /** How many coming runs a schedule shows, so a person can check that the cron expression says what they mean. */
    static final int NEXT_RUNS = 3;

    private final JdbcClient jdbc;
    private final Reports reports;
    private final ReportParameters parameters;
    private final String folder;
    private final Clock clock;

    ReportSchedules(JdbcClient jdbc, Reports reports, ReportParameters parameters, ReportProperties properties,
                    MovedOutOfGraph moved, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.reports = reports;
        this.parameters = parameters;
        this.folder = properties.outputDirectory().toAbsolutePath().normalize().toString();
    }

    List<ReportSchedule> all() {
        return jdbc.sql("SELECT * FROM report_schedule ORDER BY created_at, id").query((row, n) -> schedule(row))
                .list();
    }

    Optional<ReportSchedule> find(String id) {
        return jdbc.sql("SELECT * FROM report_schedule WHERE id = ?").param(id).query((row, n) -> schedule(row))
                .optional();
    }

    ReportSchedule save(String id, ReportSchedule.Request request, String user) {
        ReportSchedule.Request checked = checked(request);
        String scheduleId = id == null ? UUID.randomUUID().toString() : id;
        jdbc.sql("""
                        MERGE INTO report_schedule t
                        USING (VALUES (CAST(:id AS VARCHAR))) s(id) ON t.id = s.id
                        WHEN MATCHED THEN UPDATE SET report = :report, cron = :cron, format = :format, lang = :lang,
                            region = :region, recipients = :recipients
                        WHEN NOT MATCHED THEN INSERT (id, report, cron, format, lang, region, recipients, created_by,
                                                      created_at)
                            VALUES (:id, :report, :cron, :format, :lang, :region, :recipients, :user,
                                    CURRENT_TIMESTAMP)
                        """)
                .param("id", scheduleId).param("user", user).param("report", checked.report())
                .param("cron", checked.cron()).param("format", checked.format()).param("lang", checked.lang())
                .param("region", checked.region()).param("recipients", SqlArrays.texts(checked.recipients()))
                .update();
        return find(scheduleId).orElseThrow();
    }

    void delete(String id) {
        jdbc.sql("DELETE FROM report_schedule WHERE id = ?").param(id).update();
    }

    void recordRun(String id, String outcome) {
        jdbc.sql("UPDATE report_schedule SET last_run_at = CURRENT_TIMESTAMP, last_outcome = ? WHERE id = ?")
                .params(outcome, id).update();
    }

    private ReportSchedule.Request checked(ReportSchedule.Request request) {
        if (request.report() == null || !reports.exists(request.report())) {
            throw new InvalidInputException("report", Message.of("report.unknown", String.valueOf(request.report())));
        }
        nextRuns(request.cron());
        String format = request.format() == null ? "pdf" : request.format();
        ReportParameters.oneOf("format", format, FORMATS);
        String lang = request.lang() == null ? "nl" : request.lang();
        ReportRequest checked = parameters.check(reports.builder(request.report()), null, request.region(), null, null,
                "region", lang);
        List<String> recipients = request.recipients() == null ? List.of()
                : request.recipients().stream().map(String::strip).distinct().toList();
        if (recipients.size() > MAX_RECIPIENTS) {
            throw new InvalidInputException("recipients", Message.of("schedule.tooManyRecipients", MAX_RECIPIENTS));
        }
        recipients.stream().filter(r -> !EMAIL.matcher(r).matches()).findFirst().ifPresent(r -> {
            throw new InvalidInputException("recipients", Message.of("schedule.notAnAddress", r));
        });
        return new ReportSchedule.Request(request.report(), request.cron().strip(), format, lang, checked.region(),
                recipients);
    }

    /**
     * The next runs of a cron expression after now, Dutch time; a 400 for the field {@code cron} when it is not a
     * cron expression or never runs (30 February).
     */
    List<ZonedDateTime> nextRuns(String cron) {
        if (cron == null || !CronExpression.isValidExpression(cron.strip())) {
            throw new InvalidInputException("cron", Message.of("schedule.cron", String.valueOf(cron)));
        }
        CronExpression expression = CronExpression.parse(cron.strip());
        List<ZonedDateTime> runs = new ArrayList<>();
        ZonedDateTime next = expression.next(ZonedDateTime.now(clock));
        while (next != null && runs.size() < NEXT_RUNS) {
            runs.add(next);
            next = expression.next(next);
        }
        if (runs.isEmpty()) {
            throw new InvalidInputException("cron", Message.of("schedule.neverRuns", cron));
        }
        return runs;
    }

    private ReportSchedule schedule(ResultSet row) throws SQLException {
        OffsetDateTime lastRunAt = row.getObject("last_run_at", OffsetDateTime.class);
        return new ReportSchedule(row.getString("id"), row.getString("report"), row.getString("cron"),
                row.getString("format"), row.getString("lang"), row.getString("region"),
                SqlArrays.texts(row, "recipients"), row.getString("created_by"),
                lastRunAt == null ? null : lastRunAt.toZonedDateTime(), row.getString("last_outcome"), folder,
                nextRuns(row.getString("cron")));
    }
}
