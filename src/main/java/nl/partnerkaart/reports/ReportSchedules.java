package nl.partnerkaart.reports;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import nl.partnerkaart.database.SchemaMigrations;
import nl.partnerkaart.system.InvalidInputException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;

/** The stored report schedules: checked on the way in, one node each. */
@Service
class ReportSchedules {

    static final List<String> FORMATS = List.of("pdf", "xlsx", "csv");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_RECIPIENTS = 50;
    /** How many coming runs a schedule shows, so a person can check that the cron expression says what they mean. */
    static final int NEXT_RUNS = 3;

    private final Driver driver;
    private final Reports reports;
    private final ReportParameters parameters;
    private final String folder;

    ReportSchedules(Driver driver, Reports reports, ReportParameters parameters, ReportProperties properties,
                    SchemaMigrations schema) {
        this.driver = driver;
        this.reports = reports;
        this.parameters = parameters;
        this.folder = properties.outputDirectory().toAbsolutePath().normalize().toString();
    }

    List<ReportSchedule> all() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (s:ReportSchedule) RETURN s ORDER BY s.createdAt")
                    .list(r -> schedule(r.get("s"), folder)));
        }
    }

    Optional<ReportSchedule> find(String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run("MATCH (s:ReportSchedule {id: $id}) RETURN s", Map.of("id", id))
                    .list(r -> schedule(r.get("s"), folder))).stream().findFirst();
        }
    }

    ReportSchedule save(String id, ReportSchedule.Request request, String user) {
        ReportSchedule.Request checked = checked(request);
        String scheduleId = id == null ? UUID.randomUUID().toString() : id;
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("""
                    MERGE (s:ReportSchedule {id: $id})
                    ON CREATE SET s.createdAt = datetime(), s.createdBy = $user
                    SET s.report = $report, s.cron = $cron, s.format = $format, s.lang = $lang, s.region = $region,
                        s.recipients = $recipients
                    """, Values.parameters("id", scheduleId, "user", user, "report", checked.report(),
                    "cron", checked.cron(), "format", checked.format(), "lang", checked.lang(),
                    "region", checked.region(), "recipients", checked.recipients())).consume());
        }
        return find(scheduleId).orElseThrow();
    }

    void delete(String id) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("MATCH (s:ReportSchedule {id: $id}) DELETE s",
                    Map.of("id", id)).consume());
        }
    }

    void recordRun(String id, String outcome) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("""
                    MATCH (s:ReportSchedule {id: $id}) SET s.lastRunAt = datetime(), s.lastOutcome = $outcome
                    """, Map.of("id", id, "outcome", outcome)).consume());
        }
    }

    private ReportSchedule.Request checked(ReportSchedule.Request request) {
        if (request.report() == null || !reports.exists(request.report())) {
            throw new InvalidInputException("report", "Unknown report '" + request.report() + "'");
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
            throw new InvalidInputException("recipients", "At most " + MAX_RECIPIENTS + " recipients");
        }
        recipients.stream().filter(r -> !EMAIL.matcher(r).matches()).findFirst().ifPresent(r -> {
            throw new InvalidInputException("recipients", "'" + r + "' is not an e-mail address");
        });
        return new ReportSchedule.Request(request.report(), request.cron().strip(), format, lang, checked.region(),
                recipients);
    }

    /**
     * The next runs of a cron expression after now, Dutch time; a 400 for the field {@code cron} when it is not a
     * cron expression or never runs (30 February).
     */
    static List<ZonedDateTime> nextRuns(String cron) {
        if (cron == null || !CronExpression.isValidExpression(cron.strip())) {
            throw new InvalidInputException("cron", "'cron' is a cron expression with six fields (second minute hour "
                    + "day month weekday), e.g. '0 0 7 * * MON', not '" + cron + "'");
        }
        CronExpression expression = CronExpression.parse(cron.strip());
        List<ZonedDateTime> runs = new ArrayList<>();
        ZonedDateTime next = expression.next(ZonedDateTime.now(ReportParameters.ZONE));
        while (next != null && runs.size() < NEXT_RUNS) {
            runs.add(next);
            next = expression.next(next);
        }
        if (runs.isEmpty()) {
            throw new InvalidInputException("cron", "The cron expression '" + cron + "' never runs");
        }
        return runs;
    }

    private static ReportSchedule schedule(Value s, String folder) {
        return new ReportSchedule(s.get("id").asString(), s.get("report").asString(), s.get("cron").asString(),
                s.get("format").asString(), s.get("lang").asString(), s.get("region").asString(null),
                s.get("recipients").asList(Value::asString, List.of()), s.get("createdBy").asString(null),
                s.get("lastRunAt").isNull() ? null : s.get("lastRunAt").asZonedDateTime(),
                s.get("lastOutcome").asString(null), folder, nextRuns(s.get("cron").asString()));
    }
}
