package nl.partnerkaart.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import nl.partnerkaart.Api;
import nl.partnerkaart.TestApplications;
import nl.partnerkaart.system.ClockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Scheduled reports end to end: an administrator schedules the coverage report, it is written to the output
 * folder and mailed through a real SMTP server in this test (GreenMail); changes are audited. An application of
 * its own (mail configured, empty database) so the other test classes keep theirs.
 */
class ReportScheduleTests {

    private static final Path OUTPUT = TestApplications.newDataDirectory();
    private static GreenMail smtp;
    private static ConfigurableApplicationContext app;
    private static Api api;

    @BeforeAll
    static void start() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        app = TestApplications.start(TestApplications.newDataDirectory(), "partnerkaart.dataset.load-on-start=false",
                "spring.mail.host=127.0.0.1", "spring.mail.port=" + smtp.getSmtp().getPort(),
                "partnerkaart.reports.output-directory=" + OUTPUT, "partnerkaart.reports.mail-from=partnerkaart@example.org");
        api = new Api(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")), "admin",
                TestApplications.ADMIN_PASSWORD);
    }

    @AfterAll
    static void stop() {
        app.close();
        smtp.stop();
    }

    @Test
    void aScheduledReportIsWrittenMailedChangedAndRemovedWithAnAuditTrail() throws Exception {
        Api.Response created = api.postJson("/api/reports/schedules", Map.of("report", "coverage", "cron", "*/2 * * * * *",
                "format", "pdf", "recipients", List.of("board@example.org")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        assertThat(smtp.waitForIncomingEmail(30_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).startsWith("Dekking convenanten");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("board@example.org");
        BodyPart attachment = ((Multipart) mail.getContent()).getBodyPart(1);
        assertThat(attachment.getFileName()).startsWith("coverage-").endsWith(".pdf");
        assertThat(new String(attachment.getInputStream().readNBytes(4))).isEqualTo("%PDF");
        try (Stream<Path> files = Files.list(OUTPUT)) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(f -> f.startsWith("coverage-") && f.endsWith(".pdf"));
        }

        Api.Response changed = api.putJson("/api/reports/schedules/" + id, Map.of("report", "data-quality",
                "cron", "0 0 7 1 1 *", "format", "csv", "lang", "en", "recipients", List.of()));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        JsonNode ran = api.postJson("/api/reports/schedules/" + id + "/run", Map.of()).json();
        assertThat(ran.get("lastOutcome").asString()).startsWith("written").contains("data-quality-").endsWith(".csv");
        assertThat(api.get("/api/reports/schedules").json().get(0).get("cron").asString()).isEqualTo("0 0 7 1 1 *");

        assertThat(api.delete("/api/reports/schedules/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/reports/schedules").json()).isEmpty();
        String audit = api.get("/api/audit?action=report.schedule").body();
        assertThat(audit).contains("report.schedule.created", "report.schedule.changed", "report.schedule.deleted",
                "report.schedule.run", "mailed to board@example.org");
    }

    @Test
    void badSchedulesAreProblemsNamingTheField() {
        assertProblem(Map.of("report", "horoscope", "cron", "0 0 7 * * MON"), "report");
        assertProblem(Map.of("report", "coverage", "cron", "every monday"), "cron");
        assertProblem(Map.of("report", "coverage", "cron", "0 0 7 * * MON", "format", "docx"), "format");
        assertProblem(Map.of("report", "coverage", "cron", "0 0 7 * * MON", "recipients", List.of("not-an-address")),
                "recipients");
        assertProblem(Map.of("report", "partner-profiles", "cron", "0 0 7 * * MON"), "region");
        assertThat(api.delete("/api/reports/schedules/no-such-schedule").status()).isEqualTo(404);
    }

    @Test
    void theNextRunsOfACronExpressionAreShownBeforeSavingAndWithEverySchedule() {
        JsonNode runs = api.get("/api/reports/schedules/next-runs?cron=0%200%207%20*%20*%20MON").json().get("nextRuns");
        assertThat(runs).hasSize(3);
        ZonedDateTime first = ZonedDateTime.parse(runs.get(0).asString()).withZoneSameInstant(ClockConfiguration.NETHERLANDS);
        assertThat(first.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(first.getHour()).isEqualTo(7);
        assertThat(ZonedDateTime.parse(runs.get(1).asString())).isEqualTo(first.plusWeeks(1));

        Api.Response notCron = api.get("/api/reports/schedules/next-runs?cron=every%20monday");
        assertThat(notCron.status()).isEqualTo(400);
        assertThat(notCron.json().get("field").asString()).isEqualTo("cron");
        assertThat(api.get("/api/reports/schedules/next-runs").status()).isEqualTo(400);
        // Valid in form, but 30 February never comes: refused rather than planned never to run.
        assertProblem(Map.of("report", "coverage", "cron", "0 0 7 30 2 *"), "cron");

        JsonNode created = api.postJson("/api/reports/schedules", Map.of("report", "coverage", "cron", "0 0 7 1 1 *"))
                .json();
        assertThat(created.get("nextRuns")).hasSize(3);
        assertThat(created.get("folder").asString()).isEqualTo(OUTPUT.toAbsolutePath().normalize().toString());
        assertThat(api.delete("/api/reports/schedules/" + created.get("id").asString()).status()).isEqualTo(204);
    }

    private static void assertProblem(Map<String, Object> body, String field) {
        Api.Response response = api.postJson("/api/reports/schedules", body);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo(field);
    }
}
